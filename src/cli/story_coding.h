// The coding run shared by the subcommands that code stories (code, eval): each story through
// the pipeline on worker threads, handed on in input order.
//
//   CodeStories<std::string>({.pipeline = *pipeline, .options = options, .command = "code"},
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
#include <cstddef>
#include <functional>
#include <string_view>
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
  std::string_view command;  // names the subcommand in messages
};

// Codes `story` into *events (cleared first). With --use-parse, a story that has a parse is
// coded from it; a malformed parse is reported on stderr ("tacitus COMMAND: story ID: why")
// and gives no events.
void CodeStory(const CodingRun& run, const Story& story, EventPipeline::Scratch* scratch,
               std::vector<Event>* events);

template <typename Out>
void CodeStories(const CodingRun& run, const std::function<bool(Story*)>& read,
                 const std::function<void(const Story&, const EventPipeline::Scratch&,
                                          const std::vector<Event>&, Out*)>& finish,
                 const std::function<void(const Story&, Out&)>& write) {
  const size_t threads = run.options.threads > 0 ? run.options.threads : DefaultThreadCount();
  std::vector<EventPipeline::Scratch> scratch(threads);
  for (EventPipeline::Scratch& one : scratch) one.set_why_not(run.options.why_not);
  std::vector<std::vector<Event>> events(threads);
  OrderedParallel<Story, Out> parallel(threads, 4 * threads, kStoriesPerBatch);
  parallel.Run(
      read,
      [&](size_t worker, const Story& story, Out* out) {
        CodeStory(run, story, &scratch[worker], &events[worker]);
        finish(story, scratch[worker], events[worker], out);
      },
      write);
}

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_STORY_CODING_H_
