#include "syntax/clause_parser.h"

#include <cstdint>

#include "syntax/chunker.h"
#include "syntax/clause_roles.h"
#include "syntax/clause_walk.h"
#include "syntax/pending_items.h"
#include "syntax/sentence_view.h"

namespace tacitus {
namespace {

using syntax_internal::SentenceView;

// One sentence: chunks (chunker.h), then clauses as the chunks come (clause_walk.h), then
// the roles only a later or a parent clause can give (clause_roles.h), then the attachments
// and adverbials the walk recorded, in their owners' runs (pending_items.h).
void ParseSentence(const Document& doc, uint32_t sentence, Syntax* out) {
  out->scratch.Clear();
  SentenceSyntax range;
  range.phrases.begin = static_cast<uint32_t>(out->phrases.size());
  range.clauses.begin = static_cast<uint32_t>(out->clauses.size());
  range.chunks = syntax_internal::ChunkSentence(doc, sentence, out);
  const SentenceView view(doc, sentence, out->chunks, range.chunks);
  syntax_internal::WalkClauses(view, out);
  range.phrases.end = static_cast<uint32_t>(out->phrases.size());
  range.clauses.end = static_cast<uint32_t>(out->clauses.size());
  syntax_internal::FindTrailingReporters(view, range.clauses, out);
  syntax_internal::ShareGappedPassives(view, range.clauses, out);
  syntax_internal::JoinAsDidSubjects(view, range.clauses, out);
  syntax_internal::ResolveUnderstoodRoles(view, range.clauses, out);
  syntax_internal::EmitPendingItems(out);
  out->sentences.push_back(range);
}

}  // namespace

void ClauseParser::Parse(const Document& doc, Syntax* out) const {
  out->Clear();
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) ParseSentence(doc, s, out);
}

}  // namespace tacitus
