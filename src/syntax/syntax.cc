#include "syntax/syntax.h"

#include <algorithm>
#include <cstdint>

namespace tacitus {

std::string_view ChunkKindName(ChunkKind kind) {
  switch (kind) {
    case ChunkKind::kNoun:
      return "NP";
    case ChunkKind::kVerb:
      return "VG";
    case ChunkKind::kPrep:
      return "P";
    case ChunkKind::kAdjective:
      return "ADJ";
    case ChunkKind::kAdverb:
      return "ADV";
    case ChunkKind::kConjunction:
      return "CC";
    case ChunkKind::kSubordinator:
      return "SUB";
    case ChunkKind::kRelative:
      return "REL";
    case ChunkKind::kPunctuation:
      return "PUNCT";
    case ChunkKind::kOther:
      return "O";
  }
  return "O";
}

std::string_view TenseName(Tense tense) {
  switch (tense) {
    case Tense::kNone:
      return "none";
    case Tense::kPresent:
      return "present";
    case Tense::kPast:
      return "past";
    case Tense::kFuture:
      return "future";
  }
  return "none";
}

std::string_view ClauseKindName(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::kMain:
      return "main";
    case ClauseKind::kCoordinated:
      return "coord";
    case ClauseKind::kSubordinate:
      return "sub";
    case ClauseKind::kRelative:
      return "rel";
    case ClauseKind::kReported:
      return "reported";
    case ClauseKind::kInfinitive:
      return "inf";
    case ClauseKind::kParticipial:
      return "part";
  }
  return "main";
}

bool Syntax::DependsOn(uint32_t c, uint32_t ancestor) const {
  for (const int32_t parent : Ancestors(c)) {
    if (static_cast<uint32_t>(parent) == ancestor) return true;
  }
  return false;
}

int32_t Syntax::ReportedClauseOf(uint32_t c) const {
  auto index = static_cast<int32_t>(c);
  for (int hops = 0; hops < kMaxChain; ++hops) {
    const Clause& clause = clauses[static_cast<size_t>(index)];
    if (clause.kind == ClauseKind::kReported) return index;
    if (clause.kind != ClauseKind::kCoordinated || clause.parent < 0) return -1;
    index = clause.parent;
  }
  return -1;
}

uint32_t Syntax::VerbPhraseEnd(uint32_t c) const {
  const Clause& clause = clauses[c];
  const SentenceSyntax& sentence = sentences[clause.sentence];
  uint32_t end = UINT32_MAX;
  for (uint32_t k = sentence.clauses.begin; k < sentence.clauses.end; ++k) {
    const Clause& other = clauses[k];
    if (k == c || other.verb.tokens.begin <= clause.verb.head) continue;
    if (other.kind != ClauseKind::kCoordinated && DependsOn(k, c)) continue;
    if (other.kind == ClauseKind::kRelative && other.antecedent >= 0 &&
        phrases[other.antecedent].tokens.begin > clause.verb.head) {
      continue;
    }
    end = std::min(end, other.verb.tokens.begin);
    if (other.subject >= 0 && phrases[other.subject].tokens.begin > clause.verb.head) {
      end = std::min(end, phrases[other.subject].tokens.begin);
    }
  }
  return end;
}

void Syntax::Clear() {
  sentences.clear();
  chunks.clear();
  phrases.clear();
  attachments.clear();
  adverbials.clear();
  clauses.clear();
  scratch.Clear();
}

}  // namespace tacitus
