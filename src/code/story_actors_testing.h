// A fixture for StoryActors' tests: the actors a phrase of a story names, on the small
// dictionaries of code_testing.h.
#ifndef TACITUS_CODE_STORY_ACTORS_TESTING_H_
#define TACITUS_CODE_STORY_ACTORS_TESTING_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "code/code_testing.h"
#include "code/story_actors.h"
#include "syntax/analyzer_testing.h"

namespace tacitus::testing {

class StoryActorsTest : public ::testing::Test {
 protected:
  // The codes of the actors that phrase `words` of `text` names, in order; {"no phrase"} when
  // the analysis has no such phrase.
  std::vector<std::string> ActorsOf(const std::string& text, const std::string& words,
                                    const std::string& date = "2023-11-08",
                                    const ActorRules& rules = {},
                                    std::string_view dateline_place_country = {}) {
    text_ = text;
    SharedAnalyzer()->Analyze(text_, &analysis_);
    actors_.Resolve(*OurTestDictionaries(), analysis_.document, analysis_.syntax,
                    *Date::ParseIso(date), rules, dateline_place_country);
    const int32_t phrase = FindPhrase(analysis_, text_, words);
    if (phrase < 0) return {"no phrase"};
    std::vector<std::string> codes;
    for (const ResolvedActor& actor : actors_.ActorsOf(phrase)) codes.push_back(actor.code);
    return codes;
  }

  std::string text_;
  Analysis analysis_;
  StoryActors actors_;
};

}  // namespace tacitus::testing

#endif  // TACITUS_CODE_STORY_ACTORS_TESTING_H_
