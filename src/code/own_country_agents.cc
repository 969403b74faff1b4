// StoryActors' bare agents ("the military", "police") in a story that names the same agents
// of several countries: a reporter names the story's own country's agents bare.
#include <string_view>

#include "code/story_actors.h"

namespace tacitus {

std::string_view StoryActors::OwnCountryAgents(std::string_view agents) const {
  const std::string_view story = StoryCountry();
  if (story.empty()) return {};
  for (const PlacedAgent& placed : placed_agents_) {
    if (placed.agents == agents && placed.country == story) return story;
  }
  return {};
}

}  // namespace tacitus
