// The source an agentless passive report of the state's coercion leaves to be understood.
#include "code/implied_source.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/code_testing.h"
#include "code/tacitus_clause_coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::OurTestDictionaries;

std::vector<std::string> Implied(std::string_view code, std::string_view story_country) {
  std::vector<ResolvedActor> sources;
  ImpliedSources(code, story_country, &sources);
  std::vector<std::string> out;
  for (const ResolvedActor& s : sources) out.push_back(s.code);
  return out;
}

TEST(ImpliedSources, TheStoryCountrysPoliceArrestItsGovernmentDeportsAndItsKillerIsItsOwn) {
  EXPECT_THAT(Implied("173", "GEO"), ElementsAre("GEOCOP"));
  EXPECT_THAT(Implied("174", "MYS"), ElementsAre("MYSGOV"));
  EXPECT_THAT(Implied("186", "RUS"), ElementsAre("RUS"));
}

TEST(ImpliedSources, NoneForOtherViolenceNorInAStoryOfNoCountry) {
  EXPECT_THAT(Implied("190", "UKR"), IsEmpty());  // "soldiers were killed": by either side
  EXPECT_THAT(Implied("1823", "UKR"), IsEmpty());
  EXPECT_THAT(Implied("173", ""), IsEmpty());
}

TEST(ImpliedSources, TheCoderGivesAnAgentlessPassiveArrestTheStoryCountrysPolice) {
  const Coder coder(testing::SharedAnalyzer(), OurTestDictionaries(),
                    std::make_shared<TacitusClauseCoder>());
  EXPECT_THAT(
      testing::EventLines(coder, "BEIJING (Reuters) - Russian civilians were detained on Friday."),
      ElementsAre("CHNCOP RUSCVL 173"));
  // A named agent is kept, and an active clause without a subject implies no one.
  EXPECT_THAT(testing::EventLines(coder, "Russian civilians were detained by Chinese police."),
              ElementsAre("CHNCOP RUSCVL 173"));
}

}  // namespace
}  // namespace tacitus
