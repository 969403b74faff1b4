#include "syntax/syntax.h"

namespace tacitus {

std::string_view ChunkKindName(ChunkKind kind) {
  switch (kind) {
    case ChunkKind::kNoun: return "NP";
    case ChunkKind::kVerb: return "VG";
    case ChunkKind::kPrep: return "P";
    case ChunkKind::kAdjective: return "ADJ";
    case ChunkKind::kAdverb: return "ADV";
    case ChunkKind::kConjunction: return "CC";
    case ChunkKind::kSubordinator: return "SUB";
    case ChunkKind::kRelative: return "REL";
    case ChunkKind::kPunctuation: return "PUNCT";
    case ChunkKind::kOther: return "O";
  }
  return "O";
}

std::string_view TenseName(Tense tense) {
  switch (tense) {
    case Tense::kNone: return "none";
    case Tense::kPresent: return "present";
    case Tense::kPast: return "past";
    case Tense::kFuture: return "future";
  }
  return "none";
}

std::string_view ClauseKindName(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::kMain: return "main";
    case ClauseKind::kCoordinated: return "coord";
    case ClauseKind::kSubordinate: return "sub";
    case ClauseKind::kRelative: return "rel";
    case ClauseKind::kReported: return "reported";
    case ClauseKind::kInfinitive: return "inf";
    case ClauseKind::kParticipial: return "part";
  }
  return "main";
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
