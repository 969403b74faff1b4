// libFuzzer target for the story readers: arbitrary bytes in every format, read in chunks of
// every size so that tokens fall across chunk boundaries. Must never crash, hang or read out
// of bounds, and every story let through must be good.
//
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
//     $(ls src/story/*.cc | grep -v '_test\|_fuzzer') src/story/story_reader_fuzzer.cc \
//     src/base/date.cc -lpugixml -o story_reader_fuzzer
//   ./story_reader_fuzzer -max_len=4096 corpus/
//
// Input: byte 0 picks the format (and whether --date is given and the size limit is tiny),
// byte 1 the chunk size; the rest is the story input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>

#include "story/format_reader.h"
#include "story/input_buffer.h"
#include "tacitus/story.h"

namespace tacitus {
namespace {

void CheckStory(const Story& story) {
  if (story.text.empty() || !story.date.IsValid() || story.id.empty() || story.line == 0 ||
      FindInvalidUtf8(story.text) != std::string_view::npos) {
    std::abort();
  }
}

}  // namespace
}  // namespace tacitus

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  if (size < 2) return 0;
  ReadOptions options;
  if (data[0] & 0x08) options.date = Date{2023, 11, 8};
  // A small limit reaches the too-long paths without huge inputs.
  options.max_story_bytes = (data[0] & 0x10) ? 64 : 1 << 20;
  const size_t chunk = size_t{data[1]} + 1;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 2, size - 2));
  size_t errors = 0;
  Story story;

  if (data[0] % 6 == 0) {  // the whole reader: detection, byte-order mark, default chunks
    StoryReader reader(
        {"-"}, options, [&](const StoryError&) { ++errors; }, &in);
    while (reader.Next(&story)) CheckStory(story);
    if (reader.skipped() != errors) std::abort();
    return 0;
  }
  using Factory = std::unique_ptr<FormatReader> (*)(InputBuffer*, InputInfo, const ReadOptions&,
                                                    const ErrorSink&);
  constexpr Factory kFactories[] = {NewDatedReader, NewJsonLinesReader, NewPlainTextReader,
                                    NewPetrarchXmlReader, NewTabariTextReader};
  InputBuffer buffer(&in, chunk);
  const ErrorSink sink = [&](StoryError) { ++errors; };
  const auto reader = kFactories[data[0] % 6 - 1](&buffer, InputInfo{"-", "stdin"}, options, sink);
  while (reader->Next(&story)) CheckStory(story);
  return 0;
}
