// Criticism stated as an evaluation, coded by the coder with the small dictionaries of
// code_testing.h (evaluation 111 reckless | unacceptable | destabilizing | not legal | not
// fair | violation, 112 criminal, 1123 aggression).
#include "code/evaluation.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "code/code_testing.h"
#include "code/coder.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Lines(const std::string& text) {
  return testing::EventLines(testing::OurTestCoder(), text);
}

TEST(StatedEvaluation, ANamingVerbPinsTheWordAfterItsObjectOnTheObjectsOwner) {
  EXPECT_THAT(Lines("Russia called China's decision deeply reckless."), ElementsAre("RUS CHN 111"));
  // Quoted, coordinated, the owner named by an adjective.
  EXPECT_THAT(Lines("Putin called the Chinese drills \"provocative and unacceptable\"."),
              ElementsAre("RUSGOV CHN 111"));
  EXPECT_THAT(Lines("Ukraine described Russia's plan as unacceptable."),
              ElementsAre("UKR RUS 111"));
  // The object's actor itself; the word read even where the chunker runs the object on.
  EXPECT_THAT(Lines("Putin called the Chinese troops reckless."), ElementsAre("RUSGOV CHNMIL 111"));
}

TEST(StatedEvaluation, AReportedLinkingVerbIsTheSpeakersEvaluationOfItsSubject) {
  EXPECT_THAT(Lines("Putin said the Chinese exercises were reckless."),
              ElementsAre("RUSGOV CHN 111"));
  // A word of approval denied: "not legal", "neither fair nor ...".
  EXPECT_THAT(Lines("Xi said Ukraine's referendum had not been legal."),
              ElementsAre("CHNGOV UKR 111"));
  EXPECT_THAT(Lines("Xi said the Russian election was neither fair nor open."),
              ElementsAre("CHNGOV RUS 111"));
}

TEST(StatedEvaluation, APronounEvaluatedIsWhatTheSpeakerSpokeOf) {
  EXPECT_THAT(Lines("\"This is reckless,\" Putin said of the Chinese exercises."),
              ElementsAre("RUSGOV CHN 111"));
  // No "of": the pronoun stands for the story's act, found as for "the incident".
  EXPECT_THAT(Lines("\"This is reckless,\" Putin said."), IsEmpty());
}

TEST(StatedEvaluation, AReportedLinkingVerbMayCallItsSubjectANounOfBlame) {
  EXPECT_THAT(Lines("Putin said China's drills were a clear violation of the treaty."),
              ElementsAre("RUSGOV CHN 111"));
  EXPECT_THAT(Lines("Xi said the Russian raids had become an act of aggression."),
              ElementsAre("CHNGOV RUS 1123"));
  // A noun that is no word of blame says nothing against its subject.
  EXPECT_THAT(Lines("Putin said China's drills were a clear sign of strength."), IsEmpty());
}

TEST(StatedEvaluation, ANamingVerbMayCallItsObjectANounOfBlame) {
  EXPECT_THAT(Lines("Putin called China's drills a clear violation of the treaty."),
              ElementsAre("RUSGOV CHN 111"));
  EXPECT_THAT(Lines("Xi described the Russian raids as an act of aggression."),
              ElementsAre("CHNGOV RUS 1123"));
  // Nouns before it; a plural read by its lemma.
  EXPECT_THAT(Lines("Xi said the Russian raids were a border violation."),
              ElementsAre("CHNGOV RUS 111"));
  EXPECT_THAT(Lines("Xi said Russia's drills were violations of the treaty."),
              ElementsAre("CHNGOV RUS 111"));
  // A noun phrase of no blame says nothing.
  EXPECT_THAT(Lines("Putin called China's drills a border exercise."), IsEmpty());
}

TEST(StatedEvaluation, TheInfinitiveOfTheEvaluatedNounIsPartOfIt) {
  EXPECT_THAT(Lines("Xi said Russia's decision to expel the envoys was reckless."),
              ElementsAre("CHNGOV RUS 111"));
  EXPECT_THAT(Lines("Xi described Russia's decision to close the border as reckless."),
              ElementsAre("CHNGOV RUS 111"));
  // So is a prepositional phrase of the naming verb's before "as".
  EXPECT_THAT(Lines("Xi described Russia's actions in Ukraine as reckless."),
              ElementsAre("CHNGOV RUS 111"));
}

TEST(StatedEvaluation, ALinkingVerbMayBeAmountToOrConstitute) {
  EXPECT_THAT(Lines("Xi said the Russian raids amounted to aggression."),
              ElementsAre("CHNGOV RUS 1123"));
  EXPECT_THAT(Lines("Xi said Russia's blockade constituted a violation of the truce."),
              ElementsAre("CHNGOV RUS 111"));
}

TEST(StatedEvaluation, AConjunctOfAReportedClauseIsTheSpeakersToo) {
  EXPECT_THAT(Lines("Xi said Russia's policy had failed and was reckless."),
              ElementsAre("CHNGOV RUS 111"));
  // A word of blame the tagger reads as a progressive: "was destabilizing".
  EXPECT_THAT(Lines("Xi said Russia's policy was destabilizing."), ElementsAre("CHNGOV RUS 111"));
}

TEST(StatedEvaluation, AccordingToNamesTheSpeakerOfAnEvaluation) {
  EXPECT_THAT(Lines("According to Xi, Russia's decision is unacceptable."),
              ElementsAre("CHNGOV RUS 111"));
}

TEST(StatedEvaluation, AQuoteToldToSomeoneIsReported) {
  EXPECT_THAT(Lines("\"Russia's decision is unacceptable,\" Xi told reporters."),
              ElementsAre("CHNGOV RUS 111"));
}

TEST(StatedEvaluation, AWordThatChargesACrimeIsAnAccusation) {
  EXPECT_THAT(Lines("Putin called the Chinese raid criminal."), ElementsAre("RUSGOV CHN 112"));
}

TEST(StatedEvaluation, AnActNamedByNoActorIsItsAuthors) {
  EXPECT_THAT(Lines("Russian troops attacked Ukraine. Xi said the attack was reckless."),
              ElementsAre("RUSMIL UKR 190", "CHNGOV RUSMIL 111"));
  EXPECT_THAT(Lines("Russian troops attacked Ukraine. Xi called the incident unacceptable."),
              ElementsAre("RUSMIL UKR 190", "CHNGOV RUSMIL 111"));
}

TEST(StatedEvaluation, AByPhraseOrAPassiveRelativeNamesTheAuthor) {
  EXPECT_THAT(Lines("Xi said that the decision by Russia was reckless."),
              ElementsAre("CHNGOV RUS 111"));
  EXPECT_THAT(Lines("Xi called the decision taken by Russia unacceptable."),
              ElementsAre("CHNGOV RUS 111"));
}

TEST(StatedEvaluation, NoCriticismWhereNothingIsSaidOfAnActorsDeed) {
  // Not said: denied, possible, or the writer's own words.
  EXPECT_THAT(Lines("Putin did not call China's decision reckless."), IsEmpty());
  EXPECT_THAT(Lines("Putin may call China's decision reckless."), IsEmpty());
  EXPECT_THAT(Lines("China's decision was reckless."), IsEmpty());
  // A word before its noun evaluates nothing; approval is no criticism.
  EXPECT_THAT(Lines("Putin called the reckless drivers a danger."), IsEmpty());
  EXPECT_THAT(Lines("Xi said the Russian election had been fair."), IsEmpty());
  EXPECT_THAT(Lines("Xi said the Russian election had not been reckless."), IsEmpty());
  // Nobody's deed.
  EXPECT_THAT(Lines("Putin said the weather was reckless."), IsEmpty());
}

}  // namespace
}  // namespace tacitus
