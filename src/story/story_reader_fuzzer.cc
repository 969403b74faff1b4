// libFuzzer target: StoryReader over arbitrary bytes on stdin, in every format. Must never
// crash, hang or read out of bounds, and every story it lets through must be good.
//
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
//     $(ls src/story/*.cc | grep -v '_test\|_fuzzer') src/story/story_reader_fuzzer.cc \
//     src/base/date.cc -lpugixml -o story_reader_fuzzer
//   ./story_reader_fuzzer -max_len=4096 corpus/
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "story/format_reader.h"
#include "story/story.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using tacitus::StoryFormat;
  constexpr StoryFormat kFormats[] = {StoryFormat::kAuto, StoryFormat::kDated,
                                      StoryFormat::kJsonLines, StoryFormat::kPlainText,
                                      StoryFormat::kPetrarchXml};
  tacitus::ReadOptions options;
  options.format = kFormats[data[0] % 5];
  if (data[0] & 0x08) options.date = tacitus::Date{2023, 11, 8};
  // Small limits reach the too-long paths without huge inputs.
  options.max_story_bytes = (data[0] & 0x10) ? 64 : 1 << 20;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  size_t errors = 0;
  tacitus::StoryReader reader({"-"}, options, [&](const tacitus::StoryError&) { ++errors; }, &in);
  tacitus::Story story;
  while (reader.Next(&story)) {
    if (story.text.empty() || !story.date.IsValid() || story.id.empty() || story.line == 0 ||
        tacitus::FindInvalidUtf8(story.text) != std::string_view::npos) {
      std::abort();
    }
  }
  if (reader.skipped() != errors) std::abort();
  return 0;
}
