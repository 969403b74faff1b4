#include "cli/validate_command.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/files.h"
#include "cli/report_diagnostics.h"
#include "code/coder.h"
#include "code/petrarch_clause_coder.h"
#include "code/petrarch_options.h"
#include "code/tabari_sentence.h"
#include "code/validation.h"
#include "dict/petrarch_dictionaries.h"
#include "dict/tabari_options.h"
#include "dict/tabari_project.h"
#include "dict/tabari_verbs.h"
#include "syntax/analyzer.h"

namespace tacitus::cli {
namespace {

struct ValidateOptions {
  std::string records;
  std::string config;          // PETR_config.ini: its dictionaries instead of <Environment>'s
  std::string tabari_project;  // a TABARI .project: its dictionaries instead
  std::string dictionary_dir;
  std::string floor_file;  // first integer in it: the fewest passes allowed
  // The syntax of the <Environment>'s files: auto (from the verb file), tabari, petrarch1,
  // petrarch2 (PETRARCH's two read alike).
  std::string dictionary_syntax = "auto";
  bool use_parse = false;
  bool print_events = false;
  bool quiet = false;
};

struct Tally {
  int passed = 0, failed = 0, skipped = 0;
};

struct Tallies {
  std::map<std::string, Tally> by_category;
  Tally total;
  // Records with an eventdate, and those of them whose events were dated otherwise.
  int dated = 0, date_mismatches = 0;

  // One more record of `category` with `outcome` (&Tally::passed, ...).
  void Count(const std::string& category, int Tally::*outcome) {
    ++(by_category[category].*outcome);
    ++(total.*outcome);
  }
};

// A suite read, with the dictionaries it is coded with.
struct LoadedSuite {
  ValidationSuite suite;
  std::shared_ptr<const Dictionaries> dictionaries;
};

// --config's dictionary files into *files and its [Options] into *base_options, its
// warnings into *diagnostics; false after reporting on stderr why it cannot be read.
bool ReadConfig(const ValidateOptions& options, PetrarchFiles* files, PetrarchOptions* base_options,
                Diagnostics* diagnostics) {
  const std::string dir = options.dictionary_dir.empty()
                              ? std::filesystem::path(options.config).parent_path().string()
                              : options.dictionary_dir;
  auto read = ReadPetrarchConfig(options.config, dir, diagnostics);
  if (!read.ok()) {
    ReportDiagnostics("validate", *diagnostics, DictionaryErrors::kLinesSkipped, options.quiet);
    std::cerr << "tacitus validate: " << read.status().message() << "\n";
    return false;
  }
  *files = std::move(*read);
  auto config_options = ReadPetrarchOptions(*files, options.config);
  if (!config_options.ok()) {
    std::cerr << "tacitus validate: " << config_options.status().message() << "\n";
    return false;
  }
  *base_options = *config_options;
  return true;
}

// The dictionary files the suite's <Environment> names, which sit beside the records.
void AddEnvironmentFiles(const std::string& records, const ValidationSuite& suite,
                         PetrarchFiles* files) {
  const std::filesystem::path dir = std::filesystem::path(records).parent_path();
  const auto add = [&](const std::string& name, std::vector<std::string>* list) {
    if (!name.empty()) list->push_back((dir / name).string());
  };
  add(suite.verb_file, &files->verbs);
  add(suite.actor_file, &files->actors);
  add(suite.agent_file, &files->agents);
  add(suite.discard_file, &files->discards);
}

// Whether the <Environment>'s files are in TABARI's syntax: as --dictionary-syntax says, else
// as the verb file reads (an unreadable one is left to the loader to report).
bool EnvironmentIsTabari(const ValidateOptions& options, const PetrarchFiles& files) {
  if (options.dictionary_syntax != "auto") return options.dictionary_syntax == "tabari";
  std::string verbs;
  return !files.verbs.empty() && ReadFileBytes(files.verbs.front(), &verbs).ok() &&
         LooksLikeTabariVerbs(verbs);
}

// For <Environment> files in TABARI's syntax: its <Optionsfile> (beside the records) or
// TABARI's defaults, applied to every record; false after reporting why the options file
// cannot be read.
bool UseTabariEnvironment(const ValidateOptions& options, PetrarchFiles* files,
                          ValidationSuite* suite, Diagnostics* diagnostics) {
  files->tabari = true;
  TabariOptions tabari;
  if (!suite->options_file.empty()) {
    const std::string path =
        (std::filesystem::path(options.records).parent_path() / suite->options_file).string();
    if (const Status read = ReadTabariOptionsFile(path, &tabari, diagnostics); !read.ok()) {
      ReportDiagnostics("validate", *diagnostics, DictionaryErrors::kLinesSkipped, options.quiet);
      std::cerr << "tacitus validate: " << read.message() << "\n";
      return false;
    }
  }
  files->time_shifting = tabari.time_shifting;
  for (ValidationRecord& record : suite->records) SetTabariOptions(tabari, &record.options);
  return true;
}

// Loads `files` and reports on stderr what *diagnostics (the config's) and the loader found
// and how long the load took; nullptr after reporting why the load failed.
std::shared_ptr<const Dictionaries> LoadDictionaries(const PetrarchFiles& files, bool quiet,
                                                     Diagnostics* diagnostics) {
  const auto start = std::chrono::steady_clock::now();
  auto loaded = LoadPetrarchDictionaries(files);
  const double load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (loaded.ok()) diagnostics->Append(loaded->diagnostics);
  ReportDiagnostics("validate", *diagnostics, DictionaryErrors::kLinesSkipped, quiet);
  if (!loaded.ok()) {
    std::cerr << "tacitus validate: " << loaded.status().message() << "\n";
    return nullptr;
  }
  if (!quiet) std::cerr << "dictionaries loaded in " << load_seconds << " s\n";
  return std::move(loaded->dictionaries);
}

// Reads the records, then the dictionaries: --config's, else those the suite's
// <Environment> names. Reports on stderr what goes wrong (and the <Config> elements that
// could not be applied); nullopt when the suite cannot be scored.
std::optional<LoadedSuite> ReadSuite(const ValidateOptions& options) {
  std::string xml;
  if (!ReadWholeFile(options.records, &xml).ok()) {
    std::cerr << "tacitus validate: " << options.records << ": cannot read\n";
    return std::nullopt;
  }
  PetrarchFiles files;
  PetrarchOptions base_options;  // the config's [Options]; the records' <Config> change them
  Diagnostics diagnostics;
  if (!options.config.empty() && !ReadConfig(options, &files, &base_options, &diagnostics)) {
    return std::nullopt;
  }
  if (!options.tabari_project.empty()) {
    auto project = ReadTabariProject(options.tabari_project, &diagnostics);
    if (!project.ok()) {
      ReportDiagnostics("validate", diagnostics, DictionaryErrors::kLinesSkipped, options.quiet);
      std::cerr << "tacitus validate: " << project.status().message() << "\n";
      return std::nullopt;
    }
    files = std::move(project->files);
    SetTabariOptions(project->options, &base_options);
  }
  auto suite = ParseValidationSuite(xml, base_options, options.records);
  if (!suite.ok()) {
    std::cerr << "tacitus validate: " << suite.status().message() << "\n";
    return std::nullopt;
  }
  for (const Diagnostic& problem : suite->problems) std::cerr << problem.ToString() << "\n";
  if (options.config.empty() && options.tabari_project.empty()) {
    AddEnvironmentFiles(options.records, *suite, &files);
    if (EnvironmentIsTabari(options, files) &&
        !UseTabariEnvironment(options, &files, &*suite, &diagnostics)) {
      return std::nullopt;
    }
  }
  std::shared_ptr<const Dictionaries> dictionaries =
      LoadDictionaries(files, options.quiet, &diagnostics);
  if (dictionaries == nullptr) return std::nullopt;
  return LoadedSuite{std::move(*suite), std::move(dictionaries)};
}

// The error PETRARCH reports for a record coded into `events` ("dateline", ...), or "".
std::string CodingError(bool coded, const Coder::Scratch& scratch,
                        const std::vector<Event>& events) {
  const Document& doc = scratch.analysis.document;
  if (!coded) return "bad_input_parse";
  if (scratch.story_discarded) return "storydiscard";
  if (!doc.sentences.empty() && doc.sentences.front().is_dateline) return "dateline";
  if (events.empty() &&
      std::find(scratch.discarded_sentences.begin(), scratch.discarded_sentences.end(), true) !=
          scratch.discarded_sentences.end()) {
    return "sentencediscard";
  }
  return "";
}

// Codes `record` with its own <Config> options (from its <Parse> with --use-parse), prints
// the events with --print-events, and scores them against the record's.
ValidationOutcome CodeAndScore(const ValidateOptions& options, const ValidationRecord& record,
                               const std::shared_ptr<const Analyzer>& analyzer,
                               const std::shared_ptr<const Dictionaries>& dictionaries,
                               Coder::Scratch* scratch, std::vector<Event>* events) {
  const Coder coder(analyzer, dictionaries, std::make_shared<PetrarchClauseCoder>(record.options));
  Story story;
  story.id = record.id;
  story.date = record.date;
  story.text = record.text;
  events->clear();
  const bool coded = options.use_parse ? coder.CodeParsed(story, record.parse, scratch, events).ok()
                                       : (coder.Code(story, scratch, events), true);
  std::vector<EventTriple> triples;
  for (const Event& event : *events) triples.push_back({event.source, event.target, event.code});
  if (options.print_events) {
    for (const EventTriple& t : triples) std::cout << record.id << "\t" << t.ToString() << "\n";
  }
  ValidationOutcome outcome = ScoreRecord(record, triples, CodingError(coded, *scratch, *events));
  if (record.expected_date) {
    // As TABARI dates: the story's date, moved by a <TIME> phrase of the sentence.
    for (Event& event : *events) event.date = {record.date, DatePrecision::kDay, Span{}};
    ShiftTabariDates(*dictionaries, scratch->analysis.document, record.date, *events);
    for (const Event& event : *events) {
      if (event.date.date == *record.expected_date) continue;
      outcome.date_mismatch = true;
      outcome.passed = false;
      outcome.expected += " dated " + record.expected_date->ToString();
      outcome.got += " dated " + event.date.date.ToString();
      break;
    }
  }
  return outcome;
}

// Scores every record, printing the skipped and failed ones unless --quiet or
// --print-events.
Tallies ScoreRecords(const ValidateOptions& options, const LoadedSuite& loaded,
                     const std::shared_ptr<const Analyzer>& analyzer) {
  Tallies tallies;
  Coder::Scratch scratch;
  std::vector<Event> events;
  for (const ValidationRecord& record : loaded.suite.records) {
    if (!record.valid) {
      tallies.Count(record.category, &Tally::skipped);
      continue;
    }
    // A parse error can only come from a parse: from raw text the record cannot be scored.
    if (record.expected_error == "bad_input_parse" && !options.use_parse) {
      if (!options.quiet) std::cout << "SKIP " << record.id << ": expects a parse error\n";
      tallies.Count(record.category, &Tally::skipped);
      continue;
    }
    const ValidationOutcome outcome =
        CodeAndScore(options, record, analyzer, loaded.dictionaries, &scratch, &events);
    tallies.Count(record.category, outcome.passed ? &Tally::passed : &Tally::failed);
    if (record.expected_date) ++tallies.dated;
    if (outcome.date_mismatch) ++tallies.date_mismatches;
    if (!outcome.passed && !options.quiet && !options.print_events) {
      std::cout << "FAIL " << record.id << ": expected " << outcome.expected << "; got "
                << outcome.got << "\n";
    }
  }
  return tallies;
}

// A line per category (unless `quiet`), then the totals.
void PrintTallies(const Tallies& tallies, bool quiet) {
  if (!quiet) {
    for (const auto& [name, tally] : tallies.by_category) {
      std::cout << "category " << name << ": " << tally.passed << " passed, " << tally.failed
                << " failed, " << tally.skipped << " skipped\n";
    }
  }
  if (tallies.dated > 0) {
    std::cout << "eventdate: " << tallies.date_mismatches << " of " << tallies.dated
              << " dated records coded with another date (failed)\n";
  }
  std::cout << tallies.total.passed << " passed, " << tallies.total.failed << " failed, "
            << tallies.total.skipped << " skipped\n";
}

// Whether `passed` reaches the floor the first number in `floor_file` sets; false after
// reporting on stderr that it does not, or that the file holds no number.
bool MeetsFloor(const std::string& floor_file, int passed) {
  std::ifstream floor_in(floor_file);
  int floor = -1;
  if (!(floor_in >> floor)) {
    std::cerr << "tacitus validate: " << floor_file << ": no pass floor in it\n";
    return false;
  }
  if (passed < floor) {
    std::cerr << "tacitus validate: " << passed << " passed, below the floor of " << floor << " in "
              << floor_file << "\n";
    return false;
  }
  return true;
}

int RunValidate(const ValidateOptions& options) {
  const std::optional<LoadedSuite> loaded = ReadSuite(options);
  if (!loaded) return 1;
  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) {
    std::cerr << analyzer.status().message() << "\n";
    return 1;
  }
  const Tallies tallies = ScoreRecords(options, *loaded, std::move(*analyzer));
  PrintTallies(tallies, options.quiet);
  if (!options.floor_file.empty() && !MeetsFloor(options.floor_file, tallies.total.passed)) {
    return 1;
  }
  // 2: some <Config> was not applied, or some record's date is no date.
  return loaded->suite.problems.empty() ? 0 : 2;
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
  command
      ->add_option("--tabari-project", options->tabari_project,
                   "code with the TABARI dictionaries a .project file names (files beside it) "
                   "instead of the suite's <Environment>")
      ->excludes("--config");
  command->add_option("--dictionaries", options->dictionary_dir,
                      "where --config's dictionary files are (default: beside the config)");
  command->add_option("--floor", options->floor_file,
                      "a file whose first number is the fewest passes allowed; fewer exit 1");
  command
      ->add_option("--dictionary-syntax", options->dictionary_syntax,
                   "syntax of the <Environment>'s dictionary files: auto (from the verb file: "
                   "TABARI's 'WORD [code]' lines or PETRARCH's '--- WORD [code] ---' blocks), "
                   "tabari, petrarch1, petrarch2")
      ->check(CLI::IsMember({"auto", "tabari", "petrarch1", "petrarch2"}))
      ->excludes("--config")
      ->excludes("--tabari-project");
  command->add_flag("--use-parse", options->use_parse,
                    "code from each record's <Parse> tree instead of its raw text");
  command->add_flag("--print-events", options->print_events,
                    "print every coded event: ID<TAB>SOURCE TARGET CODE");
  command->add_flag("-q,--quiet", options->quiet,
                    "print only the final count (and the dictionaries' errors, not warnings)");
  command->callback([options, exit_status]() { *exit_status = RunValidate(*options); });
}

}  // namespace tacitus::cli
