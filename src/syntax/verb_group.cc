#include "syntax/verb_group.h"

#include <array>
#include <string_view>

namespace tacitus::syntax_internal {
namespace {

constexpr auto kFutureModals = std::to_array<std::string_view>({"will", "shall", "'ll", "wo"});

// Tense, finiteness and modal from the group's first verb or modal.
void ReadFirstVerb(const SentenceView& view, uint32_t t, VerbGroup* vg) {
  const PosTag tag = view.Tag(t);
  vg->finite = IsFiniteTag(tag);
  if (tag == PosTag::kMD) {
    if (In(kFutureModals, view.Lower(t))) {
      vg->tense = Tense::kFuture;
    } else {
      vg->modal = static_cast<int32_t>(t);
    }
  } else if (tag == PosTag::kVBD) {
    vg->tense = Tense::kPast;
  } else if (tag == PosTag::kVBZ || tag == PosTag::kVBP) {
    vg->tense = Tense::kPresent;
  }
}

}  // namespace

VerbGroup AnalyzeVerbGroup(const SentenceView& view, uint32_t c) {
  const Chunk& ch = view.ChunkAt(c);
  VerbGroup vg;
  vg.tokens = ch.tokens;
  vg.head = ch.head;
  vg.lemma = view.Lemma(ch.head);
  int32_t previous_verb = -1;
  for (uint32_t t = ch.tokens.begin; t < ch.tokens.end; ++t) {
    const PosTag tag = view.Tag(t);
    if (view.IsNegator(t)) vg.negated = true;
    // An adverb after the main verb is its particle: the chunker puts none there else
    // ("handed over captured soldiers"); "not" is the negation's.
    if (tag == PosTag::kRP || (tag == PosTag::kRB && t > ch.head && !view.IsNegator(t))) {
      vg.particle = static_cast<int32_t>(t);
    }
    if (tag != PosTag::kMD && !IsVerb(tag)) continue;
    if (previous_verb < 0) {
      ReadFirstVerb(view, t, &vg);
    } else {
      const std::string_view aux = view.Lemma(static_cast<uint32_t>(previous_verb));
      if (aux == "have" && tag == PosTag::kVBN) vg.perfect = true;
      if (aux == "be" && tag == PosTag::kVBG) vg.progressive = true;
      if ((aux == "be" || aux == "get") && tag == PosTag::kVBN) vg.passive = true;
    }
    previous_verb = static_cast<int32_t>(t);
  }
  // A past participle standing alone heads a passive: "a project championed by Xi".
  if (!vg.finite && view.FirstVerbToken(c) == ch.head && view.Tag(ch.head) == PosTag::kVBN) {
    vg.passive = true;
  }
  return vg;
}

}  // namespace tacitus::syntax_internal
