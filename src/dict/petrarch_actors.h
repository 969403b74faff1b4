// Readers of the TABARI/PETRARCH actor, agent, discard and issue files
// (PETR.Validate.actors.txt, Phoenix.*.actors.txt, Phoenix.agents.txt, ...).
//
// Actors: a name line, "+NAME" synonym lines, then codes, on the name line or on indented
// lines; a code may be dated:
//   UNITED_STATES [USA]            names join words with "_" (a final "_" changes nothing)
//   +U.S.
//   GOLLUM                         [CODE <YYYYMMDD]  before that day
//   	[HOB < 950601]              [CODE >YYYYMMDD]  from that day
//   	[HOBGOV 19950601-19990815]  [CODE D1-D2]      both days included; YYMMDD means 19YY,
//   	[HOBREB > 990816]                              or 20YY for YY up to 30
//   LORIEN [ELR/GAL]               several actors at once
// The first dated code that covers a story's date wins, else the undated one.
// Agents: "NAME {PLURALS} [~GOV]" ("~" marks where the place code goes: "[NGO~]" comes
// first), "!MACRO! = WORD, WORD" substituted into later names. Discards: a phrase a line,
// "+" for the whole story. Issues: "phrase [CODE]", the inflection markers "n:", "v:", "m:"
// dropped (issue phrases match on lemmas, so "n:sanction" matches "sanctions"), "+" read as
// a space, "~phrase" an exclusion (Issue::exclusion), "<ISSUE ...>" category tags skipped.
//
// Every malformed line is reported to `diagnostics` as an error (file, line, reason) and
// refused; a stray control byte (Phoenix.Countries.actors.txt has two 0x1A) is dropped with a
// warning.
// `file` must outlive the entries (their Origins view it).
#ifndef TACITUS_DICT_PETRARCH_ACTORS_H_
#define TACITUS_DICT_PETRARCH_ACTORS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionaries.h"
#include "tacitus/diagnostic.h"

namespace tacitus {

struct NamedEntry {
  std::string name;  // lower case, words separated by single spaces
  uint32_t id = 0;   // index into the entries it names
};

struct PetrarchEntries {
  std::vector<Actor> actors;
  std::vector<NamedEntry> actor_names;
  std::vector<Agent> agents;  // one per name
  std::vector<NamedEntry> agent_names;
  size_t agent_lines = 0;
  std::vector<Discard> discards;
  std::vector<Issue> issues;
};

void ParsePetrarchActors(std::string_view file, std::string_view text, PetrarchEntries* out,
                         Diagnostics* diagnostics);
void ParsePetrarchAgents(std::string_view file, std::string_view text, PetrarchEntries* out,
                         Diagnostics* diagnostics);
void ParsePetrarchDiscards(std::string_view file, std::string_view text, PetrarchEntries* out,
                           Diagnostics* diagnostics);
void ParsePetrarchIssues(std::string_view file, std::string_view text, PetrarchEntries* out,
                         Diagnostics* diagnostics);

// "19950601" or "950601" (YY up to 30 is 20YY); nullopt when malformed.
std::optional<Date> ParsePetrarchDate(std::string_view text);

}  // namespace tacitus

#endif  // TACITUS_DICT_PETRARCH_ACTORS_H_
