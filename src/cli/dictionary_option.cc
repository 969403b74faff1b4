#include "cli/dictionary_option.h"

#include <iostream>
#include <optional>

#include "cli/report_diagnostics.h"
#include "dict/data_dir.h"

namespace tacitus::cli {

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
}

std::unique_ptr<const EventPipeline> DictionaryOption::PipelineOrReport(
    std::string_view command) const {
  PipelineOptions options;
  const std::optional<std::string> data_dir = DirOrReport(command);
  if (!data_dir) return nullptr;
  options.data_dir = *data_dir;  // with PETRARCH's dictionaries: places and CAMEO tables only
  options.petrarch_config = petrarch_config;
  Diagnostics diagnostics;
  auto pipeline = EventPipeline::Create(options, &diagnostics);
  const DictionaryErrors errors =
      petrarch_config.empty() ? DictionaryErrors::kLoadRefused : DictionaryErrors::kLinesSkipped;
  ReportDiagnostics(command, diagnostics, errors, quiet);
  if (!pipeline.ok()) {
    // Our dictionaries refused for their errors fail with just those, already reported.
    if (errors == DictionaryErrors::kLinesSkipped || !diagnostics.has_errors()) {
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

std::shared_ptr<const Dictionaries> DictionaryOption::LoadOrReport(std::string_view command) const {
  const std::optional<std::string> path = DirOrReport(command);
  if (!path) return nullptr;
  Diagnostics diagnostics;
  auto dictionaries = Dictionaries::Load(*path, &diagnostics);
  ReportDiagnostics(command, diagnostics, DictionaryErrors::kLoadRefused, quiet);
  if (!dictionaries.ok()) {
    // Errors in the files are reported above; what is left is a directory that is not there.
    if (!diagnostics.has_errors()) std::cerr << dictionaries.status().message() << "\n";
    return nullptr;
  }
  return std::move(dictionaries).value();
}

}  // namespace tacitus::cli
