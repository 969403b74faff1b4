// Who mediated what a sentence reports, on sentences written for these tests.
#include "code/mediation.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "code/code_testing.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using testing::FoundPhraseWords;
using ::testing::IsEmpty;

// The words naming the mediator of `text`'s first sentence; "(none)" when none.
std::string MediatorWords(const std::string& text) {
  return FoundPhraseWords(text, [](const Analysis& analysis) {
    return FindMediation(analysis.document, analysis.syntax, 0).mediator;
  });
}

TEST(FindMediation, ThePassiveOfAVerbOfMediationNamesTheMediator) {
  EXPECT_EQ(MediatorWords("The rebels accepted a truce brokered by the Omani government."),
            "the Omani government");
  EXPECT_EQ(MediatorWords("The deal, mediated by Norway, ended the dispute."), "Norway");
}

TEST(FindMediation, NounsOfMediationNameItWhereverTheyStand) {
  EXPECT_EQ(MediatorWords("Following mediation by Kuwait, the two sides signed a pact."), "Kuwait");
  EXPECT_EQ(MediatorWords("The talks were held under the auspices of the African Union."),
            "the African Union");
}

TEST(FindMediation, HelpMediatesOnlyWhatIsArranged) {
  EXPECT_EQ(MediatorWords("In a swap arranged with the help of Oman, Iran freed two sailors."),
            "Oman");
  EXPECT_EQ(MediatorWords("The rebels took the town with the help of foreign fighters."), "(none)");
  EXPECT_EQ(MediatorWords("The rebels took the town on Monday."), "(none)");
}

class MediationTest : public testing::OurCoderTest {};

TEST_F(MediationTest, TheMediatorMediatesTowardsEachSideOfTheAct) {
  EXPECT_THAT(Code("Russia swapped prisoners with Ukraine in an exchange brokered by China."),
              ElementsAre("RUS UKR 0841", "UKR RUS 0841", "CHN RUS 045", "CHN UKR 045"));
  EXPECT_THAT(Code("Following mediation by China, Russia swapped prisoners with Ukraine."),
              ElementsAre("RUS UKR 0841", "UKR RUS 0841", "CHN RUS 045", "CHN UKR 045"));
}

TEST_F(MediationTest, NoMediationOfConflictNorByAParty) {
  // Help in an attack is no mediation, and an attack is nothing a mediator brings about.
  EXPECT_THAT(Code("Russia attacked Ukraine with the help of Chinese troops."),
              ElementsAre("RUS UKR 190"));
  // Putin is one of the sides' own.
  EXPECT_THAT(Code("Russia swapped prisoners with Ukraine in an exchange brokered by Putin."),
              ElementsAre("RUS UKR 0841", "UKR RUS 0841"));
  // No act between sides is coded: no one to mediate between.
  EXPECT_THAT(Code("The truce was brokered by China."), IsEmpty());
}

}  // namespace
}  // namespace tacitus
