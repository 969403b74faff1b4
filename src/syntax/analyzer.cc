#include "syntax/analyzer.h"

#include <utility>

namespace tacitus {

Result<std::unique_ptr<const Analyzer>> Analyzer::Create(const LexiconPaths& paths) {
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Load(paths);
  if (!lexicon.ok()) return lexicon.status();
  return std::unique_ptr<const Analyzer>(new Analyzer(std::move(lexicon).value()));
}

Analyzer::Analyzer(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)), tagger_(lexicon_) {}

void Analyzer::Analyze(std::string_view text, Analysis* out) const {
  segmenter_.Segment(text, &out->document);
  tagger_.Tag(&out->document);
  parser_.Parse(out->document, &out->syntax);
}

Status Analyzer::AnalyzeParsed(std::string_view text, std::string_view tree, Analysis* out) const {
  out->leaves.clear();
  const Status read = ReadTreeLeaves(tree, &out->leaves);
  if (!read.ok()) out->leaves.clear();
  BuildParsedDocument(text, out->leaves, *lexicon_, &out->document);
  parser_.Parse(out->document, &out->syntax);
  return read;
}

}  // namespace tacitus
