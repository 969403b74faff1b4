// Sentences per second of each analysis stage and of the whole analysis, on one core,
// over the bundled example story (17 sentences of news prose).
//
//   build/bench/analysis_benchmark --benchmark_repetitions=5 --benchmark_report_aggregates_only
#include <benchmark/benchmark.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "syntax/analyzer.h"

namespace tacitus {
namespace {

// The example's text: the file without its " date YYYY-MM-DD" line prefix.
std::string ExampleText() {
  std::ifstream in(TACITUS_SOURCE_DIR "/examples/putin-xi-beijing.txt", std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  const size_t date = text.find("date ");
  return date == std::string::npos ? text : text.substr(date + 16);
}

const Analyzer& SharedAnalyzer() {
  static const auto analyzer = [] {
    auto created = Analyzer::Create();
    if (!created.ok()) {
      std::cerr << created.status().message() << "\n";
      std::exit(1);
    }
    return std::move(created).value();
  }();
  return *analyzer;
}

void ReportSentences(benchmark::State& state, const Document& doc, size_t bytes) {
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(doc.sentences.size()), benchmark::Counter::kIsIterationInvariantRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

void BM_Segment(benchmark::State& state) {
  const std::string text = ExampleText();
  TextSegmenter segmenter;
  Document doc;
  for (auto _ : state) {
    segmenter.Segment(text, &doc);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  ReportSentences(state, doc, text.size());
}
BENCHMARK(BM_Segment);

void BM_SegmentAndTag(benchmark::State& state) {
  const std::string text = ExampleText();
  const Analyzer& analyzer = SharedAnalyzer();
  TextSegmenter segmenter;
  Tagger tagger(analyzer.lexicon_ptr());
  Document doc;
  for (auto _ : state) {
    segmenter.Segment(text, &doc);
    tagger.Tag(&doc);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  ReportSentences(state, doc, text.size());
}
BENCHMARK(BM_SegmentAndTag);

// The whole analysis behind `tacitus parse`: segment, tag, chunk and find clauses.
void BM_Analyze(benchmark::State& state) {
  const std::string text = ExampleText();
  const Analyzer& analyzer = SharedAnalyzer();
  Analysis analysis;
  for (auto _ : state) {
    analyzer.Analyze(text, &analysis);
    benchmark::DoNotOptimize(analysis.syntax.clauses.data());
  }
  ReportSentences(state, analysis.document, text.size());
}
BENCHMARK(BM_Analyze);

void BM_LoadLexicon(benchmark::State& state) {
  for (auto _ : state) {
    auto lexicon = Lexicon::Load();
    benchmark::DoNotOptimize(lexicon.ok());
  }
}
BENCHMARK(BM_LoadLexicon)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tacitus

BENCHMARK_MAIN();
