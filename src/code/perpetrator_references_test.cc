// The attackers referred back to (perpetrator_references.cc) and members of a body named by
// a "from" phrase, on the small dictionaries of code_testing.h.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "code/story_actors.h"
#include "code/story_actors_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::StoryActorsTest;

TEST_F(StoryActorsTest, MembersOfABodyNamedByAFromPhraseAreTheBody) {
  EXPECT_THAT(ActorsOf("Rebels from the Test Liberation Front stormed a school.", "Rebels"),
              ElementsAre("UKRREB"));
}

TEST_F(StoryActorsTest, TheAttackersAreTheArmedGroupNamedLastBeforeThem) {
  const std::string text =
      "Rebels from the Test Liberation Front stormed a school on Monday. Russian troops killed "
      "all five attackers. Police detained two of the assailants.";
  EXPECT_THAT(ActorsOf(text, "all five attackers"), ElementsAre("UKRREB"));
  EXPECT_THAT(ActorsOf(text, "two"), ElementsAre("UKRREB"));
}

TEST_F(StoryActorsTest, TheRebelsAreTheArmedGroupOfTheSentenceBefore) {
  // Not the dateline's country, which a bare agent otherwise takes.
  const std::string text =
      "BEIJING (Reuters) - The Northern Test Brigade attacked Ukraine on Monday. The rebels "
      "killed ten soldiers.";
  EXPECT_THAT(ActorsOf(text, "The rebels"), ElementsAre("RUSINS"));
  // Further back, or named with a place of their own, they are not.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - The Northern Test Brigade attacked Ukraine on "
                       "Monday. Xi left. Putin arrived. The rebels killed ten soldiers.",
                       "The rebels"),
              ElementsAre("CHNREB"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - The Northern Test Brigade attacked Ukraine on "
                       "Monday. The Chinese rebels killed ten soldiers.",
                       "The Chinese rebels"),
              ElementsAre("CHNREB"));
}

TEST_F(StoryActorsTest, AnAttackerNoGroupWasNamedForIsUnknown) {
  // "an assailant" may be anyone; and no armed group was named before "the attackers".
  EXPECT_THAT(ActorsOf("The Test Liberation Front met on Monday. An assailant shot a soldier.",
                       "An assailant"),
              IsEmpty());
  EXPECT_THAT(ActorsOf("Russian troops killed the attackers.", "the attackers"), IsEmpty());
}

TEST_F(StoryActorsTest, TheRebelsAreAMilitiaNamedBeforeOrItsFighters) {
  // Hamas's own code (PSEHMS) is a militia's, as REB is.
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Hamas attacked Russian troops. The rebels killed ten soldiers.",
               "The rebels"),
      ElementsAre("PSEHMS"));
  // A group's agents named with its name are the group's, not a bare agent to place.
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Hamas rebels attacked Russian troops. The rebels killed ten "
               "soldiers.",
               "The rebels"),
      ElementsAre("PSEHMSREB"));
}

}  // namespace
}  // namespace tacitus
