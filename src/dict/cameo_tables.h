// The CAMEO code tables in data/cameo/ (written by scripts/make-cameo-tables.py): every event
// code with its label, Goldstein score, quad class and PLOVER type, and the 3-letter parts
// that actor codes are made of.
//
//   CameoTables tables;
//   Diagnostics diagnostics;
//   tables.ParseEventCodes("data/cameo/event_codes.tsv", text, &diagnostics);
//   tables.ParseActorCodes("data/cameo/actor_codes.tsv", text, &diagnostics);
//   tables.FindEventType("111")->goldstein;   // -2.0
//   tables.IsActorCode("RUSGOV");             // RUS (country) + GOV (type)
//
// Parse* report each malformed row to `diagnostics` as an error (file, line, reason) and skip
// it. Lookups never allocate; a filled CameoTables is immutable and may be read from many
// threads.
#ifndef TACITUS_DICT_CAMEO_TABLES_H_
#define TACITUS_DICT_CAMEO_TABLES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tacitus/diagnostic.h"

namespace tacitus {

struct EventType {
  std::string code, root, label;
  double goldstein = 0;
  int quad_class = 0;       // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
                            // 4 material conflict (GDELT's QuadClass)
  std::string plover_type;  // "ACCUSE"; "DROPPED" for CAMEO 01 and 02
  std::string plover_mode;  // often empty
};

// The first 3-letter part of actor code `code`: its country, region or kind of international
// actor ("RUS" of "RUSGOV", "IGO" of "IGOUNO"); a shorter code whole.
inline std::string_view LocationPart(std::string_view code) { return code.substr(0, 3); }

// Whether actor codes `a` and `b` start with one location part ("RUSGOV" and "RUSMIL": one
// country's); never for a code shorter than 3 letters.
inline bool SameLocation(std::string_view a, std::string_view b) {
  return a.size() >= 3 && b.size() >= 3 && LocationPart(a) == LocationPart(b);
}

class CameoTables {
 public:
  // Bits of what a 3-letter part can be (a code can be several: UNO is a type and a group).
  enum PartKind : uint8_t {
    kCountry = 1 << 0,
    kRegion = 1 << 1,
    kGroup = 1 << 2,
    kType = 1 << 3,
    kReligion = 1 << 4,
    kEthnic = 1 << 5,
    kInternational = 1 << 6,  // IGO NGO IMG NGM MNC INT UIS: may open a code, as a place does
  };

  void ParseEventCodes(std::string_view file, std::string_view text, Diagnostics* diagnostics);
  void ParseActorCodes(std::string_view file, std::string_view text, Diagnostics* diagnostics);

  // nullptr when `code` is not one of the table's codes.
  const EventType* FindEventType(std::string_view code) const;
  size_t event_type_count() const { return event_types_.size(); }
  // Every event code, in the table's order (roots, each followed by its codes).
  std::span<const EventType> event_types() const { return event_types_; }
  // What `tacitus codes QUERY` lists: every code when `query` is empty; for digits, the code
  // and the codes below it ("04": 04, 040 ... 046); else the codes whose label holds `query`,
  // ignoring ASCII case ("sanction": 163 ...). Empty when none does.
  std::vector<const EventType*> SelectEventTypes(std::string_view query) const;

  // PartKind bits of a 3-letter part; 0 when it is none (or not 3 bytes).
  uint8_t PartKinds(std::string_view part) const;
  // Why `code` is not a valid full actor code (a location, then zero or more type, group,
  // religion, ethnic or region parts); empty when it is valid.
  std::string ActorCodeProblem(std::string_view code) const;
  bool IsActorCode(std::string_view code) const { return ActorCodeProblem(code).empty(); }
  // Why `code` is not a role code without a location ("MIL", "GOVMIL"); empty when valid.
  std::string RoleCodeProblem(std::string_view code) const;
  // The labels of an actor code's 3-letter parts, for people: "Russia · Government" for
  // "RUSGOV"; a part the table lacks is shown as written.
  std::string ActorLabel(std::string_view code) const;

 private:
  std::vector<EventType> event_types_;
  std::unordered_map<uint32_t, uint32_t> event_index_;     // packed code -> event_types_ index
  std::unordered_map<uint32_t, uint8_t> parts_;            // packed 3-byte part -> PartKind bits
  std::unordered_map<uint32_t, std::string> part_labels_;  // packed 3-byte part -> its label
};

}  // namespace tacitus

#endif  // TACITUS_DICT_CAMEO_TABLES_H_
