// `tacitus query`: the stored events that match filters, as a table, CSV, TSV or JSON Lines.
// Also the pieces that series, plot and export share with it: the filter options, the
// --db option, and the writer of tables.
#ifndef TACITUS_CLI_QUERY_COMMAND_H_
#define TACITUS_CLI_QUERY_COMMAND_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "tacitus/event_store.h"
#include "tacitus/status.h"

namespace tacitus::cli {

// Adds the subcommand to `app`; when it runs, its exit status is written to *exit_status.
void AddQueryCommand(CLI::App* app, int* exit_status);

// --source, --target, --actor, --code, --root, --quad-class, --plover, --from, --to, --place,
// --country, --text, --dict-version, --limit.
struct EventFilterOptions {
  EventFilter filter;
  std::string from, to;

  void AddTo(CLI::App* command);
  // The filter, with --from/--to parsed; fails on a malformed date.
  Result<EventFilter> ToFilter() const;
};

// A stored event as one JSON object (query --format jsonl, recode --diff-out).
nlohmann::json EventToJson(const StoredEvent& e);

// Parses an optional YYYY-MM-DD option value; `option` names it in the error.
Result<std::optional<Date>> ParseDateOption(std::string_view option, const std::string& value);

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
