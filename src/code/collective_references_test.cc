// "The two leaders", "both sides", "both parties", "the pair": two actors named before
// (collective_references.cc), on the small dictionaries of code_testing.h. The story_actors
// tests hold the older cases ("the two leaders", "both foreign ministers").
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "code/code_testing.h"
#include "code/story_actors.h"
#include "code/story_actors_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::IsSupersetOf;
using ::testing::Not;
using testing::OurCoderTest;
using testing::StoryActorsTest;

TEST_F(StoryActorsTest, BothPartiesAreTheTwoStatesNamedBefore) {
  EXPECT_THAT(
      ActorsOf("Russia and Ukraine met on Monday. Both parties signed a deal.", "Both parties"),
      ElementsAre("RUS", "UKR"));
  EXPECT_THAT(ActorsOf("Russia attacked Ukraine on Monday. The two adversaries spoke.",
                       "The two adversaries"),
              ElementsAre("RUS", "UKR"));
}

TEST_F(StoryActorsTest, ThePairAndTheTwoCounterpartsAreTheTwoPersonsNamedBefore) {
  EXPECT_THAT(ActorsOf("Putin met Xi on Monday. The pair signed a deal.", "The pair"),
              ElementsAre("RUSGOV", "CHNGOV"));
  EXPECT_THAT(ActorsOf("Putin met Xi on Monday. The two counterparts signed a deal.",
                       "The two counterparts"),
              ElementsAre("RUSGOV", "CHNGOV"));
  // A pair of anything else is no collective reference.
  EXPECT_THAT(ActorsOf("Putin met Xi on Monday. The two men signed a deal.", "The two men"),
              IsEmpty());
}

TEST_F(StoryActorsTest, TheTwoLeadersGoingOnInTheirSentenceAreTheTwoItNamed) {
  // The subject of a clause that goes on from one naming two leaders: those two, not the
  // pair of the sentence before.
  const std::string before = "Putin met Xi on Monday. ";
  EXPECT_THAT(ActorsOf(before + "Putin met Omar al-Testi in Kyiv, where the two leaders "
                                "discussed trade.",
                       "the two leaders"),
              ElementsAre("RUSGOV", "UKRGOV"));
  EXPECT_THAT(ActorsOf(before + "Xi later met Omar al-Testi, and the two ministers signed a deal.",
                       "the two ministers"),
              ElementsAre("CHNGOV", "UKRGOV"));
  // An object, or a reported clause's subject, is still the pair named before.
  EXPECT_THAT(ActorsOf(before + "Omar al-Testi and Luisa Testa de Ejemplo urged the two leaders "
                                "to talk.",
                       "the two leaders"),
              ElementsAre("RUSGOV", "CHNGOV"));
  EXPECT_THAT(ActorsOf(before + "Omar al-Testi and Luisa Testa de Ejemplo said the two leaders "
                                "would talk.",
                       "the two leaders"),
              ElementsAre("RUSGOV", "CHNGOV"));
}

TEST_F(OurCoderTest, BothPartiesActWithEachOther) {
  EXPECT_THAT(Code("Russia and Ukraine met on Monday. Both parties inked a deal."),
              IsSupersetOf({"RUS UKR 057", "UKR RUS 057"}));
}

TEST_F(OurCoderTest, EachOtherIsEachOfTheDoersToTheOther) {
  EXPECT_THAT(Code("Russia and Ukraine accused each other on Monday."),
              ElementsAre("RUS UKR 112", "UKR RUS 112"));
  EXPECT_THAT(Code("Russia and China criticized one another."),
              ElementsAre("RUS CHN 111", "CHN RUS 111"));
  // One doer: no one else.
  EXPECT_THAT(Code("Russia accused each other on Monday."), IsEmpty());
}

TEST_F(StoryActorsTest, APluralOfLeadersIsThePairNamedInTheSentenceBefore) {
  EXPECT_THAT(ActorsOf("Putin met Xi on Monday. The leaders signed a deal.", "The leaders"),
              ElementsAre("RUSGOV", "CHNGOV"));
  EXPECT_THAT(
      ActorsOf("Russia and Ukraine met on Monday. The ministers signed a deal.", "The ministers"),
      ElementsAre("RUSGOV", "UKRGOV"));
  // Not a pair named further back, nor one leader alone.
  EXPECT_THAT(ActorsOf("Putin met Xi on Monday. Rain fell. Crowds gathered. The leaders spoke.",
                       "The leaders"),
              IsEmpty());
  EXPECT_THAT(ActorsOf("Putin met Xi on Monday. The leader signed a deal.", "The leader"),
              Not(ElementsAre("RUSGOV", "CHNGOV")));
}

TEST_F(StoryActorsTest, APluralOfLeadersIsNotTheListItIncludes) {
  EXPECT_THAT(ActorsOf("Putin met Xi on Monday. Blair and al-Testi were among the leaders who "
                       "spoke.",
                       "the leaders"),
              Not(ElementsAre("RUSGOV", "CHNGOV")));
}

TEST_F(StoryActorsTest, TheTwoMinistersAreTheMinistersOfTheCountriesNamedBefore) {
  EXPECT_THAT(ActorsOf("The ministers of Russia and China met on Monday. The two ministers "
                       "signed a deal.",
                       "The two ministers"),
              ElementsAre("RUSGOV", "CHNGOV"));
}

TEST_F(StoryActorsTest, BothSidesAreTheStatesNamedTogetherNotThePlaceOfTheirMeeting) {
  EXPECT_THAT(ActorsOf("Russian and Chinese ministers met in Ukraine on Monday. Both sides "
                       "signed a deal.",
                       "Both sides"),
              ElementsAre("RUS", "CHN"));
}

TEST_F(StoryActorsTest, BothArmiesAreTheTwoStatesNamedBefore) {
  EXPECT_THAT(ActorsOf("Russian and Chinese troops clashed on Monday. Both armies withdrew.",
                       "Both armies"),
              ElementsAre("RUS", "CHN"));
}

TEST_F(StoryActorsTest, TheTwoAloneIsThePairOfPersons) {
  EXPECT_THAT(ActorsOf("Putin met Xi on Monday. The two signed a deal.", "The two"),
              ElementsAre("RUSGOV", "CHNGOV"));
}

}  // namespace
}  // namespace tacitus
