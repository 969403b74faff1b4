// libFuzzer target for the gazetteer's own list (data/places.txt): Gazetteer::Load on
// arbitrary bytes as the places file, then a lookup of every name the input spells. Must never
// crash or read out of bounds, and every entry found must be one the gazetteer holds.
//
// Load reads files by path, so each input is written to a scratch places.txt (one file
// written per input) and loaded beside a small iso-codes list written once (six countries,
// three subdivisions; the packaged one would take most of each run) without libgeonames'
// cities. Input: the whole places file. Build and run: scripts/fuzz.sh (seeds in
// fuzz/corpus/gazetteer_fuzzer/).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/files.h"
#include "base/fuzz_testing.h"
#include "base/strings.h"
#include "place/gazetteer.h"

namespace tacitus {
namespace {

const std::string& IsoCodesDir() {
  static const std::string dir = [] {
    const auto path = fuzzing::ScratchDir() / "iso-codes";
    fuzzing::WriteOrDie(path / "iso_3166-1.json", R"({"3166-1": [
  {"alpha_2": "RU", "alpha_3": "RUS", "name": "Russian Federation", "common_name": "Russia"},
  {"alpha_2": "UA", "alpha_3": "UKR", "name": "Ukraine"},
  {"alpha_2": "CN", "alpha_3": "CHN", "name": "China", "official_name": "People's Republic of China"},
  {"alpha_2": "PS", "alpha_3": "PSE", "name": "Palestine, State of"},
  {"alpha_2": "US", "alpha_3": "USA", "name": "United States"},
  {"alpha_2": "GB", "alpha_3": "GBR", "name": "United Kingdom"}]})");
    fuzzing::WriteOrDie(path / "iso_3166-2.json", R"({"3166-2": [
  {"code": "UA-30", "name": "Kyiv", "type": "City"},
  {"code": "PS-GZA", "name": "Gaza", "type": "Governorate"},
  {"code": "US-TX", "name": "Texas", "type": "State"}]})");
    return path.string();
  }();
  return dir;
}

}  // namespace
}  // namespace tacitus

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tacitus;
  const std::string_view text = fuzzing::Rest(data, size, 0);
  const std::string path = (fuzzing::ScratchDir() / "places.txt").string();
  fuzzing::WriteOrDie(path, text);
  auto gazetteer =
      Gazetteer::Load({.iso_codes_dir = IsoCodesDir(), .places_file = path, .cities = false});
  if (!gazetteer.ok()) return 0;
  std::string_view rest = text, line;
  while (NextLine(&rest, &line)) {
    for (std::string_view field : SplitOn(line, '|')) {
      for (std::string_view name : SplitOn(field, ';')) {
        char buffer[Gazetteer::kMaxKeyBytes];
        for (uint32_t index : (*gazetteer)->Find(Gazetteer::MakeKey(name, buffer))) {
          if (index >= (*gazetteer)->size()) fuzzing::Die("Find gave an index out of range");
          (void)(*gazetteer)->IsCountryCode((*gazetteer)->entry(index).country);
        }
      }
    }
  }
  return 0;
}
