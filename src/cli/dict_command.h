// `tacitus dict`: check the dictionaries, look up which entries a phrase matches, and convert a
// TABARI project's dictionaries to our format.
#ifndef TACITUS_CLI_DICT_COMMAND_H_
#define TACITUS_CLI_DICT_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds `dict check`, `dict lookup` and `dict convert` to `app`; when one runs, its exit status
// is written to *exit_status (0 ok; 1 dictionaries with errors, or not found; for convert, a
// project or file that cannot be read or written).
void AddDictCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_DICT_COMMAND_H_
