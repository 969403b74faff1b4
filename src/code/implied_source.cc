#include "code/implied_source.h"

#include <string>

namespace tacitus {

void ImpliedSources(std::string_view code, std::string_view story_country,
                    std::vector<ResolvedActor>* sources) {
  sources->clear();
  if (story_country.empty()) return;
  // Only the state arrests and deports; an assassination's unknown killer is coded by where
  // it happened. Other violence reported in the passive ("soldiers were killed") is done as
  // often by a foreign enemy as at home, so it implies no one.
  std::string_view role;
  if (code.starts_with("173")) {
    role = "COP";
  } else if (code.starts_with("174")) {
    role = "GOV";
  } else if (code != "186") {
    return;
  }
  ResolvedActor actor;
  actor.code = std::string(story_country) + std::string(role);
  sources->push_back(std::move(actor));
}

}  // namespace tacitus
