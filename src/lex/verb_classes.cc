#include "lex/verb_classes.h"

#include <algorithm>
#include <array>

namespace tacitus {
namespace {

constexpr auto kReportingVerbs = std::to_array<std::string_view>(
    {"say",       "tell",      "state",     "announce", "claim",   "add",         "note",
     "warn",      "insist",    "argue",     "deny",     "report",  "declare",     "stress",
     "confirm",   "reply",     "explain",   "assert",   "allege",  "acknowledge", "admit",
     "emphasize", "emphasise", "reiterate", "respond",  "suggest", "write",       "indicate",
     "predict",   "comment",   "observe",   "caution",  "contend", "tweet",       "accuse"});

constexpr auto kThoughtVerbs = std::to_array<std::string_view>(
    {"believe", "think", "hope", "fear", "expect", "feel", "know", "understand", "agree",
     "estimate", "assume", "suspect", "conclude", "doubt", "reckon"});

constexpr auto kTwoObjectVerbs = std::to_array<std::string_view>(
    {"give",  "offer",  "send",   "grant",   "hand",  "lend", "show",  "tell",   "promise",
     "sell",  "pay",    "deny",   "award",   "bring", "owe",  "teach", "assign", "buy",
     "allow", "refuse", "supply", "provide", "ship",  "loan", "issue"});

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace

bool IsReportingVerb(std::string_view lemma) { return In(kReportingVerbs, lemma); }

bool TakesTwoObjects(std::string_view lemma) { return In(kTwoObjectVerbs, lemma); }

bool TakesClauseComplement(std::string_view lemma) {
  return In(kReportingVerbs, lemma) || In(kThoughtVerbs, lemma);
}

}  // namespace tacitus
