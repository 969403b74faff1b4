// Protests a report names no protesters for, on the small dictionaries of code_testing.h
// (where `noun 141 protest | demonstration` is the bare noun pattern).
#include "code/unnamed_protesters.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"
#include "code/tacitus_clause_coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class UnnamedProtestersTest : public ::testing::Test {
 protected:
  const Coder coder_{testing::SharedAnalyzer(), testing::OurTestDictionaries(),
                     std::make_shared<TacitusClauseCoder>()};
};

TEST_F(UnnamedProtestersTest, ProtestsThatHappenedAreTheCiviliansOfWhereTheyHappened) {
  EXPECT_THAT(testing::EventLines(coder_, "BEIJING (Reuters) - Protests erupted in Russia."),
              ElementsAre("RUSCVL RUSGOV 141"));
  // No place stated: the story's country.
  EXPECT_THAT(
      testing::EventLines(coder_, "BEIJING (Reuters) - Demonstrations broke out on Monday."),
      ElementsAre("CHNCVL CHNGOV 141"));
}

TEST_F(UnnamedProtestersTest, ProtestsSomethingCausedHappenedToo) {
  EXPECT_THAT(testing::EventLines(coder_, "BEIJING (Reuters) - The decision sparked protests."),
              ElementsAre("CHNCVL CHNGOV 141"));
  EXPECT_THAT(testing::EventLines(
                  coder_, "BEIJING (Reuters) - The price rise triggered protests in Russia."),
              ElementsAre("RUSCVL RUSGOV 141"));
}

TEST_F(UnnamedProtestersTest, NotWhereNoHappeningIsReportedOrNoCountryIsKnown) {
  EXPECT_THAT(testing::EventLines(coder_, "BEIJING (Reuters) - Protests were planned for Friday."),
              IsEmpty());
  EXPECT_THAT(testing::EventLines(coder_, "BEIJING (Reuters) - Russia lodged a protest."),
              IsEmpty());
  EXPECT_THAT(testing::EventLines(coder_, "BEIJING (Reuters) - The decision could spark protests."),
              IsEmpty());
  EXPECT_THAT(testing::EventLines(coder_, "Protests erupted on Monday."), IsEmpty());
}

}  // namespace
}  // namespace tacitus
