// `tacitus validate RECORDS.xml`: runs a PETRARCH validation suite from raw text (or, with
// --use-parse, from its <Parse> trees) with the dictionaries its <Environment> names, and
// scores it as PETRARCH-1 did. Prints a line per failed record and ends with
// "N passed, M failed, K skipped".
#ifndef TACITUS_CLI_VALIDATE_COMMAND_H_
#define TACITUS_CLI_VALIDATE_COMMAND_H_

#include <CLI/CLI.hpp>

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status:
// 0 when it ran (and met --floor), 1 when it could not run or fell below the floor.
void AddValidateCommand(CLI::App* app, int* exit_status);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_VALIDATE_COMMAND_H_
