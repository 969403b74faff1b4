// `tacitus enqueue`: add stories to a Redis stream, for `tacitus worker` to code and store.
#ifndef TACITUS_CLI_ENQUEUE_COMMAND_H_
#define TACITUS_CLI_ENQUEUE_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddEnqueueCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_ENQUEUE_COMMAND_H_
