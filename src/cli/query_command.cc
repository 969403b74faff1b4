#include "cli/query_command.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

namespace tacitus::cli {
namespace {

constexpr size_t kAlignRows = 1000;

struct QueryOptions {
  std::string db;
  EventFilterOptions filter;
  std::string format;
};

// UTF-8 code points, for column widths (place names are not all ASCII).
size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (unsigned char c : text) width += (c & 0xc0) != 0x80;
  return width;
}

int RunQuery(const QueryOptions& options) {
  const std::string format = options.format.empty() ? DefaultFormat("tsv") : options.format;
  if (format != "table" && format != "csv" && format != "tsv" && format != "jsonl") {
    std::cerr << "tacitus query: --format must be table, csv, tsv or jsonl, got '" << format
              << "'\n";
    return 1;
  }
  auto filter = options.filter.ToFilter();
  if (!filter.ok()) {
    std::cerr << "tacitus query: " << filter.status().message() << "\n";
    return 1;
  }
  std::unique_ptr<EventStore> store = OpenStoreOrReport("query", options.db);
  if (store == nullptr) return 1;

  // The id is for joins and exports, too long to be of use to a reader at a terminal.
  const bool with_id = format != "table";
  std::optional<RowWriter> rows;
  if (format != "jsonl") {
    std::vector<std::string> header = {"date",    "source",    "target",     "code",    "plover",
                                       "quad",    "goldstein", "place",      "country", "mentions",
                                       "stories", "sources",   "first_story"};
    std::vector<bool> numeric = {false, false, false, false, false, true, true,
                                 false, false, true,  true,  true,  false};
    if (with_id) {
      header.push_back("id");
      numeric.push_back(true);
    }
    rows.emplace(format == "table" ? RowWriter::kTable
                 : format == "csv" ? RowWriter::kCsv
                                   : RowWriter::kTsv,
                 std::move(header), std::move(numeric), &std::cout);
  }
  const Status status = store->ForEachEvent(*filter, [&](const StoredEvent& e) {
    if (!rows) {
      std::cout << EventToJson(e).dump() << "\n";
      return;
    }
    std::vector<std::string> row = {e.DateString(),
                                    e.source,
                                    e.target,
                                    e.code,
                                    e.plover,
                                    std::to_string(e.quad_class),
                                    FormatNumber(e.goldstein),
                                    e.place,
                                    e.country,
                                    std::to_string(e.num_mentions),
                                    std::to_string(e.num_articles),
                                    std::to_string(e.num_sources),
                                    e.first_story};
    if (with_id) row.push_back(std::to_string(e.id));
    rows->Add(std::move(row));
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

nlohmann::json EventToJson(const StoredEvent& e) {
  nlohmann::json json = {
      {"id", e.id},
      {"date", e.DateString()},
      {"date_precision", DatePrecisionName(e.precision)},
      {"source", e.source},
      {"target", e.target},
      {"code", e.code},
      {"root", e.code.substr(0, 2)},
      {"quad_class", e.quad_class},
      {"goldstein", e.goldstein},
      {"plover", e.plover},
      {"place", nullptr},
      {"num_mentions", e.num_mentions},
      {"num_sources", e.num_sources},
      {"num_articles", e.num_articles},
      {"first_seen", e.first_seen.ToString()},
      {"last_seen", e.last_seen.ToString()},
      {"first_story", e.first_story},
      {"dict_version", e.dict_version},
  };
  if (!e.country.empty() || !e.place.empty()) {
    json["place"] = {{"name", e.place},
                     {"country", e.country},
                     {"admin1", e.admin1},
                     {"lat", e.lat ? nlohmann::json(*e.lat) : nlohmann::json()},
                     {"lon", e.lon ? nlohmann::json(*e.lon) : nlohmann::json()}};
  }
  return json;
}

void EventFilterOptions::AddTo(CLI::App* command) {
  command->add_option("--source", filter.source, "source actor code prefix (RUS matches RUSGOV)");
  command->add_option("--target", filter.target, "target actor code prefix");
  command->add_option("--actor", filter.actor, "actor code prefix on either side");
  command->add_option("--code", filter.code, "CAMEO event code prefix (17 matches 173, 1731)");
  command->add_option("--root", filter.root, "CAMEO root code, two digits");
  command
      ->add_option("--quad-class", filter.quad_class,
                   "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                   "4 material conflict")
      ->check(CLI::Range(1, 4));
  command->add_option("--plover", filter.plover, "PLOVER event type (CONSULT, ACCUSE, ...)");
  command->add_option("--from", from, "first event date, YYYY-MM-DD");
  command->add_option("--to", to, "last event date, YYYY-MM-DD");
  command->add_option("--place", filter.place, "place name (case-insensitive)");
  command->add_option("--country", filter.country, "place country, ISO 3166 alpha-3");
  command->add_option("--text", filter.text,
                      "full-text query over the stories (SQLite FTS5: words, \"phrases\", AND, "
                      "OR, NOT, prefix*)");
  command->add_option("--dict-version", filter.dict_version,
                      "events coded by this dictionary version (as recode and dict print it)");
  command->add_option("--limit", filter.limit, "at most this many events");
}

Result<EventFilter> EventFilterOptions::ToFilter() const {
  EventFilter result = filter;
  auto from_date = ParseDateOption("--from", from);
  if (!from_date.ok()) return from_date.status();
  auto to_date = ParseDateOption("--to", to);
  if (!to_date.ok()) return to_date.status();
  result.from = *from_date;
  result.to = *to_date;
  return result;
}

Result<std::optional<Date>> ParseDateOption(std::string_view option, const std::string& value) {
  if (value.empty()) return std::optional<Date>();
  std::optional<Date> date = Date::ParseIso(value);
  if (!date) {
    return Status::Error(StatusCode::kInvalidArgument,
                         std::string(option) + " must be YYYY-MM-DD, got '" + value + "'");
  }
  return date;
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
  command->add_option("--db", options->db, "event database")->required();
  options->filter.AddTo(command);
  command->add_option("--format", options->format,
                      "table, csv, tsv or jsonl (default: table on a terminal, else tsv)");
  command->callback([options, exit_status] { *exit_status = RunQuery(*options); });
}

}  // namespace tacitus::cli
