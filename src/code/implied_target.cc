#include "code/implied_target.h"

#include <algorithm>
#include <string>

namespace tacitus {
namespace {

// Protesters: people outside the state and armed groups (civilians, the opposition,
// students, workers, business, the media, clergy, health workers), or a people as a whole.
bool IsProtesterRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {"",    "CVL", "OPP", "EDU", "LAB",
                                                "BUS", "MED", "REL", "HLH"};
  return std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles);
}

}  // namespace

void ImpliedTargets(const Dictionaries& dictionaries, std::string_view code,
                    std::span<const ResolvedActor> sources, std::vector<ResolvedActor>* targets) {
  targets->clear();
  if (!code.starts_with("14")) return;
  for (const ResolvedActor& source : sources) {
    if (source.code.size() < 3 || source.code[0] == '"') continue;
    const std::string_view country = std::string_view(source.code).substr(0, 3);
    const CameoTables::PartKind kind = CameoTables::kCountry;
    if ((dictionaries.cameo().PartKinds(country) & kind) == 0 ||
        !IsProtesterRole(std::string_view(source.code).substr(3))) {
      continue;
    }
    ResolvedActor government;
    government.code = std::string(country) + "GOV";
    const bool known = std::any_of(targets->begin(), targets->end(), [&](const ResolvedActor& t) {
      return t.code == government.code;
    });
    if (!known) targets->push_back(std::move(government));
  }
}

}  // namespace tacitus
