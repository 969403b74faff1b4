#include "place/gazetteer.h"

#include <geonames/geonames.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <tuple>
#include <unordered_map>

#include "base/data_file.h"
#include "base/files.h"
#include "base/strings.h"
#include "tacitus/diagnostic.h"

namespace tacitus {
namespace {

using json = nlohmann::json;

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::optional<double> ParseDegrees(std::string_view s, double limit) {
  double value = 0;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size() || value < -limit || value > limit) {
    return std::nullopt;
  }
  return value;
}

// The ASCII spelling of a Latin-script name ("Kraków" -> "Krakow", "Łódź" -> "Lodz"):
// canonical decomposition, combining marks dropped, and the letters that do not decompose
// spelled out. Much cheaper than ICU's rule-based Latin-ASCII transliterator, which made up a
// sixth of start-up; names in other scripts come out unchanged in those letters and simply
// add no ASCII key.
std::string AsciiSpelling(std::string_view name, const icu::Normalizer2& nfd) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString decomposed = nfd.normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size())), status);
  if (U_FAILURE(status)) return std::string(name);
  std::string ascii;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (c < 0x80) {
      ascii.push_back(static_cast<char>(c));
      continue;
    }
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    switch (c) {
      case 0x00DF:
        ascii += "ss";
        break;  // ß
      case 0x0141:
        ascii += "L";
        break;  // Ł
      case 0x0142:
        ascii += "l";
        break;  // ł
      case 0x00D8:
        ascii += "O";
        break;  // Ø
      case 0x00F8:
        ascii += "o";
        break;  // ø
      case 0x00C6:
        ascii += "AE";
        break;  // Æ
      case 0x00E6:
        ascii += "ae";
        break;  // æ
      case 0x0152:
        ascii += "OE";
        break;  // Œ
      case 0x0153:
        ascii += "oe";
        break;  // œ
      case 0x0110:
      case 0x00D0:
        ascii += "D";
        break;  // Đ Ð
      case 0x0111:
      case 0x00F0:
        ascii += "d";
        break;  // đ ð
      case 0x00DE:
        ascii += "Th";
        break;  // Þ
      case 0x00FE:
        ascii += "th";
        break;  // þ
      case 0x0131:
        ascii += "i";
        break;  // ı
      case 0x02BB:
      case 0x02BC:
      case 0x2018:
      case 0x2019:
        ascii += "'";
        break;    // ʻ ʼ ‘ ’
      default: {  // another script: keep it as it is
        char utf8[U8_MAX_LENGTH];
        int32_t length = 0;
        U8_APPEND_UNSAFE(utf8, length, c);
        ascii.append(utf8, length);
      }
    }
  }
  return ascii;
}

// Collects entries and their names while loading.
class Builder {
 public:
  Builder() {
    UErrorCode status = U_ZERO_ERROR;
    nfd_ = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) nfd_ = nullptr;
  }

  uint32_t Add(GazetteerEntry entry) {
    entries_.push_back(std::move(entry));
    return static_cast<uint32_t>(entries_.size() - 1);
  }

  // Indexes entry `index` under `name`, and under its ASCII spelling ("Krakow" for "Kraków").
  void AddName(std::string_view name, uint32_t index) {
    char buffer[Gazetteer::kMaxKeyBytes];
    std::string_view key = Gazetteer::MakeKey(name, buffer);
    if (key.empty()) return;
    keys_.emplace_back(std::string(key), index);
    if (IsAscii(name) || nfd_ == nullptr) return;
    const std::string ascii = AsciiSpelling(name, *nfd_);
    if (!IsAscii(ascii)) return;
    key = Gazetteer::MakeKey(ascii, buffer);
    if (!key.empty()) keys_.emplace_back(std::string(key), index);
  }

  std::vector<GazetteerEntry>& entries() { return entries_; }
  std::vector<std::pair<std::string, uint32_t>>& keys() { return keys_; }

 private:
  const icu::Normalizer2* nfd_ = nullptr;  // owned by ICU
  std::vector<GazetteerEntry> entries_;
  std::vector<std::pair<std::string, uint32_t>> keys_;
};

Result<json> ReadJson(const std::string& path) {
  std::string text;
  TACITUS_RETURN_IF_ERROR(ReadWholeFile(path, &text));
  json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return Status::Error(path + ": not valid JSON");
  return parsed;
}

std::string StringField(const json& object, const char* field) {
  auto it = object.find(field);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Countries from iso_3166-1.json, subdivisions from iso_3166-2.json; fills alpha2 -> alpha3.
Status LoadIsoCodes(const std::string& dir, Builder* builder,
                    std::unordered_map<std::string, std::string>* alpha3_of) {
  const std::string countries_path = dir + "/iso_3166-1.json";
  auto countries = ReadJson(countries_path);
  if (!countries.ok()) return countries.status();
  auto list = countries->find("3166-1");
  if (list == countries->end() || !list->is_array()) {
    return Status::Error(countries_path + ": no \"3166-1\" list");
  }
  for (const json& c : *list) {
    const std::string alpha2 = StringField(c, "alpha_2");
    const std::string alpha3 = StringField(c, "alpha_3");
    const std::string name = StringField(c, "name");
    if (alpha2.empty() || alpha3.empty() || name.empty()) continue;
    (*alpha3_of)[alpha2] = alpha3;
    const std::string common = StringField(c, "common_name");
    // "Korea, Republic of" is a catalogue's spelling, never a newspaper's.
    const bool listed_name = name.find(", ") == std::string::npos;
    GazetteerEntry entry;
    entry.name = !common.empty() ? common : listed_name ? name : name.substr(0, name.find(", "));
    entry.country = alpha3;
    entry.kind = PlaceKind::kCountry;
    const uint32_t index = builder->Add(std::move(entry));
    if (listed_name) builder->AddName(name, index);
    if (!common.empty()) builder->AddName(common, index);
    if (const std::string official = StringField(c, "official_name");
        !official.empty() && official.find(", ") == std::string::npos) {
      builder->AddName(official, index);
    }
  }
  const std::string subdivisions_path = dir + "/iso_3166-2.json";
  auto subdivisions = ReadJson(subdivisions_path);
  if (!subdivisions.ok()) return subdivisions.status();
  list = subdivisions->find("3166-2");
  if (list == subdivisions->end() || !list->is_array()) {
    return Status::Error(subdivisions_path + ": no \"3166-2\" list");
  }
  for (const json& s : *list) {
    if (s.contains("parent")) continue;  // second level: not an admin1
    const std::string code = StringField(s, "code");
    const std::string name = StringField(s, "name");
    auto country = alpha3_of->find(code.substr(0, code.find('-')));
    if (name.empty() || country == alpha3_of->end()) continue;
    GazetteerEntry entry;
    entry.name = name;
    entry.country = country->second;
    entry.admin1 = name;
    entry.kind = PlaceKind::kSubdivision;
    builder->AddName(name, builder->Add(std::move(entry)));
  }
  return Status::Ok();
}

// Every city libgeonames knows. Each city is a GVariant that geonames_get_city hands over
// and geonames_city_free releases; the strings read from it point into it and are copied
// before it goes.
void LoadCities(const std::unordered_map<std::string, std::string>& alpha3_of, Builder* builder) {
  const int n = geonames_get_n_cities();
  builder->entries().reserve(builder->entries().size() + static_cast<size_t>(std::max(n, 0)));
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    if (city == nullptr) continue;
    const char* name = geonames_city_get_name(city);
    const char* code = geonames_city_get_country_code(city);
    auto country = code != nullptr ? alpha3_of.find(code) : alpha3_of.end();
    if (name != nullptr && *name != '\0' && country != alpha3_of.end()) {
      GazetteerEntry entry;
      entry.name = name;
      entry.country = country->second;
      if (const char* state = geonames_city_get_state(city)) entry.admin1 = state;
      entry.lat = geonames_city_get_latitude(city);
      entry.lon = geonames_city_get_longitude(city);
      entry.population = geonames_city_get_population(city);
      entry.kind = PlaceKind::kCity;
      builder->AddName(name, builder->Add(std::move(entry)));
    }
    geonames_city_free(city);
  }
}

void LoadPlacesFile(const std::string& path, const std::string& text,
                    const std::unordered_map<std::string, std::string>& alpha3_of, Builder* builder,
                    Diagnostics* errors) {
  std::vector<std::string> known_codes;
  for (const auto& [alpha2, alpha3] : alpha3_of) known_codes.push_back(alpha3);
  std::sort(known_codes.begin(), known_codes.end());
  std::unordered_map<std::string, uint32_t> line_of_key;
  std::string_view rest = text, line;
  for (uint32_t number = 1; NextLine(&rest, &line); ++number) {
    line = Trim(line, kSpaceAndTab);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields = SplitOn(line, '|');
    if (fields.size() != 5) {
      errors->Error(path, number, "expected NAME | COUNTRY | ADMIN1 | LAT | LON");
      continue;
    }
    for (std::string_view& field : fields) field = Trim(field, kSpaceAndTab);
    GazetteerEntry entry;
    entry.kind = PlaceKind::kListed;
    entry.country = std::string(fields[1]);
    entry.admin1 = std::string(fields[2]);
    if (!entry.country.empty() &&
        !std::binary_search(known_codes.begin(), known_codes.end(), entry.country)) {
      errors->Error(path, number, "unknown country code '" + Excerpt(entry.country) + "'");
      continue;
    }
    if (fields[3].empty() != fields[4].empty()) {
      errors->Error(path, number, "give both LAT and LON, or neither");
      continue;
    }
    if (!fields[3].empty()) {
      entry.lat = ParseDegrees(fields[3], 90);
      entry.lon = ParseDegrees(fields[4], 180);
      if (!entry.lat || !entry.lon) {
        errors->Error(path, number, "LAT must be a number in -90..90 and LON in -180..180");
        continue;
      }
    }
    std::vector<std::string_view> names;
    for (std::string_view name : SplitOn(fields[0], ';')) {
      name = Trim(name, kSpaceAndTab);
      if (!name.empty()) names.push_back(name);
    }
    if (names.empty()) {
      errors->Error(path, number, "no name");
      continue;
    }
    bool repeated = false;
    for (std::string_view name : names) {
      char buffer[Gazetteer::kMaxKeyBytes];
      const std::string key(Gazetteer::MakeKey(name, buffer));
      auto [it, added] = line_of_key.emplace(key, number);
      if (!added) {
        errors->Error(
            path, number,
            "'" + Excerpt(name) + "' is already given on line " + std::to_string(it->second));
        repeated = true;
      }
    }
    if (repeated) continue;
    entry.name = std::string(names.front());
    const uint32_t index = builder->Add(std::move(entry));
    for (std::string_view name : names) builder->AddName(name, index);
  }
}

}  // namespace

std::string_view Gazetteer::MakeKey(std::string_view text, char (&buffer)[kMaxKeyBytes]) {
  size_t n = 0;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = n > 0;
      continue;
    }
    if (n + (space ? 2 : 1) > kMaxKeyBytes) return {};
    if (space) buffer[n++] = ' ';
    space = false;
    buffer[n++] = AsciiToLower(c);
  }
  std::string_view key(buffer, n);
  if (key.starts_with("the ")) key.remove_prefix(4);
  return key;
}

std::string PlacesFileIn(const std::string& data_dir) {
  if (data_dir.empty()) return "";
  const std::filesystem::path file = std::filesystem::path(data_dir) / "places.txt";
  std::error_code error;
  return std::filesystem::exists(std::filesystem::symlink_status(file, error)) ? file.string() : "";
}

Result<std::unique_ptr<const Gazetteer>> Gazetteer::Load(const GazetteerPaths& paths,
                                                         Diagnostics* diagnostics) {
  Builder builder;
  std::unordered_map<std::string, std::string> alpha3_of;
  TACITUS_RETURN_IF_ERROR(LoadIsoCodes(
      paths.iso_codes_dir.empty() ? std::string(TACITUS_ISO_CODES_DIR) : paths.iso_codes_dir,
      &builder, &alpha3_of));
  if (!paths.places_file.empty()) {
    const std::string& file = paths.places_file;
    std::string text;
    Diagnostics found;
    const Status read = ReadDataFile(file, file, &text, &found);
    if (read.ok()) {
      LoadPlacesFile(file, text, alpha3_of, &builder, &found);
    } else {
      found.Error(file, 0, read.message());
    }
    if (diagnostics != nullptr) diagnostics->Append(found);
    if (!read.ok()) return Status::Error(read.code(), found.ToStatus().message());
    TACITUS_RETURN_IF_ERROR(found.ToStatus());
  }
  if (paths.cities) LoadCities(alpha3_of, &builder);

  std::unique_ptr<Gazetteer> gazetteer(new Gazetteer());
  gazetteer->entries_ = std::move(builder.entries());
  const std::vector<GazetteerEntry>& entries = gazetteer->entries_;
  auto& keys = builder.keys();
  // Best first within a name: our list, countries, cities by population, subdivisions.
  std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    const GazetteerEntry& x = entries[a.second];
    const GazetteerEntry& y = entries[b.second];
    return std::make_tuple(std::string_view(a.first), x.kind, -int64_t{x.population}, a.second) <
           std::make_tuple(std::string_view(b.first), y.kind, -int64_t{y.population}, b.second);
  });
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (auto& [key, index] : keys) {
    if (gazetteer->names_.empty() || gazetteer->names_.back().key != key) {
      gazetteer->names_.push_back({key, static_cast<uint32_t>(gazetteer->by_name_.size()), 0});
    }
    gazetteer->by_name_.push_back(index);
    ++gazetteer->names_.back().count;
  }
  for (const auto& [alpha2, alpha3] : alpha3_of) gazetteer->country_codes_.push_back(alpha3);
  std::sort(gazetteer->country_codes_.begin(), gazetteer->country_codes_.end());
  return std::unique_ptr<const Gazetteer>(std::move(gazetteer));
}

std::span<const uint32_t> Gazetteer::Find(std::string_view key) const {
  auto it = std::lower_bound(names_.begin(), names_.end(), key,
                             [](const Name& n, std::string_view k) { return n.key < k; });
  if (it == names_.end() || it->key != key) return {};
  return {by_name_.data() + it->first, it->count};
}

bool Gazetteer::IsCountryCode(std::string_view alpha3) const {
  return std::binary_search(country_codes_.begin(), country_codes_.end(), alpha3,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

}  // namespace tacitus
