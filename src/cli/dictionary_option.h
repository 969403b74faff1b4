// The dictionary options shared by the subcommands that code or inspect dictionaries: --dict,
// and, for those that code, --petrarch-config and --tabari-project.
#ifndef TACITUS_CLI_DICTIONARY_OPTION_H_
#define TACITUS_CLI_DICTIONARY_OPTION_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "dict/dictionaries.h"
#include "tacitus/event_pipeline.h"

namespace tacitus::cli {

struct DictionaryOption {
  std::string dir;  // empty: $TACITUS_DATA, else the data/ beside the binary (FindDataDir)
  std::string petrarch_config;  // PETR_config.ini: code with the PETRARCH dictionaries it names
  std::string tabari_project;   // a TABARI .project: code with the TABARI dictionaries it names
  bool quiet = false;           // hide the dictionaries' warnings

  // --dict and -q,--quiet.
  void AddTo(CLI::App* command);
  // AddTo's, and --petrarch-config and --tabari-project for commands that code.
  void AddCodingOptionsTo(CLI::App* command);

  // The directory to load: --dict, else found (FindDataDir); nullopt, with a message on
  // stderr, when none is found.
  std::optional<std::string> DirOrReport(std::string_view command) const;

  // Loads the dictionaries, reporting what the loader found (ReportDiagnostics) on stderr;
  // nullptr when they cannot be loaded. `command` names the caller in messages. With
  // `with_places`, the directory's places.txt is loaded too, as `code` loads it (PlacesFileIn,
  // Gazetteer::Load without the cities, which are no dictionary's), its diagnostics reported
  // with the dictionaries'; nullptr when either is refused.
  std::shared_ptr<const Dictionaries> LoadOrReport(std::string_view command,
                                                   bool with_places = false) const;

  // The whole pipeline over our dictionaries, or over the PETRARCH ones --petrarch-config
  // names, or the TABARI ones --tabari-project names, reporting what the dictionary loader found (ReportDiagnostics) on stderr; nullptr,
  // with every load error on stderr, when it cannot be built.
  std::unique_ptr<const EventPipeline> PipelineOrReport(std::string_view command) const;
};

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_DICTIONARY_OPTION_H_
