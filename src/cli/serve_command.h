// `tacitus serve`: the web page and JSON API (src/serve/, docs/api.md) on one address.
#ifndef TACITUS_CLI_SERVE_COMMAND_H_
#define TACITUS_CLI_SERVE_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddServeCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_SERVE_COMMAND_H_
