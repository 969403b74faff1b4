// `tacitus parse`: the linguistic analysis of stories, as a readable dump or JSON Lines.
#ifndef TACITUS_CLI_PARSE_COMMAND_H_
#define TACITUS_CLI_PARSE_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddParseCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_PARSE_COMMAND_H_
