#include "code/implied_target.h"

#include <algorithm>
#include <string>

#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

// Protesters: people outside the state and armed groups (civilians, the opposition,
// students, workers, business, the media, clergy, health workers), or a people as a whole.
bool IsProtesterRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {"",    "CVL", "OPP", "EDU", "LAB",
                                                "BUS", "MED", "REL", "HLH"};
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

// The state and its arms, which censor, impose curfews and emergency rule, and disperse crowds.
bool IsStateRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {"", "GOV", "MIL", "COP", "LEG", "JUD", "SPY"};
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

// The role of the people a domestic act of coercion falls on when the report names no one:
// censorship (1721) and violent repression (175) fall on the citizens, a curfew (1723) and
// emergency rule or martial law (1724) on the country as a whole ("" for the bare code);
// nullptr for other acts.
const char* CoercedRole(std::string_view code) {
  if (code.starts_with("1721") || code.starts_with("175")) return "CVL";
  if (code.starts_with("1723") || code.starts_with("1724")) return "";
  return nullptr;
}

// Concessions a state makes to its own public, which names no one: a resignation or other
// change of leadership or policy yielded to demands (083x), lifting restrictions on political
// freedoms (0811), a curfew (0813), a state of emergency or martial law (0814). Easing a ban on
// parties (0812) or restrictions on another country (081) names whom it concerns.
bool IsConcessionToThePublic(std::string_view code) {
  return code.starts_with("083") || code == "0811" || code == "0813" || code == "0814";
}

}  // namespace

void ImpliedTargets(const Dictionaries& dictionaries, std::string_view code,
                    std::span<const ResolvedActor> sources, std::string_view story_country,
                    std::vector<ResolvedActor>* targets) {
  targets->clear();
  // Calling off a protest (082) is conceded to those it was against; a threat of one (133) is
  // made to them.
  const bool protest = code.starts_with("14") || code.starts_with("082") || code.starts_with("133");
  const bool appeal = code.starts_with("02") && !story_country.empty();
  const char* coerced = CoercedRole(code);
  const bool concession = IsConcessionToThePublic(code);
  if (!protest && !appeal && coerced == nullptr && !concession) return;
  const auto add = [&](std::string implied) {
    const bool known = std::any_of(targets->begin(), targets->end(),
                                   [&](const ResolvedActor& t) { return t.code == implied; });
    if (known) return;
    ResolvedActor actor;
    actor.code = std::move(implied);
    targets->push_back(std::move(actor));
  };
  for (const ResolvedActor& source : sources) {
    if (source.code.size() < 3 || source.code[0] == '"') continue;
    const std::string_view country = LocationPart(source.code);
    const std::string_view role = std::string_view(source.code).substr(3);
    const bool of_a_country =
        (dictionaries.cameo().PartKinds(country) & CameoTables::kCountry) != 0;
    if (protest) {
      if (of_a_country && IsProtesterRole(role)) add(std::string(country) + "GOV");
    } else if (coerced != nullptr) {
      if (of_a_country && IsStateRole(role)) add(std::string(country) + coerced);
    } else if (concession) {
      // A chief executive or a protest leader who quits concedes nothing of the state's.
      if (of_a_country && (role.empty() || !IsProtesterRole(role))) {
        add(std::string(country) + "CVL");
      }
    } else if (country != story_country) {
      add(std::string(story_country));
    } else if (!role.starts_with("GOV")) {
      add(std::string(country) + "GOV");
    }
  }
}

}  // namespace tacitus
