// `tacitus top`: the stored events that match filters, counted by actor, dyad, code, country or
// month, largest first.
#ifndef TACITUS_CLI_TOP_COMMAND_H_
#define TACITUS_CLI_TOP_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddTopCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_TOP_COMMAND_H_
