// libFuzzer target for the <Parse> tree reader (syntax/parse_tree.h) and what codes from it,
// EventPipeline::ProcessParsed with the project's dictionaries (loaded once), as `tacitus
// code --use-parse` and `validate --use-parse` run it: a story's text and an arbitrary Penn
// Treebank tree of it. Must never crash, hang or read out of bounds; a malformed tree is an
// error that codes nothing.
//
// Input: byte 0 picks the story date; then the text up to the first newline, then the tree.
// Build and run: scripts/fuzz.sh (seeds in fuzz/corpus/parse_tree_fuzzer/).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "base/fuzz_testing.h"
#include "pipeline/pipeline_fuzzing.h"
#include "tacitus/event.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/story.h"

// Loads the pipeline before the first input, outside libFuzzer's time limit per input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)tacitus::fuzzing::SharedPipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  if (size < 1) return 0;
  const std::string_view input = fuzzing::Rest(data, size, 1);
  const size_t newline = input.find('\n');
  if (newline == std::string_view::npos) return 0;
  Story story;
  if (!fuzzing::MakeStory(data[0], input.substr(0, newline), &story)) return 0;
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  const Status status =
      fuzzing::SharedPipeline().ProcessParsed(story, input.substr(newline + 1), &scratch, &events);
  if (!status.ok() && !events.empty()) fuzzing::Die("a malformed tree gave events");
  return 0;
}
