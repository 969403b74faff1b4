// `tacitus dict`: check the dictionaries, and look up which entries a phrase matches.
#ifndef TACITUS_CLI_DICT_COMMAND_H_
#define TACITUS_CLI_DICT_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds `dict check` and `dict lookup` to `app`; when one runs, its exit status is written to
// *exit_status (0 ok; 1 dictionaries with errors, or not found).
void AddDictCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_DICT_COMMAND_H_
