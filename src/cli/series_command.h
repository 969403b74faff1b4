// `tacitus series` and `tacitus plot`: a dyad's events per day, week, month or year, as a
// table, CSV or JSON, or drawn as a chart (PNG or SVG).
#ifndef TACITUS_CLI_SERIES_COMMAND_H_
#define TACITUS_CLI_SERIES_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Add the subcommands to `app`; when one runs, its exit status is written to *exit_status.
void AddSeriesCommand(CLI::App* app, int* exit_status);
void AddPlotCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_SERIES_COMMAND_H_
