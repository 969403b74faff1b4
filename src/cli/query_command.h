// `tacitus query`: the stored events that match filters, as a table, CSV, TSV or JSON Lines.
// Also the pieces that series, plot and export share with it: the filter options, the
// --db option, and the writer of tables.
#ifndef TACITUS_CLI_QUERY_COMMAND_H_
#define TACITUS_CLI_QUERY_COMMAND_H_

#include <CLI/CLI.hpp>
#include <initializer_list>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/dictionary_option.h"
#include "tacitus/event_store.h"
#include "tacitus/period.h"
#include "tacitus/status.h"

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddQueryCommand(CLI::App* app, int* exit_status);

// --source, --target, --both-directions, --actor, --code, --root, --quad-class, --plover,
// --from, --to, --place, --country, --text, --story-text, --dict-version, --limit.
struct EventFilterOptions {
  EventFilter filter;
  std::string from, to;

  // `with_limit`: --limit too.
  void AddTo(CLI::App* command, bool with_limit = true);
  // The filter, with --from/--to parsed and actor names read as codes (ReadActorNames); fails
  // on a malformed date or an actor that is neither a code nor a name.
  Result<EventFilter> ToFilter(const DictionaryOption& dictionary, std::string_view command) const;
};

// Rewrites the items of actor filters (comma lists) that are not written as codes ("Iran",
// "rus") as the codes they name (ReadActorFilter), loading the dictionaries only then, and says
// each reading on stderr: `tacitus COMMAND: actor "Iran" read as IRN`. Fails, naming the nearest
// codes, on an item that names no actor.
Status ReadActorNames(const DictionaryOption& dictionary, std::string_view command,
                      std::initializer_list<std::string*> filters);

// Parses an optional date option (ParseDateOrPeriod): YYYY-MM-DD, or YYYY-MM and YYYY for the
// first or last day of that month or year; fails naming `option`.
Result<std::optional<Date>> ParseDateOption(std::string_view option, const std::string& value,
                                            DateEdge edge);

// Opens --db read-only; prints "tacitus COMMAND: reason" and returns nullptr on failure.
std::unique_ptr<EventStore> OpenStoreOrReport(std::string_view command, const std::string& db);

// Rows of cells out as an aligned table (header underlined, numbers right-aligned), CSV
// (RFC 4180 quoting) or TSV (tabs and newlines in cells become spaces). A table is aligned
// on its first 1000 rows, then streamed, so memory stays bounded.
class RowWriter {
 public:
  enum Format { kTable, kCsv, kTsv };
  RowWriter(Format format, std::vector<std::string> header, std::vector<bool> numeric,
            std::ostream* out);
  void Add(std::vector<std::string> row);
  void Finish();

 private:
  void Write(const std::vector<std::string>& row);
  void Flush();

  Format format_;
  std::vector<std::string> header_;
  std::vector<bool> numeric_;
  std::ostream* out_;
  std::vector<std::vector<std::string>> pending_;
  std::vector<size_t> widths_;
  bool aligned_ = false;
};

// "table" when stdout is a terminal, else `otherwise`.
std::string DefaultFormat(std::string_view otherwise);
// "1.9", "-6.5", "0.25": short decimals for tables.
std::string FormatNumber(double value);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_QUERY_COMMAND_H_
