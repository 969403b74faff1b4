#include "cli/validate_command.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/files.h"
#include "cli/report_diagnostics.h"
#include "code/coder.h"
#include "code/petrarch_clause_coder.h"
#include "code/petrarch_options.h"
#include "code/validation.h"
#include "dict/petrarch_dictionaries.h"
#include "syntax/analyzer.h"

namespace tacitus::cli {
namespace {

struct ValidateOptions {
  std::string records;
  std::string config;  // PETR_config.ini: its dictionaries instead of <Environment>'s
  std::string dictionary_dir;
  std::string floor_file;  // first integer in it: the fewest passes allowed
  bool use_parse = false;
  bool print_events = false;
  bool quiet = false;
};

struct Tally {
  int passed = 0, failed = 0, skipped = 0;
};

int RunValidate(const ValidateOptions& options) {
  std::string xml;
  if (!ReadWholeFile(options.records, &xml).ok()) {
    std::cerr << "tacitus validate: " << options.records << ": cannot read\n";
    return 1;
  }
  PetrarchFiles files;
  PetrarchOptions base_options;  // the config's [Options]; the records' <Config> change them
  Diagnostics diagnostics;
  if (!options.config.empty()) {
    const std::string dir = options.dictionary_dir.empty()
                                ? std::filesystem::path(options.config).parent_path().string()
                                : options.dictionary_dir;
    auto read = ReadPetrarchConfig(options.config, dir, &diagnostics);
    if (!read.ok()) {
      ReportDiagnostics("validate", diagnostics, DictionaryErrors::kLinesSkipped, options.quiet);
      std::cerr << "tacitus validate: " << read.status().message() << "\n";
      return 1;
    }
    files = std::move(*read);
    auto config_options = ReadPetrarchOptions(files, options.config);
    if (!config_options.ok()) {
      std::cerr << "tacitus validate: " << config_options.status().message() << "\n";
      return 1;
    }
    base_options = *config_options;
  }
  auto suite = ParseValidationSuite(xml, base_options);
  if (!suite.ok()) {
    std::cerr << "tacitus validate: " << options.records << ": " << suite.status().message()
              << "\n";
    return 1;
  }
  for (const std::string& problem : suite->problems) {
    std::cerr << options.records << ": " << problem << "\n";
  }
  if (options.config.empty()) {
    const std::filesystem::path dir = std::filesystem::path(options.records).parent_path();
    const auto add = [&](const std::string& name, std::vector<std::string>* list) {
      if (!name.empty()) list->push_back((dir / name).string());
    };
    add(suite->verb_file, &files.verbs);
    add(suite->actor_file, &files.actors);
    add(suite->agent_file, &files.agents);
    add(suite->discard_file, &files.discards);
  }
  const auto start = std::chrono::steady_clock::now();
  auto loaded = LoadPetrarchDictionaries(files);
  const double load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (loaded.ok()) diagnostics.Append(loaded->diagnostics);
  ReportDiagnostics("validate", diagnostics, DictionaryErrors::kLinesSkipped, options.quiet);
  if (!loaded.ok()) {
    std::cerr << "tacitus validate: " << loaded.status().message() << "\n";
    return 1;
  }
  if (!options.quiet) {
    std::cerr << "dictionaries loaded in " << load_seconds << " s\n";
  }

  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) {
    std::cerr << analyzer.status().message() << "\n";
    return 1;
  }
  std::shared_ptr<const Analyzer> shared_analyzer(std::move(*analyzer));

  std::map<std::string, Tally> by_category;
  Tally total;
  Coder::Scratch scratch;
  std::vector<Event> events;
  std::vector<EventTriple> triples;
  for (const ValidationRecord& record : suite->records) {
    Tally& category = by_category[record.category];
    if (!record.valid) {
      ++category.skipped;
      ++total.skipped;
      continue;
    }
    // A parse error can only come from a parse: from raw text the record cannot be scored.
    if (record.expected_error == "bad_input_parse" && !options.use_parse) {
      if (!options.quiet) std::cout << "SKIP " << record.id << ": expects a parse error\n";
      ++category.skipped;
      ++total.skipped;
      continue;
    }
    const Coder coder(shared_analyzer, loaded->dictionaries,
                      std::make_shared<PetrarchClauseCoder>(record.options));
    Story story;
    story.id = record.id;
    story.date = record.date;
    story.text = record.text;
    events.clear();
    const bool coded = options.use_parse
                           ? coder.CodeParsed(story, record.parse, &scratch, &events).ok()
                           : (coder.Code(story, &scratch, &events), true);
    const Document& doc = scratch.analysis.document;
    std::string error;
    if (!coded) {
      error = "bad_input_parse";
    } else if (scratch.story_discarded) {
      error = "storydiscard";
    } else if (!doc.sentences.empty() && doc.sentences.front().is_dateline) {
      error = "dateline";
    } else if (events.empty() &&
               std::find(scratch.discarded_sentences.begin(), scratch.discarded_sentences.end(),
                         true) != scratch.discarded_sentences.end()) {
      error = "sentencediscard";
    }
    triples.clear();
    for (const Event& event : events) triples.push_back({event.source, event.target, event.code});
    if (options.print_events) {
      for (const EventTriple& t : triples) std::cout << record.id << "\t" << t.ToString() << "\n";
    }
    const ValidationOutcome outcome = ScoreRecord(record, triples, error);
    if (outcome.passed) {
      ++category.passed;
      ++total.passed;
    } else {
      ++category.failed;
      ++total.failed;
      if (!options.quiet && !options.print_events) {
        std::cout << "FAIL " << record.id << ": expected " << outcome.expected << "; got "
                  << outcome.got << "\n";
      }
    }
  }
  if (!options.quiet) {
    for (const auto& [name, tally] : by_category) {
      std::cout << "category " << name << ": " << tally.passed << " passed, " << tally.failed
                << " failed, " << tally.skipped << " skipped\n";
    }
  }
  std::cout << total.passed << " passed, " << total.failed << " failed, " << total.skipped
            << " skipped\n";

  if (!options.floor_file.empty()) {
    std::ifstream floor_in(options.floor_file);
    int floor = -1;
    if (!(floor_in >> floor)) {
      std::cerr << "tacitus validate: " << options.floor_file << ": no pass floor in it\n";
      return 1;
    }
    if (total.passed < floor) {
      std::cerr << "tacitus validate: " << total.passed << " passed, below the floor of " << floor
                << " in " << options.floor_file << "\n";
      return 1;
    }
  }
  return suite->problems.empty() ? 0 : 2;  // 2: some <Config> was not applied
}

}  // namespace

void AddValidateCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app->add_subcommand(
      "validate", "Run a PETRARCH validation suite (PETR.UnitTest.records.xml) and score it");
  command->add_option("records", options->records, "validation records (XML)")->required();
  command->add_option("--config", options->config,
                      "code with the dictionaries a PETRARCH config names (PETR_config.ini) "
                      "instead of the suite's <Environment>");
  command->add_option("--dictionaries", options->dictionary_dir,
                      "where --config's dictionary files are (default: beside the config)");
  command->add_option("--floor", options->floor_file,
                      "a file whose first number is the fewest passes allowed; fewer exit 1");
  command->add_flag("--use-parse", options->use_parse,
                    "code from each record's <Parse> tree instead of its raw text");
  command->add_flag("--print-events", options->print_events,
                    "print every coded event: ID<TAB>SOURCE TARGET CODE");
  command->add_flag("-q,--quiet", options->quiet,
                    "print only the final count (and the dictionaries' errors, not warnings)");
  command->callback([options, exit_status]() { *exit_status = RunValidate(*options); });
}

}  // namespace tacitus::cli
