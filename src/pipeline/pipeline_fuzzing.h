// What the fuzzers of the whole pipeline share (src/pipeline/*_fuzzer.cc): the pipeline with
// the project's dictionaries (data/), made once per process, and a story built from the
// input's first byte and text.
//
//   Story story;
//   if (!fuzzing::MakeStory(data[0], text, &story)) return 0;   // not a story a reader passes
//   fuzzing::SharedPipeline().Process(story, &scratch, &events);
//
// SharedPipeline aborts when the pipeline cannot be made (a fuzzer that fuzzed nothing must
// not pass).
#ifndef TACITUS_PIPELINE_PIPELINE_FUZZING_H_
#define TACITUS_PIPELINE_PIPELINE_FUZZING_H_

#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "base/fuzz_testing.h"
#include "story/format_reader.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/story.h"

namespace tacitus::fuzzing {

inline const EventPipeline& SharedPipeline() {
  static const std::unique_ptr<const EventPipeline> pipeline = [] {
    auto created = EventPipeline::Create({.data_dir = TACITUS_SOURCE_DIR "/data"});
    if (!created.ok()) Die(created.status().message());
    return std::move(created).value();
  }();
  return *pipeline;
}

// A story of `text` dated by `date_choice` (the calendar's ends among the dates). False when
// no story reader would pass `text` on: empty, or not UTF-8.
inline bool MakeStory(uint8_t date_choice, std::string_view text, Story* story) {
  if (text.empty() || FindInvalidUtf8(text) != std::string_view::npos) return false;
  constexpr Date kDates[] = {{2023, 11, 8}, {1, 1, 1}, {9999, 12, 31}, {2024, 2, 29}, {1970, 1, 1}};
  story->id = "fuzz";
  story->date = kDates[date_choice % std::size(kDates)];
  story->text = std::string(text);
  return true;
}

}  // namespace tacitus::fuzzing

#endif  // TACITUS_PIPELINE_PIPELINE_FUZZING_H_
