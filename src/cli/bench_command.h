// `tacitus bench`: whole-run throughput on a corpus — start-up, reading alone, and reading,
// analysing, coding and formatting on one thread and on every core; peak memory.
#ifndef TACITUS_CLI_BENCH_COMMAND_H_
#define TACITUS_CLI_BENCH_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddBenchCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_BENCH_COMMAND_H_
