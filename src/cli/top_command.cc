#include "cli/top_command.h"

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/option_ranges.h"
#include "cli/query_command.h"

namespace tacitus::cli {
namespace {

struct TopOptions {
  std::string db;
  std::string by;
  int64_t n = 20;
  EventFilterOptions filter;
  DictionaryOption dictionary;
  std::string format;
};

int RunTop(const TopOptions& options) {
  const std::optional<TopKey> by = ParseTopKey(options.by);
  if (!by) {
    std::cerr << "tacitus top: --by must be actor, source, target, dyad, code, root, country or "
                 "month, got '"
              << options.by << "'\n";
    return 1;
  }
  const std::string format = options.format.empty() ? DefaultFormat("csv") : options.format;
  if (format != "table" && format != "csv" && format != "json") {
    std::cerr << "tacitus top: --format must be table, csv or json, got '" << format << "'\n";
    return 1;
  }
  auto filter = options.filter.ToFilter(options.dictionary, "top");
  if (!filter.ok()) {
    std::cerr << "tacitus top: " << filter.status().message() << "\n";
    return 1;
  }
  std::unique_ptr<EventStore> store = OpenStoreOrReport("top", options.db);
  if (store == nullptr) return 1;
  auto rows = store->Top(*filter, *by, options.n);
  if (!rows.ok()) {
    std::cerr << "tacitus top: " << rows.status().message() << "\n";
    return 1;
  }
  if (format == "json") {
    nlohmann::json json = nlohmann::json::array();
    for (const TopRow& row : *rows) {
      json.push_back({{options.by, row.key}, {"events", row.events}, {"mentions", row.mentions}});
    }
    std::cout << json.dump(1) << "\n";
    return 0;
  }
  RowWriter writer(format == "table" ? RowWriter::kTable : RowWriter::kCsv,
                   {options.by, "events", "mentions"}, {false, true, true}, &std::cout);
  for (const TopRow& row : *rows) {
    writer.Add({row.key, std::to_string(row.events), std::to_string(row.mentions)});
  }
  writer.Finish();
  return 0;
}

}  // namespace

void AddTopCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<TopOptions>();
  CLI::App* command = app->add_subcommand(
      "top", "count the stored events that match filters by actor, dyad, code, country or month");
  command->add_option("--db", options->db, "event database: an SQLite file or a PostgreSQL URI")
      ->required();
  command
      ->add_option("--by", options->by,
                   "actor (source or target), source, target, dyad, code, root, country or month")
      ->required();
  command->add_option("-n", options->n, "the largest N groups; 0 all")
      ->capture_default_str()
      ->check(CLI::Range(int64_t{0}, kMaxListed));
  options->filter.AddTo(command, /*with_limit=*/false);
  options->dictionary.AddTo(command);
  command->add_option("--format", options->format,
                      "table, csv or json (default: table on a terminal, else csv)");
  command->callback([options, exit_status] { *exit_status = RunTop(*options); });
}

}  // namespace tacitus::cli
