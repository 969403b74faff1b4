// The line grammar of docs/dictionaries.md: parses entries, checks their meaning against the
// CAMEO tables and against each other, and compiles the name indices. Used by Dictionaries::Load.
//
//   EntryParser parser(cameo_tables, &diagnostics);
//   parser.ParseFile(FileKind::kActors, "data/actors/countries.txt", text);   // any number
//   ParsedDictionaries parsed = std::move(parser).Finish();
//
// Every problem goes to `diagnostics` as an error (file, line, reason) and parsing goes on with the
// next line, so one run reports everything. `file` must outlive the result (Origins view it).
// One warning, which refuses nothing: a '|' in the comment after an entry. '#' ends the entry
// wherever it stands, so a name or pattern written after a comment is silently lost, and a
// '|' is what gives that away.
#ifndef TACITUS_DICT_ENTRY_PARSER_H_
#define TACITUS_DICT_ENTRY_PARSER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/cameo_tables.h"
#include "dict/dictionaries.h"
#include "dict/phrase_index.h"
#include "dict/tabari_entries.h"
#include "tacitus/diagnostic.h"
#include "text/document.h"
#include "text/segmenter.h"

namespace tacitus {

// Which entry kinds a file may hold.
enum class FileKind : uint8_t { kActors, kAgents, kVerbs, kDiscards, kEvaluations };

struct ParsedDictionaries {
  std::vector<Actor> actors;
  PhraseIndex actor_names;
  size_t actor_names_written = 0;
  std::vector<Agent> agents;
  size_t agent_lines = 0;
  PhraseIndex agent_names;
  std::vector<Doer> doers;
  std::vector<VerbPattern> patterns;
  size_t verb_patterns_written = 0, noun_patterns_written = 0;
  std::vector<IntentCode> intent_codes;
  std::vector<Discard> discards;
  PhraseIndex discard_phrases;
  // `evaluation` lines: one pattern per word, its head the word; a denied word's text starts
  // with "not " ("not legal").
  std::vector<VerbPattern> evaluations;
  // tabari-* lines (dict/tabari_entries.h): TABARI's entries, coded by TABARI's rules.
  TabariEntries tabari;
};

// Parses one pattern ("{impose/slap} sanction on +T") into `elements`, the head first; a
// problem is returned as the reason (empty when the pattern is well formed).
std::string ParsePatternElements(std::string_view pattern, std::vector<PatternElement>* elements);

class EntryParser {
 public:
  EntryParser(const CameoTables& cameo, Diagnostics* diagnostics);

  void ParseFile(FileKind kind, std::string_view file, std::string_view text);
  // Cross-entry checks (a person's name shared with another person holding a different code
  // at the same time), then the indices.
  ParsedDictionaries Finish() &&;

 private:
  void ParseActor(ActorKind kind, std::string_view rest, const Origin& origin);
  void ParsePerson(std::string_view rest, const Origin& origin);
  // The role code that opens an agent or doer line; empty (with an error) when missing. A
  // code that is no role is reported and still returned, so the names after it are checked.
  std::string_view RoleCodeField(std::string_view* rest, const Origin& origin);
  void ParseAgent(std::string_view rest, const Origin& origin);
  void ParseDoer(std::string_view rest, const Origin& origin);
  void ParsePatterns(bool nominal, std::string_view rest, const Origin& origin);
  void ParseIntent(std::string_view rest, const Origin& origin);
  void ParseDiscards(std::string_view rest, const Origin& origin);
  void ParseEvaluations(std::string_view rest, const Origin& origin);
  // An error at our first entry when the files hold tabari-* entries too.
  void CheckOneRuleSet();
  void Error(const Origin& origin, std::string_view reason) {
    diagnostics_->Error(origin.file, origin.line, reason);
  }
  // As Error, at the column where `at`, a view into the line being parsed, starts (no column
  // when it is empty).
  void ErrorAt(const Origin& origin, std::string_view at, std::string_view reason) {
    AddAt(Severity::kError, origin, at, reason);
  }
  void AddAt(Severity severity, const Origin& origin, std::string_view at, std::string_view reason);
  // Warns when `comment`, the end of an entry line from its '#', holds a '|'.
  void CheckTrailingComment(std::string_view comment, const Origin& origin);
  // Cuts `names` at '|' and segments each; false (with errors) if any is empty or too long.
  bool SplitNames(std::string_view names, const Origin& origin, std::vector<std::string>* out);
  // Segments `name` into scratch_ and returns its match key (leading "the" dropped).
  std::string NameKey(std::string_view name);
  // Records that `name` of kind `kind_tag` has `code`; an error if it already had another.
  void ClaimName(std::string_view kind_tag, std::string_view name, std::string_view code,
                 const Origin& origin);

  const CameoTables& cameo_;
  Diagnostics* diagnostics_;
  TabariEntryParser tabari_;
  std::string_view line_;  // the line being parsed, for columns
  TextSegmenter segmenter_;
  Document scratch_;
  ParsedDictionaries parsed_;
  PhraseIndex::Builder actor_builder_{false};
  PhraseIndex::Builder agent_builder_{true};
  PhraseIndex::Builder discard_builder_{true};
  struct Claim {
    std::string code;
    Origin origin;
  };
  std::unordered_map<std::string, Claim> claims_;             // kind tag + name key -> first claim
  std::unordered_map<std::string, Origin> evaluation_words_;  // "not legal" -> its line
  std::unordered_map<std::string, std::vector<uint32_t>> person_names_;  // key -> actors
};

}  // namespace tacitus

#endif  // TACITUS_DICT_ENTRY_PARSER_H_
