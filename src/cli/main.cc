// The one tacitus binary: subcommands over the library.
//
// Exit status: 0 success; 1 the command could not run (bad options, missing data files);
// 2 it ran, but some input was reported on stderr and skipped. A failed write of the output
// (stdout or an output file) is 1, whatever the command found, with "tacitus: cannot write
// output: REASON" on stderr (cli/checked_output.h).
#include <CLI/CLI.hpp>
#include <algorithm>

#include "cli/actors_command.h"
#include "cli/bench_command.h"
#include "cli/checked_output.h"
#include "cli/code_command.h"
#include "cli/codes_command.h"
#include "cli/dict_command.h"
#include "cli/enqueue_command.h"
#include "cli/eval_command.h"
#include "cli/export_command.h"
#include "cli/ingest_command.h"
#include "cli/parse_command.h"
#include "cli/query_command.h"
#include "cli/recode_command.h"
#include "cli/series_command.h"
#include "cli/serve_command.h"
#include "cli/top_command.h"
#include "cli/validate_command.h"
#include "cli/worker_command.h"

int main(int argc, char** argv) {
  tacitus::cli::CheckStdout();
  CLI::App app{"tacitus: political event data from news text", "tacitus"};
  app.set_version_flag("--version", TACITUS_VERSION);
  app.require_subcommand(1);
  int exit_status = 0;
  tacitus::cli::AddParseCommand(&app, &exit_status);
  tacitus::cli::AddCodeCommand(&app, &exit_status);
  tacitus::cli::AddDictCommand(&app, &exit_status);
  tacitus::cli::AddCodesCommand(&app, &exit_status);
  tacitus::cli::AddActorsCommand(&app, &exit_status);
  tacitus::cli::AddIngestCommand(&app, &exit_status);
  tacitus::cli::AddRecodeCommand(&app, &exit_status);
  tacitus::cli::AddQueryCommand(&app, &exit_status);
  tacitus::cli::AddSeriesCommand(&app, &exit_status);
  tacitus::cli::AddTopCommand(&app, &exit_status);
  tacitus::cli::AddPlotCommand(&app, &exit_status);
  tacitus::cli::AddExportCommand(&app, &exit_status);
  tacitus::cli::AddBenchCommand(&app, &exit_status);
  tacitus::cli::AddValidateCommand(&app, &exit_status);
  tacitus::cli::AddEvalCommand(&app, &exit_status);
  tacitus::cli::AddServeCommand(&app, &exit_status);
  tacitus::cli::AddEnqueueCommand(&app, &exit_status);
  tacitus::cli::AddWorkerCommand(&app, &exit_status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // CLI11 prints the message and has a code of its own per kind of mistake (109 for an
    // unknown option); ours is 1 for every usage error, 0 for --help and --version.
    const int usage_status = app.exit(error) == 0 ? 0 : 1;
    return std::max(usage_status, tacitus::cli::FinishStdout());
  }
  // A failed write (1) outranks stories skipped (2).
  return tacitus::cli::FinishStdout() != 0 ? 1 : exit_status;
}
