#include "code/pattern_layout.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/hash.h"
#include "base/strings.h"
#include "lex/verb_classes.h"

namespace tacitus {
namespace {

// How many words a pattern word may skip to find its match, inside one phrase.
constexpr size_t kMaxSkippedWords = 4;

// Whether a clause's prepositional phrase is of place, time or circumstance, which a verb
// does not select: a pattern may pass it over ("handled the dispute in the South China Sea
// through talks"), not one of "of", "to", "with", "on", "for", "against" ..., which may be
// the verb's own ("accused Iran of", "ordered X (of Y) to").
bool IsAdjunct(const Document& doc, const Attachment& attachment) {
  static constexpr auto kAdjunctPrepositions =
      std::to_array<std::string_view>({"in", "at", "during", "after", "before", "amid", "near",
                                       "across", "throughout", "within", "since"});
  if (attachment.preposition.size() == 0) return false;
  // The last word: a quotation mark may open the phrase ("tariffs \"at a very high level\" on").
  const std::string_view preposition = doc.tokens[attachment.preposition.end - 1].lower;
  return In(kAdjunctPrepositions, preposition);
}

// Whether a clause's phrase of place names one ("in Riyadh", "at the Kremlin"): a "with" or
// "between" the parser hangs on it names the verb's partners, not the place's. A common noun
// may take its own ("before talks with King Abdullah": said before them).
bool IsNamedPlace(const Document& doc, const NounPhrase& place) {
  const std::string_view head = doc.tokens[place.head].text;
  return !head.empty() && head.front() >= 'A' && head.front() <= 'Z';
}

bool NamesPartners(const Document& doc, const Attachment& attachment) {
  if (attachment.preposition.size() != 1) return false;
  const std::string_view preposition = doc.tokens[attachment.preposition.begin].lower;
  return preposition == "with" || preposition == "between";
}

// How many counts may nest before what they count: "tens of thousands of troops" has two.
constexpr int kMaxCountLinks = 3;

// Whether `head` counts or measures what its "of" phrase names: a number, "dozens", "tens",
// "hundreds", "a group", "a series", "a barrage", "a new round" or "package" (of sanctions),
// "20 million pounds" or "two tonnes" (of aid), "doses" (of vaccines), "a shipment".
bool IsCountWord(const Token& head) {
  static constexpr auto kCounts = std::to_array<std::string_view>(
      {"dozen",    "hundred", "thousand", "million",     "billion",  "score",     "ten",
       "number",   "group",   "handful",  "couple",      "series",   "wave",      "string",
       "spate",    "barrage", "volley",   "salvo",       "batch",    "round",     "package",
       "raft",     "set",     "ton",      "tonne",       "kilogram", "litre",     "liter",
       "barrel",   "dose",    "shipment", "consignment", "load",     "truckload", "planeload",
       "shipload", "cargo",   "tranche",  "pound",       "dollar",   "euro",      "contingent"});
  return head.tag == PosTag::kCD || In(kCounts, head.lemma);
}

// The index among `phrase`'s attachments of the "of" phrase right after it that it counts
// ("dozens" + "of Russian diplomats"); -1 when it counts none.
int32_t CountedAttachment(const Document& doc, const Syntax& syntax, const NounPhrase& phrase) {
  if (phrase.tokens.empty() || phrase.head + 1 != phrase.tokens.end ||
      !IsCountWord(doc.tokens[phrase.head])) {
    return -1;
  }
  const std::span<const Attachment> attachments = syntax.AttachmentsOf(phrase);
  for (size_t i = 0; i < attachments.size(); ++i) {
    const Attachment& a = attachments[i];
    if (a.preposition.begin == phrase.tokens.end && a.preposition.size() == 1 && a.object >= 0 &&
        doc.tokens[a.preposition.begin].lower == "of") {
      return static_cast<int32_t>(i);
    }
  }
  return -1;
}

// Pattern matching asks this of every word of every candidate pattern, so the comparisons
// are SameWord's inlined ones.
bool LemmaIsOneOf(const Token& token, const std::vector<std::string>& lemmas) {
  for (const std::string& lemma : lemmas) {
    if (SameWord(token.lemma, lemma) || SameWord(token.lower, lemma)) return true;
  }
  return false;
}

// Whether elements from `element` on are just the target, or a word then the target, of a
// mutual pattern (paired with its own code: "meet +T", "discuss with +T"), or the "with +T"
// that ends a verb pattern with words of its own before it ("restore relation with +T":
// "with" names a partner; not "agree with +T", whose bare verb says too little): when these
// find nothing, the pattern still matches, for a reciprocal event among the subject's
// actors ("Saudi Arabia and Iran agreed to restore relations"), when the code is one of
// cooperation (roots 01-08): sides that together "massed troops near the border" or "held
// drills near the border" threaten no one of their own.
bool IsReciprocalTail(const VerbPattern& pattern, size_t element) {
  const auto& elements = pattern.elements;
  const bool word_then_target = element + 2 == elements.size() &&
                                elements[element].kind == PatternElement::Kind::kWord &&
                                elements[element + 1].kind == PatternElement::Kind::kTarget;
  const bool last_target =
      element + 1 == elements.size() && elements[element].kind == PatternElement::Kind::kTarget;
  if (!word_then_target && !last_target) return false;
  // MayMatch asks this of most patterns it rules out: SameWord's inlined comparisons.
  if (!SameWord(pattern.paired_code, pattern.code)) {
    const std::string_view root = std::string_view(pattern.code).substr(0, 2);
    return word_then_target && element > 0 && !pattern.nominal && root <= "08" &&
           elements[element].lemmas.size() == 1 && SameWord(elements[element].lemmas[0], "with");
  }
  return true;
}

// Whether each word that `pattern` must find after its head may be among the layout's words,
// whose LemmaBits are `layout_bits`: MatchHere finds such a word on an item's lemma or
// lower-case form, or fails, unless the word is optional or a reciprocal tail.
bool MayMatch(const VerbPattern& pattern, uint64_t layout_bits) {
  for (size_t e = 0; e < pattern.elements.size(); ++e) {
    const PatternElement& element = pattern.elements[e];
    if (element.kind != PatternElement::Kind::kWord || element.optional ||
        element.lemma_bits == 0 || (element.lemma_bits & layout_bits) != 0) {
      continue;
    }
    if (!IsReciprocalTail(pattern, e)) return false;
  }
  return true;
}

// Whether `other` is the bare infinitive after "let" with its subject right after the verb:
// "let the opposition hold a march", which reads as "allowed the opposition to hold a march"
// (`let +T hold march`), as a subjunctive that-clause does.
bool LetsItsSubject(const Syntax& syntax, const Clause& clause, const Clause& other) {
  return clause.verb.lemma == "let" && other.kind == ClauseKind::kSubordinate && other.marker < 0 &&
         other.subject >= 0 && syntax.phrases[other.subject].tokens.begin == clause.verb.tokens.end;
}

}  // namespace

void PatternLayout::SortConstituents() {
  // An insertion sort, stable as std::stable_sort is, without the buffer stable_sort allocates
  // for every clause: a layout has a handful of constituents, nearly in order already.
  const auto by_begin = [](const Constituent& a, const Constituent& b) {
    return a.begin < b.begin;
  };
  for (auto it = constituents_.begin(); it != constituents_.end(); ++it) {
    std::rotate(std::upper_bound(constituents_.begin(), it, *it, by_begin), it, it + 1);
  }
}

void PatternLayout::AddPhrase(const Syntax& syntax, int32_t phrase) {
  if (phrase < 0) return;
  constituents_.push_back({syntax.phrases[phrase].tokens.begin, phrase, {}});
}

void PatternLayout::AddObject(const Document& doc, const Syntax& syntax, int32_t phrase) {
  for (int link = 0; phrase >= 0; ++link) {
    const NounPhrase& p = syntax.phrases[phrase];
    const int32_t of = link < kMaxCountLinks ? CountedAttachment(doc, syntax, p) : -1;
    const std::span<const Attachment> attachments = syntax.AttachmentsOf(p);
    Constituent own{p.tokens.begin, phrase, {}};
    own.counts = of >= 0;
    constituents_.push_back(own);
    AddAttachments(syntax, attachments, of, /*optional=*/true);
    if (of < 0) return;
    const Attachment& counted = attachments[static_cast<size_t>(of)];
    Constituent preposition{counted.preposition.begin, -1, counted.preposition};
    preposition.counts = true;
    constituents_.push_back(preposition);
    phrase = counted.object;
  }
}

void PatternLayout::AddAttachments(const Syntax& syntax, std::span<const Attachment> attachments,
                                   int32_t skip, bool optional, uint32_t first_token,
                                   const Document* doc) {
  for (size_t i = 0; i < attachments.size(); ++i) {
    if (static_cast<int32_t>(i) == skip) continue;
    const Attachment& a = attachments[i];
    if (a.preposition.begin < first_token) continue;
    const bool passable = doc != nullptr && IsAdjunct(*doc, a);
    constituents_.push_back({a.preposition.begin, -1, a.preposition, optional, false, passable});
    if (a.object < 0) continue;
    constituents_.push_back(
        {syntax.phrases[a.object].tokens.begin, a.object, {}, optional, false, passable});
    // The object's own prepositional phrases, which a pattern may read or pass over: "called
    // for the release of the sailors", "spoke by telephone with Erdogan", "signed a memorandum
    // of understanding with Kenya", "supplied Russia with hundreds of drones".
    const bool named_place = passable && IsNamedPlace(*doc, syntax.phrases[a.object]);
    for (const Attachment& inner : syntax.AttachmentsOf(syntax.phrases[a.object])) {
      const bool partner = named_place && NamesPartners(*doc, inner);
      constituents_.push_back(
          {inner.preposition.begin, -1, inner.preposition, true, false, false, partner});
      if (inner.object >= 0) {
        constituents_.push_back(
            {syntax.phrases[inner.object].tokens.begin, inner.object, {}, true});
      }
    }
  }
}

void PatternLayout::Flatten(const Syntax& syntax) {
  items_.clear();
  int64_t optional_start = -1;  // the first item of the optional run being flattened
  int64_t passable_start = -1;  // the first item of the clause's prepositional phrase, if any
  for (const Constituent& c : constituents_) {
    if (c.passable) {
      optional_start = -1;
      if (c.phrase < 0) passable_start = static_cast<int64_t>(items_.size());
    } else if (!c.optional) {
      optional_start = -1;
      passable_start = -1;
    } else if (c.phrase < 0 || optional_start < 0) {
      // Passing over a named place stops before the partner the parser hung on it ("held
      // talks in Riyadh with the crown prince"), so that a pattern may read it.
      if (c.partner) passable_start = -1;
      optional_start = static_cast<int64_t>(items_.size());
    }
    if (c.phrase < 0) {
      for (uint32_t t = c.words.begin; t < c.words.end; ++t) {
        items_.push_back({t, -1, 0, !c.word, 0, c.counts});
      }
    } else {
      const TokenRange words = syntax.phrases[c.phrase].tokens;
      const size_t first = items_.size();
      for (uint32_t t = words.begin; t < words.end; ++t) {
        items_.push_back({t, -1, 0, false, 0, c.counts});
      }
      if (items_.size() > first) {
        items_[first].phrase = c.phrase;
        items_[first].phrase_items = static_cast<uint32_t>(items_.size() - first);
      }
    }
    if (optional_start >= 0 && static_cast<size_t>(optional_start) < items_.size()) {
      items_[optional_start].optional_until = static_cast<uint32_t>(items_.size());
    }
    if (passable_start >= 0 && static_cast<size_t>(passable_start) < items_.size()) {
      items_[passable_start].optional_until = static_cast<uint32_t>(items_.size());
    }
  }
}

void PatternLayout::AddComplementAdjective(const Syntax& syntax, const Clause& clause,
                                           uint32_t at) {
  const TokenRange chunks = syntax.sentences[clause.sentence].chunks;
  for (uint32_t c = chunks.begin; c < chunks.end; ++c) {
    const Chunk& chunk = syntax.chunks[c];
    if (chunk.tokens.begin < at) continue;
    if (chunk.tokens.begin > at) return;
    if (chunk.kind == ChunkKind::kAdverb) {  // "held Iran fully responsible"
      at = chunk.tokens.end;
      continue;
    }
    if (chunk.kind == ChunkKind::kAdjective) {
      constituents_.push_back({chunk.tokens.begin, -1, chunk.tokens, false, /*word=*/true});
    }
    return;
  }
}

void PatternLayout::AddComplements(const Document& doc, const Syntax& syntax, const Clause& clause,
                                   bool particle) {
  const int32_t object = clause.LogicalObject();
  AddObject(doc, syntax, object);
  if (!clause.verb.passive) {
    if (object >= 0) {
      AddComplementAdjective(syntax, clause, syntax.phrases[object].tokens.end);
    } else if (IsCopulaVerb(clause.verb.lemma)) {
      AddComplementAdjective(syntax, clause, clause.verb.tokens.end);
    }
  } else if (clause.object >= 0) {
    // "were taken hostage", "were taken prisoner": the noun that completes the
    // active's object ("took them hostage") follows the passive's verb, where the parser
    // reads it as an object.
    AddPhrase(syntax, clause.object);
  } else {
    // "was held responsible", "was found guilty": so does the adjective.
    AddComplementAdjective(syntax, clause, clause.verb.tokens.end);
  }
  if (!clause.verb.passive) AddPhrase(syntax, clause.indirect_object);
  if (particle && clause.verb.particle >= 0) {
    const auto at = static_cast<uint32_t>(clause.verb.particle);
    constituents_.push_back({at, -1, {at, at + 1}});
  }
  // A prepositional phrase before the verb ("In Paris, France condemned Russia") is no
  // complement: the pattern's words follow the verb. One after it that the pattern does not
  // read may be passed over: "handle their dispute in the South China Sea through talks".
  AddAttachments(syntax, syntax.AttachmentsOf(clause), -1, /*optional=*/false,
                 /*first_token=*/clause.verb.head + 1, &doc);
}

bool PatternLayout::AddNamedThing(const Syntax& syntax, const Clause& naming) {
  if (naming.verb.passive) return false;
  const std::span<const Attachment> attachments = syntax.AttachmentsOf(naming);
  int32_t named = -1;
  int32_t as = -1;
  if (IsNamingVerb(naming.verb.lemma)) {
    named = naming.object;
  } else if (IsNamingAsVerb(naming.verb.lemma) && naming.object < 0) {
    for (size_t i = 0; i < attachments.size(); ++i) {
      if (attachments[i].preposition.size() == 1 && attachments[i].object >= 0 &&
          syntax.phrases[attachments[i].object].tokens.begin > naming.verb.head) {
        as = static_cast<int32_t>(i);  // the first phrase after the verb: "as ..."
        named = attachments[i].object;
        break;
      }
    }
  }
  if (named < 0) return false;
  AddPhrase(syntax, named);
  AddAttachments(syntax, syntax.AttachmentsOf(syntax.phrases[named]), -1, /*optional=*/true);
  AddAttachments(syntax, attachments, as, /*optional=*/false,
                 /*first_token=*/syntax.phrases[named].tokens.end);
  return true;
}

void PatternLayout::OfClause(const Document& doc, const Syntax& syntax, const Clause& clause) {
  constituents_.clear();
  modifiers_begin_ = head_ = clause.verb.head;  // verbs have no modifiers
  AddComplements(doc, syntax, clause, /*particle=*/true);
  // An infinitive complement, or a gerund one after a preposition, goes on with the verb's
  // phrase ("threatened to impose sanctions on Iran" for `threaten to impose sanction on +T`,
  // "accused Israel of violating the ceasefire" for `accuse +T of violate (the) ceasefire`):
  // its preposition and verb group (particle included) as words, then its complements.
  // A clause naming what the verb has as its object stands for it ("condemned what it called
  // the excessive use of force by police": `condemn +T` reads "the excessive use ...", whose
  // author the coder finds), and a subjunctive that-clause goes on with its subject as the
  // verb's object: "demanded
  // that Russia withdraw its troops" reads as "demanded Russia withdraw its troops" (`demand +T
  // withdraw`), the demand made of Russia.
  const auto index = static_cast<int32_t>(&clause - syntax.clauses.data());
  for (const Clause& other : syntax.ClausesOf(syntax.sentences[clause.sentence])) {
    if (other.parent != index || other.verb.tokens.begin <= clause.verb.head) continue;
    const bool gerund = other.kind == ClauseKind::kParticipial && other.marker >= 0 &&
                        static_cast<uint32_t>(other.marker) + 1 == other.verb.tokens.begin;
    const bool asked = (other.verb.subjunctive || LetsItsSubject(syntax, clause, other)) &&
                       clause.LogicalObject() < 0;
    if (other.kind == ClauseKind::kSubordinate && clause.LogicalObject() < 0 &&
        AddNamedThing(syntax, other)) {
      break;
    }
    if (other.kind != ClauseKind::kInfinitive && !gerund && !asked) continue;
    if (asked) AddPhrase(syntax, other.subject);
    if (gerund) {
      const auto marker = static_cast<uint32_t>(other.marker);
      constituents_.push_back({marker, -1, {marker, marker + 1}});
    }
    constituents_.push_back({other.verb.tokens.begin, -1, other.verb.tokens});
    AddComplements(doc, syntax, other, /*particle=*/false);
    break;  // the first only: the next is the complement's own business
  }
  SortConstituents();

  Flatten(syntax);
}

bool PatternLayout::ModifiersMatch(const Document& doc, const VerbPattern& pattern) const {
  const auto& modifiers = pattern.modifiers;
  if (modifiers.empty()) return true;
  if (head_ - modifiers_begin_ < modifiers.size()) return false;
  for (size_t k = 0; k < modifiers.size(); ++k) {
    const Token& token = doc.tokens[head_ - modifiers.size() + k];
    if (!LemmaIsOneOf(token, modifiers[k].lemmas)) return false;
  }
  return true;
}

void PatternLayout::OfNounPhrase(const Syntax& syntax, const NounPhrase& phrase,
                                 int32_t skip_attachment) {
  constituents_.clear();
  modifiers_begin_ = phrase.tokens.begin;
  head_ = phrase.head;
  AddAttachments(syntax, syntax.AttachmentsOf(phrase), skip_attachment);
  Flatten(syntax);
}

void PatternLayout::OfLightVerbObject(const Syntax& syntax, const Clause& clause,
                                      const NounPhrase& phrase, int32_t skip_attachment) {
  constituents_.clear();
  modifiers_begin_ = phrase.tokens.begin;
  head_ = phrase.head;
  AddAttachments(syntax, syntax.AttachmentsOf(phrase), skip_attachment);
  AddAttachments(syntax, syntax.AttachmentsOf(clause), -1, /*optional=*/false,
                 /*first_token=*/phrase.tokens.end);
  SortConstituents();
  Flatten(syntax);
}

bool PatternLayout::PassesOver(size_t item) const {
  const uint32_t until = items_[item].optional_until;
  return until > item && until < items_.size();
}

bool PatternLayout::IsPartitiveOf(const Document& doc, size_t item) const {
  return item > 0 && item + 1 < items_.size() && items_[item].preposition &&
         doc.tokens[items_[item].token].lower == "of" && !items_[item].counts &&
         IsCountWord(doc.tokens[items_[item - 1].token]);
}

bool PatternLayout::Match(const Document& doc, const VerbPattern& pattern, size_t element,
                          size_t item, PatternMatch* match) const {
  if (element == pattern.elements.size()) return true;
  // Passing over a prepositional phrase, when reading it failed (PassesOver).
  if (item < items_.size() && PassesOver(item)) {
    const PatternMatch saved = *match;
    if (MatchHere(doc, pattern, element, item, match)) {
      // A reciprocal tail matches anything: a partner after the phrase passed over goes first
      // ("signed a memorandum of cooperation with Kenya", "met in Moscow with Xi" for
      // `meet with +T`).
      if (saved.reciprocal || !match->reciprocal) return true;
      const PatternMatch reciprocal = *match;
      *match = saved;
      if (Match(doc, pattern, element, items_[item].optional_until, match) && !match->reciprocal) {
        return true;
      }
      *match = reciprocal;
      return true;
    }
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
      size_t skipped = 0;  // the words of a count are passed over freely
      for (size_t i = item; i < items_.size() && skipped <= kMaxSkippedWords; ++i) {
        const Token& token = doc.tokens[items_[i].token];
        if (LemmaIsOneOf(token, e.lemmas)) {
          if (Match(doc, pattern, element + 1, i + 1, match)) {
            match->score += 2;  // a word says more than a slot: "meet demand" over "meet +T"
            match->AddWordToken(items_[i].token);
            return true;
          }
        }
        if (i > item && PassesOver(i)) {
          const PatternMatch saved = *match;
          if (Match(doc, pattern, element, items_[i].optional_until, match)) return true;
          *match = saved;
        }
        // The "of" after a count in a phrase the layout did not read as one ("supplied Russia
        // with hundreds of drones") opens what is counted: read on in it.
        if (IsPartitiveOf(doc, i)) {
          const PatternMatch saved = *match;
          if (Match(doc, pattern, element, i + 1, match)) return true;
          *match = saved;
        }
        // Never skip a preposition or into another phrase to find a word, but for the "of"
        // of a count and what it counts.
        const bool counted = items_[i].counts || (i > 0 && items_[i - 1].counts);
        if (!counted && (items_[i].preposition || (i > item && items_[i].phrase >= 0))) break;
        if (!items_[i].counts) ++skipped;
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

uint64_t PatternLayout::LemmaBits(const Document& doc) const {
  uint64_t bits = 0;
  for (const PatternItem& item : items_) {
    const Token& token = doc.tokens[item.token];
    bits |= LemmaBit(token.lemma) | LemmaBit(token.lower);
  }
  return bits;
}

bool PatternLayout::Best(const Document& doc, std::span<const VerbPattern* const> patterns,
                         PatternMatch* best, const StoryActors* actors) const {
  bool found = false;
  bool best_names_target = false;
  const uint64_t layout_bits = LemmaBits(doc);
  for (const VerbPattern* pattern : patterns) {
    PatternMatch match;
    match.pattern = pattern;
    // FirstNeededWordBits first: it rules out most patterns without reading their elements.
    const uint64_t needed = pattern->needed_word_bits;
    if ((needed != 0 && (needed & layout_bits) == 0) || !MayMatch(*pattern, layout_bits) ||
        !ModifiersMatch(doc, *pattern) || !Match(doc, *pattern, 0, 0, &match)) {
      continue;
    }
    match.score += 1 + 2 * static_cast<uint32_t>(pattern->modifiers.size());  // head, words
    // With `actors`, a pattern whose +T bound a phrase that names no actor gives no event:
    // one that does, or needs none, goes first ("shelled the Ukrainian city of Kharkiv").
    // (A reciprocal match, whose words after the verb may all be missing, is not preferred.)
    const bool names_target =
        actors == nullptr || pattern->code == kNoEventCode ||
        (match.target < 0 ? !match.reciprocal : !actors->ActorsOf(match.target).empty());
    if (!found || (names_target && !best_names_target) ||
        (names_target == best_names_target && match.score > best->score)) {
      *best = match;
      best_names_target = names_target;
      found = true;
    }
  }
  return found;
}

}  // namespace tacitus
