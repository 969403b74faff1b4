// States, international bodies and groups referred back to by "it", "they" or a word for
// their kind (body_references.cc), on the small dictionaries of code_testing.h.
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

TEST_F(StoryActorsTest, AWordForAKindOfBodyRefersToTheLastOfThatKind) {
  EXPECT_THAT(
      ActorsOf("The ICC charged Putin on Monday. The body also criticized Russia.", "The body"),
      ElementsAre("IGOICC"));
  EXPECT_THAT(ActorsOf("The Test Liberation Front attacked Russian troops. The group said it "
                       "had won.",
                       "The group"),
              ElementsAre("UKRREB"));
  // "the organisation" is either.
  EXPECT_THAT(ActorsOf("The Test Liberation Front attacked Russia. The organisation said it had "
                       "won.",
                       "The organisation"),
              ElementsAre("UKRREB"));
}

TEST_F(StoryActorsTest, TheCountryIsTheSubjectCountryOfTheSentenceBefore) {
  EXPECT_THAT(ActorsOf("China warned Russia on Monday. The country also criticized Ukraine.",
                       "The country"),
              ElementsAre("CHN"));
  // In its own sentence, the last country named.
  EXPECT_THAT(ActorsOf("Putin visited China on Monday and praised the country.", "the country"),
              ElementsAre("CHN"));
}

TEST_F(StoryActorsTest, AWordForAKindOfBodyRefersToNoneFurtherBackThanTheSentenceBefore) {
  EXPECT_THAT(ActorsOf("China warned Russia on Monday. Putin arrived on Tuesday. Xi left on "
                       "Wednesday. The country criticized Ukraine.",
                       "The country"),
              IsEmpty());
  // Nor to a body of another kind, nor with an "of" phrase of its own.
  EXPECT_THAT(ActorsOf("China warned Russia on Monday. The group criticized Ukraine.", "The group"),
              IsEmpty());
  EXPECT_THAT(ActorsOf("The ICC charged Putin. The body of a soldier was found.", "The body"),
              IsEmpty());
}

TEST_F(StoryActorsTest, ItAsASubjectRefersToTheLastSingularSubjectOtherThanAPerson) {
  EXPECT_THAT(
      ActorsOf("China recalled its ambassador on Monday. It accused Russia of spying.", "It"),
      ElementsAre("CHN"));
  // Not to many, nor to a person; nor is an object "it" an actor.
  EXPECT_THAT(ActorsOf("Chinese troops crossed the border. It criticized Russia.", "It"),
              IsEmpty());
  EXPECT_THAT(ActorsOf("Putin arrived on Monday. It criticized Russia.", "It"), IsEmpty());
  EXPECT_THAT(ActorsOf("China recalled its ambassador. Russia criticized it.", "it"), IsEmpty());
}

TEST_F(StoryActorsTest, TheyRefersToTheLastPhraseNamingManyOfTheSentenceBefore) {
  EXPECT_THAT(
      ActorsOf("Chinese troops crossed into Russia on Monday. They attacked a village.", "They"),
      ElementsAre("CHNMIL"));
  // Not to a phrase of its own clause: "Russian police arrested them" are not the police.
  EXPECT_THAT(ActorsOf("Chinese troops crossed into Ukraine on Monday. Russian police arrested "
                       "them.",
                       "them"),
              ElementsAre("CHNMIL"));
  // A later conjunct is part of its coordination.
  EXPECT_THAT(ActorsOf("China criticized Russian police and Russian troops, accusing them of "
                       "violence.",
                       "them"),
              ElementsAre("RUSCOP", "RUSMIL"));
}

TEST_F(StoryActorsTest, ItRefersToACountryWhoseNameIsPlural) {
  EXPECT_THAT(
      ActorsOf("The Netherlands criticized Russia on Monday. It summoned the ambassador.", "It"),
      ElementsAre("NLD"));
}

TEST_F(StoryActorsTest, ThemRefersToPeopleNamedByANationality) {
  // "Chinese nationals" are many, though their actor is the country's: not a plural name.
  EXPECT_THAT(ActorsOf("Russia detained two Chinese nationals. Ukraine criticized them.", "them"),
              ElementsAre("CHN"));
}

TEST_F(StoryActorsTest, TheCountryIsNotItsClausesDoer) {
  EXPECT_THAT(
      ActorsOf("Russia condemned the coup in Ukraine. It cut aid to the country.", "the country"),
      ElementsAre("UKR"));
}

}  // namespace
}  // namespace tacitus
