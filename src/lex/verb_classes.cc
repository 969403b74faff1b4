#include "lex/verb_classes.h"

#include <algorithm>
#include <array>

#include "base/strings.h"

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

// Verbs that say little themselves and carry an event named by their object: "held talks
// with", "launched an attack on", "lodged a protest with", "expressed support for".
constexpr auto kLightVerbs = std::to_array<std::string_view>(
    {"hold",     "have",     "conduct", "carry",     "launch",   "stage", "make",    "lodge",
     "file",     "issue",    "express", "mount",     "begin",    "start", "open",    "resume",
     "announce", "sign",     "take",    "deliver",   "extend",   "pay",   "unleash", "wage",
     "approve",  "complete", "order",   "authorize", "authorise"});

// Verbs whose infinitive complement is wished, planned, asked for or refused, not done:
// "planned to visit", "urged Serbia to resume talks", "is ready to talk", "is due to arrive",
// "refused to rule out". After other verbs an infinitive is done as its clause is: a purpose
// ("used tear gas to disperse protesters"), or what a decision or an order brought about
// ("voted to impose martial law", "ordered troops to withdraw", "managed to escape").
constexpr auto kIntentionVerbs = std::to_array<std::string_view>(
    {"want",    "wish",    "plan",     "intend",  "hope",      "aim",       "seek",
     "try",     "attempt", "promise",  "pledge",  "vow",       "threaten",  "refuse",
     "decline", "fail",    "urge",     "ask",     "call",      "encourage", "press",
     "request", "invite",  "expect",   "prepare", "offer",     "propose",   "need",
     "demand",  "appeal",  "warn",     "advise",  "schedule",  "set",       "consider",
     "mean",    "arrange", "hesitate", "wait",    "push",      "lobby",     "beg",
     "implore", "tell",    "allow",    "permit",  "authorize", "authorise", "like",
     "prefer",  "choose",  "seem",     "appear",  "claim",     "struggle"});

// Verbs of demand and proposal, whose that-clause takes a subjunctive ("insisted that the
// troops leave"; their past or "be" after "that" is told, as "insisted that the jets left").
constexpr auto kAskingVerbs = std::to_array<std::string_view>(
    {"demand", "urge", "insist", "ask", "request", "recommend", "propose", "require", "order",
     "command", "suggest", "stipulate", "decree", "advise"});

// Verbs of judging aloud, which only the speaker of a report does, never what is reported:
// "said troops had shelled the town, accusing Kyiv of ...".
constexpr auto kJudgingVerbs = std::to_array<std::string_view>(
    {"accuse",   "blame",    "condemn", "criticize", "criticise", "denounce", "praise",
     "welcome",  "reject",   "dismiss", "cite",      "describe",  "hail",     "thank",
     "question", "reaffirm", "express", "quote",     "refer",     "slam",     "vow"});

constexpr auto kDenialVerbs = std::to_array<std::string_view>({"deny", "refute", "dispute"});

constexpr auto kNamingVerbs = std::to_array<std::string_view>(
    {"call", "brand", "label", "term", "dub", "deem", "declare", "consider", "judge", "pronounce"});

constexpr auto kNamingAsVerbs = std::to_array<std::string_view>(
    {"describe", "characterize", "characterise", "portray", "regard", "view", "see"});

constexpr auto kIntentionNouns = std::to_array<std::string_view>(
    {"decision",  "plan",      "proposal",   "offer",        "attempt",     "bid",
     "effort",    "move",      "threat",     "promise",      "pledge",      "vow",
     "intention", "readiness", "refusal",    "failure",      "willingness", "push",
     "drive",     "campaign",  "call",       "demand",       "request",     "order",
     "ultimatum", "agreement", "commitment", "determination"});

// Adjectives and participles after "be" that make its infinitive wished or planned: "is
// ready to talk", "is due to arrive", "was set to sign".
constexpr auto kReadinessWords = std::to_array<std::string_view>(
    {"ready",     "willing", "prepared", "determined", "eager", "keen",      "due",
     "set",       "likely",  "expected", "poised",     "about", "unwilling", "reluctant",
     "scheduled", "going",   "able",     "unable",     "free",  "open"});

// Nouns whose infinitive right after them is wished, planned, threatened, demanded or refused
// (IsReadinessNoun): "its threat to cut ties", "Hungary's refusal to approve aid", "a demand to
// halt enrichment". Not "effort", "attempt", "bid", "call", "request": their infinitive is
// often told as done ("held a call to discuss the war").
constexpr auto kReadinessNouns = std::to_array<std::string_view>(
    {"readiness",     "willingness", "desire",    "intention",    "plan",    "commitment",
     "determination", "wish",        "eagerness", "preparedness", "pledge",  "promise",
     "offer",         "proposal",    "policy",    "intent",       "idea",    "threat",
     "ultimatum",     "vow",         "demand",    "refusal",      "warning", "hope",
     "aspiration",    "ambition"});

constexpr auto kLinkingVerbs = std::to_array<std::string_view>({"be", "remain", "stay", "stand"});

}  // namespace

bool IsReportingVerb(std::string_view lemma) { return In(kReportingVerbs, lemma); }

bool TakesTwoObjects(std::string_view lemma) { return In(kTwoObjectVerbs, lemma); }

bool IsLightVerb(std::string_view lemma) { return In(kLightVerbs, lemma); }

bool IsIntentionVerb(std::string_view lemma) { return In(kIntentionVerbs, lemma); }

bool AsksForItsThatClause(std::string_view lemma) { return In(kAskingVerbs, lemma); }

bool IsDenialVerb(std::string_view lemma) { return In(kDenialVerbs, lemma); }

bool IsSpeechAct(std::string_view lemma) {
  return In(kReportingVerbs, lemma) || In(kJudgingVerbs, lemma) || In(kNamingVerbs, lemma) ||
         In(kAskingVerbs, lemma) || In(kIntentionVerbs, lemma);
}

bool IsNamingVerb(std::string_view lemma) { return In(kNamingVerbs, lemma); }

bool IsNamingAsVerb(std::string_view lemma) { return In(kNamingAsVerbs, lemma); }

bool IsReadinessWord(std::string_view lemma) { return In(kReadinessWords, lemma); }

bool IsIntentionNoun(std::string_view lemma) { return In(kIntentionNouns, lemma); }

bool IsReadinessNoun(std::string_view lemma) { return In(kReadinessNouns, lemma); }

bool LinksToReadiness(std::string_view lemma) { return In(kLinkingVerbs, lemma); }

bool IsCopulaVerb(std::string_view lemma) { return In(kLinkingVerbs, lemma); }

bool TakesClauseComplement(std::string_view lemma) {
  return In(kReportingVerbs, lemma) || In(kThoughtVerbs, lemma);
}

}  // namespace tacitus
