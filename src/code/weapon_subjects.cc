#include "code/weapon_subjects.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>

#include "base/strings.h"

namespace tacitus {
namespace {

// A kind of weapon: the lemmas that name it and the CAMEO code of force it uses.
struct WeaponKind {
  std::string_view code;
  std::string_view text;  // for explanations
  std::span<const std::string_view> lemmas;
};

constexpr std::array<std::string_view, 9> kAircraft = {"jet",    "warplane",   "aircraft",
                                                       "bomber", "helicopter", "gunship",
                                                       "plane",  "airplane",   "fighter-bomber"};
constexpr std::array<std::string_view, 2> kDrones = {"drone", "uav"};
constexpr std::array<std::string_view, 6> kHeavyFire = {"missile",   "rocket", "shell",
                                                        "artillery", "tank",   "howitzer"};
constexpr std::array<std::string_view, 3> kLightArms = {"mortar", "grenade", "sniper"};

constexpr std::array<WeaponKind, 4> kWeapons = {{
    {"195", "{jet/warplane/aircraft/bomber/helicopter/gunship/plane} +V +T", kAircraft},
    {"1952", "{drone/uav} +V +T", kDrones},
    {"194", "{missile/rocket/shell/artillery/tank/howitzer} +V +T", kHeavyFire},
    {"193", "{mortar/grenade/sniper} +V +T", kLightArms},
}};

// Verbs that say a weapon struck what it hit, which no pattern codes without a weapon for
// their subject ("sanctions hit Russia", "the storm damaged homes").
constexpr std::array<std::string_view, 6> kImpactVerbs = {"hit",     "target", "damage",
                                                          "destroy", "injure", "bombard"};

// One pattern per kind, built once: the event's code and its explanation.
const VerbPattern& PatternOf(size_t kind) {
  static const std::array<const VerbPattern*, kWeapons.size()> patterns = [] {
    std::array<const VerbPattern*, kWeapons.size()> built{};
    for (size_t k = 0; k < kWeapons.size(); ++k) {
      auto* p = new VerbPattern;
      p->code = std::string(kWeapons[k].code);
      p->text = std::string(kWeapons[k].text);
      p->origin = Origin{"src/code/weapon_subjects.cc", 0};
      built[k] = p;
    }
    return built;
  }();
  return *patterns[kind];
}

// The kind of weapon phrase p's head names; kWeapons.size() when none.
size_t WeaponKindOf(const Document& doc, const Syntax& syntax, int32_t p) {
  if (p < 0 || syntax.phrases[p].tokens.empty()) return kWeapons.size();
  const uint32_t h = syntax.phrases[p].head;
  // A suicide bomber is a person, whose attack is a bombing (183x), not an air raid.
  if (h > syntax.phrases[p].tokens.begin && doc.tokens[h - 1].lower == "suicide") {
    return kWeapons.size();
  }
  const std::string_view head = doc.tokens[h].lemma;
  for (size_t k = 0; k < kWeapons.size(); ++k) {
    const auto lemmas = kWeapons[k].lemmas;
    if (std::find(lemmas.begin(), lemmas.end(), head) != lemmas.end()) return k;
  }
  return kWeapons.size();
}

}  // namespace

const VerbPattern* WeaponSubjectPattern(const Document& doc, const Syntax& syntax,
                                        const Clause& clause, const VerbPattern* matched) {
  if (matched != nullptr && (matched->code != "190" || !matched->paired_code.empty())) {
    return nullptr;
  }
  if (matched == nullptr && (clause.LogicalObject() < 0 || !In(kImpactVerbs, clause.verb.lemma))) {
    return nullptr;
  }
  const size_t kind = WeaponKindOf(doc, syntax, clause.LogicalSubject());
  return kind < kWeapons.size() ? &PatternOf(kind) : nullptr;
}

}  // namespace tacitus
