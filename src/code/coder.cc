#include "code/coder.h"

#include <cstdint>
#include <algorithm>
#include <utility>

namespace tacitus {
namespace {

Span OriginalSpan(const Document& doc, TokenRange tokens) {
  if (tokens.empty()) return {};
  return {doc.tokens[tokens.begin].span.begin, doc.tokens[tokens.end - 1].span.end};
}

// The first noun phrase after the clause's verb, in text order, that names an actor; the
// search stops at the verb of any other clause of the sentence.
// Pronouns and possessors ("his license") name no new actor there, so they are passed over.
int32_t FirstActorAfter(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                        const Clause& clause) {
  uint32_t stop = UINT32_MAX;
  for (const Clause& other : syntax.ClausesOf(syntax.sentences[clause.sentence])) {
    if (other.verb.tokens.begin > clause.verb.head) stop = std::min(stop, other.verb.tokens.begin);
  }
  int32_t best = -1;
  const TokenRange phrases = syntax.sentences[clause.sentence].phrases;
  for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
    const uint32_t begin = syntax.phrases[p].tokens.begin;
    if (begin <= clause.verb.head || begin >= stop || actors.ActorsOf(p).empty()) continue;
    const TokenRange named = actors.ActorsOf(p).front().tokens;
    const PosTag tag = named.empty() ? PosTag::kNone : doc.tokens[named.begin].tag;
    if (tag == PosTag::kPRP || tag == PosTag::kPRPS) continue;
    if (const int32_t owner = syntax.phrases[p].possessor; owner >= 0) {
      const TokenRange owner_tokens = syntax.phrases[owner].tokens;
      if (named.begin >= owner_tokens.begin && named.end <= owner_tokens.end) continue;
    }
    if (best < 0 || begin < syntax.phrases[best].tokens.begin ||
        (begin == syntax.phrases[best].tokens.begin &&
         syntax.phrases[p].tokens.size() > syntax.phrases[best].tokens.size())) {
      best = static_cast<int32_t>(p);
    }
  }
  return best;
}

bool HasTarget(const VerbPattern& pattern) {
  return std::any_of(pattern.elements.begin(), pattern.elements.end(), [](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kTarget;
  });
}

}  // namespace

Coder::Coder(std::shared_ptr<const Analyzer> analyzer,
             std::shared_ptr<const Dictionaries> dictionaries, CoderOptions options)
    : analyzer_(std::move(analyzer)), dictionaries_(std::move(dictionaries)), options_(options) {}

void Coder::Code(const Story& story, Scratch* scratch, std::vector<Event>* events) const {
  analyzer_->Analyze(story.text, &scratch->analysis);
  const Document& doc = scratch->analysis.document;
  scratch->story_discarded = !ApplyDiscards(doc, &scratch->discarded_sentences);
  if (scratch->story_discarded) return;
  scratch->actors.Resolve(*dictionaries_, doc, scratch->analysis.syntax, story.date);

  const size_t first = events->size();
  if (dictionaries_->petrarch()) {
    CodePetrarchClauses(story, scratch, events);
  } else {
    CodeClauses(story, scratch, events);
  }
  CodeNounPhrases(story, scratch, events);

  // In sentence order, and each (sentence, source, target, code) once.
  const auto begin = events->begin() + static_cast<std::ptrdiff_t>(first);
  std::stable_sort(begin, events->end(),
                   [](const Event& a, const Event& b) { return a.sentence < b.sentence; });
  const auto same = [](const Event& a, const Event& b) {
    return a.sentence == b.sentence && a.source == b.source && a.target == b.target &&
           a.code == b.code;
  };
  std::vector<Event> unique;
  for (auto it = begin; it != events->end(); ++it) {
    if (std::none_of(unique.begin(), unique.end(),
                     [&](const Event& kept) { return same(kept, *it); })) {
      unique.push_back(std::move(*it));
    }
  }
  events->erase(begin, events->end());
  std::move(unique.begin(), unique.end(), std::back_inserter(*events));
}

bool Coder::ApplyDiscards(const Document& doc, std::vector<bool>* discarded) const {
  discarded->assign(doc.sentences.size(), false);
  const PhraseIndex& phrases = dictionaries_->discard_phrases();
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const std::span<const Token> tokens = doc.SentenceTokens(doc.sentences[s]);
    for (size_t i = 0; i < tokens.size(); ++i) {
      const PhraseMatch match = phrases.LongestAt(tokens, i);
      if (match.length == 0) continue;
      for (uint32_t id : match.ids) {
        if (dictionaries_->discards()[id].whole_story) return false;
      }
      (*discarded)[s] = true;
    }
  }
  return true;
}

void Coder::CodeClauses(const Story& story, Scratch* scratch, std::vector<Event>* events) const {
  const Document& doc = scratch->analysis.document;
  const Syntax& syntax = scratch->analysis.syntax;
  for (uint32_t c = 0; c < syntax.clauses.size(); ++c) {
    const Clause& clause = syntax.clauses[c];
    if (clause.verb.negated || scratch->discarded_sentences[clause.sentence]) continue;
    const auto patterns = dictionaries_->VerbPatternsFor(clause.verb.lemma);
    if (patterns.empty()) continue;
    scratch->layout.OfClause(syntax, clause);
    PatternMatch match;
    if (!scratch->layout.Best(doc, patterns, &match)) continue;
    const int32_t source = match.source >= 0 ? match.source : clause.LogicalSubject();
    // A pattern without +T names its target through the object: "rejected Iran's offer".
    const int32_t target = HasTarget(*match.pattern) ? match.target : clause.LogicalObject();
    const Site site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
    Emit(story, doc, site, match, scratch->actors.ActorsOf(source),
         scratch->actors.ActorsOf(target), events);
  }
}

void Coder::CodePetrarchClauses(const Story& story, Scratch* scratch,
                                std::vector<Event>* events) const {
  const Document& doc = scratch->analysis.document;
  const Syntax& syntax = scratch->analysis.syntax;
  const StoryActors& actors = scratch->actors;
  for (uint32_t c = 0; c < syntax.clauses.size(); ++c) {
    const Clause& clause = syntax.clauses[c];
    if (scratch->discarded_sentences[clause.sentence]) continue;
    // PETRARCH keys verbs on their surface forms; the lemma catches forms it did not make.
    auto patterns = dictionaries_->VerbPatternsFor(doc.tokens[clause.verb.head].lower);
    if (patterns.empty()) patterns = dictionaries_->VerbPatternsFor(clause.verb.lemma);
    if (patterns.empty()) continue;
    PatternMatch match;
    if (!scratch->petrarch.Best(doc, syntax, actors, clause, patterns, &match)) continue;
    const int32_t source = match.source >= 0 ? match.source : clause.LogicalSubject();
    int32_t target = match.target;
    if (target < 0 && !match.reciprocal) {
      const int32_t object = clause.LogicalObject();
      if (!actors.ActorsOf(object).empty()) {
        target = object;
      } else {
        // As PETRARCH takes the first actor of the verb phrase: the first phrase after the
        // verb that names one, before the next clause's verb ("restore ties with Gondor").
        target = FirstActorAfter(doc, syntax, actors, clause);
      }
    }
    const Site site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
    Emit(story, doc, site, match, actors.ActorsOf(source), actors.ActorsOf(target), events);
  }
}

void Coder::CodeNounPhrases(const Story& story, Scratch* scratch,
                            std::vector<Event>* events) const {
  const Document& doc = scratch->analysis.document;
  const Syntax& syntax = scratch->analysis.syntax;
  for (uint32_t s = 0; s < syntax.sentences.size(); ++s) {
    if (scratch->discarded_sentences[s]) continue;
    const TokenRange phrases = syntax.sentences[s].phrases;
    for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
      const NounPhrase& phrase = syntax.phrases[p];
      const auto patterns = dictionaries_->NounPatternsFor(doc.tokens[phrase.head].lemma);
      if (patterns.empty()) continue;
      // The source: the possessor ("Putin's visit"), else a "by" phrase ("the visit by Putin").
      int32_t source = phrase.possessor;
      int32_t by_attachment = -1;
      const auto attachments = syntax.AttachmentsOf(phrase);
      for (size_t a = 0; source < 0 && a < attachments.size(); ++a) {
        const TokenRange preposition = attachments[a].preposition;
        if (preposition.size() == 1 && doc.tokens[preposition.begin].lower == "by") {
          source = attachments[a].object;
          by_attachment = static_cast<int32_t>(a);
        }
      }
      if (source < 0) continue;
      scratch->layout.OfNounPhrase(syntax, phrase, by_attachment);
      PatternMatch match;
      if (!scratch->layout.Best(doc, patterns, &match)) continue;
      if (match.source >= 0) source = match.source;
      const Site site{s, -1, static_cast<int32_t>(p), {phrase.head, phrase.head + 1}};
      Emit(story, doc, site, match, scratch->actors.ActorsOf(source),
           scratch->actors.ActorsOf(match.target), events);
    }
  }
}

void Coder::Emit(const Story& story, const Document& doc, const Site& site,
                 const PatternMatch& match, std::span<const ResolvedActor> sources,
                 std::span<const ResolvedActor> targets, std::vector<Event>* events) const {
  const VerbPattern& pattern = *match.pattern;
  if (pattern.code == kNoEventCode) return;
  const bool reciprocal = match.reciprocal;
  if (reciprocal) targets = sources;  // "Putin and Xi met": each with the other
  // PETRARCH without require_dyad codes a one-sided event against the null actor "---".
  ResolvedActor null_actor;
  null_actor.code = "---";
  if (!options_.require_dyad && !reciprocal && sources.empty() != targets.empty()) {
    if (sources.empty()) sources = {&null_actor, 1};
    if (targets.empty()) targets = {&null_actor, 1};
  }
  for (const ResolvedActor& source : sources) {
    for (const ResolvedActor& target : targets) {
      if (&source == &target || source.code == target.code) continue;
      EmitOne(story, doc, site, pattern.code, pattern, source, target, events);
      if (!pattern.paired_code.empty() && !reciprocal) {  // reciprocal: both orders already
        EmitOne(story, doc, site, pattern.paired_code, pattern, target, source, events);
      }
    }
  }
}

void Coder::EmitOne(const Story& story, const Document& doc, const Site& site,
                    const std::string& code, const VerbPattern& pattern,
                    const ResolvedActor& source, const ResolvedActor& target,
                    std::vector<Event>* events) const {
  Event event;
  event.story = story.id;
  event.story_date = story.date;
  event.date.date = story.date;
  event.sentence = site.sentence;
  event.clause = site.clause;
  event.phrase = site.phrase;
  event.source = source.code;
  event.target = target.code;
  event.code = code;
  if (const EventType* type = dictionaries_->FindEventType(code)) {
    event.root = type->root;
    event.quad_class = type->quad_class;
    event.goldstein = type->goldstein;
    event.plover = type->plover_type;
  }
  event.source_span = OriginalSpan(doc, source.tokens);
  event.verb_span = OriginalSpan(doc, site.verb);
  event.target_span = OriginalSpan(doc, target.tokens);
  event.pattern = pattern.text;
  event.matched.push_back(pattern.origin.ToString());
  for (uint8_t i = 0; i < source.origin_count; ++i) {
    event.matched.push_back(source.origins[i].ToString());
  }
  for (uint8_t i = 0; i < target.origin_count; ++i) {
    event.matched.push_back(target.origins[i].ToString());
  }
  events->push_back(std::move(event));
}

}  // namespace tacitus
