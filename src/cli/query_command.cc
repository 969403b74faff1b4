#include "cli/query_command.h"

#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "base/strings.h"
#include "cli/checked_output.h"
#include "cli/option_ranges.h"
#include "dict/name_lookup.h"
#include "out/stored_event_json.h"
#include "syntax/analyzer.h"
#include "tacitus/event_format.h"
#include "tacitus/period.h"

namespace tacitus::cli {
namespace {

constexpr size_t kAlignRows = 1000;

struct QueryOptions {
  std::string db;
  EventFilterOptions filter;
  DictionaryOption dictionary;
  std::string format;
};

// UTF-8 code points, for column widths (place names are not all ASCII).
size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (unsigned char c : text) width += (c & 0xc0) != 0x80;
  return width;
}

// A value as a CSV or TSV cell: strings as they are, numbers as JSON writes them, null empty.
std::string CellText(const nlohmann::json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  return value.dump();
}

int RunQuery(const QueryOptions& options) {
  const std::string format = options.format.empty() ? DefaultFormat("tsv") : options.format;
  if (format != "table" && format != "csv" && format != "tsv" && format != "jsonl") {
    std::cerr << "tacitus query: --format must be table, csv, tsv or jsonl, got '" << format
              << "'\n";
    return 1;
  }
  auto filter = options.filter.ToFilter(options.dictionary, "query");
  if (!filter.ok()) {
    std::cerr << "tacitus query: " << filter.status().message() << "\n";
    return 1;
  }
  std::unique_ptr<EventStore> store = OpenStoreOrReport("query", options.db);
  if (store == nullptr) return 1;

  // The table is for a reader at a terminal: short names, and no id (for joins and exports,
  // too long to be of use there). csv, tsv and jsonl have kStoredEventColumns.
  const bool table = format == "table";
  std::optional<RowWriter> rows;
  if (table) {
    rows.emplace(RowWriter::kTable,
                 std::vector<std::string>{"date", "source", "target", "code", "plover", "quad",
                                          "goldstein", "place", "country", "mentions", "stories",
                                          "sources", "first_story"},
                 std::vector<bool>{false, false, false, false, false, true, true, false, false,
                                   true, true, true, false},
                 &std::cout);
  } else if (format != "jsonl") {
    rows.emplace(format == "csv" ? RowWriter::kCsv : RowWriter::kTsv,
                 std::vector<std::string>(kStoredEventColumns.begin(), kStoredEventColumns.end()),
                 std::vector<bool>(kStoredEventColumns.size(), false), &std::cout);
  }
  const Status status = store->ForEachEvent(*filter, [&](const StoredEvent& e) {
    if (!rows) {
      std::cout << StoredEventToJson(e) << "\n";
      return !StdoutFailed();
    }
    if (!table) {
      std::vector<std::string> row;
      for (const nlohmann::json& value : StoredEventValues(e)) row.push_back(CellText(value));
      rows->Add(std::move(row));
      return !StdoutFailed();
    }
    rows->Add({e.DateString(), e.source, e.target, e.code, e.plover, std::to_string(e.quad_class),
               FormatNumber(e.goldstein), e.place, e.country, std::to_string(e.num_mentions),
               std::to_string(e.num_articles), std::to_string(e.num_sources), e.first_story});
    return !StdoutFailed();
  });
  if (rows) rows->Finish();
  std::cout.flush();
  if (!status.ok()) {
    std::cerr << "tacitus query: " << status.message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void EventFilterOptions::AddTo(CLI::App* command, bool with_limit) {
  command->add_option("--source", filter.source,
                      "source actors, comma-separated: code prefixes (RUS matches RUSGOV) "
                      "or names (Russia)");
  command->add_option("--target", filter.target, "target actors, as --source");
  command->add_flag("--both-directions", filter.both_directions,
                    "--source and --target also match the reverse dyad");
  command->add_option("--actor", filter.actor, "actors on either side, as --source");
  command->add_option("--code", filter.code,
                      "CAMEO event code prefixes (17 matches 173, 1731), comma-separated");
  command->add_option("--root", filter.root, "CAMEO root codes, two digits, comma-separated");
  command
      ->add_option("--quad-class", filter.quad_class,
                   "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                   "4 material conflict")
      ->check(CLI::Range(1, 4));
  command->add_option("--plover", filter.plover, "PLOVER event type (CONSULT, ACCUSE, ...)");
  command->add_option("--from", from, "first event date: YYYY-MM-DD, YYYY-MM or YYYY");
  command->add_option("--to", to, "last event date: YYYY-MM-DD, YYYY-MM or YYYY (its last day)");
  command->add_option("--place", filter.place, "place name (case-insensitive)");
  command->add_option("--country", filter.country, "place country, ISO 3166 alpha-3");
  command->add_option("--text", filter.text,
                      "full-text query over the sentences that reported the events (SQLite FTS5: "
                      "words, \"phrases\", AND, OR, NOT, prefix*)");
  command->add_option("--story-text", filter.story_text,
                      "full-text query over the whole stories that reported the events");
  command->add_option("--dict-version", filter.dict_version,
                      "events coded by this dictionary version (as recode and dict print it)");
  if (with_limit) {
    command->add_option("--limit", filter.limit, "at most this many events; 0 all")
        ->check(CLI::Range(int64_t{0}, kMaxListed));
  }
}

Result<EventFilter> EventFilterOptions::ToFilter(const DictionaryOption& dictionary,
                                                 std::string_view command) const {
  EventFilter result = filter;
  TACITUS_RETURN_IF_ERROR(
      ReadActorNames(dictionary, command, {&result.source, &result.target, &result.actor}));
  auto from_date = ParseDateOption("--from", from, DateEdge::kFirstDay);
  if (!from_date.ok()) return from_date.status();
  auto to_date = ParseDateOption("--to", to, DateEdge::kLastDay);
  if (!to_date.ok()) return to_date.status();
  result.from = *from_date;
  result.to = *to_date;
  return result;
}

Status ReadActorNames(const DictionaryOption& dictionary, std::string_view command,
                      std::initializer_list<std::string*> filters) {
  std::shared_ptr<const Dictionaries> dicts;
  std::unique_ptr<const Analyzer> analyzer;
  for (std::string* filter : filters) {
    std::string codes;
    for (std::string_view item : SplitOn(*filter, ',')) {
      item = Trim(item);
      if (item.empty()) continue;
      std::string read(item);
      if (!LooksLikeActorCode(item)) {
        if (dicts == nullptr) {
          dicts = dictionary.LoadOrReport(command);
          auto created = Analyzer::Create();
          if (dicts == nullptr || !created.ok()) {
            return Status::Error(StatusCode::kFailedPrecondition,
                                 "actor \"" + read + "\" is not a code, and names cannot be " +
                                     "read without the dictionaries");
          }
          analyzer = std::move(created).value();
        }
        const ActorReading reading = ReadActorFilter(*dicts, *analyzer, item);
        if (reading.codes.empty()) {
          std::string nearest;
          for (const std::string& code : reading.nearest) {
            nearest += (nearest.empty() ? "" : ", ") + code;
          }
          return Status::Error(StatusCode::kInvalidArgument,
                               "actor \"" + read +
                                   "\" is neither a code nor a name in the actor dictionaries; "
                                   "nearest: " +
                                   nearest);
        }
        read.clear();
        for (const std::string& code : reading.codes) read += (read.empty() ? "" : ",") + code;
        std::cerr << "tacitus " << command << ": actor \"" << item << "\" read as " << read << "\n";
      }
      codes += (codes.empty() ? "" : ",") + read;
    }
    *filter = std::move(codes);
  }
  return Status::Ok();
}

Result<std::optional<Date>> ParseDateOption(std::string_view option, const std::string& value,
                                            DateEdge edge) {
  if (value.empty()) return std::optional<Date>();
  if (std::optional<Date> date = ParseDateOrPeriod(value, edge)) return date;
  return Status::Error(
      StatusCode::kInvalidArgument,
      std::string(option) + " must be YYYY-MM-DD, YYYY-MM or YYYY, got '" + value + "'");
}

std::unique_ptr<EventStore> OpenStoreOrReport(std::string_view command, const std::string& db) {
  auto store = EventStore::Open(db, EventStore::kReadOnly);
  if (!store.ok()) {
    std::cerr << "tacitus " << command << ": " << store.status().message() << "\n";
    return nullptr;
  }
  return std::move(store).value();
}

RowWriter::RowWriter(Format format, std::vector<std::string> header, std::vector<bool> numeric,
                     std::ostream* out)
    : format_(format), header_(std::move(header)), numeric_(std::move(numeric)), out_(out) {
  if (format_ != kTable) Write(header_);
}

void RowWriter::Add(std::vector<std::string> row) {
  if (format_ != kTable || aligned_) {
    Write(row);
    return;
  }
  pending_.push_back(std::move(row));
  if (pending_.size() >= kAlignRows) Flush();
}

void RowWriter::Finish() {
  if (format_ == kTable && !aligned_) Flush();
}

void RowWriter::Flush() {
  widths_.assign(header_.size(), 0);
  for (size_t i = 0; i < header_.size(); ++i) widths_[i] = DisplayWidth(header_[i]);
  for (const auto& row : pending_) {
    for (size_t i = 0; i < row.size() && i < widths_.size(); ++i) {
      widths_[i] = std::max(widths_[i], DisplayWidth(row[i]));
    }
  }
  aligned_ = true;
  Write(header_);
  std::string rule;
  for (size_t i = 0; i < widths_.size(); ++i) {
    rule += (i ? "  " : "") + std::string(widths_[i], '-');
  }
  *out_ << rule << "\n";
  for (const auto& row : pending_) Write(row);
  pending_.clear();
}

void RowWriter::Write(const std::vector<std::string>& row) {
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) {
    const std::string& cell = row[i];
    switch (format_) {
      case kTable: {
        if (i) line += "  ";
        const size_t width = i < widths_.size() ? widths_[i] : 0;
        const size_t pad = width > DisplayWidth(cell) ? width - DisplayWidth(cell) : 0;
        const bool last = i + 1 == row.size();
        if (i < numeric_.size() && numeric_[i]) line.append(pad, ' ');
        line += cell;
        if (!(i < numeric_.size() && numeric_[i]) && !last) line.append(pad, ' ');
        break;
      }
      case kCsv: {
        if (i) line += ',';
        if (cell.find_first_of(",\"\n\r") == std::string::npos) {
          line += cell;
        } else {
          line += '"';
          for (char c : cell) line += c == '"' ? std::string("\"\"") : std::string(1, c);
          line += '"';
        }
        break;
      }
      case kTsv: {
        if (i) line += '\t';
        for (char c : cell) line += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
        break;
      }
    }
  }
  *out_ << line << "\n";
}

std::string DefaultFormat(std::string_view otherwise) {
  return isatty(STDOUT_FILENO) ? "table" : std::string(otherwise);
}

std::string FormatNumber(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value);
  std::string result = text;
  while (result.back() == '0') result.pop_back();
  if (result.back() == '.') result.pop_back();
  return result == "-0" ? "0" : result;
}

void AddQueryCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* command = app->add_subcommand("query", "list the stored events that match filters");
  command->add_option("--db", options->db, "event database: an SQLite file or a PostgreSQL URI")
      ->required();
  options->filter.AddTo(command);
  options->dictionary.AddTo(command);
  command->add_option("--format", options->format,
                      "table, csv, tsv or jsonl (default: table on a terminal, else tsv)");
  command->callback([options, exit_status] { *exit_status = RunQuery(*options); });
}

}  // namespace tacitus::cli
