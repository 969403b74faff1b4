#include "code/evaluation.h"

#include <algorithm>
#include <string_view>

#include "code/act_author.h"
#include "lex/verb_classes.h"

namespace tacitus {
namespace {

// Verbs linking a subject to its quality in what a speaker says: "said the vote was illegal",
// "said the group had become a threat".
bool IsLinkingVerb(std::string_view lemma) {
  return lemma == "be" || lemma == "seem" || lemma == "appear" || lemma == "remain" ||
         lemma == "become";
}

// Curly quotes are ASCII by now (text/normalize.h).
bool IsQuote(const Token& token) {
  return token.tag == PosTag::kOpenQuote || token.tag == PosTag::kCloseQuote ||
         token.lower == "\"" || token.lower == "'";
}

// The evaluation the words from token `begin` on state: evaluation words, each possibly
// after adverbs ("deeply irresponsible"), other adjectives, quotes, "and"/"or"/"," between them; "not" or
// "neither"/"nor" deny the words after them ("neither free nor fair"); with `as`, an "as"
// may come first. With `predicate`, what a reported "be" says its subject is may be a noun
// phrase: "a"/"an" first, "act of" before the word ("was a clear violation of", "was an act
// of aggression", "was an illegal act"). The first word of an `evaluation` line decides;
// nullptr when the words stop before one (a word before its noun, "an illegal act", is read
// only in a predicate: elsewhere "an" stops them).
const VerbPattern* ReadEvaluation(const Dictionaries& dictionaries, const Document& doc,
                                  uint32_t begin, uint32_t end, bool negated, bool as,
                                  bool predicate) {
  constexpr uint32_t kMaxWords = 8;  // "called the move 'deeply and utterly irresponsible'"
  end = std::min(end, begin + kMaxWords);
  for (uint32_t t = begin; t < end; ++t) {
    const Token& token = doc.tokens[t];
    const std::string_view word = token.lower;
    if (as && t == begin && word == "as") continue;
    if (predicate && (word == "a" || word == "an")) continue;
    if (predicate && word == "act" && t + 1 < end && doc.tokens[t + 1].lower == "of") {
      ++t;
      continue;
    }
    if (word == "not" || word == "neither" || word == "nor" || word == "never") {
      negated = true;
      continue;
    }
    if (const VerbPattern* entry = dictionaries.EvaluationFor(word, negated)) return entry;
    const bool joins = word == "and" || word == "or" || word == ",";
    // Other qualities may come first: "called the drills large and reckless".
    if (!joins && !IsQuote(token) && !IsAdverb(token.tag) && !IsAdjective(token.tag)) {
      return nullptr;
    }
  }
  return nullptr;
}

// Where the words that evaluate phrase `p` may begin: after its head, its own prepositional
// phrases ("called the deployment of troops reckless") and a reduced relative clause about it
// ("called the decision taken by Kyiv reckless"), or, when the chunker
// ran the phrase on into them and took an evaluation word for its head ("the new assembly
// illegitimate"), after the noun they follow.
uint32_t AfterHead(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                   uint32_t sentence, int32_t p) {
  const NounPhrase& phrase = syntax.phrases[p];
  if (dictionaries.EvaluationFor(doc.tokens[phrase.head].lower, false) != nullptr) {
    uint32_t t = phrase.head;
    while (t > phrase.tokens.begin + 1 && !IsNoun(doc.tokens[t - 1].tag)) --t;
    if (t > phrase.tokens.begin + 1) return t;
  }
  uint32_t after = phrase.head + 1;
  for (const Attachment& a : syntax.AttachmentsOf(phrase)) {
    if (a.object >= 0) after = std::max(after, syntax.phrases[a.object].tokens.end);
  }
  const auto end_of = [&](int32_t q) { return q < 0 ? 0u : syntax.phrases[q].tokens.end; };
  for (const Clause& clause : syntax.ClausesOf(syntax.sentences[sentence])) {
    if (clause.kind != ClauseKind::kRelative || clause.antecedent != p || clause.marker >= 0) {
      continue;
    }
    after = std::max({after, clause.verb.tokens.end, end_of(clause.agent), end_of(clause.object)});
    for (const Attachment& a : syntax.AttachmentsOf(clause))
      after = std::max(after, end_of(a.object));
  }
  return after;
}

}  // namespace

Evaluation FindEvaluation(const Dictionaries& dictionaries, const Document& doc,
                          const Syntax& syntax, const std::vector<Factuality>& factuality,
                          uint32_t clause) {
  const Clause& c = syntax.clauses[clause];
  const uint32_t end = doc.sentences[c.sentence].end_token;
  Evaluation found;
  const bool naming = IsNamingVerb(c.verb.lemma);
  if ((naming || IsNamingAsVerb(c.verb.lemma)) && !c.verb.passive && c.object >= 0 &&
      factuality[clause] == Factuality::kDone) {
    const uint32_t after = AfterHead(dictionaries, doc, syntax, c.sentence, c.object);
    // "Kyiv called Moscow's move illegal": the words after the object; "as" is required of
    // verbs that are not verbs of naming themselves.
    if (!naming && (after >= end || doc.tokens[after].lower != "as")) return found;
    found.entry = ReadEvaluation(dictionaries, doc, after, end, false, true, false);
    found.source = c.subject;
    found.evaluated = c.object;
  } else if (IsLinkingVerb(c.verb.lemma) && c.kind == ClauseKind::kReported && c.speaker >= 0 &&
             c.subject >= 0 && c.parent >= 0 &&
             factuality[static_cast<size_t>(c.parent)] == Factuality::kDone) {
    // "said the raid was reckless", "said the vote had not been legal": the speaker's.
    found.entry =
        ReadEvaluation(dictionaries, doc, c.verb.tokens.end, end, c.verb.negated, false, true);
    found.source = c.speaker;
    found.evaluated = c.subject;
  }
  if (found.entry == nullptr) return Evaluation{};
  found.author = ActAuthor(doc, syntax, c.sentence, found.evaluated);
  return found;
}

}  // namespace tacitus
