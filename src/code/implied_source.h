// The source a passive report of the state's coercion leaves to be understood, as analysts
// fill it in (news-dev GUIDE: agents take their country from the story): "More than 100
// people were detained" in a story from Tbilisi was done by the Georgian police (GEOCOP ->
// GEOCVL 173), "the reporter was deported" by the government (174), "the opposition leader
// was assassinated" by someone in the country (186: the bare country, as the killer is not
// known).
//
//   std::vector<ResolvedActor> sources;
//   ImpliedSources("173", actors.StoryCountry(), &sources);  // {"GEOCOP"}
//
// Never fails: another act, or a story of no country, gives none. Only for a passive clause
// that names no agent: an act whose doer the text names, or could name ("Russia detained"),
// is left to it.
#ifndef TACITUS_CODE_IMPLIED_SOURCE_H_
#define TACITUS_CODE_IMPLIED_SOURCE_H_

#include <string_view>
#include <vector>

#include "code/story_actors.h"

namespace tacitus {

// Replaces *sources with the source implied for an agentless passive event coded `code` in a
// story of country `story_country`: its police for an arrest, detention or charge (173), its
// government for a deportation or expulsion (174), the country itself for an assassination
// (186). The implied actor names no words (empty tokens).
void ImpliedSources(std::string_view code, std::string_view story_country,
                    std::vector<ResolvedActor>* sources);

}  // namespace tacitus

#endif  // TACITUS_CODE_IMPLIED_SOURCE_H_
