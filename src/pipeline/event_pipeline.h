// One story in, its events out, with everything tacitus knows about them: the analysis,
// the coder's events (code/), their own dates (time/) and places (place/).
//
//   auto pipeline = EventPipeline::Create({.data_dir = "data"});
//   if (!pipeline.ok()) { report pipeline.status().message(); }   // every load error
//   EventPipeline::Scratch scratch;          // one per thread, reused from story to story
//   std::vector<Event> events;
//   (*pipeline)->Process(story, &scratch, &events);
//
// An EventPipeline is immutable after Create and may serve any number of threads, each with
// its own Scratch. Process never fails: a story it cannot code gives no events.
#ifndef TACITUS_PIPELINE_EVENT_PIPELINE_H_
#define TACITUS_PIPELINE_EVENT_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "code/coder.h"
#include "code/event.h"
#include "lex/lexicon.h"
#include "story/story.h"

namespace tacitus {

struct PipelineOptions {
  std::string data_dir;      // our dictionaries (data/)
  LexiconPaths lexicon;      // WordNet and the tagger's counts
};

class EventPipeline {
 public:
  // Fails with the load errors of the lexicon or the dictionaries (every one, file:line).
  static Result<std::unique_ptr<const EventPipeline>> Create(const PipelineOptions& options);

  struct Scratch {
    Coder::Scratch coder;  // holds the last story's analysis, for explanations
    const Analysis& analysis() const { return coder.analysis; }
  };

  // Appends the story's events, in sentence order, to *events.
  void Process(const Story& story, Scratch* scratch, std::vector<Event>* events) const;

  const Coder& coder() const { return coder_; }
  const Dictionaries& dictionaries() const { return coder_.dictionaries(); }

 private:
  explicit EventPipeline(Coder coder);

  Coder coder_;
};

}  // namespace tacitus

#endif  // TACITUS_PIPELINE_EVENT_PIPELINE_H_
