#include "cli/dictionary_option.h"

#include <iostream>
#include <optional>
#include <set>
#include <string>

#include "base/files.h"
#include "cli/report_diagnostics.h"
#include "dict/data_dir.h"
#include "place/gazetteer.h"

namespace tacitus::cli {
namespace {

// Whether `status` is ok or fails with nothing but errors of `diagnostics`, already reported
// (our dictionaries and places.txt refused for their errors fail with just those), so that
// no error is printed twice.
bool ReportedIn(const Status& status, const Diagnostics& diagnostics) {
  if (status.ok()) return true;
  std::set<std::string> reported;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity == Severity::kError) reported.insert(diagnostic.ToString());
  }
  std::string_view rest = status.message(), line;
  while (NextLine(&rest, &line)) {
    if (!reported.contains(std::string(line))) return false;
  }
  return true;
}

}  // namespace

void DictionaryOption::AddTo(CLI::App* command) {
  command->add_option("--dict", dir,
                      "dictionary directory (default: $TACITUS_DATA, else the data/ beside the "
                      "binary)");
  command->add_flag("-q,--quiet", quiet, "do not print the dictionaries' warnings");
}

void DictionaryOption::AddCodingOptionsTo(CLI::App* command) {
  AddTo(command);
  command->add_option("--petrarch-config", petrarch_config,
                      "code with the PETRARCH dictionaries this PETR_config.ini names (files "
                      "beside it) instead of ours");
  command
      ->add_option("--tabari-project", tabari_project,
                   "code with the TABARI dictionaries this .project file names (files beside "
                   "it) instead of ours")
      ->excludes("--petrarch-config");
}

std::unique_ptr<const EventPipeline> DictionaryOption::PipelineOrReport(
    std::string_view command) const {
  PipelineOptions options;
  const std::optional<std::string> data_dir = DirOrReport(command);
  if (!data_dir) return nullptr;
  options.data_dir = *data_dir;  // with PETRARCH's dictionaries: places and CAMEO tables only
  options.petrarch_config = petrarch_config;
  options.tabari_project = tabari_project;
  Diagnostics diagnostics;
  auto pipeline = EventPipeline::Create(options, &diagnostics);
  const DictionaryErrors errors = petrarch_config.empty() && tabari_project.empty()
                                      ? DictionaryErrors::kLoadRefused
                                      : DictionaryErrors::kLinesSkipped;
  ReportDiagnostics(command, diagnostics, errors, quiet);
  if (!pipeline.ok()) {
    if (!ReportedIn(pipeline.status(), diagnostics)) {
      std::cerr << pipeline.status().message() << "\n";
    }
    return nullptr;
  }
  return std::move(pipeline).value();
}

std::optional<std::string> DictionaryOption::DirOrReport(std::string_view command) const {
  if (!dir.empty()) return dir;
  std::optional<std::string> found = FindDataDir(nullptr);
  if (!found) {
    std::cerr << "tacitus " << command
              << ": no dictionary directory found; give --dict DIR or set TACITUS_DATA\n";
  }
  return found;
}

std::shared_ptr<const Dictionaries> DictionaryOption::LoadOrReport(std::string_view command,
                                                                   bool with_places) const {
  const std::optional<std::string> path = DirOrReport(command);
  if (!path) return nullptr;
  Diagnostics diagnostics;
  auto dictionaries = Dictionaries::Load(*path, &diagnostics, TACITUS_WORDNET_DIR);
  Status places;
  // A directory that is not there has no places.txt to check either.
  if (with_places && dictionaries.status().code() != StatusCode::kNotFound) {
    GazetteerPaths paths;
    paths.places_file = PlacesFileIn(*path);
    paths.cities = false;
    places = Gazetteer::Load(paths, &diagnostics).status();
  }
  ReportDiagnostics(command, diagnostics, DictionaryErrors::kLoadRefused, quiet);
  for (const Status& status : {dictionaries.status(), places}) {
    if (!ReportedIn(status, diagnostics)) std::cerr << status.message() << "\n";
  }
  if (!dictionaries.ok() || !places.ok()) return nullptr;
  return std::move(dictionaries).value();
}

}  // namespace tacitus::cli
