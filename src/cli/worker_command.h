// `tacitus worker`: code and store the stories of a Redis stream, one consumer of a group.
#ifndef TACITUS_CLI_WORKER_COMMAND_H_
#define TACITUS_CLI_WORKER_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddWorkerCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_WORKER_COMMAND_H_
