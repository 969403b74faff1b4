#include "cli/bench_command.h"

#include <sys/resource.h>

#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "base/strings.h"
#include "cli/dictionary_option.h"
#include "cli/story_coding.h"
#include "cli/story_input.h"
#include "out/event_writer.h"
#include "pipeline/ordered_parallel.h"
#include "pipeline/story_parts.h"
#include "syntax/analyzer.h"
#include "tacitus/event_pipeline.h"

namespace tacitus::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct BenchOptions {
  StoryInputOptions input;
  DictionaryOption dictionary;
  size_t threads = 0;  // runs on 1 and on this many threads; 0: one per core
};

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double PeakResidentMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports kilobytes
}

struct RunFigures {
  size_t stories = 0, bytes = 0, sentences = 0, events = 0, skipped = 0;
  double seconds = 0;
};

// Reads every story and does nothing else: the reader's share of a run.
RunFigures ReadOnly(const StoryInputOptions& input) {
  RunFigures figures;
  auto reader = input.OpenReader();
  if (!reader.ok()) return figures;
  const Clock::time_point start = Clock::now();
  Story story;
  while ((*reader)->Next(&story)) {
    ++figures.stories;
    figures.bytes += story.text.size();
  }
  figures.seconds = SecondsSince(start);
  figures.skipped = (*reader)->skipped();
  return figures;
}

// Reads, analyses, codes, dates, places and formats as JSON Lines (thrown away), as
// `tacitus code` does.
RunFigures FullRun(const StoryInputOptions& input, const EventPipeline& pipeline, size_t threads) {
  RunFigures figures;
  auto reader = input.OpenReader(/*report_errors=*/false);  // the reading pass reported them
  if (!reader.ok()) return figures;
  struct Out {
    std::string json;
    size_t sentences = 0, events = 0;
  };
  const Clock::time_point start = Clock::now();
  StoryParts parts;  // a long story in parts, as `code` codes it
  const auto read = [&](Story* story) { return (*reader)->Next(story); };
  RunCodingWorkers<Story, Out>(
      threads, [&](Story* story) { return parts.Next(read, story); },
      [&](const Story& story, CodingWorker* worker, Out* out) {
        worker->events.clear();
        pipeline.Process(story, &worker->scratch, &worker->events);
        if (!worker->events.empty()) {  // a StoryText indexes the whole text
          const StoryText text(story.text, story.part);
          for (const Event& event : worker->events) {
            AppendEventJson(event, text, &out->json);
            out->json += '\n';
          }
        }
        out->sentences = worker->scratch.analysis().document.sentences.size();
        out->events = worker->events.size();
      },
      [&](const Story& story, Out& out) {
        figures.stories += story.part.index == 0 ? 1 : 0;
        figures.bytes += story.text.size();
        figures.sentences += out.sentences;
        figures.events += out.events;
      },
      [](const Story& story) { return story.text.size(); });
  figures.seconds = SecondsSince(start);
  return figures;
}

int RunBench(const BenchOptions& options) {
  const Clock::time_point load_start = Clock::now();
  const std::unique_ptr<const EventPipeline> pipeline =
      options.dictionary.PipelineOrReport("bench");
  if (pipeline == nullptr) return 1;
  const double load_seconds = SecondsSince(load_start);
  std::cout << Printf("start-up (lexicon, dictionaries, gazetteer): %.0f ms\n",
                      load_seconds * 1000);

  const RunFigures read = ReadOnly(options.input);
  if (read.stories == 0) {
    std::cerr << "tacitus bench: no story to measure\n";
    return read.skipped > 0 ? 2 : 1;
  }
  std::cout << Printf("read only: %zu stories, %.1f MB in %.2f s: %.0f MB/s\n", read.stories,
                      read.bytes / 1e6, read.seconds, read.bytes / 1e6 / read.seconds);

  const size_t most = WorkerThreads(options.threads);
  std::vector<size_t> thread_counts = {1};
  if (most > 1) thread_counts.push_back(most);
  double one_thread_rate = 0;
  for (size_t threads : thread_counts) {
    const RunFigures run = FullRun(options.input, *pipeline, threads);
    const double rate = run.sentences / run.seconds;
    if (threads == 1) one_thread_rate = rate;
    std::cout << Printf(
        "%zu thread%s: %zu stories, %zu sentences, %zu events, %.1f MB in %.2f s: "
        "%.0f sentences/s, %.1f MB/s",
        threads, threads == 1 ? "" : "s", run.stories, run.sentences, run.events, run.bytes / 1e6,
        run.seconds, rate, run.bytes / 1e6 / run.seconds);
    if (threads > 1 && one_thread_rate > 0) {
      std::cout << Printf(" (%.2fx one thread)", rate / one_thread_rate);
    }
    std::cout << "\n";
  }
  std::cout << Printf("peak resident memory: %.0f MB\n", PeakResidentMegabytes());
  return read.skipped > 0 ? 2 : 0;  // measured what could be read; the rest was reported
}

}  // namespace

void AddBenchCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<BenchOptions>();
  CLI::App* command = app->add_subcommand(
      "bench", "time whole runs on a corpus: start-up, reading, coding on 1 and all threads");
  options->input.AddTo(command, /*format_names_input=*/false);
  options->dictionary.AddCodingOptionsTo(command);
  AddThreadsOption(command, &options->threads,
                   "runs on one thread and on this many (default: one per core)");
  command->callback([options, exit_status] { *exit_status = RunBench(*options); });
}

}  // namespace tacitus::cli
