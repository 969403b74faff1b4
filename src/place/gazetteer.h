// Place names: the world's countries and first-level subdivisions (Debian's iso-codes), its
// larger cities (Debian's libgeonames: some 24,000 GeoNames cities with country, first-level
// subdivision, coordinates and population), and our list of the names news uses that those
// lack (data/places.txt) — read where the packages put them, indexed once at Load.
//
//   auto gazetteer = Gazetteer::Load({.places_file = "data/places.txt"});
//   if (!gazetteer.ok()) { report gazetteer.status().message(); }   // file:line errors
//   char buffer[Gazetteer::kMaxKeyBytes];
//   std::string_view key = Gazetteer::MakeKey("Gaza City", buffer);  // "gaza city"
//   for (uint32_t i : (*gazetteer)->Find(key)) ... (*gazetteer)->entry(i) ...
//
// Entries of one name come best first: our list, then countries, then cities by population
// (largest first), then subdivisions. Which one an event gets is EventPlacer's choice.
//
// data/places.txt, UTF-8, one place a line; '#' starts a comment line; blank lines are
// skipped:
//   NAME[; OTHER NAME...] | COUNTRY | ADMIN1 | LAT | LON
//   Gaza City | PSE | Gaza Strip | 31.5167 | 34.45
//   Russia | RUS | | |
// The first name is the one events carry; the others are spellings that lead to it. A
// leading "the" is not part of a name ("the Gulf" is found as "Gulf"). COUNTRY is an ISO
// 3166-1 alpha-3 code known to iso-codes, or empty for a place of no one country ("the
// Gulf"); ADMIN1 may be empty; LAT and LON are decimal degrees, both given or both empty
// (a country named by another spelling needs none). A line with another number of fields,
// an unknown country, a coordinate that is not a number or out of range, or a name given
// twice is a load error "file:line: reason"; every one is reported. The file is read by the
// rules of every dictionary file (base/data_file.h): a FIFO or device is refused without
// being opened, a line with a NUL byte or bad UTF-8 is an error at file:line:column, and a
// file without entries is warned of.
//
// A Gazetteer is immutable after Load and safe to share between threads; Find allocates
// nothing.
#ifndef TACITUS_PLACE_GAZETTEER_H_
#define TACITUS_PLACE_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tacitus/diagnostic.h"
#include "tacitus/status.h"

namespace tacitus {

struct GazetteerPaths {
  std::string iso_codes_dir;  // iso_3166-1.json, iso_3166-2.json; empty: the package's
  std::string places_file;    // data/places.txt; empty: none
  bool cities = true;         // libgeonames' cities (tests of the other sources turn it off)
};

enum class PlaceKind : uint8_t { kListed, kCountry, kCity, kSubdivision };

struct GazetteerEntry {
  std::string name;     // as the source spells it: "Kyiv", "Gaza City"
  std::string country;  // ISO 3166-1 alpha-3; empty for a place of no one country
  std::string admin1;   // first-level subdivision, where known
  std::optional<double> lat, lon;
  uint32_t population = 0;  // cities only; 0 when unknown
  PlaceKind kind = PlaceKind::kCity;
};

// The places.txt of the dictionary directory `data_dir`, as `code` and `dict check` load it:
// its path when there is an entry of that name (of any type: Load refuses one that is not a
// regular file, rather than it being skipped unsaid), else "".
std::string PlacesFileIn(const std::string& data_dir);

class Gazetteer {
 public:
  static constexpr size_t kMaxKeyBytes = 128;

  // Fails when a source cannot be read or parsed, and with every error of places_file, one
  // per line (Diagnostic::ToString). places_file's errors and warnings are also added to
  // `diagnostics` unless it is nullptr, so that a caller can report them with the
  // dictionaries'.
  static Result<std::unique_ptr<const Gazetteer>> Load(const GazetteerPaths& paths,
                                                       Diagnostics* diagnostics = nullptr);

  // The lookup key of `text`: ASCII letters lower-cased, runs of white space made one space,
  // a leading "the " dropped; written into `buffer`. Empty when it does not fit.
  static std::string_view MakeKey(std::string_view text, char (&buffer)[kMaxKeyBytes]);

  // Indices of the entries named `key` (a MakeKey result), best first; empty if none.
  std::span<const uint32_t> Find(std::string_view key) const;
  const GazetteerEntry& entry(uint32_t index) const { return entries_[index]; }
  size_t size() const { return entries_.size(); }
  // Whether `alpha3` is an ISO 3166-1 alpha-3 country code ("RUS").
  bool IsCountryCode(std::string_view alpha3) const;

 private:
  Gazetteer() = default;

  struct Name {
    std::string key;
    uint32_t first = 0;  // range of by_name_
    uint32_t count = 0;
  };

  std::vector<GazetteerEntry> entries_;
  std::vector<Name> names_;                 // sorted by key
  std::vector<uint32_t> by_name_;           // entry indices, grouped by name, best first
  std::vector<std::string> country_codes_;  // sorted alpha-3 codes
};

}  // namespace tacitus

#endif  // TACITUS_PLACE_GAZETTEER_H_
