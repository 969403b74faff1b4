#include "syntax/coordination_form.h"

#include "lex/verb_classes.h"

namespace tacitus::syntax_internal {
namespace {

enum class VerbForm : uint8_t { kGerund, kSimplePast, kOther };

// The form of a verb group whose tokens are `verb`, adverbs aside.
VerbForm FormOf(const SentenceView& view, TokenRange verb) {
  int32_t only = -1;
  for (uint32_t t = verb.begin; t < verb.end; ++t) {
    const PosTag tag = view.Tag(t);
    if (tag != PosTag::kMD && tag != PosTag::kTO && !IsVerb(tag)) continue;
    if (only >= 0) return VerbForm::kOther;
    only = static_cast<int32_t>(t);
  }
  if (only < 0) return VerbForm::kOther;
  const PosTag tag = view.Tag(static_cast<uint32_t>(only));
  if (tag == PosTag::kVBG) return VerbForm::kGerund;
  return tag == PosTag::kVBD ? VerbForm::kSimplePast : VerbForm::kOther;
}

}  // namespace

int32_t ConjunctOfTheSameForm(const SentenceView& view, const Syntax& syntax, int32_t clause,
                              uint32_t c) {
  const VerbForm form = FormOf(view, view.ChunkAt(c).tokens);
  if (form == VerbForm::kOther || clause < 0) return clause;
  const Clause* candidate = &syntax.clauses[static_cast<size_t>(clause)];
  // A verb of saying goes on with the one above the clause it reports, not with that
  // clause: "denied that any camp existed and said ...".
  const bool says =
      IsReportingVerb(view.Lemma(view.ChunkAt(c).head)) && candidate->kind != ClauseKind::kMain &&
      candidate->parent >= 0 &&
      IsReportingVerb(syntax.clauses[static_cast<size_t>(candidate->parent)].verb.lemma);
  if (FormOf(view, candidate->verb.tokens) == form && !says) return clause;
  // A past after a past perfect and a bare "and" goes on with its act: "said the jet had
  // been hit over Syria and posed no threat" (", and demanded" goes on with "said").
  const bool after_comma = view.IsComma(static_cast<uint32_t>(view.PreviousSignificant(c) - 1));
  if (form == VerbForm::kSimplePast && !says && candidate->verb.perfect && !after_comma) {
    return clause;
  }
  // After ", and" a past goes on with any past above: "asked X to declare Y, which would
  // give him powers, and said ...".
  for (int hops = 0; candidate->parent >= 0 && hops < kMaxChain; ++hops) {
    const int32_t above = candidate->parent;
    candidate = &syntax.clauses[static_cast<size_t>(above)];
    if (FormOf(view, candidate->verb.tokens) == form &&
        (form == VerbForm::kGerund || after_comma || IsReportingVerb(candidate->verb.lemma))) {
      return above;
    }
  }
  return clause;
}

}  // namespace tacitus::syntax_internal
