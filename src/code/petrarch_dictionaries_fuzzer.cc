// libFuzzer target for the PETRARCH/TABARI dictionary readers (petrarch_verbs.h,
// petrarch_actors.h; in TABARI's own syntax tabari_verbs.h, tabari_actors.h) through their
// loader, LoadPetrarchDictionaries, on arbitrary bytes as one of its files; a fixed story is
// then coded with what loaded, by PETRARCH's conventions. Must never crash, hang or read out of
// bounds: a malformed line is refused and reported.
//
// The loader reads files by path, so each input is written to one file of a scratch directory
// (made once) and loaded with the project's CAMEO event table: one file written per input.
//
// Input: byte 0 picks the kind (verbs, actors, agents, discards, issues) and, by the parity of
// byte 0 / 5, the syntax (PETRARCH's or TABARI's); the rest is the file's text. Verbs and
// actors files are required, so each kind loads beside empty files of those two. Build and
// run: scripts/fuzz.sh (seeds in fuzz/corpus/petrarch_dictionaries_fuzzer/).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/fuzz_testing.h"
#include "code/coder.h"
#include "code/coder_fuzzing.h"
#include "code/petrarch_clause_coder.h"
#include "dict/petrarch_dictionaries.h"

// Loads the lexicon before the first input, outside libFuzzer's time limit per input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)tacitus::fuzzing::SharedAnalyzer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  if (size < 1) return 0;
  const std::string path = (fuzzing::ScratchDir() / "dictionary.txt").string();
  fuzzing::WriteOrDie(path, fuzzing::Rest(data, size, 1));
  PetrarchFiles files;
  files.event_codes = TACITUS_SOURCE_DIR "/data/cameo/event_codes.tsv";
  std::vector<std::string>* const kinds[] = {&files.verbs, &files.actors, &files.agents,
                                             &files.discards, &files.issues};
  kinds[data[0] % std::size(kinds)]->push_back(path);
  files.tabari = (data[0] / std::size(kinds)) % 2 == 1;
  for (auto [required, name] :
       {std::pair{&files.verbs, "verbs.txt"}, std::pair{&files.actors, "actors.txt"}}) {
    if (!required->empty()) continue;
    const std::string empty = (fuzzing::ScratchDir() / name).string();
    fuzzing::WriteOrDie(empty, "");
    required->push_back(empty);
  }
  auto loaded = LoadPetrarchDictionaries(files);
  if (!loaded.ok()) fuzzing::Die("a readable file failed to load: " + loaded.status().message());
  const Coder coder(fuzzing::SharedAnalyzer(), std::move(loaded->dictionaries),
                    std::make_shared<PetrarchClauseCoder>());
  fuzzing::CodeExampleStory(coder);
  return 0;
}
