// The whole linguistic analysis of a story's text: normalise and segment (text/), tag and
// lemmatise (lex/), chunk and find clauses (syntax/).
//
//   auto analyzer = Analyzer::Create();            // loads WordNet and the tagger's counts
//   if (!analyzer.ok()) { report analyzer.status().message(); }
//   Analysis analysis;                              // reuse per thread: no allocation once grown
//   (*analyzer)->Analyze(story.text, &analysis);
//   ... analysis.document.sentences, analysis.syntax.clauses ...
//
// An Analyzer is immutable after Create and may be shared by any number of threads, each
// with its own Analysis. Analyze never fails: any UTF-8 text gives some analysis.
#ifndef TACITUS_SYNTAX_ANALYZER_H_
#define TACITUS_SYNTAX_ANALYZER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "lex/lexicon.h"
#include "lex/tagger.h"
#include "syntax/clause_parser.h"
#include "syntax/parse_tree.h"
#include "tacitus/status.h"
#include "text/document.h"
#include "text/segmenter.h"

namespace tacitus {

struct Analysis {
  Document document;
  Syntax syntax;
  std::vector<TreeLeaf> leaves;  // AnalyzeParsed's scratch
};

class Analyzer {
 public:
  // Fails when the lexicon's data files are missing or malformed (the message names them).
  static Result<std::unique_ptr<const Analyzer>> Create(const LexiconPaths& paths = {});

  // Views in `out` point into `out` and into this Analyzer's lexicon; `text` must outlive
  // any use of the spans only in the sense that spans index it.
  void Analyze(std::string_view text, Analysis* out) const;
  // As Analyze, but sentences, tokens and tags come from `tree`, a Penn Treebank bracketed
  // parse of `text` (syntax/parse_tree.h); lemmas and clauses are ours. Fails, naming the
  // byte, when the tree is malformed; *out then holds an empty analysis.
  Status AnalyzeParsed(std::string_view text, std::string_view tree, Analysis* out) const;

  const Lexicon& lexicon() const { return *lexicon_; }
  const std::shared_ptr<const Lexicon>& lexicon_ptr() const { return lexicon_; }

 private:
  explicit Analyzer(std::shared_ptr<const Lexicon> lexicon);

  std::shared_ptr<const Lexicon> lexicon_;
  TextSegmenter segmenter_;
  Tagger tagger_;
  ClauseParser parser_;
};

}  // namespace tacitus

#endif  // TACITUS_SYNTAX_ANALYZER_H_
