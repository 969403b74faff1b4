#include "code/court_ruling.h"

#include <array>
#include <string>

#include "base/strings.h"
#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

// The words news uses for what a court decides.
constexpr std::array<std::string_view, 4> kRulings = {"ruling", "verdict", "judgment", "judgement"};

// Approval (05), disapproval (11) or rejection (12) of what the phrase names.
bool JudgesTheAct(std::string_view code) {
  return code.starts_with("05") || code.starts_with("11") || code.starts_with("12");
}

}  // namespace

void RulingCourts(const Dictionaries& dictionaries, const StoryActors& actors,
                  std::string_view code, std::string_view noun,
                  std::vector<ResolvedActor>* targets) {
  targets->clear();
  if (!JudgesTheAct(code) || !In(kRulings, noun)) return;
  const std::string_view country = actors.StoryCountry();
  if ((dictionaries.cameo().PartKinds(country) & CameoTables::kCountry) == 0) return;
  ResolvedActor courts;
  courts.code = std::string(country) + "JUD";
  targets->push_back(std::move(courts));
}

}  // namespace tacitus
