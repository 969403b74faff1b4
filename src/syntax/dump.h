// Readable and JSON forms of a parse, for tests, debugging and `tacitus parse`.
//
// DumpSyntax prints one line per clause, in order, so that a test states one expectation
// per line:
//
//   s0 c0 main: subj="Russian President Vladimir Putin" & "Chinese President Xi Jinping" | verb="met" lemma=meet past | pp: in "Beijing" | adv: "yesterday"
//   s0 c1 part<c0: subj="Russian President Vladimir Putin" & "Chinese President Xi Jinping" | verb="underscoring" lemma=underscore | obj="the strength"{of "their partnership"{poss="their"}} | pp: in "the face"{of "ongoing global challenges"}
//
// Grammar of a clause line (fields after the first are present only when set, in this
// order, separated by " | "):
//   s<sentence> c<clause within the sentence> <kind>[<c<parent>][ "<marker>"]:
//     subj=NP | verb="<tokens>" lemma=<lemma>[ past|present|future][ perfect][ progressive]
//     [ passive][ neg][ modal=<word>][ prt=<word>] | obj=NP | iobj=NP | agent=NP
//     | pp: <prep> NP[; <prep> NP...] | adv: "<tokens>"[; "<tokens>"...] | speaker=NP
// kind is main, coord, sub, rel, reported, inf or part (ClauseKindName). NP is
//   "<tokens>"[{poss=NP; appos=NP; <prep> NP; ...}][ & NP ...]
// with conjuncts joined by " & " and, in braces, the phrase's possessor, apposition and
// attachments (nested up to a fixed depth, then "..."). Token text is joined with one space
// where the text had white space, so a line never breaks.
//
// With DumpOptions::tokens each sentence starts with
//   s0 tokens: Putin/NNP met/VBD:meet ...      (":lemma" only when it differs from the word)
// and with DumpOptions::chunks with
//   s0 chunks: [NP Putin] [VG met] [NP Xi] [PUNCT .]
//
// SyntaxToJson returns one JSON object for the document:
//   {"sentences": [{"index", "text", "tokens": [{"text","tag","lemma","span"}],
//                   "clauses": [{"index","kind","parent","marker","verb": {...},
//                                "subject","object","indirect_object","agent","speaker",
//                                "attachments": [{"preposition","object"}],
//                                "adverbials": [{"text","tokens"}]}]}]}
// where a phrase is {"text","head","tokens":[begin,end],"span":[begin,end],"possessor",
// "apposition","attachments","conjuncts"}; absent roles are null; token indices are into
// Document::tokens and spans are bytes of the original text.
// Both functions need the Document the Syntax was parsed from; they never fail.
#ifndef TACITUS_SYNTAX_DUMP_H_
#define TACITUS_SYNTAX_DUMP_H_

#include <string>

#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

struct DumpOptions {
  bool tokens = false;  // a "tokens:" line per sentence, with tags and lemmas
  bool chunks = false;  // a "chunks:" line per sentence
};

std::string DumpSyntax(const Document& doc, const Syntax& syntax, const DumpOptions& options);

std::string SyntaxToJson(const Document& doc, const Syntax& syntax);

}  // namespace tacitus

#endif  // TACITUS_SYNTAX_DUMP_H_
