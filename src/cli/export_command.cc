#include "cli/export_command.h"

#include <iostream>
#include <memory>
#include <string>

#include "cli/checked_output.h"
#include "cli/dictionary_option.h"
#include "cli/query_command.h"
#include "store/export.h"

namespace tacitus::cli {
namespace {

struct ExportOptions {
  std::string db;
  EventFilterOptions filter;
  std::string format;
  bool header = false;
  DictionaryOption dictionary;
};

int RunExport(const ExportOptions& options) {
  if (options.format != "gdelt" && options.format != "plover") {
    std::cerr << "tacitus export: --format must be gdelt or plover, got '" << options.format
              << "'\n";
    return 1;
  }
  auto filter = options.filter.ToFilter(options.dictionary, "export");
  if (!filter.ok()) {
    std::cerr << "tacitus export: " << filter.status().message() << "\n";
    return 1;
  }
  const std::optional<std::string> data_dir = options.dictionary.DirOrReport("export");
  if (!data_dir) return 1;
  auto tables = ExportTables::Load(*data_dir);
  if (!tables.ok()) {
    std::cerr << "tacitus export: " << tables.status().message() << "\n";
    return 1;
  }
  std::unique_ptr<EventStore> store = OpenStoreOrReport("export", options.db);
  if (store == nullptr) return 1;
  const bool gdelt = options.format == "gdelt";
  if (gdelt && options.header) std::cout << GdeltHeader() << "\n";
  const Status status = store->ForEachEvent(*filter, [&](const StoredEvent& event) {
    std::cout << (gdelt ? EventToGdelt(event, *tables) : EventToPlover(event, *tables)) << "\n";
    return !StdoutFailed();
  });
  std::cout.flush();
  if (!status.ok()) {
    std::cerr << "tacitus export: " << status.message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void AddExportCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app->add_subcommand(
      "export", "write stored events as GDELT 2.0 event rows (TSV) or PLOVER JSON Lines");
  command->add_option("--db", options->db, "event database: an SQLite file or a PostgreSQL URI")
      ->required();
  command->add_option("--format", options->format, "gdelt or plover")->required();
  command->add_flag("--header", options->header,
                    "gdelt: write the column names first (GDELT's own files have none)");
  options->filter.AddTo(command);
  options->dictionary.AddTo(command);
  command->callback([options, exit_status] { *exit_status = RunExport(*options); });
}

}  // namespace tacitus::cli
