// The doer an agentless passive leaves to be understood, on the small dictionaries of
// code_testing.h (where `doer COP arrest` is the only doer).
#include "code/implied_doer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"
#include "code/tacitus_clause_coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class ImpliedDoerTest : public ::testing::Test {
 protected:
  const Coder coder_{testing::SharedAnalyzer(), testing::OurTestDictionaries(),
                     std::make_shared<TacitusClauseCoder>()};
};

TEST_F(ImpliedDoerTest, AnArrestThatNamesNoOneIsThePolicesOfWhereItHappens) {
  EXPECT_THAT(testing::EventLines(coder_, "Two Chinese civilians were arrested in Russia."),
              ElementsAre("RUSCOP CHNCVL 173"));
  // No place stated: the story's country, here its dateline's.
  EXPECT_THAT(testing::EventLines(coder_, "BEIJING (Reuters) - Six civilians were arrested."),
              ElementsAre("CHNCOP CHNCVL 173"));
}

TEST_F(ImpliedDoerTest, ThoseSentAwayFromACountryAreThatStatesAct) {
  // The state they leave, not the dateline's: the story is told from where they arrive.
  EXPECT_THAT(testing::EventLines(coder_,
                                  "BEIJING (Reuters) - Six Chinese civilians were deported from "
                                  "Russia on Monday."),
              ElementsAre("RUSGOV CHNCVL 174"));
  // No country in the "from" phrase: where it happens, else the story's, as before.
  EXPECT_THAT(testing::EventLines(coder_,
                                  "BEIJING (Reuters) - Six Russian civilians were deported from "
                                  "the city on Monday."),
              ElementsAre("CHNGOV RUSCVL 174"));
}

TEST_F(ImpliedDoerTest, NotWhenTheDoerIsNamedOrTheVerbHasNoDoerOrTheStoryNoCountry) {
  EXPECT_THAT(testing::EventLines(coder_, "Six Russian civilians were arrested by Chinese troops."),
              ElementsAre("CHNMIL RUSCVL 173"));
  // "detain" has a pattern in the test dictionaries but no doer entry.
  EXPECT_THAT(testing::EventLines(coder_, "Six Russian civilians were detained in China."),
              IsEmpty());
  EXPECT_THAT(testing::EventLines(coder_, "Six civilians were arrested."), IsEmpty());
}

}  // namespace
}  // namespace tacitus
