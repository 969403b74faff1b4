#include "cli/story_coding.h"

#include <iostream>

namespace tacitus::cli {

void CodingOptions::AddTo(CLI::App* command) {
  dictionary.AddCodingOptionsTo(command);
  command->add_flag("--use-parse", use_parse,
                    "code PETRARCH records from their <Parse> tree instead of their raw text");
  AddThreadsOption(command, &threads,
                   "worker threads (default: one per core); output is the same for any count");
}

void AddThreadsOption(CLI::App* command, size_t* threads, const std::string& description) {
  command->add_option("--threads", *threads, description)
      ->check(CLI::Range(size_t{0}, kMaxThreads));
}

size_t WorkerThreads(size_t requested) { return requested > 0 ? requested : DefaultThreadCount(); }

bool CodeStory(const CodingRun& run, const Story& story, EventPipeline::Scratch* scratch,
               std::vector<Event>* events) {
  events->clear();
  if (!run.options.use_parse || !story.parse) {
    run.pipeline.Process(story, scratch, events);
    return true;
  }
  const Status parsed = run.pipeline.ProcessParsed(story, *story.parse, scratch, events);
  if (parsed.ok()) return true;
  // One write: workers report at the same time.
  std::cerr << StoryError{.file = story.file,
                          .line = story.line,
                          .story_id = story.id,
                          .reason = parsed.message()}
                       .ToString() +
                   "\n";
  return false;
}

}  // namespace tacitus::cli
