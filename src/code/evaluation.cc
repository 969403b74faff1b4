#include "code/evaluation.h"

#include <algorithm>
#include <string_view>

#include "code/act_author.h"
#include "lex/verb_classes.h"

namespace tacitus {
namespace {

// Verbs linking a subject to its quality in what a speaker says: "said the vote was illegal",
// "said the group had become a threat", "said the strikes amounted to aggression", "said the
// blockade constituted a breach of the truce".
bool IsLinkingVerb(std::string_view lemma) {
  return lemma == "be" || lemma == "seem" || lemma == "appear" || lemma == "remain" ||
         lemma == "become" || lemma == "amount" || lemma == "constitute";
}

// Curly quotes are ASCII by now (text/normalize.h).
bool IsQuote(const Token& token) {
  return token.tag == PosTag::kOpenQuote || token.tag == PosTag::kCloseQuote ||
         token.lower == "\"" || token.lower == "'";
}

// The evaluation the words from token `begin` on state: evaluation words, each possibly
// after adverbs ("deeply irresponsible"), other adjectives, quotes, "and"/"or"/"," between
// them; "not" or "neither"/"nor" deny the words after them ("neither free nor fair"); `lead`
// may come first ("described the raid as ...", "said it amounted to ..."). What the speaker
// says a thing is may be a noun phrase: "a"/"an" first, "act of" before the word, other nouns
// before it ("was a clear violation of", "called the raid an act of aggression", "was an
// illegal act", "was a war crime"), a noun read by its lemma too ("were violations"). The
// first word of an `evaluation` line decides; nullptr when the words stop before one.
const VerbPattern* ReadEvaluation(const Dictionaries& dictionaries, const Document& doc,
                                  uint32_t begin, uint32_t end, bool negated,
                                  std::string_view lead) {
  constexpr uint32_t kMaxWords = 8;  // "called the move 'deeply and utterly irresponsible'"
  end = std::min(end, begin + kMaxWords);
  for (uint32_t t = begin; t < end; ++t) {
    const Token& token = doc.tokens[t];
    const std::string_view word = token.lower;
    if (t == begin && word == lead) continue;
    if (word == "a" || word == "an") continue;
    if (word == "act" && t + 1 < end && doc.tokens[t + 1].lower == "of") {
      ++t;
      continue;
    }
    if (word == "not" || word == "neither" || word == "nor" || word == "never") {
      negated = true;
      continue;
    }
    if (const VerbPattern* entry = dictionaries.EvaluationFor(word, negated)) return entry;
    const bool noun = IsNoun(token.tag);
    if (noun && token.lemma != word) {  // "were violations of the truce"
      if (const VerbPattern* entry = dictionaries.EvaluationFor(token.lemma, negated)) {
        return entry;
      }
    }
    const bool joins = word == "and" || word == "or" || word == ",";
    // Other qualities or nouns may come first: "called the drills large and reckless", "was
    // a war crime", "called it a hybrid attack and an act of aggression".
    if (!joins && !noun && !IsQuote(token) && !IsAdverb(token.tag) && !IsAdjective(token.tag)) {
      return nullptr;
    }
  }
  return nullptr;
}

// Where the words that evaluate phrase `p` may begin: after its head, its own prepositional
// phrases ("called the deployment of troops reckless"), a reduced relative clause about it
// ("called the decision taken by Kyiv reckless") or an infinitive right after it ("called the
// decision to expel the envoys reckless"), or, when the chunker
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
    const bool reduced_relative =
        clause.kind == ClauseKind::kRelative && clause.antecedent == p && clause.marker < 0;
    // "described Ethiopia's decision to fill the dam as ...": the infinitive the noun takes.
    const bool infinitive =
        clause.kind == ClauseKind::kInfinitive && clause.verb.tokens.begin == after;
    if (!reduced_relative && !infinitive) continue;
    after = std::max({after, clause.verb.tokens.end, end_of(clause.agent), end_of(clause.object)});
    for (const Attachment& a : syntax.AttachmentsOf(clause)) {
      // "as" after them is the naming verb's: "described the decision to X as illegal".
      if (doc.tokens[a.preposition.begin].lower != "as") after = std::max(after, end_of(a.object));
    }
  }
  return after;
}

// Where the words after token `after` begin once the attachments of clause `c` that start
// there are passed, but one of "as": "described Beijing's actions [in the sea] as unlawful".
uint32_t AfterClauseAttachments(const Document& doc, const Syntax& syntax, const Clause& c,
                                uint32_t after) {
  for (const Attachment& a : syntax.AttachmentsOf(c)) {
    if (a.preposition.begin == after && a.object >= 0 && doc.tokens[after].lower != "as") {
      after = syntax.phrases[a.object].tokens.end;
    }
  }
  return after;
}

// Whether reported clause `reported` is said by a clause that is done, or, with no clause of
// saying ("according to the ministry, the move is illegal"), is itself stated as done.
bool IsSaidAsDone(const std::vector<Factuality>& factuality, const Syntax& syntax,
                  uint32_t reported) {
  const int32_t parent = syntax.clauses[reported].parent;
  return factuality[parent >= 0 ? static_cast<size_t>(parent) : reported] == Factuality::kDone;
}

// Where the words that evaluate the subject of reported clause `c` begin: after a linking verb
// ("was illegal"), or at the main verb of a "be" + "-ing" group that is itself a word of blame
// with no object ("was destabilising", "was shocking", which the tagger reads as a progressive);
// the end of the sentence when neither.
uint32_t EvaluationBegin(const Document& doc, const Clause& c) {
  if (IsLinkingVerb(c.verb.lemma)) return c.verb.tokens.end;
  if (c.verb.progressive && c.object < 0 && c.verb.head + 1 == c.verb.tokens.end) {
    return c.verb.head;
  }
  return doc.sentences[c.sentence].end_token;
}

// The clause of saying `reporter`'s "of" phrase, when `evaluated` is a pronoun that stands for
// it: '"This is a provocation," the envoy said of the drills'. -1 when not so.
int32_t SpokenOf(const Document& doc, const Syntax& syntax, int32_t reporter, int32_t evaluated) {
  const TokenRange words = syntax.phrases[evaluated].tokens;
  if (reporter < 0 || words.size() != 1) return -1;
  const std::string_view word = doc.tokens[words.begin].lower;
  if (word != "this" && word != "it" && word != "that") return -1;
  for (const Attachment& a : syntax.AttachmentsOf(syntax.clauses[reporter])) {
    if (a.object >= 0 && a.preposition.size() == 1 &&
        doc.tokens[a.preposition.begin].lower == "of") {
      return a.object;
    }
  }
  return -1;
}

}  // namespace

StatedEvaluation FindEvaluation(const Dictionaries& dictionaries, const Document& doc,
                                const Syntax& syntax, const std::vector<Factuality>& factuality,
                                uint32_t clause) {
  const Clause& c = syntax.clauses[clause];
  const uint32_t end = doc.sentences[c.sentence].end_token;
  StatedEvaluation found;
  const bool naming = IsNamingVerb(c.verb.lemma);
  if ((naming || IsNamingAsVerb(c.verb.lemma)) && !c.verb.passive && c.object >= 0 &&
      factuality[clause] == Factuality::kDone) {
    // "called China's drills a violation": the parser may take the named phrase for the
    // indirect object and what it is called for the object.
    const int32_t named = naming && c.indirect_object >= 0 ? c.indirect_object : c.object;
    const uint32_t after = AfterClauseAttachments(
        doc, syntax, c, AfterHead(dictionaries, doc, syntax, c.sentence, named));
    // "Kyiv called Moscow's move illegal": the words after the object; "as" is required of
    // verbs that are not verbs of naming themselves.
    if (!naming && (after >= end || doc.tokens[after].lower != "as")) return found;
    // What the object is called may be a noun phrase: "called the strikes a flagrant
    // violation of international law", "described the raid as an act of aggression".
    found.entry = ReadEvaluation(dictionaries, doc, after, end, false, "as");
    found.source = c.subject;
    found.evaluated = named;
  } else if (const int32_t reported = syntax.ReportedClauseOf(clause);
             reported >= 0 && syntax.clauses[reported].speaker >= 0 && c.subject >= 0 &&
             IsSaidAsDone(factuality, syntax, static_cast<uint32_t>(reported))) {
    // "said the raid was reckless", "said the vote had not been legal", "said the policy had
    // failed and was dangerous": the speaker's.
    found.entry =
        ReadEvaluation(dictionaries, doc, EvaluationBegin(doc, c), end, c.verb.negated, "to");
    found.source = syntax.clauses[reported].speaker;
    found.evaluated = c.subject;
    const int32_t reporter = syntax.clauses[reported].parent;
    if (const int32_t spoken_of = SpokenOf(doc, syntax, reporter, c.subject); spoken_of >= 0) {
      found.evaluated = spoken_of;
      found.spoken_of_by = reporter;
    }
  }
  if (found.entry == nullptr) return StatedEvaluation{};
  found.author = ActAuthor(doc, syntax, c.sentence, found.evaluated);
  return found;
}

}  // namespace tacitus
