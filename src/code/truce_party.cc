#include "code/truce_party.h"

#include <algorithm>
#include <string>

#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

// The actor types of a state's own arms; any other (REB, OPP, CVL, ...) is outside the state.
bool IsStateRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
  return std::find(std::begin(kRoles), std::end(kRoles), role.substr(0, 3)) != std::end(kRoles);
}

bool SameSide(std::string_view a, std::string_view b) {
  if (!SameLocation(a, b)) return false;
  return IsStateRole(a.substr(3)) == IsStateRole(b.substr(3));
}

bool OnDeclarersSide(std::string_view code, std::span<const ResolvedActor> declarers) {
  return std::any_of(declarers.begin(), declarers.end(),
                     [&](const ResolvedActor& d) { return SameSide(code, d.code); });
}

// The enemy `e` shows, or an empty view when it is no fight (an assault, fighting or mass
// violence, CAMEO 18-20: not a show of force or a sanction) between a declarer's side and
// another side.
std::string_view EnemyIn(const Event& e, std::span<const ResolvedActor> declarers) {
  const bool fight =
      e.code.starts_with("18") || e.code.starts_with("19") || e.code.starts_with("20");
  if (!fight || e.source.empty() || e.target.empty() || SameSide(e.source, e.target)) {
    return {};
  }
  if (OnDeclarersSide(e.source, declarers)) return e.target;
  if (OnDeclarersSide(e.target, declarers)) return e.source;
  return {};
}

}  // namespace

bool IsTruceCode(std::string_view code) { return code.starts_with("087"); }

void TruceParties(std::span<const Event> events, uint32_t sentence, int32_t clause,
                  std::span<const ResolvedActor> declarers, std::vector<ResolvedActor>* enemies) {
  enemies->clear();
  const Event* last_before = nullptr;
  const Event* first_after = nullptr;
  for (const Event& e : events) {
    if (EnemyIn(e, declarers).empty()) continue;
    // A noun event of its own sentence ("declared a ceasefire after days of fighting with
    // the rebels") counts as before it.
    if (e.sentence < sentence || (e.sentence == sentence && e.clause < clause)) {
      if (last_before == nullptr || e.sentence >= last_before->sentence) last_before = &e;
    } else if (e.sentence > sentence || e.clause > clause) {
      if (first_after == nullptr || e.sentence < first_after->sentence) first_after = &e;
    }
  }
  const Event* fight = last_before != nullptr ? last_before : first_after;
  if (fight != nullptr) {
    ResolvedActor enemy;
    enemy.code = std::string(EnemyIn(*fight, declarers));
    enemies->push_back(std::move(enemy));
    return;
  }
  for (const ResolvedActor& declarer : declarers) {
    const std::string_view code = declarer.code;
    if (code.size() < 6 || code.substr(3, 3) != "REB") continue;
    ResolvedActor government;
    government.code = std::string(LocationPart(code)) + "GOV";
    if (std::none_of(enemies->begin(), enemies->end(),
                     [&](const ResolvedActor& g) { return g.code == government.code; })) {
      enemies->push_back(std::move(government));
    }
  }
}

void StateTruceRebels(const StoryActors& actors, uint32_t phrase_count,
                      std::span<const ResolvedActor> declarers,
                      std::vector<ResolvedActor>* enemies) {
  enemies->clear();
  for (uint32_t p = 0; p < phrase_count; ++p) {
    for (const ResolvedActor& actor : actors.ActorsOf(static_cast<int32_t>(p))) {
      const std::string_view code = actor.code;
      if (code.size() < 6 || code.substr(3, 3) != "REB") continue;
      const bool of_a_state_declarer =
          std::any_of(declarers.begin(), declarers.end(), [&](const ResolvedActor& d) {
            const std::string_view declarer = d.code;
            return SameLocation(declarer, code) && IsStateRole(declarer.substr(3));
          });
      if (!of_a_state_declarer) continue;
      ResolvedActor rebels;
      rebels.code = std::string(code.substr(0, 6));
      enemies->push_back(std::move(rebels));
      return;
    }
  }
}

}  // namespace tacitus
