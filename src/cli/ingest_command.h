// `tacitus ingest`: code stories and keep them, their events and mentions in an event store.
#ifndef TACITUS_CLI_INGEST_COMMAND_H_
#define TACITUS_CLI_INGEST_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddIngestCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_INGEST_COMMAND_H_
