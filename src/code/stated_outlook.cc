#include "code/stated_outlook.h"

#include <array>
#include <string_view>

#include "base/strings.h"
#include "code/stated_intent.h"

namespace tacitus {
namespace {

enum class Outlook : uint8_t { kNone, kOptimistic, kPessimistic };

// Adjectives of the speaker's hope or doubt after "be": "was confident that".
constexpr auto kOptimisticWords = std::to_array<std::string_view>(
    {"confident", "optimistic", "hopeful", "relieved", "encouraged", "heartened"});
constexpr auto kPessimisticWords =
    std::to_array<std::string_view>({"pessimistic", "sceptical", "skeptical", "doubtful"});

// Verbs whose passive is relief: "was relieved that", "is encouraged that".
constexpr auto kRelievingVerbs =
    std::to_array<std::string_view>({"relieve", "encourage", "hearten"});

// Nouns of hope or doubt after "express" or "voice": "expressed hope that".
constexpr auto kHopeNouns = std::to_array<std::string_view>({"hope", "optimism", "confidence"});
constexpr auto kDoubtNouns =
    std::to_array<std::string_view>({"pessimism", "scepticism", "skepticism", "doubt"});

// Words an adverb may put between "be" and the adjective: "was cautiously optimistic".
constexpr uint32_t kMaxWordsToAdjective = 2;

Outlook OfAdjective(std::string_view word) {
  if (In(kOptimisticWords, word)) return Outlook::kOptimistic;
  if (In(kPessimisticWords, word)) return Outlook::kPessimistic;
  return Outlook::kNone;
}

// The outlook `stating` states before the that-clause beginning at token `that`.
Outlook OutlookOf(const Document& doc, const Syntax& syntax, const Clause& stating, uint32_t that) {
  const VerbGroup& verb = stating.verb;
  if (verb.passive) {
    return In(kRelievingVerbs, verb.lemma) ? Outlook::kOptimistic : Outlook::kNone;
  }
  if (verb.lemma == "be" || verb.lemma == "remain") {
    for (uint32_t t = verb.head + 1; t < that && t <= verb.head + 1 + kMaxWordsToAdjective; ++t) {
      const Outlook outlook = OfAdjective(doc.tokens[t].lower);
      if (outlook != Outlook::kNone) return outlook;
    }
    return Outlook::kNone;
  }
  if (stating.object < 0) return Outlook::kNone;
  const std::string_view noun = doc.tokens[syntax.phrases[stating.object].head].lemma;
  if (In(kHopeNouns, noun)) return Outlook::kOptimistic;
  return In(kDoubtNouns, noun) ? Outlook::kPessimistic : Outlook::kNone;
}

bool MayStateAnOutlook(const VerbGroup& verb) {
  return verb.lemma == "be" || verb.lemma == "remain" || verb.lemma == "express" ||
         verb.lemma == "voice" || (verb.passive && In(kRelievingVerbs, verb.lemma));
}

}  // namespace

StatedOutlook FindStatedOutlook(const Document& doc, const Syntax& syntax,
                                const StoryActors& actors,
                                const std::vector<Factuality>& factuality, uint32_t clause) {
  const Clause& stating = syntax.clauses[clause];
  if (!MayStateAnOutlook(stating.verb) || stating.verb.negated ||
      factuality[clause] != Factuality::kDone) {
    return {};
  }
  const auto speakers = actors.ActorsOf(stating.subject);
  if (speakers.empty()) return {};
  for (const Clause& told : syntax.ClausesOf(syntax.sentences[stating.sentence])) {
    if (told.parent != static_cast<int32_t>(clause) || told.marker < 0 ||
        doc.tokens[told.marker].lower != "that" ||
        (told.kind != ClauseKind::kSubordinate && told.kind != ClauseKind::kReported)) {
      continue;
    }
    const Outlook outlook = OutlookOf(doc, syntax, stating, static_cast<uint32_t>(told.marker));
    if (outlook == Outlook::kNone || !NamesAnotherActor(actors, told.subject, speakers)) continue;
    return {outlook == Outlook::kOptimistic ? &OptimismPattern() : &PessimismPattern(),
            told.subject};
  }
  return {};
}

namespace {

const VerbPattern* OutlookPattern(const char* code, const char* text) {
  auto* p = new VerbPattern;
  p->code = code;
  p->head = "be";
  p->text = text;
  p->origin = Origin{"src/code/stated_outlook.cc", 0};
  return p;
}

}  // namespace

const VerbPattern& OptimismPattern() {
  static const VerbPattern* const pattern = OutlookPattern(
      "013", "+S {be confident/be optimistic/be relieved/express hope/...} that +T ...");
  return *pattern;
}

const VerbPattern& PessimismPattern() {
  static const VerbPattern* const pattern = OutlookPattern(
      "012", "+S {be pessimistic/be sceptical/be doubtful/express doubt/...} that +T ...");
  return *pattern;
}

}  // namespace tacitus
