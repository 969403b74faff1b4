// `tacitus eval --gold GOLD.jsonl STORIES...`: codes the stories as `tacitus code` does and
// scores their events against an analyst's gold events as news-dev's score.py does
// (eval/scorer.h): a line per level, "L1: predictions=N gold=N P=... R=... F1=... R(key)=...",
// then "F1(L1)=..."; --show lists the missed gold events and the false positives with their
// sentences, --by-root adds a table per CAMEO root (eval/report.h). With --events FILE the
// events of FILE are scored instead, and the stories (or --articles FILE) only name the
// articles that count.
#ifndef TACITUS_CLI_EVAL_COMMAND_H_
#define TACITUS_CLI_EVAL_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status:
// 0 when it scored everything it was given; 1 when it could not run (bad options, a gold,
// events or dictionary file that cannot be read); 2 when it scored, but some gold line, event
// line or story was reported on stderr and left out.
void AddEvalCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_EVAL_COMMAND_H_
