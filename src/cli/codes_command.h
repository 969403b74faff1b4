// `tacitus codes [CODE|WORD]`: the CAMEO event codes with their labels, Goldstein scores,
// quad classes and PLOVER types, from data/cameo/event_codes.tsv.
#ifndef TACITUS_CLI_CODES_COMMAND_H_
#define TACITUS_CLI_CODES_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddCodesCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_CODES_COMMAND_H_
