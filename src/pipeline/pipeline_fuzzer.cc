// libFuzzer target for text -> events: the whole pipeline (segmentation, tagging, clauses,
// actors, patterns, dates, places) with the project's dictionaries, loaded once, on arbitrary
// UTF-8 as a story's text. Must never crash, hang or read out of bounds, and every event must
// point into the text it came from and carry a date of the calendar.
//
// Input: byte 0 picks the story date (the calendar's ends among them); the rest is the text.
// Build and run: scripts/fuzz.sh (seeds in fuzz/corpus/pipeline_fuzzer/).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "base/fuzz_testing.h"
#include "pipeline/pipeline_fuzzing.h"
#include "tacitus/event.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/span.h"
#include "tacitus/story.h"

// Loads the pipeline before the first input, outside libFuzzer's time limit per input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)tacitus::fuzzing::SharedPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  if (size < 1) return 0;
  Story story;
  if (!fuzzing::MakeStory(data[0], fuzzing::Rest(data, size, 1), &story)) return 0;
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  fuzzing::SharedPipeline().Process(story, &scratch, &events);
  const auto inside = [&](const Span& span) {
    return span.begin <= span.end && span.end <= story.text.size();
  };
  for (const Event& event : events) {
    if (!inside(event.sentence_span) || !inside(event.source_span) || !inside(event.verb_span) ||
        !inside(event.target_span) || !inside(event.date.span) ||
        (event.place && !inside(event.place->span)) || !event.date.date.IsValid()) {
      fuzzing::Die("an event's span leaves the text, or its date the calendar");
    }
  }
  return 0;
}
