#include "cli/dict_command.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/dictionary_option.h"
#include "cli/report_diagnostics.h"
#include "code/pattern_lookup.h"
#include "dict/dictionaries.h"
#include "dict/name_lookup.h"
#include "dict/tabari_convert.h"
#include "syntax/analyzer.h"
#include "tacitus/date.h"

namespace tacitus::cli {
namespace {

struct DictOptions {
  DictionaryOption dictionary;
  std::string phrase;
  std::string date;
  std::string from;  // dict convert: the source syntax ("tabari")
  std::string source;
  std::string out;
};

int RunCheck(const DictOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  std::shared_ptr<const Dictionaries> dicts =
      options.dictionary.LoadOrReport("dict check", /*with_places=*/true);
  if (dicts == nullptr) return 1;
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  const Dictionaries::Sizes s = dicts->sizes();
  std::cout << "countries " << s.countries << "\nadjectives " << s.adjectives << "\npeoples "
            << s.peoples << "\ncapitals " << s.capitals << "\nseats " << s.seats << "\nregions "
            << s.regions << "\norganisations " << s.organisations << "\npersons " << s.persons
            << "\nroles " << s.roles << "\nnames " << s.names << "\nagents " << s.agents
            << "\nagent_names " << s.agent_names << "\nverb_patterns " << s.verb_patterns
            << "\nnoun_patterns " << s.noun_patterns << "\nborrowed_verb_patterns "
            << s.borrowed_verb_patterns << "\nborrowed_noun_patterns " << s.borrowed_noun_patterns
            << "\nintent_codes " << s.intent_codes << "\ndiscards " << s.discards
            << "\nevaluations " << s.evaluations << "\nevent_types " << s.event_types << "\n";
  std::cerr << "version " << dicts->version() << ", loaded in " << static_cast<int>(ms) << " ms\n";
  return 0;
}

void PrintActor(const Actor& actor, const std::optional<Date>& date) {
  std::cout << "  actor " << ActorKindName(actor.kind) << " ";
  if (actor.kind != ActorKind::kPerson) {
    std::cout << actor.code << " \"" << actor.name << "\" " << actor.origin.ToString() << "\n";
    return;
  }
  std::cout << "\"" << actor.name << "\" " << actor.origin.ToString() << "\n";
  for (const DatedRole& role : actor.roles) {
    if (date && !role.Covers(*date)) continue;
    std::cout << "    " << role.code << " " << role.from.ToString() << ".."
              << (role.to ? role.to->ToString() : "") << " " << role.words << "\n";
  }
  if (date && actor.RoleOn(*date) == nullptr) {
    std::cout << "    no role on " << date->ToString() << "\n";
  }
}

// The verb and noun patterns the phrase matches, as an example of their use. A phrase such as
// "imposed sanctions on" has neither a subject nor an object for +T to bind, so when it
// matches nothing as written it is read again as "They <phrase> them." and said so.
bool PrintPatterns(const Dictionaries& dicts, const Analyzer& analyzer, const std::string& phrase) {
  std::string example = phrase;
  Analysis analysis;
  analyzer.Analyze(example, &analysis);
  std::vector<PatternLookup> found = LookUpPatterns(dicts, analysis.document, analysis.syntax);
  if (found.empty()) {
    example = "They " + phrase + " them.";
    analyzer.Analyze(example, &analysis);
    found = LookUpPatterns(dicts, analysis.document, analysis.syntax);
    if (found.empty()) return false;
    std::cout << "read as \"" << example << "\":\n";
  }
  for (const PatternLookup& match : found) {
    const Span head = analysis.document.tokens[match.head].span;
    const VerbPattern& pattern = *match.pattern;
    const EventType* type = dicts.FindEventType(pattern.code);
    std::cout << "\"" << example.substr(head.begin, head.size())
              << "\": " << (pattern.nominal ? "noun " : "verb ") << pattern.code
              << (pattern.paired_code.empty() ? "" : ":" + pattern.paired_code)
              << (pattern.also_code.empty() ? "" : "+" + pattern.also_code) << " \"" << pattern.text
              << "\" " << pattern.Provenance();
    if (type != nullptr) std::cout << " (" << type->label << ")";
    std::cout << "\n";
  }
  return true;
}

int RunLookup(const DictOptions& options) {
  std::optional<Date> date;
  if (!options.date.empty()) {
    date = Date::ParseIso(options.date);
    if (!date) {
      std::cerr << "tacitus dict lookup: --date " << options.date << " is not YYYY-MM-DD\n";
      return 1;
    }
  }
  std::shared_ptr<const Dictionaries> dicts = options.dictionary.LoadOrReport("dict lookup");
  if (dicts == nullptr) return 1;
  auto analyzer = Analyzer::Create();  // for lemmas: agents match "soldiers" as "soldier"
  if (!analyzer.ok()) {
    std::cerr << "tacitus dict lookup: " << analyzer.status().message() << "\n";
    return 1;
  }
  bool any = false;
  for (const NameMatch& match : MatchNames(*dicts, **analyzer, options.phrase)) {
    any = true;
    std::cout << "\"" << options.phrase.substr(match.span.begin, match.span.size()) << "\" (tokens "
              << match.first_token << "-" << match.first_token + match.length - 1 << "):\n";
    for (uint32_t id : match.ids) {
      if (!match.agent) {
        PrintActor(dicts->actors()[id], date);
      } else {
        const Agent& agent = dicts->agents()[id];
        std::cout << "  agent " << agent.code << " \"" << agent.name << "\" "
                  << agent.origin.ToString() << "\n";
      }
    }
  }
  if (PrintPatterns(*dicts, **analyzer, options.phrase)) any = true;
  if (!any) std::cout << "no entry matches\n";
  return 0;
}

// Writes the TABARI project's dictionaries into options.out in our format, with our CAMEO tables
// and places; the summary on stdout, the lines TABARI's readers refused on stderr.
int RunConvert(const DictOptions& options) {
  const std::optional<std::string> tables = options.dictionary.DirOrReport("dict convert");
  if (!tables) return 1;
  const auto start = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  auto summary = ConvertTabariProject(options.source, *tables, options.out, &diagnostics);
  ReportDiagnostics("dict convert", diagnostics, DictionaryErrors::kLinesSkipped,
                    options.dictionary.quiet);
  if (!summary.ok()) {
    std::cerr << "tacitus dict convert: " << summary.status().message() << "\n";
    return 1;
  }
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::cout << summary->ToString() << "\n";
  std::cerr << "converted in " << static_cast<int>(ms) << " ms into " << options.out << "\n";
  return 0;
}

}  // namespace

void AddDictCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<DictOptions>();
  CLI::App* dict = app->add_subcommand(
      "dict", "check the dictionaries, look up a phrase in them, convert TABARI's to ours");
  dict->require_subcommand(1);
  options->dictionary.AddTo(dict);
  CLI::App* check = dict->add_subcommand(
      "check",
      "load and validate the dictionaries and places.txt as code does; print every error as "
      "file:line: reason (exit 1), else sizes");
  check->callback([options, exit_status] { *exit_status = RunCheck(*options); });
  CLI::App* lookup =
      dict->add_subcommand("lookup",
                           "print the actor and agent entries a phrase names, and the verb and "
                           "noun patterns it matches, each with its file:line");
  lookup
      ->add_option("phrase", options->phrase,
                   "the phrase, as news would write it: a name (\"Vladimir Putin\") or an "
                   "example of a pattern (\"imposed sanctions on\", a whole sentence)")
      ->required();
  lookup->add_option("--date", options->date, "YYYY-MM-DD: show only the roles held that day");
  CLI::App* convert = dict->add_subcommand(
      "convert",
      "write a TABARI project's dictionaries into a data directory in our format (tabari-* "
      "entries, coded by TABARI's rules), with the CAMEO tables and places.txt of --dict");
  convert->add_option("--from", options->from, "the source's syntax")
      ->required()
      ->check(CLI::IsMember({"tabari"}));
  convert->add_option("project", options->source, "the TABARI .project file")->required();
  convert->add_option("--out", options->out, "the directory to write (absent or empty)")
      ->required();
  for (CLI::App* sub : {check, lookup, convert}) options->dictionary.AddTo(sub);
  lookup->callback([options, exit_status] { *exit_status = RunLookup(*options); });
  convert->callback([options, exit_status] { *exit_status = RunConvert(*options); });
}

}  // namespace tacitus::cli
