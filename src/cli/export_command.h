// `tacitus export`: stored events as GDELT 2.0 event rows or PLOVER JSON Lines.
#ifndef TACITUS_CLI_EXPORT_COMMAND_H_
#define TACITUS_CLI_EXPORT_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddExportCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_EXPORT_COMMAND_H_
