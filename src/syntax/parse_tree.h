// Reading a Penn Treebank bracketed parse (Stanford CoreNLP's output, as PETRARCH records
// carry in <Parse>) into the shared token model, so that a story can be coded from a parser's
// tags instead of our tagger's:
//
//   std::vector<TreeLeaf> leaves;
//   Status read = ReadTreeLeaves("(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))", &leaves);
//   // leaves: {NNP, Arnor} {VBD, left} {., .}; each (ROOT ...) is one sentence.
//   BuildParsedDocument(text, leaves, lexicon, &doc);   // tokens, tags, lemmas, spans
//
// Only the leaves are kept: our ClauseParser then finds clauses from the tags, as it does for
// tagged raw text, so both routes give the same kind of Syntax.
#ifndef TACITUS_SYNTAX_PARSE_TREE_H_
#define TACITUS_SYNTAX_PARSE_TREE_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "lex/lexicon.h"
#include "tacitus/status.h"
#include "text/document.h"

namespace tacitus {

struct TreeLeaf {
  std::string_view tag;   // "NNP", as written in the tree
  std::string_view word;  // "Arnor"; PTB escapes ("-LRB-") as written
  uint32_t sentence = 0;  // which top-level tree it belongs to
};

// "(" for "-LRB-" and the other Penn Treebank bracket escapes; any other word as it is (the
// parser's quote tokens `` and '' stay: our tagger knows them).
std::string_view UnescapePtbBracket(std::string_view word);

// Appends the leaves of every top-level tree in `tree` (views into it). Fails, naming the
// byte offset, when brackets do not balance, a leaf has no tag, or there is no leaf at all;
// *leaves is then unspecified.
Status ReadTreeLeaves(std::string_view tree, std::vector<TreeLeaf>* leaves);

// Replaces *doc with the leaves as tokens: one Sentence per top-level tree, Penn tags, lemmas
// from `lexicon`, PTB escapes undone ("-LRB-" -> "("), and spans into `text` where each word
// is found there in order (an empty span at the last place found otherwise). `lexicon` must
// outlive the document's lemmas. Never fails.
void BuildParsedDocument(std::string_view text, std::span<const TreeLeaf> leaves,
                         const Lexicon& lexicon, Document* doc);

}  // namespace tacitus

#endif  // TACITUS_SYNTAX_PARSE_TREE_H_
