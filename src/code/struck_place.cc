#include "code/struck_place.h"

#include <algorithm>
#include <array>
#include <string>

#include "base/strings.h"
#include "dict/cameo_tables.h"
#include "text/pos_tag.h"

namespace tacitus {
namespace {

// Prepositions whose object is where the act or the thing hit is: "a hotel in Mogadishu",
// "villages near Kidal", "its offensive into Rafah".
constexpr auto kLocativePrepositions = std::to_array<std::string_view>(
    {"in", "at", "near", "outside", "inside", "into", "around", "across", "throughout"});

// Words for a place whose "of" phrase names it: "the town of Avdiivka", "the port of
// Hodeidah", "the outskirts of Kyiv".
constexpr auto kPlaceHeads = std::to_array<std::string_view>(
    {"city",         "town",    "village",     "region",       "province",   "capital",
     "district",     "area",    "port",        "state",        "outskirts",  "suburb",
     "suburbs",      "centre",  "center",      "heart",        "coast",      "island",
     "oblast",       "county",  "governorate", "municipality", "settlement", "neighbourhood",
     "neighborhood", "enclave", "territory",   "strip",        "camp",       "border"});

// Acts done to people only, whose target names a person when it names no actor.
constexpr auto kActsOnPeople = std::to_array<std::string_view>({"173", "174", "181", "186"});

// Last words of waters, which are no one country's ("the Red Sea" is also a state of
// Sudan).
constexpr auto kWaterWords = std::to_array<std::string_view>(
    {"sea", "ocean", "gulf", "strait", "straits", "bay", "channel", "river", "lake"});

// How deep FindStruckPlace looks: the target (0), its attachments or the clause's (1), and
// their "of" phrases (2).
constexpr int kMaxDepth = 2;

// The country of a name in phrase `p`'s own words (its possessor's left out): a run of
// proper nouns the gazetteer gives one country; two runs must agree. The phrase must be the
// place: the name is its head ("Kherson") or its head a word for a place ("the Kharkiv
// region"); "the Azov battalion" is no town of Azov.
StruckPlace NamedPlace(const Document& doc, const Syntax& syntax, const DatelineCountries& places,
                       int32_t p) {
  const NounPhrase& phrase = syntax.phrases[p];
  if (!IsProperNoun(doc.tokens[phrase.head].tag) &&
      !In(kPlaceHeads, doc.tokens[phrase.head].lemma)) {
    return {};
  }
  uint32_t begin = phrase.tokens.begin;
  if (phrase.possessor >= 0) begin = std::max(begin, syntax.phrases[phrase.possessor].tokens.end);
  StruckPlace found;
  for (uint32_t t = begin; t < phrase.tokens.end;) {
    if (!IsProperNoun(doc.tokens[t].tag)) {
      ++t;
      continue;
    }
    TokenRange run{t, t + 1};
    while (run.end < phrase.tokens.end && IsProperNoun(doc.tokens[run.end].tag)) ++run.end;
    t = run.end;
    if (In(kWaterWords, doc.tokens[run.end - 1].lower)) continue;
    const std::string_view country = places.UnambiguousCountryOfPlace(doc, run);
    if (country.empty()) continue;
    if (!found.country.empty() && found.country != country) return {};
    found = {country, run};
  }
  return found;
}

// The country of phrase `p` itself as a place: an actor dictionary's country or capital, or
// a gazetteer's name.
StruckPlace PlaceOfPhrase(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                          const DatelineCountries& places, int32_t p) {
  if (const std::string_view country = actors.PlaceCountry(p); !country.empty()) {
    return {LocationPart(country), syntax.phrases[p].tokens};
  }
  return NamedPlace(doc, syntax, places, p);
}

StruckPlace PlaceIn(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                    const DatelineCountries& places, int32_t p, int depth);

// The place of the first of `attachments` that names one: a locative phrase, or with
// `of_too` an "of" phrase.
StruckPlace PlaceOfAttachments(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                               const DatelineCountries& places,
                               std::span<const Attachment> attachments, bool of_too, int depth) {
  for (const Attachment& a : attachments) {
    if (a.object < 0 || a.preposition.size() != 1) continue;
    const std::string_view preposition = doc.tokens[a.preposition.begin].lower;
    if (!(of_too && preposition == "of") && !In(kLocativePrepositions, preposition)) continue;
    const StruckPlace found = PlaceIn(doc, syntax, actors, places, a.object, depth);
    if (!found.country.empty()) return found;
  }
  return {};
}

// The place phrase `p` names (FindStruckPlace), looking `depth` levels down.
StruckPlace PlaceIn(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                    const DatelineCountries& places, int32_t p, int depth) {
  const NounPhrase& phrase = syntax.phrases[p];
  if (StruckPlace own = PlaceOfPhrase(doc, syntax, actors, places, p); !own.country.empty()) {
    return own;
  }
  if (phrase.possessor >= 0) {
    StruckPlace possessor = PlaceOfPhrase(doc, syntax, actors, places, phrase.possessor);
    if (!possessor.country.empty()) return possessor;
  }
  if (depth >= kMaxDepth) return {};
  const bool place_head = In(kPlaceHeads, doc.tokens[phrase.head].lemma);
  // "villages near Kidal" at the top, and "the town of Avdiivka" at any level; the place of
  // a place ("a house in the town of Nabatieh") only once.
  if (!place_head && depth > 0) return {};
  return PlaceOfAttachments(doc, syntax, actors, places, syntax.AttachmentsOf(phrase), place_head,
                            depth + 1);
}

// An armed group outside the state: rebels, insurgents, separatists, unaligned forces, or a
// known group ("AFGTAL", "PSEHMSREB", "NGAINSREB"), which fights at home.
bool IsArmedGroup(const CameoTables& cameo, std::string_view code) {
  if (code.size() < 6) return false;
  const std::string_view parts = code.substr(3);
  for (const std::string_view armed : {"REB", "INS", "SEP", "UAF"}) {
    if (parts.find(armed) != std::string_view::npos) return true;
  }
  return (cameo.PartKinds(parts.substr(0, 3)) & CameoTables::kGroup) != 0;
}

// The state and its arms, whose coercion at home (root 17) falls on its own country.
bool IsState(std::string_view code) {
  static constexpr auto kRoles =
      std::to_array<std::string_view>({"", "GOV", "MIL", "COP", "JUD", "SPY", "LEG"});
  return code.size() >= 3 && In(kRoles, code.substr(3));
}

}  // namespace

bool HitsPlaces(std::string_view code) {
  if (code.size() < 3) return false;
  if (In(kActsOnPeople, code.substr(0, 3))) return false;
  if (code.starts_with("138") || code.starts_with("087")) return true;
  return code >= "15" && code < "21";
}

StruckPlace FindStruckPlace(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                            const DatelineCountries& places, uint32_t clause, int32_t target) {
  if (target < 0) return {};
  StruckPlace found = PlaceIn(doc, syntax, actors, places, target, 0);
  if (!found.country.empty() || clause >= syntax.clauses.size() ||
      target != syntax.clauses[clause].LogicalObject()) {
    return found;
  }
  return PlaceOfAttachments(doc, syntax, actors, places,
                            syntax.AttachmentsOf(syntax.clauses[clause]),
                            /*of_too=*/false, 1);
}

void StruckPlaceTargets(const CameoTables& cameo, std::string_view code,
                        std::span<const ResolvedActor> sources, const StruckPlace& place,
                        std::vector<ResolvedActor>* targets) {
  targets->clear();
  if (place.country.empty() || sources.empty()) return;
  const bool coercion = code.starts_with("17");
  for (const ResolvedActor& source : sources) {
    if (LocationPart(source.code) != place.country) continue;
    if (!IsArmedGroup(cameo, source.code) && !(coercion && IsState(source.code))) return;
  }
  ResolvedActor country;
  country.code = std::string(place.country);
  country.tokens = place.tokens;
  targets->push_back(std::move(country));
}

}  // namespace tacitus
