// `tacitus actors --unknown INPUT...`: the noun phrases that stood where an actor was needed
// (the source or target a matched pattern asked for) but that no dictionary names, ranked by
// how often, each with an example sentence — the list an analyst grows the actor dictionary
// from.
#ifndef TACITUS_CLI_ACTORS_COMMAND_H_
#define TACITUS_CLI_ACTORS_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddActorsCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_ACTORS_COMMAND_H_
