// `tacitus code`: stories in, CAMEO events out (JSON Lines, TSV, or explained for people).
#ifndef TACITUS_CLI_CODE_COMMAND_H_
#define TACITUS_CLI_CODE_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddCodeCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_CODE_COMMAND_H_
