// The coding run shared by the subcommands that code stories (code, eval): each story through
// the pipeline on worker threads, handed on in input order. RunCodingWorkers below it is the
// thread set-up that ingest and bench share too.
//
//   size_t malformed = CodeStories<std::string>(
//       {.pipeline = *pipeline, .options = options},
//       [&](Story* story) { return reader.Next(story); },                     // calling thread
//       [&](const Story& story, const EventPipeline::Scratch& scratch,        // worker thread
//           const std::vector<Event>& events, std::string* out) { ... },
//       [&](const Story& story, std::string& out) { std::cout << out; });     // input order
//
// The events and the analysis in `scratch` are the worker's own until `finish` returns, so
// whatever `write` needs of them `finish` copies into Out. The output is the same for any
// thread count.
#ifndef TACITUS_CLI_STORY_CODING_H_
#define TACITUS_CLI_STORY_CODING_H_

#include <CLI/CLI.hpp>
#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "cli/dictionary_option.h"
#include "pipeline/ordered_parallel.h"
#include "tacitus/event.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/story.h"

namespace tacitus::cli {

// The options of the subcommands that code.
struct CodingOptions {
  DictionaryOption dictionary;
  bool use_parse = false;  // code PETRARCH records from their <Parse> tree
  size_t threads = 0;      // 0: one per core
  bool why_not = false;    // record why clauses gave no event (EventPipeline::Scratch)

  // Adds --dict, --petrarch-config, --use-parse and --threads to `command`.
  void AddTo(CLI::App* command);
};

struct CodingRun {
  const EventPipeline& pipeline;  // built from options.dictionary
  const CodingOptions& options;
};

// Codes `story` into *events (cleared first). With --use-parse, a story that has a parse is
// coded from it; a malformed parse is reported on stderr ("FILE:LINE: story ID: parse tree:
// why", LINE where the story starts), gives no events, and makes CodeStory return false.
bool CodeStory(const CodingRun& run, const Story& story, EventPipeline::Scratch* scratch,
               std::vector<Event>* events);

// The most --threads may ask for; more is a usage error (exit 1), as is a negative count.
inline constexpr size_t kMaxThreads = 256;
// Adds --threads (0 = one per core, up to kMaxThreads) to `command`, with `description`.
void AddThreadsOption(CLI::App* command, size_t* threads, const std::string& description);

// The worker threads a --threads value asks for: itself, or one per core for 0.
size_t WorkerThreads(size_t requested);

// What a worker thread keeps from one story to the next, so that its buffers are reused.
struct CodingWorker {
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
};

// Runs `work` on `threads` (> 0) worker threads, each with a CodingWorker of its own, on what
// `read` gives on the calling thread, and hands each result to `write` on the calling thread
// in input order (OrderedParallel, kStoriesPerBatch items to a batch; given `bytes_of`, also
// at most about kStoryBytesPerBatch of them).
template <typename In, typename Out>
void RunCodingWorkers(size_t threads, const std::function<bool(In*)>& read,
                      const std::function<void(const In&, CodingWorker*, Out*)>& work,
                      const std::function<void(const In&, Out&)>& write,
                      std::function<size_t(const In&)> bytes_of = nullptr) {
  std::vector<CodingWorker> workers(threads);
  OrderedParallel<In, Out> parallel(threads, 4 * threads, kStoriesPerBatch, std::move(bytes_of),
                                    kStoryBytesPerBatch);
  parallel.Run(
      read, [&](size_t worker, const In& in, Out* out) { work(in, &workers[worker], out); }, write);
}

// Returns the number of stories whose <Parse> was malformed (CodeStory): input reported and
// skipped, which makes the command's exit status 2.
template <typename Out>
size_t CodeStories(const CodingRun& run, const std::function<bool(Story*)>& read,
                   const std::function<void(const Story&, const EventPipeline::Scratch&,
                                            const std::vector<Event>&, Out*)>& finish,
                   const std::function<void(const Story&, Out&)>& write) {
  std::atomic<size_t> malformed_parses = 0;
  RunCodingWorkers<Story, Out>(
      WorkerThreads(run.options.threads), read,
      [&](const Story& story, CodingWorker* worker, Out* out) {
        worker->scratch.set_why_not(run.options.why_not);
        if (!CodeStory(run, story, &worker->scratch, &worker->events)) ++malformed_parses;
        finish(story, worker->scratch, worker->events, out);
      },
      write, [](const Story& story) { return story.text.size(); });
  return malformed_parses;
}

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_STORY_CODING_H_
