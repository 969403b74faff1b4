// libFuzzer target for PETRARCH configs (PETR_config.ini): ReadPetrarchConfig's sections,
// keys, continuation lines and file lists, then ReadPetrarchOptions on the [Options] it
// found. Must never crash or read out of bounds. The files a config names are not read (a
// config could name any path, /dev/zero included): the dictionaries fuzzer covers reading.
//
// ReadPetrarchConfig takes a path, so each input is written to a scratch file (one file
// written per input). Input: the whole config. Build and run: scripts/fuzz.sh (seeds in
// fuzz/corpus/petrarch_config_fuzzer/).
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/fuzz_testing.h"
#include "code/petrarch_options.h"
#include "dict/petrarch_dictionaries.h"
#include "tacitus/diagnostic.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  const std::string path = (tacitus::fuzzing::ScratchDir() / "PETR_config.ini").string();
  fuzzing::WriteOrDie(path, fuzzing::Rest(data, size, 0));
  Diagnostics diagnostics;
  auto files = ReadPetrarchConfig(path, "dictionaries", &diagnostics);
  if (!files.ok()) return 0;
  if (files->verbs.empty()) fuzzing::Die("a config without a verb file was accepted");
  (void)ReadPetrarchOptions(*files, path);
  return 0;
}
