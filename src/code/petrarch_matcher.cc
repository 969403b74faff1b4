#include "code/petrarch_matcher.h"

#include <algorithm>

namespace tacitus {

namespace {

// Whether a token's lower case form matches a pattern word: equal, or, for a TABARI stem
// ("diplomat*"), beginning with it.
bool WordMatches(std::string_view token, std::string_view word) {
  if (word.size() > 1 && word.back() == '*') {
    return token.starts_with(word.substr(0, word.size() - 1));
  }
  return token == word;
}

}  // namespace

uint32_t PetrarchMatcher::WordsAt(std::string_view words, uint64_t first_key,
                                  uint32_t position) const {
  if (position >= end_) return 0;
  const size_t first_end = std::min(words.find(' '), words.size());
  const bool first_is_stem = first_end > 1 && words[first_end - 1] == '*';
  if (!first_is_stem && token_keys_[position - begin_] != first_key) return 0;
  uint32_t count = 0;
  while (!words.empty()) {
    const size_t space = std::min(words.find(' '), words.size());
    const uint32_t at = position + count;
    if (at >= end_ || at == verb_ || !WordMatches(doc_->tokens[at].lower, words.substr(0, space))) {
      return 0;
    }
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
      if (e.kind != PatternElement::Kind::kWord || e.stems) continue;
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
    for (int32_t q : syntax.Conjuncts(syntax.phrases[p].next_conjunct)) {
      if (q < static_cast<int32_t>(phrases.begin) || q >= static_cast<int32_t>(phrases.end)) break;
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
