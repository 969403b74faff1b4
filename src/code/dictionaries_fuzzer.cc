// libFuzzer target for our dictionary format (docs/dictionaries.md): the loader,
// Dictionaries::Load, and beneath it the entry parser, on arbitrary bytes as one of its files;
// when they load, a fixed story is coded with them. Must never crash, hang or read out of
// bounds: a malformed entry is an error, never half-used.
//
// Load reads a directory, so each input is written to a file of a scratch data directory
// (made once, with the project's CAMEO tables) and the directory loaded: one file written per
// input.
//
// Input: byte 0 picks the file (actors/fuzz.txt, agents.txt, verbs/fuzz.txt, discards.txt);
// the rest is its text. Build and run: scripts/fuzz.sh (seeds in
// fuzz/corpus/dictionaries_fuzzer/).
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
#include "code/tacitus_clause_coder.h"
#include "dict/cameo_tables_testing.h"
#include "dict/dictionaries.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFiles[] = {"actors/fuzz.txt", "agents.txt", "verbs/fuzz.txt",
                                  "discards.txt"};

// One data directory per file kind, each holding the CAMEO tables and that file alone.
fs::path DataDir(size_t kind) {
  static const std::vector<fs::path> dirs = [] {
    std::vector<fs::path> made;
    for (size_t k = 0; k < std::size(kFiles); ++k) {
      const fs::path dir = fuzzing::ScratchDir() / ("data" + std::to_string(k));
      testing::CopyCameoTables(dir);
      made.push_back(dir);
    }
    return made;
  }();
  return dirs[kind];
}

}  // namespace
}  // namespace tacitus

// Loads the lexicon before the first input, outside libFuzzer's time limit per input.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)tacitus::fuzzing::SharedAnalyzer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  if (size < 1) return 0;
  const size_t kind = data[0] % std::size(kFiles);
  const fs::path dir = DataDir(kind);
  fuzzing::WriteOrDie(dir / kFiles[kind], fuzzing::Rest(data, size, 1));
  Diagnostics diagnostics;
  auto loaded = Dictionaries::Load(dir.string(), &diagnostics);
  if (!loaded.ok()) {
    if (!diagnostics.has_errors()) fuzzing::Die("Load failed without an error diagnostic");
    return 0;
  }
  const Coder coder(fuzzing::SharedAnalyzer(), std::move(loaded).value(),
                    std::make_shared<TacitusClauseCoder>());
  fuzzing::CodeExampleStory(coder);
  return 0;
}
