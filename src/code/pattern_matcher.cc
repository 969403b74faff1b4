#include "code/pattern_matcher.h"

#include <algorithm>

namespace tacitus {
namespace {

// How many words a pattern word may skip to find its match, inside one phrase.
constexpr size_t kMaxSkippedWords = 4;

bool LemmaIsOneOf(const Token& token, const std::vector<std::string>& lemmas) {
  for (const std::string& lemma : lemmas) {
    if (token.lemma == lemma || token.lower == lemma) return true;
  }
  return false;
}

// Whether elements from `element` on are just the target, or a word then the target, of a
// mutual pattern (paired with its own code: "meet +T", "discuss with +T"), or the "with +T"
// that ends a verb pattern with words of its own before it ("restore relation with +T":
// "with" names a partner; not "agree with +T", whose bare verb says too little): when these
// find nothing, the pattern still matches, for a reciprocal event among the subject's
// actors ("Saudi Arabia and Iran agreed to restore relations").
bool IsReciprocalTail(const VerbPattern& pattern, size_t element) {
  const auto& elements = pattern.elements;
  const bool word_then_target = element + 2 == elements.size() &&
                                elements[element].kind == PatternElement::Kind::kWord &&
                                elements[element + 1].kind == PatternElement::Kind::kTarget;
  if (pattern.paired_code != pattern.code) {
    return word_then_target && element > 0 && !pattern.nominal &&
           elements[element].lemmas == std::vector<std::string>{"with"};
  }
  if (element + 1 == elements.size())
    return elements[element].kind == PatternElement::Kind::kTarget;
  return word_then_target;
}

}  // namespace

void PatternLayout::AddPhrase(const Syntax& syntax, int32_t phrase) {
  if (phrase < 0) return;
  constituents_.push_back({syntax.phrases[phrase].tokens.begin, phrase, {}});
}

void PatternLayout::AddAttachments(const Syntax& syntax, std::span<const Attachment> attachments,
                                   int32_t skip, bool optional) {
  for (size_t i = 0; i < attachments.size(); ++i) {
    if (static_cast<int32_t>(i) == skip) continue;
    const Attachment& a = attachments[i];
    constituents_.push_back({a.preposition.begin, -1, a.preposition, optional});
    if (a.object >= 0) {
      constituents_.push_back({syntax.phrases[a.object].tokens.begin, a.object, {}, optional});
    }
  }
}

void PatternLayout::Flatten(const Syntax& syntax) {
  items_.clear();
  int64_t optional_start = -1;  // the first item of the optional run being flattened
  for (const Constituent& c : constituents_) {
    if (!c.optional) {
      optional_start = -1;
    } else if (c.phrase < 0 || optional_start < 0) {
      optional_start = static_cast<int64_t>(items_.size());
    }
    if (c.phrase < 0) {
      for (uint32_t t = c.words.begin; t < c.words.end; ++t) items_.push_back({t, -1, 0, true});
    } else {
      const TokenRange words = syntax.phrases[c.phrase].tokens;
      const size_t first = items_.size();
      for (uint32_t t = words.begin; t < words.end; ++t) items_.push_back({t, -1, 0, false});
      if (items_.size() > first) {
        items_[first].phrase = c.phrase;
        items_[first].phrase_items = static_cast<uint32_t>(items_.size() - first);
      }
    }
    if (optional_start >= 0 && static_cast<size_t>(optional_start) < items_.size()) {
      items_[optional_start].optional_until = static_cast<uint32_t>(items_.size());
    }
  }
}

void PatternLayout::AddComplements(const Syntax& syntax, const Clause& clause, bool particle) {
  const int32_t object = clause.LogicalObject();
  AddPhrase(syntax, object);
  // The parser attaches "with Tuvalu" in "inked a deal with Tuvalu" to "deal"; a pattern
  // reads it after the object all the same.
  if (object >= 0) {
    AddAttachments(syntax, syntax.AttachmentsOf(syntax.phrases[object]), -1, /*optional=*/true);
  }
  if (!clause.verb.passive) AddPhrase(syntax, clause.indirect_object);
  if (particle && clause.verb.particle >= 0) {
    const auto at = static_cast<uint32_t>(clause.verb.particle);
    constituents_.push_back({at, -1, {at, at + 1}});
  }
  AddAttachments(syntax, syntax.AttachmentsOf(clause), -1);
}

void PatternLayout::OfClause(const Syntax& syntax, const Clause& clause) {
  constituents_.clear();
  AddComplements(syntax, clause, /*particle=*/true);
  // An infinitive complement, or a gerund one after a preposition, goes on with the verb's
  // phrase ("threatened to impose sanctions on Iran" for `threaten to impose sanction on +T`,
  // "accused Israel of violating the ceasefire" for `accuse +T of violate (the) ceasefire`):
  // its preposition and verb group (particle included) as words, then its complements.
  const auto index = static_cast<int32_t>(&clause - syntax.clauses.data());
  for (const Clause& other : syntax.ClausesOf(syntax.sentences[clause.sentence])) {
    if (other.parent != index || other.verb.tokens.begin <= clause.verb.head) continue;
    const bool gerund = other.kind == ClauseKind::kParticipial && other.marker >= 0 &&
                        static_cast<uint32_t>(other.marker) + 1 == other.verb.tokens.begin;
    if (other.kind != ClauseKind::kInfinitive && !gerund) continue;
    if (gerund) {
      const auto marker = static_cast<uint32_t>(other.marker);
      constituents_.push_back({marker, -1, {marker, marker + 1}});
    }
    constituents_.push_back({other.verb.tokens.begin, -1, other.verb.tokens});
    AddComplements(syntax, other, /*particle=*/false);
    break;  // the first only: the next is the complement's own business
  }
  std::stable_sort(constituents_.begin(), constituents_.end(),
                   [](const Constituent& a, const Constituent& b) { return a.begin < b.begin; });

  Flatten(syntax);
}

void PatternLayout::OfNounPhrase(const Syntax& syntax, const NounPhrase& phrase,
                                 int32_t skip_attachment) {
  constituents_.clear();
  AddAttachments(syntax, syntax.AttachmentsOf(phrase), skip_attachment);
  Flatten(syntax);
}

bool PatternLayout::Match(const Document& doc, const VerbPattern& pattern, size_t element,
                          size_t item, PatternMatch* match) const {
  if (element == pattern.elements.size()) return true;
  // Passing over the object's own prepositional phrases, when reading them failed.
  if (item < items_.size() && items_[item].optional_until > item) {
    const PatternMatch saved = *match;
    if (MatchHere(doc, pattern, element, item, match)) return true;
    *match = saved;
    return Match(doc, pattern, element, items_[item].optional_until, match);
  }
  return MatchHere(doc, pattern, element, item, match);
}

bool PatternLayout::MatchHere(const Document& doc, const VerbPattern& pattern, size_t element,
                              size_t item, PatternMatch* match) const {
  const PatternElement& e = pattern.elements[element];
  switch (e.kind) {
    case PatternElement::Kind::kTarget:
    case PatternElement::Kind::kSource: {
      if (item < items_.size() && items_[item].phrase >= 0) {
        int32_t& slot = e.kind == PatternElement::Kind::kTarget ? match->target : match->source;
        const int32_t saved = slot;
        slot = items_[item].phrase;
        if (Match(doc, pattern, element + 1, item + items_[item].phrase_items, match)) {
          match->score += 1;
          return true;
        }
        slot = saved;
      }
      if (e.kind == PatternElement::Kind::kTarget && IsReciprocalTail(pattern, element)) {
        match->reciprocal = true;
        return true;
      }
      break;
    }
    case PatternElement::Kind::kWord: {
      for (size_t i = item; i < items_.size() && i <= item + kMaxSkippedWords; ++i) {
        const Token& token = doc.tokens[items_[i].token];
        if (LemmaIsOneOf(token, e.lemmas)) {
          if (Match(doc, pattern, element + 1, i + 1, match)) {
            match->score += 2;  // a word says more than a slot: "meet demand" over "meet +T"
            match->AddWordToken(items_[i].token);
            return true;
          }
        }
        if (i > item && items_[i].optional_until > i) {  // the object's own PP, passed over
          const PatternMatch saved = *match;
          if (Match(doc, pattern, element, items_[i].optional_until, match)) return true;
          *match = saved;
        }
        // Never skip a preposition or into another phrase to find a word.
        if (items_[i].preposition || (i > item && items_[i].phrase >= 0)) break;
      }
      if (IsReciprocalTail(pattern, element)) {  // "discussed the crisis" for `discuss with +T`
        match->reciprocal = true;
        return true;
      }
      break;
    }
    case PatternElement::Kind::kCompound:
    case PatternElement::Kind::kSkip:
      break;  // PETRARCH's; our patterns have none (PetrarchMatcher reads them)
  }
  // An optional element that could not be matched is left out.
  return e.optional && Match(doc, pattern, element + 1, item, match);
}

bool PatternLayout::Best(const Document& doc, std::span<const VerbPattern* const> patterns,
                         PatternMatch* best) const {
  bool found = false;
  for (const VerbPattern* pattern : patterns) {
    PatternMatch match;
    match.pattern = pattern;
    if (!Match(doc, *pattern, 0, 0, &match)) continue;
    match.score += 1;  // the head itself
    if (!found || match.score > best->score) {
      *best = match;
      found = true;
    }
  }
  return found;
}

}  // namespace tacitus

namespace tacitus {

uint32_t PetrarchMatcher::WordsAt(std::string_view words, uint64_t first_key,
                                  uint32_t position) const {
  if (position >= end_ || token_keys_[position - begin_] != first_key) return 0;
  uint32_t count = 0;
  while (!words.empty()) {
    const size_t space = std::min(words.find(' '), words.size());
    const uint32_t at = position + count;
    if (at >= end_ || at == verb_ || doc_->tokens[at].lower != words.substr(0, space)) return 0;
    ++count;
    words = space < words.size() ? words.substr(space + 1) : std::string_view();
  }
  return count;
}

uint32_t PetrarchMatcher::WordsEndingAt(std::string_view words, uint64_t first_key,
                                        uint32_t last) const {
  const auto length = static_cast<uint32_t>(std::count(words.begin(), words.end(), ' ') + 1);
  if (last + 1 < begin_ + length) return 0;
  return WordsAt(words, first_key, last + 1 - length) == length ? length : 0;
}

bool PetrarchMatcher::MayMatch(const VerbPattern& pattern) const {
  const auto side_may_match = [](const std::vector<PatternElement>& elements,
                                 const std::vector<uint64_t>& keys, uint64_t bits) {
    for (const PatternElement& e : elements) {
      if (e.kind != PatternElement::Kind::kWord) continue;
      if ((e.first_word_bits & bits) == 0) return false;
      // Each of the smaller set looked up in the larger: synsets run to hundreds of words.
      const bool few = e.first_word_set.size() <= keys.size();
      const std::vector<uint64_t>& small = few ? e.first_word_set : keys;
      const std::vector<uint64_t>& large = few ? keys : e.first_word_set;
      const bool present = std::any_of(small.begin(), small.end(), [&](uint64_t key) {
        return std::binary_search(large.begin(), large.end(), key);
      });
      if (!present) return false;
    }
    return true;
  };
  return side_may_match(pattern.elements, keys_after_, bits_after_) &&
         side_may_match(pattern.before, keys_before_, bits_before_);
}

bool PetrarchMatcher::Bind(PatternElement::Kind kind, int32_t phrase, PatternMatch* match) const {
  if (phrase < 0) return false;
  if (const uint32_t i = static_cast<uint32_t>(phrase) - first_phrase_;
      i < first_conjunct_.size()) {
    phrase = first_conjunct_[i];
  }
  if (actors_->ActorsOf(phrase).empty()) return false;
  switch (kind) {
    case PatternElement::Kind::kTarget:
      match->target = phrase;
      return true;
    case PatternElement::Kind::kSource:
      match->source = phrase;
      return true;
    case PatternElement::Kind::kCompound:
      match->source = phrase;
      match->compound_source = true;
      return true;
    default:
      return false;
  }
}

bool PetrarchMatcher::MatchAfter(const VerbPattern& pattern, size_t element, uint32_t position,
                                 PatternMatch* match) const {
  if (element == pattern.elements.size()) return true;
  const PatternElement& e = pattern.elements[element];
  // "_" fixes the place; a group's later word stays in the noun phrase at `position`;
  // otherwise any later word will do.
  uint32_t last = e.adjacent || e.in_group ? std::min(position + 1, end_) : end_;
  if (e.in_group && !e.adjacent && position < end_) {
    if (const int32_t phrase = starting_[position - begin_]; phrase >= 0) {
      last = std::max(last, syntax_->phrases[phrase].tokens.end);
    }
    last = std::max(last, rest_end_[position - begin_]);
  }
  for (uint32_t at = position; at < last; ++at) {
    if (at == verb_) continue;
    if (e.kind == PatternElement::Kind::kWord) {
      for (size_t i = 0; i < e.lemmas.size(); ++i) {
        const uint32_t length = WordsAt(e.lemmas[i], e.first_word_keys[i], at);
        if (length > 0 && MatchAfter(pattern, element + 1, at + length, match)) {
          match->score += 2;
          match->AddWordToken(at);
          return true;
        }
      }
      continue;
    }
    // "^" right after a word inside a noun phrase passes over the rest of that phrase
    // ("warned THEIR ^ +": "their Ent populations about ...").
    if (e.kind == PatternElement::Kind::kSkip && at == position && rest_end_[at - begin_] > at) {
      const PatternMatch saved = *match;
      if (MatchAfter(pattern, element + 1, rest_end_[at - begin_], match)) {
        match->score += 1;
        return true;
      }
      *match = saved;
    }
    const int32_t phrase = starting_[at - begin_];
    if (phrase < 0) continue;
    const uint32_t after = syntax_->phrases[phrase].tokens.end;
    const PatternMatch saved = *match;
    // A "%" after the verb is what the verb is done to, each of the coordination in turn
    // ("agrees with Arnor and Gondor"); before it, the coordination acts on itself.
    const PatternElement::Kind kind =
        e.kind == PatternElement::Kind::kCompound ? PatternElement::Kind::kTarget : e.kind;
    if ((kind == PatternElement::Kind::kSkip || Bind(kind, phrase, match)) &&
        MatchAfter(pattern, element + 1, after, match)) {
      match->score += 1;
      return true;
    }
    *match = saved;
  }
  return false;
}

bool PetrarchMatcher::MatchBefore(const VerbPattern& pattern, size_t element, int64_t position,
                                  PatternMatch* match) const {
  if (element == 0) return true;
  const PatternElement& e = pattern.before[element - 1];
  const int64_t lowest = e.adjacent ? std::max<int64_t>(position, begin_) : begin_;
  for (int64_t at = position; at >= lowest; --at) {
    const auto last = static_cast<uint32_t>(at);
    if (last == verb_) continue;
    if (e.kind == PatternElement::Kind::kWord) {
      for (size_t i = 0; i < e.lemmas.size(); ++i) {
        const uint32_t length = WordsEndingAt(e.lemmas[i], e.first_word_keys[i], last);
        if (length > 0 && MatchBefore(pattern, element - 1, at - length, match)) {
          match->score += 2;
          return true;
        }
      }
      continue;
    }
    const int32_t phrase = ending_[last - begin_];
    if (phrase < 0) continue;
    const int64_t before = static_cast<int64_t>(syntax_->phrases[phrase].tokens.begin) - 1;
    const PatternMatch saved = *match;
    if ((e.kind == PatternElement::Kind::kSkip || Bind(e.kind, phrase, match)) &&
        MatchBefore(pattern, element - 1, before, match)) {
      match->score += 1;
      return true;
    }
    *match = saved;
  }
  return false;
}

bool PetrarchMatcher::Best(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                           const Clause& clause, std::span<const VerbPattern* const> patterns,
                           PatternMatch* best) {
  doc_ = &doc;
  syntax_ = &syntax;
  actors_ = &actors;
  const Sentence& sentence = doc.sentences[clause.sentence];
  begin_ = sentence.first_token;
  // Words after the verb are looked for in its own phrase ("launched an air strike ..., the
  // command said, expanding its campaign against" has no "campaign against" for "launched").
  const auto c = static_cast<uint32_t>(&clause - syntax.clauses.data());
  end_ = std::min(sentence.end_token, syntax.VerbPhraseEnd(c));
  verb_ = clause.verb.head;
  starting_.assign(end_ - begin_, -1);
  ending_.assign(end_ - begin_, -1);
  const TokenRange phrases = syntax.sentences[clause.sentence].phrases;
  first_phrase_ = phrases.begin;
  first_conjunct_.resize(phrases.size());
  for (uint32_t p = phrases.begin; p < phrases.end; ++p) first_conjunct_[p - phrases.begin] = p;
  for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
    for (int32_t q = syntax.phrases[p].next_conjunct, steps = 0;
         q >= static_cast<int32_t>(phrases.begin) && q < static_cast<int32_t>(phrases.end) &&
         steps < 64;
         q = syntax.phrases[q].next_conjunct, ++steps) {
      first_conjunct_[q - phrases.begin] = first_conjunct_[p - phrases.begin];
    }
  }
  rest_end_.assign(end_ - begin_, 0);
  for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
    const TokenRange tokens = syntax.phrases[p].tokens;
    if (tokens.empty() || tokens.begin < begin_ || tokens.end > end_) continue;
    for (uint32_t t = tokens.begin + 1; t < tokens.end; ++t) {
      rest_end_[t - begin_] = std::max(rest_end_[t - begin_], tokens.end);
    }
    int32_t& start = starting_[tokens.begin - begin_];
    if (start < 0 || syntax.phrases[start].tokens.size() < tokens.size()) {
      start = static_cast<int32_t>(p);
    }
    int32_t& stop = ending_[tokens.end - 1 - begin_];
    if (stop < 0 || syntax.phrases[stop].tokens.size() < tokens.size()) {
      stop = static_cast<int32_t>(p);
    }
  }
  token_keys_.clear();
  keys_before_.clear();
  keys_after_.clear();
  bits_before_ = bits_after_ = 0;
  for (uint32_t t = begin_; t < end_; ++t) {
    const uint64_t key = WordKey(doc.tokens[t].lower);
    token_keys_.push_back(key);
    if (t < verb_) {
      keys_before_.push_back(key);
      bits_before_ |= WordBit(key);
    }
    if (t > verb_) {
      keys_after_.push_back(key);
      bits_after_ |= WordBit(key);
    }
  }
  std::sort(keys_before_.begin(), keys_before_.end());
  std::sort(keys_after_.begin(), keys_after_.end());
  bool found = false;
  for (const VerbPattern* pattern : patterns) {
    if (!MayMatch(*pattern)) continue;
    PatternMatch match;
    match.pattern = pattern;
    if (!MatchAfter(*pattern, 0, verb_ + 1, &match)) continue;
    if (!MatchBefore(*pattern, pattern->before.size(), static_cast<int64_t>(verb_) - 1, &match)) {
      continue;
    }
    match.score += 1;  // the verb itself
    if (!found || match.score > best->score) {
      *best = match;
      found = true;
    }
  }
  return found;
}

}  // namespace tacitus
