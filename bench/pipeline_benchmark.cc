// The pipeline's stages on one core, over the bundled example story (15 sentences of news
// prose): reading, each analysis stage, coding, dating and placing, writing events, and
// storing them; and one long story of 0.25 to 10 MB, coded and written (BM_LongStory).
//
//   build/bench/pipeline_benchmark --benchmark_repetitions=5 --benchmark_report_aggregates_only
//   build/bench/pipeline_benchmark --benchmark_filter=LongStory
//
// Whole runs over a corpus, on every core, are measured by `tacitus bench` instead.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/files.h"
#include "code/coder.h"
#include "dict/dictionaries.h"
#include "out/event_writer.h"
#include "pipeline/story_parts.h"
#include "place/gazetteer.h"
#include "syntax/analyzer.h"
#include "syntax/clause_parser.h"
#include "syntax/testing.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"
#include "tacitus/story.h"

namespace tacitus {
namespace {

[[noreturn]] void Die(const Status& status) {
  std::cerr << status.message() << "\n";
  std::exit(1);
}

// The example as a story: its text without the " date YYYY-MM-DD" line prefix.
Story ExampleStory() {
  std::string file;
  if (Status read = ReadWholeFile(TACITUS_SOURCE_DIR "/examples/putin-xi-beijing.txt", &file);
      !read.ok()) {
    Die(read);
  }
  const size_t date = file.find("date ");
  Story story;
  story.id = "putin-xi-beijing";
  story.date = *Date::ParseIso(file.substr(date + 5, 10));
  story.text = file.substr(date + 16);
  return story;
}

const EventPipeline& SharedPipeline() {
  static const auto pipeline = [] {
    PipelineOptions options;
    options.data_dir = TACITUS_SOURCE_DIR "/data";
    auto created = EventPipeline::Create(options);
    if (!created.ok()) Die(created.status());
    return std::move(created).value();
  }();
  return *pipeline;
}

const Analyzer& SharedAnalyzer() { return SharedPipeline().coder().analyzer(); }

void CountSentences(benchmark::State& state, size_t sentences, size_t bytes) {
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences),
                                                     benchmark::Counter::kIsIterationInvariantRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

size_t ExampleSentences() {
  Analysis analysis;
  SharedAnalyzer().Analyze(ExampleStory().text, &analysis);
  return analysis.document.sentences.size();
}

// Reading: the example as 100 JSON Lines stories from memory.
void BM_ReadJsonLines(benchmark::State& state) {
  const Story example = ExampleStory();
  std::string jsonl;
  for (int i = 0; i < 100; ++i) {
    jsonl += R"({"id":"s)" + std::to_string(i) + R"(","date":"2023-11-08","text":)";
    std::string escaped;
    for (char c : example.text) {
      if (c == '"' || c == '\\') escaped += '\\';
      if (c == '\n') {
        escaped += "\\n";
        continue;
      }
      escaped += c;
    }
    jsonl += "\"" + escaped + "\"}\n";
  }
  Story story;
  for (auto _ : state) {
    std::istringstream in(jsonl);
    ReadOptions options;
    options.format = StoryFormat::kJsonLines;
    StoryReader reader(
        {"-"}, options, [](const StoryError&) {}, &in);
    while (reader.Next(&story)) benchmark::DoNotOptimize(story.text.data());
  }
  CountSentences(state, 100 * ExampleSentences(), jsonl.size());
}
BENCHMARK(BM_ReadJsonLines);

void BM_Segment(benchmark::State& state) {
  const Story story = ExampleStory();
  TextSegmenter segmenter;
  Document doc;
  for (auto _ : state) {
    segmenter.Segment(story.text, &doc);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  CountSentences(state, doc.sentences.size(), story.text.size());
}
BENCHMARK(BM_Segment);

void BM_SegmentAndTag(benchmark::State& state) {
  const Story story = ExampleStory();
  TextSegmenter segmenter;
  Tagger tagger(SharedAnalyzer().lexicon_ptr());
  Document doc;
  for (auto _ : state) {
    segmenter.Segment(story.text, &doc);
    tagger.Tag(&doc);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  CountSentences(state, doc.sentences.size(), story.text.size());
}
BENCHMARK(BM_SegmentAndTag);

// The whole analysis behind `tacitus parse`: segment, tag, chunk and find clauses.
void BM_Analyze(benchmark::State& state) {
  const Story story = ExampleStory();
  Analysis analysis;
  for (auto _ : state) {
    SharedAnalyzer().Analyze(story.text, &analysis);
    benchmark::DoNotOptimize(analysis.syntax.clauses.data());
  }
  CountSentences(state, analysis.document.sentences.size(), story.text.size());
}
BENCHMARK(BM_Analyze);

// The clause parser alone on one 400-token sentence: 50 coordinated clauses, each with a
// subject, an object and two prepositional phrases. Its time should grow linearly with length.
void BM_ParseLongCoordination(benchmark::State& state) {
  std::string text;
  for (int i = 0; i < 50; ++i) {
    text +=
        "officials/NNS/official met/VBD/meet the/DT envoy/NN of/IN Russia/NNP in/IN Beijing/NNP ";
    text += i + 1 < 50 ? "and/CC " : "./.";
  }
  Document doc;
  if (!testing::MakeTaggedDocument(text, &doc)) Die(Status::Error("bad tagged text"));
  Syntax syntax;
  const ClauseParser parser;
  for (auto _ : state) {
    parser.Parse(doc, &syntax);
    benchmark::DoNotOptimize(syntax.clauses.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(doc.tokens.size()));
}
BENCHMARK(BM_ParseLongCoordination);

// Analysis and coding: actors, coreference, patterns.
void BM_AnalyzeAndCode(benchmark::State& state) {
  const Story story = ExampleStory();
  Coder::Scratch scratch;
  std::vector<Event> events;
  for (auto _ : state) {
    events.clear();
    SharedPipeline().coder().Code(story, &scratch, &events);
    benchmark::DoNotOptimize(events.data());
  }
  CountSentences(state, scratch.analysis.document.sentences.size(), story.text.size());
}
BENCHMARK(BM_AnalyzeAndCode);

// Everything `tacitus code` does to a story before writing: and dates and places.
void BM_Pipeline(benchmark::State& state) {
  const Story story = ExampleStory();
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  for (auto _ : state) {
    events.clear();
    SharedPipeline().Process(story, &scratch, &events);
    benchmark::DoNotOptimize(events.data());
  }
  CountSentences(state, scratch.analysis().document.sentences.size(), story.text.size());
}
BENCHMARK(BM_Pipeline);

// One long story, the JSON line of 'Russian troops attacked Ukraine. ' repeated to range(0) KiB,
// coded and written as `tacitus code` does it, in parts (pipeline/story_parts.h): coding is
// linear in a story's length, so its time per MB (2^20 bytes) stays flat from 0.25 to 10 MB.
// The text's length is that of the story, as --max-story-bytes counts it.
void BM_LongStory(benchmark::State& state) {
  constexpr std::string_view kSentence = "Russian troops attacked Ukraine. ";
  Story story;
  story.id = "long";
  story.date = *Date::ParseIso("2022-02-24");
  const size_t bytes = static_cast<size_t>(state.range(0)) << 10;
  while (story.text.size() + kSentence.size() <= bytes) story.text += kSentence;
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  size_t event_count = 0;
  std::string out;
  for (auto _ : state) {
    StoryParts parts;
    bool read = false;
    const auto read_once = [&](Story* next) {
      if (read) return false;
      read = true;
      *next = story;  // the reader's copy
      return true;
    };
    Story part;
    event_count = 0;
    while (parts.Next(read_once, &part)) {
      events.clear();
      out.clear();
      SharedPipeline().Process(part, &scratch, &events);
      const StoryText text(part.text, part.part);
      for (const Event& event : events) {
        out += EventToJson(event, text);
        out += '\n';
      }
      event_count += events.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * story.text.size()));
  state.counters["s/MB"] = benchmark::Counter(
      static_cast<double>(story.text.size()) / (1 << 20),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.counters["events"] = static_cast<double>(event_count);
}
BENCHMARK(BM_LongStory)
    ->Arg(256)
    ->Arg(1024)
    ->Arg(2048)
    ->Arg(5120)
    ->Arg(10240)
    ->Unit(benchmark::kMillisecond);

// Writing: the example's events as JSON Lines.
void BM_WriteJsonLines(benchmark::State& state) {
  const Story story = ExampleStory();
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  SharedPipeline().Process(story, &scratch, &events);
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (const Event& event : events) out += EventToJson(event, story.text) + "\n";
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events.size()),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_WriteJsonLines);

// Storing: the example story and its events, under a new id each time, 100 to a transaction.
void BM_StoreStory(benchmark::State& state) {
  Story story = ExampleStory();
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  SharedPipeline().Process(story, &scratch, &events);
  const std::string path = std::filesystem::temp_directory_path() / "tacitus_bench_store.db";
  std::filesystem::remove(path);
  auto store = EventStore::Open(path, EventStore::kReadWrite);
  if (!store.ok()) Die(store.status());
  const std::string& version = SharedPipeline().dictionaries().version();
  int64_t n = 0;
  if (Status status = (*store)->BeginBatch(); !status.ok()) Die(status);
  for (auto _ : state) {
    story.id = std::string("s").append(std::to_string(n));  // "s" + ... trips g++ 12 -Wrestrict
    for (Event& event : events) event.story = story.id;
    auto change = (*store)->AddStory(story, events, version);
    if (!change.ok()) Die(change.status());
    if (++n % 100 == 0) {
      if (Status status = (*store)->CommitBatch(); !status.ok()) Die(status);
      if (Status status = (*store)->BeginBatch(); !status.ok()) Die(status);
    }
  }
  if (Status status = (*store)->CommitBatch(); !status.ok()) Die(status);
  state.counters["stories/s"] =
      benchmark::Counter(1, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events.size()),
                                                  benchmark::Counter::kIsIterationInvariantRate);
  store->reset();
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
}
BENCHMARK(BM_StoreStory);

void BM_LoadPipeline(benchmark::State& state) {
  PipelineOptions options;
  options.data_dir = TACITUS_SOURCE_DIR "/data";
  for (auto _ : state) {
    auto pipeline = EventPipeline::Create(options);
    benchmark::DoNotOptimize(pipeline.ok());
  }
}
BENCHMARK(BM_LoadPipeline)->Unit(benchmark::kMillisecond);

// The gazetteer alone, as the pipeline loads it: iso-codes, libgeonames' cities and
// data/places.txt (once a test's limit, Gazetteer.LoadsFastEnough: under 1 s).
void BM_LoadGazetteer(benchmark::State& state) {
  GazetteerPaths paths;
  paths.places_file = TACITUS_SOURCE_DIR "/data/places.txt";
  for (auto _ : state) {
    auto gazetteer = Gazetteer::Load(paths);
    if (!gazetteer.ok()) Die(gazetteer.status());
    benchmark::DoNotOptimize((*gazetteer)->size());
  }
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace tacitus

BENCHMARK_MAIN();
