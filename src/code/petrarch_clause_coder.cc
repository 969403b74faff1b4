#include "code/petrarch_clause_coder.h"

#include <algorithm>
#include <cstdint>

#include "base/strings.h"
#include "code/event_emitter.h"
#include "code/noun_events.h"
#include "code/tabari_sentence.h"

namespace tacitus {
namespace {

// Whether every actor of `phrase` has a code one of `others` has: an event between them would
// be of a side with itself (TABARI's default target must have a code distinct from the
// source's). False when `others` is empty.
bool OnlyCodesOf(std::span<const ResolvedActor> phrase, std::span<const ResolvedActor> others) {
  if (others.empty()) return false;
  return std::all_of(phrase.begin(), phrase.end(), [&](const ResolvedActor& actor) {
    return std::any_of(others.begin(), others.end(),
                       [&](const ResolvedActor& other) { return other.code == actor.code; });
  });
}

// The first noun phrase after the clause's verb, in text order, that names an actor; the
// search stops where any later clause of the sentence that is not part of this verb phrase
// (nor named by its pattern, `match`) begins: its verb, or the subject of a clause that is
// not this one's complement ("..., a senior official said" is no part of the
// verb phrase before it; "allowed that Mordor was ..." is). Pronouns and
// possessors ("his license") name no new actor there, and phrases in an eliminated comma
// clause are out of the sentence, so both are passed over; so is a phrase whose actors all
// have codes of `distinct_from` (OnlyCodesOf).
int32_t FirstActorAfter(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                        uint32_t c, const PatternMatch& match, const std::vector<bool>& eliminated,
                        std::span<const ResolvedActor> distinct_from = {}) {
  const Clause& clause = syntax.clauses[c];
  uint32_t stop = UINT32_MAX;
  uint32_t infinitive_begin = UINT32_MAX;
  TokenRange infinitive_object;
  for (const Clause& other : syntax.ClausesOf(syntax.sentences[clause.sentence])) {
    if (other.verb.tokens.begin <= clause.verb.head) continue;
    // A verb the pattern itself names is part of the phrase: "believed linked to X".
    if (match.MatchedWordAt(other.verb.head)) continue;
    // A relative clause on a noun after the verb is part of its phrase: "cordoned off the
    // roads leading into Mordor", "welcomed memos sent by Bree"; so is a subordinate clause of the
    // verb ("postponed their meeting after a halfling was seen in Mordor").
    if (other.kind == ClauseKind::kRelative &&
        (other.parent == static_cast<int32_t>(c) ||
         (other.antecedent >= 0 &&
          syntax.phrases[other.antecedent].tokens.begin > clause.verb.head))) {
      continue;
    }
    if (other.kind == ClauseKind::kSubordinate && other.parent == static_cast<int32_t>(c)) continue;
    // So is the direct object of an infinitive that borrows this clause's subject ("signed
    // an accord to supply Gondor with wheat"); the rest of the infinitive is its own.
    if (other.kind == ClauseKind::kInfinitive && other.parent == static_cast<int32_t>(c) &&
        other.object >= 0 && other.verb.tokens.begin < infinitive_begin) {
      infinitive_begin = other.verb.tokens.begin;
      infinitive_object = syntax.phrases[other.object].tokens;
      continue;
    }
    stop = std::min(stop, other.verb.tokens.begin);
    // Coordinated, relative, infinitive and participial clauses borrow their subjects.
    const bool own_subject = other.kind == ClauseKind::kMain ||
                             other.kind == ClauseKind::kSubordinate ||
                             other.kind == ClauseKind::kReported;
    if (own_subject && other.subject >= 0 && other.parent != static_cast<int32_t>(c)) {
      const uint32_t subject = syntax.phrases[other.subject].tokens.begin;
      if (subject > clause.verb.head) stop = std::min(stop, subject);
    }
  }
  int32_t best = -1;
  int32_t best_new = -1;  // the first phrase that names a new actor only
  const TokenRange phrases = syntax.sentences[clause.sentence].phrases;
  for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
    const uint32_t begin = syntax.phrases[p].tokens.begin;
    if (begin <= clause.verb.head || begin >= stop || eliminated[begin] ||
        actors.ActorsOf(p).empty() || OnlyCodesOf(actors.ActorsOf(p), distinct_from)) {
      continue;
    }
    if (begin >= infinitive_begin &&
        (begin < infinitive_object.begin || begin >= infinitive_object.end)) {
      continue;
    }
    const TokenRange named = actors.ActorsOf(p).front().tokens;
    const PosTag tag = named.empty() ? PosTag::kNone : doc.tokens[named.begin].tag;
    if (tag == PosTag::kPRP || tag == PosTag::kPRPS) continue;
    if (const int32_t owner = syntax.phrases[p].possessor; owner >= 0) {
      const TokenRange owner_tokens = syntax.phrases[owner].tokens;
      if (named.begin >= owner_tokens.begin && named.end <= owner_tokens.end) continue;
    }
    int32_t& slot = actors.NamesKnownActor(static_cast<int32_t>(p)) ? best : best_new;
    if (slot < 0 || begin < syntax.phrases[slot].tokens.begin ||
        (begin == syntax.phrases[slot].tokens.begin &&
         syntax.phrases[p].tokens.size() > syntax.phrases[slot].tokens.size())) {
      slot = static_cast<int32_t>(p);
    }
  }
  return best >= 0 ? best : best_new;
}

// Whether any noun phrase stands between clause c's verb and the end of its verb phrase,
// outside an eliminated comma clause; a bare time ("today", "Monday") is no such phrase.
bool HasPhraseAfterVerb(const Syntax& syntax, uint32_t c, const std::vector<bool>& eliminated) {
  const Clause& clause = syntax.clauses[c];
  const uint32_t end = syntax.VerbPhraseEnd(c);
  const auto is_bare_time = [&](TokenRange tokens) {
    for (const Clause& other : syntax.ClausesOf(syntax.sentences[clause.sentence])) {
      for (const TokenRange& adverbial : syntax.AdverbialsOf(other)) {
        if (adverbial.begin == tokens.begin && adverbial.end == tokens.end) return true;
      }
    }
    return false;
  };
  const TokenRange phrases = syntax.sentences[clause.sentence].phrases;
  for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
    const TokenRange tokens = syntax.phrases[p].tokens;
    if (tokens.begin > clause.verb.head && tokens.begin < end && !eliminated[tokens.begin] &&
        !is_bare_time(tokens)) {
      return true;
    }
  }
  return false;
}

// The phrase that names an actor and begins last before token `before` in the sentence (the
// longest of those that begin there), outside eliminated comma clauses; -1 when none does.
int32_t LastActorBefore(const Syntax& syntax, const StoryActors& actors, uint32_t before,
                        uint32_t sentence, const std::vector<bool>& eliminated) {
  int32_t best = -1;
  const TokenRange phrases = syntax.sentences[sentence].phrases;
  for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
    const TokenRange tokens = syntax.phrases[p].tokens;
    if (tokens.end > before || eliminated[tokens.begin] || actors.ActorsOf(p).empty()) continue;
    if (best < 0 || tokens.begin > syntax.phrases[best].tokens.begin ||
        (tokens.begin == syntax.phrases[best].tokens.begin &&
         tokens.size() > syntax.phrases[best].tokens.size())) {
      best = static_cast<int32_t>(p);
    }
  }
  return best;
}

// The phrase that names an actor and begins first in the sentence, ending before token
// `before` (the longest of those that begin there), outside eliminated comma clauses and not
// naming only codes of `distinct_from`; -1 when none does.
int32_t FirstActorBefore(const Syntax& syntax, const StoryActors& actors, uint32_t before,
                         uint32_t sentence, const std::vector<bool>& eliminated,
                         std::span<const ResolvedActor> distinct_from = {}) {
  const TokenRange phrases = syntax.sentences[sentence].phrases;
  int32_t best = -1;
  for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
    const TokenRange tokens = syntax.phrases[p].tokens;
    if (tokens.end > before || eliminated[tokens.begin] || actors.ActorsOf(p).empty() ||
        OnlyCodesOf(actors.ActorsOf(p), distinct_from)) {
      continue;
    }
    if (best < 0 || tokens.begin < syntax.phrases[best].tokens.begin ||
        (tokens.begin == syntax.phrases[best].tokens.begin &&
         tokens.size() > syntax.phrases[best].tokens.size())) {
      best = static_cast<int32_t>(p);
    }
  }
  return best;
}

// Whether clause c is embedded (subordinate, relative, participial, infinitive: each link of
// the chain) in a clause that gave an event.
bool EmbeddedInCoded(const Syntax& syntax, uint32_t c, const std::vector<bool>& coded) {
  const Clause* child = &syntax.clauses[c];
  for (int32_t parent : syntax.Ancestors(c)) {
    const bool embedded =
        child->kind == ClauseKind::kSubordinate || child->kind == ClauseKind::kRelative ||
        child->kind == ClauseKind::kParticipial || child->kind == ClauseKind::kInfinitive;
    if (!embedded || static_cast<size_t>(parent) >= coded.size()) return false;
    if (coded[parent]) return true;
    child = &syntax.clauses[parent];
  }
  return false;
}

// TABARI's codes that are not codes: an actor coded "###" discards the sentence it is found in;
// "+++", as an actor or event code, marks the sentence complex (manual 6.3, 6.4).
constexpr std::string_view kTabariDiscardCode = "###";
constexpr std::string_view kTabariComplexCode = "+++";

bool IsTabariComplexCode(const Event& event) {
  return event.source == kTabariComplexCode || event.target == kTabariComplexCode ||
         event.code == kTabariComplexCode;
}

// The patterns of a clause's verb: PETRARCH keys verbs on their surface forms, the lemma
// catches forms it did not make; TABARI's verbs may be stems ("accus"), tried on the surface
// form after its exact forms.
std::span<const VerbPattern* const> PatternsOfVerb(const Dictionaries& dictionaries,
                                                   const Document& doc, const Clause& clause) {
  const std::string_view surface = doc.tokens[clause.verb.head].lower;
  auto patterns = dictionaries.VerbPatternsFor(surface);
  if (patterns.empty()) patterns = dictionaries.VerbPatternsByStem(surface);
  if (patterns.empty()) patterns = dictionaries.VerbPatternsFor(clause.verb.lemma);
  if (patterns.empty()) patterns = dictionaries.VerbPatternsByStem(clause.verb.lemma);
  return patterns;
}

}  // namespace

PetrarchClauseCoder::PetrarchClauseCoder(PetrarchOptions options)
    : options_(options), rules_(ActorRules::Petrarch(options.new_actor_length)) {}

void PetrarchClauseCoder::CodeStory(const CodedStory& story, ClauseScratch* scratch,
                                    std::vector<Event>* events) const {
  const EventEmitter emitter(story.dictionaries, story.story, story.doc,
                             /*code_missing_side=*/!options_.require_dyad);
  EliminateCommaClauses(story.doc, story.syntax, &scratch->eliminated);
  MarkTabariSkips(story, scratch->eliminated, &scratch->tabari_skipped);
  CodeClauses(story, emitter, scratch, events);
  CodeNounEvents(story, emitter, /*factuality=*/nullptr, &scratch->layout, events);
  const auto first = events->begin() + static_cast<std::ptrdiff_t>(story.first_event);
  if (options_.tabari_codes) {
    MarkTabariCodes(std::span<const Event>(first, events->end()), &scratch->tabari_skipped);
  }
  const std::vector<bool>& skipped = scratch->tabari_skipped;
  events->erase(
      std::remove_if(first, events->end(),
                     [&](const Event& event) {
                       return (event.sentence < skipped.size() && skipped[event.sentence]) ||
                              IsTabariComplexCode(event);
                     }),
      events->end());
}

void PetrarchClauseCoder::MarkTabariCodes(std::span<const Event> events,
                                          std::vector<bool>* skipped) const {
  for (const Event& event : events) {
    if (event.sentence >= skipped->size()) continue;
    if (event.source == kTabariDiscardCode || event.target == kTabariDiscardCode ||
        (options_.tabari_complex && IsTabariComplexCode(event))) {
      (*skipped)[event.sentence] = true;
    }
  }
}

void PetrarchClauseCoder::MarkTabariSkips(const CodedStory& story,
                                          const std::vector<bool>& eliminated,
                                          std::vector<bool>* skipped) const {
  const Document& doc = story.doc;
  const Syntax& syntax = story.syntax;
  skipped->assign(doc.sentences.size(), false);
  const std::vector<TabariTimeShift>& times = story.dictionaries.time_shifts();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (options_.minimum_words > 0 && TabariWordCount(doc, s) < options_.minimum_words) {
      (*skipped)[s] = true;
      continue;
    }
    const SentenceTimeShift time = TimeShiftIn(times, doc, s);
    if (time.discard || (time.complex && options_.tabari_complex)) {
      (*skipped)[s] = true;
      continue;
    }
    // TABARI counts the names its actor files hold (not agents), each once, outside the
    // comma-delimited clauses it leaves out.
    if (options_.complex_actors > 0) {
      const uint32_t first = doc.sentences[s].first_token;
      const std::span<const Token> tokens = doc.SentenceTokens(doc.sentences[s]);
      int actors = 0;
      for (size_t i = 0; i < tokens.size();) {
        const PhraseMatch match = story.dictionaries.actor_names().LongestAt(tokens, i);
        if (match.length > 0 && !eliminated[first + i]) ++actors;
        i += std::max<size_t>(match.length, 1);
      }
      if (actors >= options_.complex_actors) (*skipped)[s] = true;
    }
  }
  if (options_.complex_verbs == 0) return;
  std::vector<int> verbs(doc.sentences.size(), 0);
  for (const Clause& clause : syntax.clauses) {
    if (eliminated[clause.verb.head]) continue;
    if (!PatternsOfVerb(story.dictionaries, doc, clause).empty()) ++verbs[clause.sentence];
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (verbs[s] >= options_.complex_verbs) (*skipped)[s] = true;
  }
}

void PetrarchClauseCoder::CodeClauses(const CodedStory& story, const EventEmitter& emitter,
                                      ClauseScratch* scratch, std::vector<Event>* events) const {
  const Document& doc = story.doc;
  const Syntax& syntax = story.syntax;
  const StoryActors& actors = story.actors;
  std::vector<bool>& coded = scratch->coded;
  coded.assign(syntax.clauses.size(), false);
  scratch->verdicts.clear();
  for (uint32_t c = 0; c < syntax.clauses.size(); ++c) {
    const Clause& clause = syntax.clauses[c];
    ClauseVerdictRecorder record(syntax, c, scratch);
    if (story.discarded_sentences[clause.sentence] || scratch->tabari_skipped[clause.sentence]) {
      record.Refuse(NoEventReason::kDiscarded);
      continue;
    }
    if (scratch->eliminated[clause.verb.head]) {
      record.Refuse(NoEventReason::kCommaClause);
      continue;
    }
    // As PETRARCH codes a verb phrase whole: a clause inside the verb phrase of one that gave
    // an event ("restored ties after crowds burned its embassy") gives none of its own.
    // Such a clause is still matched: a TABARI discard ([###]) there discards the sentence.
    const bool embedded = EmbeddedInCoded(syntax, c, coded);
    const auto patterns = PatternsOfVerb(story.dictionaries, doc, clause);
    if (patterns.empty()) {
      if (!embedded) record.Refuse(NoEventReason::kNoPattern);
      continue;
    }
    PatternMatch match;
    if (!scratch->petrarch.Best(doc, syntax, actors, clause, patterns, &match)) {
      if (!embedded) record.Refuse(NoEventReason::kNoMatch);
      continue;
    }
    // TABARI's discard code [###]: the sentence gives no event at all.
    if (match.pattern->discard) {
      scratch->tabari_skipped[clause.sentence] = true;
      record.verdict().pattern = match.pattern;
      record.Refuse(NoEventReason::kDiscarded);
      continue;
    }
    if (embedded) continue;
    record.verdict().pattern = match.pattern;
    // PETRARCH knows a passive by its "by" agent alone: without one the surface subject is
    // the source ("Gondor was criticized over its dispute with Eriador": GON ERI).
    const bool agentless_passive = clause.verb.passive && clause.agent < 0;
    const int32_t logical_subject = agentless_passive ? clause.subject : clause.LogicalSubject();
    int32_t source = match.source >= 0 ? match.source : logical_subject;
    if (match.source < 0 && options_.first_actor_source) {
      const int32_t first = FirstActorBefore(syntax, actors, clause.verb.tokens.begin,
                                             clause.sentence, scratch->eliminated);
      if (first >= 0) source = first;
    }
    // A "+" before the verb that took the clause's own subject ("NOTED + *": "noted that
    // Cirith Ungol regretted") leaves the source to the actor before it: "Gondor's Prime
    // Minister noted".
    if (match.source < 0 && match.target >= 0 && match.target == logical_subject) {
      source = LastActorBefore(syntax, actors, syntax.phrases[match.target].tokens.begin,
                               clause.sentence, scratch->eliminated);
    }
    int32_t target = match.target;
    if (target < 0 && !match.reciprocal) {
      const int32_t object = agentless_passive ? -1 : clause.LogicalObject();
      if (actors.NamesKnownActor(object)) {
        target = object;
      } else {
        // As PETRARCH takes the first actor of the verb phrase: the first phrase after the
        // verb that names one, before the next clause's verb ("restore ties with Gondor").
        target = FirstActorAfter(doc, syntax, actors, c, match, scratch->eliminated);
      }
    }
    // TABARI's default target has a code distinct from the source's (its manual, 5.8): the
    // first such actor after the verb, else the first before it.
    if (options_.first_actor_source && match.target < 0 && !match.reciprocal && source >= 0 &&
        target >= 0 && OnlyCodesOf(actors.ActorsOf(target), actors.ActorsOf(source))) {
      const std::span<const ResolvedActor> source_actors = actors.ActorsOf(source);
      target = FirstActorAfter(doc, syntax, actors, c, match, scratch->eliminated, source_actors);
      if (target < 0) {
        target = FirstActorBefore(syntax, actors, clause.verb.tokens.begin, clause.sentence,
                                  scratch->eliminated, source_actors);
      }
    }
    // Without require_dyad PETRARCH codes a missing target as "---", but only for a verb
    // that has some noun phrase after it: "said on Saturday", not "said today".
    if (!options_.require_dyad && target < 0 && !match.reciprocal && !match.compound_source &&
        !HasPhraseAfterVerb(syntax, c, scratch->eliminated)) {
      record.Refuse(NoEventReason::kNoTarget);
      continue;
    }
    // "% HAVE *": the coordination acts on itself only when the clause names no target.
    if (match.compound_source && actors.ActorsOf(target).empty()) match.reciprocal = true;
    const EventSite site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
    const size_t before = events->size();
    emitter.Emit(site, match, actors.ActorsOf(source), actors.ActorsOf(target), events);
    coded[c] = events->size() > before;
    if (!coded[c] && scratch->why_not) {
      record.Refuse(WhyNoPair(story, match, source, target, &record.verdict().phrase));
    }
  }
}

void PetrarchClauseCoder::EliminateCommaClauses(const Document& doc, const Syntax& syntax,
                                                std::vector<bool>* eliminated) const {
  eliminated->assign(doc.tokens.size(), false);
  std::vector<uint32_t> commas;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    // Commas inside a noun list ("Arnor, Gondor and Rohan") or a phrase delimit no clause.
    std::vector<bool> inside(sentence.size(), false);
    const TokenRange phrases = syntax.sentences[s].phrases;
    for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
      uint32_t end = syntax.phrases[p].tokens.end;
      for (int32_t q : syntax.Conjuncts(syntax.phrases[p].next_conjunct)) {
        end = std::max(end, syntax.phrases[q].tokens.end);
      }
      for (uint32_t t = syntax.phrases[p].tokens.begin; t < end && t < sentence.end_token; ++t) {
        if (t >= sentence.first_token) inside[t - sentence.first_token] = true;
      }
    }
    commas.clear();
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (doc.tokens[t].text == "," && !inside[t - sentence.first_token]) commas.push_back(t);
    }
    if (commas.empty()) continue;
    const auto words = [&](uint32_t begin, uint32_t end) {
      int count = 0;
      for (uint32_t t = begin; t < end; ++t) {
        const std::string_view text = doc.tokens[t].text;
        if (!text.empty() && IsAsciiLetter(text[0])) ++count;
      }
      return count;
    };
    const auto within = [](int n, int low, int high) { return high > 0 && n >= low && n <= high; };
    const auto mark = [&](uint32_t begin, uint32_t end) {
      for (uint32_t t = begin; t < end; ++t) (*eliminated)[t] = true;
    };
    if (within(words(sentence.first_token, commas.front()), options_.comma_bmin,
               options_.comma_bmax)) {
      mark(sentence.first_token, commas.front() + 1);
    }
    // The terminal clause runs to the sentence's closing punctuation.
    uint32_t end = sentence.end_token;
    while (end > commas.back() + 1 && !IsAsciiAlphanumeric(doc.tokens[end - 1].text.front())) {
      --end;
    }
    if (within(words(commas.back() + 1, end), options_.comma_emin, options_.comma_emax)) {
      mark(commas.back(), end);
    }
    for (size_t i = 0; i + 1 < commas.size(); ++i) {
      if ((*eliminated)[commas[i]] || (*eliminated)[commas[i + 1]]) continue;
      if (within(words(commas[i] + 1, commas[i + 1]), options_.comma_min, options_.comma_max)) {
        mark(commas[i], commas[i + 1]);
      }
    }
  }
}

}  // namespace tacitus
