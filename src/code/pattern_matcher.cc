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

// Whether the pattern is mutual (paired with its own code) and elements from `element` on are
// just the target, or a word then the target ("meet +T", "discuss with +T"): when these find
// nothing, the pattern still matches, for a reciprocal event among the subject's actors.
bool IsReciprocalTail(const VerbPattern& pattern, size_t element) {
  if (pattern.paired_code != pattern.code) return false;
  const auto& elements = pattern.elements;
  if (element + 1 == elements.size()) return elements[element].kind == PatternElement::Kind::kTarget;
  return element + 2 == elements.size() && elements[element].kind == PatternElement::Kind::kWord &&
         elements[element + 1].kind == PatternElement::Kind::kTarget;
}

}  // namespace

void PatternLayout::AddPhrase(const Syntax& syntax, int32_t phrase) {
  if (phrase < 0) return;
  constituents_.push_back({syntax.phrases[phrase].tokens.begin, phrase, {}});
}

void PatternLayout::AddAttachments(const Syntax& syntax, std::span<const Attachment> attachments,
                                   int32_t skip) {
  for (size_t i = 0; i < attachments.size(); ++i) {
    if (static_cast<int32_t>(i) == skip) continue;
    const Attachment& a = attachments[i];
    constituents_.push_back({a.preposition.begin, -1, a.preposition});
    AddPhrase(syntax, a.object);
  }
}

void PatternLayout::Flatten(const Syntax& syntax) {
  items_.clear();
  for (const Constituent& c : constituents_) {
    if (c.phrase < 0) {
      for (uint32_t t = c.words.begin; t < c.words.end; ++t) items_.push_back({t, -1, 0, true});
      continue;
    }
    const TokenRange words = syntax.phrases[c.phrase].tokens;
    const size_t first = items_.size();
    for (uint32_t t = words.begin; t < words.end; ++t) items_.push_back({t, -1, 0, false});
    if (items_.size() > first) {
      items_[first].phrase = c.phrase;
      items_[first].phrase_items = static_cast<uint32_t>(items_.size() - first);
    }
  }
}

void PatternLayout::OfClause(const Syntax& syntax, const Clause& clause) {
  constituents_.clear();
  AddPhrase(syntax, clause.LogicalObject());
  if (!clause.verb.passive) AddPhrase(syntax, clause.indirect_object);
  if (clause.verb.particle >= 0) {
    const uint32_t particle = static_cast<uint32_t>(clause.verb.particle);
    constituents_.push_back({particle, -1, {particle, particle + 1}});
  }
  AddAttachments(syntax, syntax.AttachmentsOf(clause), -1);
  std::stable_sort(constituents_.begin(), constituents_.end(),
                   [](const Constituent& a, const Constituent& b) { return a.begin < b.begin; });

  Flatten(syntax);
}

void PatternLayout::OfNounPhrase(const Syntax& syntax,
                                 const NounPhrase& phrase, int32_t skip_attachment) {
  constituents_.clear();
  AddAttachments(syntax, syntax.AttachmentsOf(phrase), skip_attachment);
  Flatten(syntax);
}

bool PatternLayout::Match(const Document& doc, const VerbPattern& pattern, size_t element,
                          size_t item, PatternMatch* match) const {
  if (element == pattern.elements.size()) return true;
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
            return true;
          }
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
