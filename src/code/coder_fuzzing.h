// What the fuzzers of dictionaries share (src/code/*dictionaries_fuzzer.cc): the analyzer,
// loaded once per process, and a short story coded with each set of dictionaries that loads,
// so that whatever a loader accepts is also matched against text.
//
//   const Coder coder(fuzzing::SharedAnalyzer(), dictionaries, clause_coder);
//   fuzzing::CodeExampleStory(coder);
//
// SharedAnalyzer aborts when the lexicon cannot be loaded (a fuzzer that fuzzed nothing must
// not pass).
#ifndef TACITUS_CODE_CODER_FUZZING_H_
#define TACITUS_CODE_CODER_FUZZING_H_

#include <memory>
#include <utility>
#include <vector>

#include "base/fuzz_testing.h"
#include "code/coder.h"
#include "syntax/analyzer.h"
#include "tacitus/story.h"

namespace tacitus::fuzzing {

inline std::shared_ptr<const Analyzer> SharedAnalyzer() {
  static const std::shared_ptr<const Analyzer> analyzer = [] {
    auto created = Analyzer::Create();
    if (!created.ok()) Die(created.status().message());
    return std::shared_ptr<const Analyzer>(std::move(created).value());
  }();
  return analyzer;
}

// Names and verbs the seed dictionaries hold, so that mutations of them match something.
inline void CodeExampleStory(const Coder& coder) {
  Story story;
  story.id = "fuzz";
  story.date = Date{2023, 11, 8};
  story.text =
      "Russian troops attacked Ukraine on Monday. President Vladimir Putin met Xi Jinping in "
      "Beijing and the two leaders signed a deal, officials said. The United Nations condemned "
      "the strike on Kyiv.";
  Coder::Scratch scratch;
  std::vector<Event> events;
  coder.Code(story, &scratch, &events);
}

}  // namespace tacitus::fuzzing

#endif  // TACITUS_CODE_CODER_FUZZING_H_
