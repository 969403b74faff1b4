// Internal to the clause parser: its first pass, which cuts a sentence into chunks (noun
// phrases with their possessors, verb groups, prepositions, single words) left to right,
// with no lookahead past a few tokens.
//
//   const TokenRange chunks = ChunkSentence(doc, s, &syntax);
//   // "Russia 's partnership with China": NP("Russia 's partnership") P("with") NP("China"),
//   // the first NP's phrase with possessor phrase "Russia"
#ifndef TACITUS_SYNTAX_CHUNKER_H_
#define TACITUS_SYNTAX_CHUNKER_H_

#include <cstdint>

#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus::syntax_internal {

// Appends the chunks of sentence `sentence` of `doc` to out->chunks, in order and covering
// each of its tokens once, and the noun phrases they form to out->phrases (a noun chunk's
// `phrase`, and the possessors inside it); returns the range of its chunks. A preposition
// that opens a clause ("as the world grapples ...") is marked kSubordinator. The quotes of a
// short quoted stretch with no verb belong to the chunks they enclose (a "provocation"); a
// quotation of speech keeps them as chunks of their own. Never fails:
// tokens that start nothing else (untagged ones too) are chunks of one token.
TokenRange ChunkSentence(const Document& doc, uint32_t sentence, Syntax* out);

}  // namespace tacitus::syntax_internal

#endif  // TACITUS_SYNTAX_CHUNKER_H_
