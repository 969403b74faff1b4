#include "code/coder.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <string>
#include <utility>

namespace tacitus {
namespace {

Span OriginalSpan(const Document& doc, TokenRange tokens) {
  if (tokens.empty()) return {};
  return {doc.tokens[tokens.begin].span.begin, doc.tokens[tokens.end - 1].span.end};
}

// The first noun phrase after the clause's verb, in text order, that names an actor; the
// search stops where any later clause of the sentence that is not part of this verb phrase
// (nor named by its pattern, `match`) begins: its verb, or the subject of a clause that is
// not this one's complement ("..., a senior official said" is no part of the
// verb phrase before it; "allowed that Mordor was ..." is). Pronouns and
// possessors ("his license") name no new actor there, and phrases in an eliminated comma
// clause are out of the sentence, so both are passed over.
int32_t FirstActorAfter(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                        uint32_t c, const PatternMatch& match,
                        const std::vector<bool>& eliminated) {
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
        actors.ActorsOf(p).empty()) {
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

bool EmbeddedInCoded(const Syntax& syntax, const Clause& clause, const std::vector<bool>& coded) {
  const Clause* child = &clause;
  for (int steps = 0; steps < 64; ++steps) {
    const bool embedded =
        child->kind == ClauseKind::kSubordinate || child->kind == ClauseKind::kRelative ||
        child->kind == ClauseKind::kParticipial || child->kind == ClauseKind::kInfinitive;
    const int32_t parent = child->parent;
    if (!embedded || parent < 0 || static_cast<size_t>(parent) >= coded.size()) return false;
    if (coded[parent]) return true;
    child = &syntax.clauses[parent];
  }
  return false;
}

bool HasTarget(const VerbPattern& pattern) {
  return std::any_of(pattern.elements.begin(), pattern.elements.end(), [](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kTarget;
  });
}

}  // namespace

Status SetPetrarchOption(std::string_view option, std::string_view value, CoderOptions* options) {
  if (option == "require_dyad") {
    std::string lower(value);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // As PETRARCH reads it: anything but "false" is true.
    options->require_dyad = lower.find("false") == std::string::npos;
    return Status::Ok();
  }
  int* number = nullptr;
  if (option == "comma_min") number = &options->comma_min;
  if (option == "comma_max") number = &options->comma_max;
  if (option == "comma_bmin") number = &options->comma_bmin;
  if (option == "comma_bmax") number = &options->comma_bmax;
  if (option == "comma_emin") number = &options->comma_emin;
  if (option == "comma_emax") number = &options->comma_emax;
  if (option == "new_actor_length") number = &options->new_actor_length;
  if (number == nullptr) return Status::Ok();
  int parsed = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (error != std::errc() || end != value.data() + value.size() || parsed < 0) {
    return Status::Error(std::string(option) + " must be a whole number, not \"" +
                         std::string(value) + "\"");
  }
  *number = parsed;
  return Status::Ok();
}

Coder::Coder(std::shared_ptr<const Analyzer> analyzer,
             std::shared_ptr<const Dictionaries> dictionaries, CoderOptions options)
    : analyzer_(std::move(analyzer)), dictionaries_(std::move(dictionaries)), options_(options) {}

void Coder::Code(const Story& story, Scratch* scratch, std::vector<Event>* events) const {
  analyzer_->Analyze(story.text, &scratch->analysis);
  CodeAnalysis(story, scratch, events);
}

Status Coder::CodeParsed(const Story& story, std::string_view tree, Scratch* scratch,
                         std::vector<Event>* events) const {
  const Status read = analyzer_->AnalyzeParsed(story.text, tree, &scratch->analysis);
  scratch->story_discarded = false;
  if (!read.ok()) return read;
  CodeAnalysis(story, scratch, events);
  return Status::Ok();
}

void Coder::CodeAnalysis(const Story& story, Scratch* scratch, std::vector<Event>* events) const {
  const Document& doc = scratch->analysis.document;
  scratch->story_discarded = !ApplyDiscards(doc, &scratch->discarded_sentences);
  if (scratch->story_discarded) return;
  scratch->actors.Resolve(*dictionaries_, doc, scratch->analysis.syntax, story.date,
                          dictionaries_->petrarch() ? options_.new_actor_length : 0);

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

  if (dictionaries_->issues().empty()) return;
  std::vector<IssueCount> issues;
  for (size_t e = first; e < events->size(); ++e) {
    Event& event = (*events)[e];
    if (e == first || event.sentence != (*events)[e - 1].sentence) {
      FindIssues(doc, event.sentence, &issues);
    }
    event.issues = issues;
  }
}

void Coder::FindIssues(const Document& doc, uint32_t sentence,
                       std::vector<IssueCount>* issues) const {
  issues->clear();
  const std::span<const Token> tokens = doc.SentenceTokens(doc.sentences[sentence]);
  const PhraseIndex& phrases = dictionaries_->issue_phrases();
  for (size_t i = 0; i < tokens.size();) {
    const PhraseMatch match = phrases.LongestAt(tokens, i);
    if (match.length == 0) {
      ++i;
      continue;
    }
    i += match.length;
    const auto& all = dictionaries_->issues();
    if (std::any_of(match.ids.begin(), match.ids.end(),
                    [&](uint32_t id) { return all[id].exclusion; })) {
      continue;
    }
    for (size_t k = 0; k < match.ids.size(); ++k) {
      const std::string& code = all[match.ids[k]].code;
      // One count per mention, however many entries of that issue the phrase has.
      const auto same_code = [&](uint32_t id) { return all[id].code == code; };
      if (std::any_of(match.ids.begin(), match.ids.begin() + k, same_code)) continue;
      const auto found = std::find_if(issues->begin(), issues->end(),
                                      [&](const IssueCount& issue) { return issue.code == code; });
      if (found != issues->end()) {
        ++found->count;
      } else {
        issues->push_back({code, 1});
      }
    }
  }
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
  // Per clause: its verb was a word of the pattern that coded its parent ("threatened to
  // impose sanctions" is a threat, not an imposition).
  std::vector<bool>& named = scratch->coded_clauses;
  named.assign(syntax.clauses.size(), false);
  for (uint32_t c = 0; c < syntax.clauses.size(); ++c) {
    const Clause& clause = syntax.clauses[c];
    // A negated or subjunctive verb reports no deed: "did not attack", "demanded that Russia
    // withdraw".
    if (clause.verb.negated || clause.verb.subjunctive ||
        scratch->discarded_sentences[clause.sentence] || named[c]) {
      continue;
    }
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
    for (uint32_t k = c + 1; k < syntax.clauses.size(); ++k) {
      if (syntax.clauses[k].parent == static_cast<int32_t>(c) &&
          match.MatchedWordAt(syntax.clauses[k].verb.head)) {
        named[k] = true;
      }
    }
  }
}

void Coder::CodePetrarchClauses(const Story& story, Scratch* scratch,
                                std::vector<Event>* events) const {
  const Document& doc = scratch->analysis.document;
  const Syntax& syntax = scratch->analysis.syntax;
  const StoryActors& actors = scratch->actors;
  EliminateCommaClauses(doc, syntax, &scratch->eliminated);
  std::vector<bool>& coded = scratch->coded_clauses;
  coded.assign(syntax.clauses.size(), false);
  for (uint32_t c = 0; c < syntax.clauses.size(); ++c) {
    const Clause& clause = syntax.clauses[c];
    if (scratch->discarded_sentences[clause.sentence] || scratch->eliminated[clause.verb.head]) {
      continue;
    }
    // As PETRARCH codes a verb phrase whole: a clause inside the verb phrase of one that gave
    // an event ("restored ties after crowds burned its embassy") gives none of its own.
    if (EmbeddedInCoded(syntax, clause, coded)) continue;
    // PETRARCH keys verbs on their surface forms; the lemma catches forms it did not make.
    auto patterns = dictionaries_->VerbPatternsFor(doc.tokens[clause.verb.head].lower);
    if (patterns.empty()) patterns = dictionaries_->VerbPatternsFor(clause.verb.lemma);
    if (patterns.empty()) continue;
    PatternMatch match;
    if (!scratch->petrarch.Best(doc, syntax, actors, clause, patterns, &match)) continue;
    // PETRARCH knows a passive by its "by" agent alone: without one the surface subject is
    // the source ("Gondor was criticized over its dispute with Eriador": GON ERI).
    const bool agentless_passive = clause.verb.passive && clause.agent < 0;
    const int32_t logical_subject = agentless_passive ? clause.subject : clause.LogicalSubject();
    int32_t source = match.source >= 0 ? match.source : logical_subject;
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
    // Without require_dyad PETRARCH codes a missing target as "---", but only for a verb
    // that has some noun phrase after it: "said on Saturday", not "said today".
    if (!options_.require_dyad && target < 0 && !match.reciprocal && !match.compound_source &&
        !HasPhraseAfterVerb(syntax, c, scratch->eliminated)) {
      continue;
    }
    // "% HAVE *": the coordination acts on itself only when the clause names no target.
    if (match.compound_source && actors.ActorsOf(target).empty()) match.reciprocal = true;
    const Site site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
    const size_t before = events->size();
    Emit(story, doc, site, match, actors.ActorsOf(source), actors.ActorsOf(target), events);
    coded[c] = events->size() > before;
  }
}

void Coder::EliminateCommaClauses(const Document& doc, const Syntax& syntax,
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
      for (int32_t q = syntax.phrases[p].next_conjunct, steps = 0; q >= 0 && steps < 64;
           q = syntax.phrases[q].next_conjunct, ++steps) {
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
        if (!text.empty() && std::isalpha(static_cast<unsigned char>(text[0]))) ++count;
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
    while (end > commas.back() + 1 &&
           !std::isalnum(static_cast<unsigned char>(doc.tokens[end - 1].text.front()))) {
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
