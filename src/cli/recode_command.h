// `tacitus recode`: codes again, with the dictionaries loaded now, every stored story that
// other dictionaries coded, and prints which events the store gained and lost.
#ifndef TACITUS_CLI_RECODE_COMMAND_H_
#define TACITUS_CLI_RECODE_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddRecodeCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_RECODE_COMMAND_H_
