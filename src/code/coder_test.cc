// The coder on small dictionaries written here, one behaviour per test, and on the bundled
// example story with the project's own dictionaries (the golden events of DESIGN.md).
#include "code/coder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "base/files.h"
#include "base/temp_dir_testing.h"
#include "code/code_testing.h"
#include "code/tacitus_clause_coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

using testing::SharedAnalyzer;
using testing::TempDir;

class CoderTest : public testing::OurCoderTest {};

TEST_F(CoderTest, ActiveVoiceWithNationalityAndAgent) {
  EXPECT_THAT(Code("Russian troops attacked Ukraine."), ElementsAre("RUSMIL UKR 190"));
}

TEST_F(CoderTest, PassiveVoiceTakesTheAgentAsSource) {
  EXPECT_THAT(Code("Ukraine was attacked by Russian troops."), ElementsAre("RUSMIL UKR 190"));
}

TEST_F(CoderTest, AnActOfForceIsCodedOnceByItsMostPreciseCode) {
  // The light verb's bare 190 and the precise 195 of one sentence and dyad are one act.
  EXPECT_THAT(Code("Russian troops attacked Ukraine and struck Ukraine."),
              ElementsAre("RUSMIL UKR 195"));
  // Another dyad's act is another act.
  EXPECT_THAT(Code("Russian troops attacked Ukraine and struck China."),
              UnorderedElementsAre("RUSMIL UKR 190", "RUSMIL CHN 195"));
}

TEST_F(CoderTest, ASubjunctiveIsNotADeed) {
  // Demanded, not done (the parser had also given the condemnation to China): the demand is
  // made of Russia; the same verb reported as done is an event.
  EXPECT_THAT(Code("China demanded that Russia condemn Ukraine."), ElementsAre("CHN RUS 100"));
  EXPECT_THAT(Code("China said that Russia condemned Ukraine."), ElementsAre("RUS UKR 111"));
}

TEST_F(CoderTest, NegatedVerbIsNotAnEvent) {
  EXPECT_THAT(Code("Russia did not attack Ukraine."), IsEmpty());
  EXPECT_THAT(Code("Russia never attacked Ukraine."), IsEmpty());
}

TEST_F(CoderTest, CompoundSourceGivesAnEventPerActor) {
  EXPECT_THAT(Code("Russia and China condemned Ukraine."),
              UnorderedElementsAre("RUS UKR 111", "CHN UKR 111"));
}

TEST_F(CoderTest, AsWellAsCoordinatesActorsAsAndDoes) {
  EXPECT_THAT(Code("Ukraine condemned Russia as well as China."),
              UnorderedElementsAre("UKR RUS 111", "UKR CHN 111"));
  EXPECT_THAT(Code("Russia as well as China condemned Ukraine."),
              UnorderedElementsAre("RUS UKR 111", "CHN UKR 111"));
}

TEST_F(CoderTest, TheFirstPersonOfAQuoteIsItsSpeaker) {
  EXPECT_THAT(Code("\"We condemn Ukraine,\" the Chinese president said."),
              ElementsAre("CHNGOV UKR 111"));
  EXPECT_THAT(Code("\"I strongly criticize Ukraine,\" said Putin."), ElementsAre("RUSGOV UKR 111"));
  // What the speaker says of itself it has no intention of doing is not done.
  EXPECT_THAT(Code("\"We have no intention of attacking Ukraine,\" Putin said."), IsEmpty());
}

TEST_F(CoderTest, ASaidItWithAnAdverbBeforeItsVerbIsTheSpeakersAct) {
  EXPECT_THAT(Code("Beijing said it strongly condemned Ukraine."), ElementsAre("CHNGOV UKR 111"));
}

TEST_F(CoderTest, APluralNounOfAnAttackIsTheAttackersAct) {
  EXPECT_THAT(Code("Russian troops attacked Ukraine. China condemned the attacks."),
              UnorderedElementsAre("RUSMIL UKR 190", "CHN RUSMIL 111"));
}

TEST_F(CoderTest, CompoundTargetGivesAnEventPerActor) {
  EXPECT_THAT(Code("Ukraine condemned Russia and China."),
              UnorderedElementsAre("UKR RUS 111", "UKR CHN 111"));
}

TEST_F(CoderTest, PairedCodeAddsTheReverseEvent) {
  EXPECT_THAT(Code("Putin visited China."),
              UnorderedElementsAre("RUSGOV CHN 042", "CHN RUSGOV 043"));
}

TEST_F(CoderTest, MutualVerbWithCoordinatedSubjectIsReciprocal) {
  EXPECT_THAT(Code("Putin and Xi met in Beijing."),
              UnorderedElementsAre("RUSGOV CHNGOV 040", "CHNGOV RUSGOV 040"));
}

TEST_F(CoderTest, APatternReadsOnIntoTheInfinitiveAndCodesItAsOneEvent) {
  // A threat to impose sanctions is a threat (1312), not an imposition (163).
  EXPECT_THAT(Code("Russia threatened to impose sanctions on Ukraine."),
              ElementsAre("RUS UKR 1312"));
  // The infinitive's object brings its own prepositional phrases: "ties with Ukraine".
  EXPECT_THAT(Code("Russia threatened to cut ties with Ukraine."), ElementsAre("RUS UKR 1313"));
  // A gerund after a preposition goes on with the verb's phrase too.
  EXPECT_THAT(Code("Russia accused Ukraine of violating the ceasefire."),
              ElementsAre("RUS UKR 1123"));
  // Without a pattern for the outer verb, the infinitive is coded on its own.
  EXPECT_THAT(Code("Russia decided to impose sanctions on Ukraine."), ElementsAre("RUS UKR 163"));
}

TEST_F(CoderTest, WithAndNoPartnerMakesACoordinatedSubjectEachOthersPartner) {
  EXPECT_THAT(Code("Russia and China restored relations."),
              UnorderedElementsAre("RUS CHN 050", "CHN RUS 050"));
  EXPECT_THAT(Code("Russia restored relations."), IsEmpty());
  // A bare verb before "with" says too little: "agreed" is no agreement with each other.
  EXPECT_THAT(Code("Russia and China agreed."), IsEmpty());
}

TEST_F(CoderTest, MutualPatternWithoutItsPrepositionIsReciprocal) {
  EXPECT_THAT(Code("Putin and Xi discussed trade."),
              UnorderedElementsAre("RUSGOV CHNGOV 040", "CHNGOV RUSGOV 040"));
  EXPECT_THAT(Code("Putin discussed trade."), IsEmpty());
}

TEST_F(CoderTest, BlockingPatternCodesNothing) {
  EXPECT_THAT(Code("Russia met China's demand."), IsEmpty());
  EXPECT_THAT(Code("Russia met China."), UnorderedElementsAre("RUS CHN 040", "CHN RUS 040"));
}

TEST_F(CoderTest, TheTwoLeadersReferToTheLastTwoPersons) {
  EXPECT_THAT(Code("Putin and Xi arrived. The two leaders discussed trade."),
              UnorderedElementsAre("RUSGOV CHNGOV 040", "CHNGOV RUSGOV 040"));
}

TEST_F(CoderTest, NominalEventWithPossessorAsSource) {
  EXPECT_THAT(Code("Putin's visit to China drew attention."),
              UnorderedElementsAre("RUSGOV CHN 042", "CHN RUSGOV 043"));
}

TEST_F(CoderTest, PatternWordsInsideTheObjectPhrase) {
  EXPECT_THAT(Code("Russia imposed new sanctions on Ukraine."), ElementsAre("RUS UKR 163"));
}

TEST_F(CoderTest, ReducedRelativeClauseWithAgent) {
  EXPECT_THAT(Code("The arrest warrant issued by the ICC against Putin angered Russia."),
              ElementsAre("IGOICC RUSGOV 173"));
}

TEST_F(CoderTest, PatternReadsTheObjectsOwnPrepositionalPhrase) {
  // "with China" belongs to "deal", yet `ink {deal/agreement} with +T` reads it.
  EXPECT_THAT(Code("Russia inked a deal with China on Monday."),
              UnorderedElementsAre("RUS CHN 057", "CHN RUS 057"));
  EXPECT_THAT(Code("Russia inked a deal on oil."), IsEmpty());
}

TEST_F(CoderTest, PossessorOfTheObjectIsTheTarget) {
  EXPECT_THAT(Code("Western powers have criticized China's partnership with Russia."),
              ElementsAre("WST CHN 111"));
}

TEST_F(CoderTest, OfPhraseNamesAPhraseThatNamesNoActor) {
  EXPECT_THAT(Code("Russia condemned the annexation plans of Ukraine."),
              ElementsAre("RUS UKR 111"));
  // A phrase with a name of its own keeps it.
  EXPECT_THAT(Code("Russia condemned China of all places."), ElementsAre("RUS CHN 111"));
}

TEST_F(CoderTest, PatternWithoutTargetTakesTheObjectsActor) {
  EXPECT_THAT(Code("Ukraine rejected Russia's offer."), ElementsAre("UKR RUS 112"));
}

TEST_F(CoderTest, ACriticizedActWithoutActorIsTheLastEarlierActsSource) {
  // "the incident", "the move", "the decision", "the step": words for whatever act the
  // story reports.
  for (const std::string noun : {"incident", "move", "decision", "step"}) {
    EXPECT_THAT(Code("Russian troops attacked Ukraine. China condemned the " + noun + "."),
                ElementsAre("RUSMIL UKR 190", "CHN RUSMIL 111"))
        << noun;
  }
  EXPECT_THAT(Code("Chinese police arrested Russian soldiers, and Russia condemned the move."),
              ElementsAre("CHNCOP RUSMIL 173", "RUS CHNCOP 111"));
  EXPECT_THAT(Code("Russia condemned the move."), IsEmpty());
  EXPECT_THAT(Code("Russian troops attacked Ukraine, and China condemned the attack."),
              ElementsAre("RUSMIL UKR 190", "CHN RUSMIL 111"));
  // An act reported after the criticism is not the one criticized.
  EXPECT_THAT(Code("China condemned the incident, and Russian troops attacked Ukraine."),
              ElementsAre("RUSMIL UKR 190"));
}

TEST_F(CoderTest, ACriticizedActIsTheLastActOfTheKindItsNounNames) {
  // "the attack" names an act of fighting (root 19): not the arrests told after it.
  EXPECT_THAT(Code("Russian troops attacked Ukraine. Chinese police arrested Russian soldiers. "
                   "Western powers condemned the attack."),
              ElementsAre("RUSMIL UKR 190", "CHNCOP RUSMIL 173", "WST RUSMIL 111"));
  // With no act of its kind before it, the last act of material conflict is still the one.
  EXPECT_THAT(Code("Chinese police arrested Russian troops. Western powers condemned the attack."),
              ElementsAre("CHNCOP RUSMIL 173", "WST CHNCOP 111"));
}

TEST_F(CoderTest, AQuantifiedSubjectIsItsOfPhrasesActor) {
  EXPECT_THAT(Code("Several of the Chinese soldiers attacked Russian troops."),
              ElementsAre("CHNMIL RUSMIL 190"));
}

TEST_F(CoderTest, TheWestBeforeAPrepositionIsTheAccused) {
  EXPECT_THAT(Code("China accused the West of interference."), ElementsAre("CHN WST 112"));
}

TEST_F(CoderTest, AReportedEvaluationOfAnActByAnActorTargetsTheActor) {
  EXPECT_THAT(Code("China said the strikes by Russian troops were reckless."),
              ElementsAre("CHN RUSMIL 111"));
}

TEST_F(CoderTest, ACriticizedActOfCoordinatedDoersTargetsEachOfThem) {
  EXPECT_THAT(Code("Russian troops and Chinese troops attacked Ukraine. Western powers condemned "
                   "the attack."),
              ElementsAre("RUSMIL UKR 190", "CHNMIL UKR 190", "WST RUSMIL 111", "WST CHNMIL 111"));
}

TEST_F(CoderTest, ARejectedDemandWithoutActorIsTheLastEarlierDemandsSource) {
  EXPECT_THAT(Code("Russia demanded that Ukraine withdraw. Ukraine refused the demand."),
              ElementsAre("RUS UKR 1056", "UKR RUS 120"));
  // An attack is no demand to refuse.
  EXPECT_THAT(Code("Russian troops attacked Ukraine. Ukraine refused the demand."),
              ElementsAre("RUSMIL UKR 190"));
}

TEST_F(CoderTest, AnInvestigatedActWithoutActorIsTheLastEarlierActsSource) {
  EXPECT_THAT(Code("Russian troops attacked Ukraine. Chinese police investigated the attack."),
              ElementsAre("RUSMIL UKR 190", "CHNCOP RUSMIL 090"));
  // With no act of its kind told before, the inquiry has no target.
  EXPECT_THAT(Code("Chinese police investigated the attack."), ::testing::IsEmpty());
}

TEST_F(CoderTest, PraiseOfAnUnattributedActTargetsTheActsAuthors) {
  // A mutual act has two authors: praise of an exchange is praise of both parties.
  EXPECT_THAT(Code("Russia swapped prisoners with Ukraine on Monday. China hailed the swap."),
              ElementsAre("RUS UKR 0841", "UKR RUS 0841", "CHN RUS 051", "CHN UKR 051"));
  // The act praised is of the kind the noun names, not the last act of any kind.
  EXPECT_THAT(
      Code("Russia swapped prisoners with Ukraine. Russian troops attacked Ukraine on "
           "Monday. China hailed the swap."),
      ElementsAre("RUS UKR 0841", "UKR RUS 0841", "RUSMIL UKR 190", "CHN RUS 051", "CHN UKR 051"));
  EXPECT_THAT(Code("Russian troops attacked Ukraine on Monday. China hailed the swap."),
              ElementsAre("RUSMIL UKR 190"));
  // A swap is mutual however its acts were told: "handed over to" is one side's, the swap
  // both's.
  EXPECT_THAT(Code("Russia handed over prisoners to Ukraine. China hailed the swap."),
              ElementsAre("RUS UKR 0841", "CHN RUS 051", "CHN UKR 051"));
}

TEST_F(CoderTest, AMutualEventBetweenTwoPartiesIsTheirsWhereverItStands) {
  // "during talks with China" would lend the clause's subject as a party; "between" names
  // both.
  EXPECT_THAT(Code("Russian troops attacked Ukraine during talks between China and the West."),
              UnorderedElementsAre("RUSMIL UKR 190", "CHN WST 040", "WST CHN 040"));
}

TEST_F(CoderTest, AMutualEventASubjectBeganAsIsBetweenThePartiesItNames) {
  EXPECT_THAT(Code("The forum began in 1992 as talks between Russia and China."),
              UnorderedElementsAre("RUS CHN 040", "CHN RUS 040"));
  // "with" names one party, whom the subject is not; nor is a "between" after an object.
  EXPECT_THAT(Code("The forum began in 1992 as talks with Russia and China."), IsEmpty());
  EXPECT_THAT(Code("The forum described the meeting as talks between Russia and China."),
              IsEmpty());
}

TEST_F(CoderTest, FightingThatBrokeOutIsBetweenThePartiesItsClauseNames) {
  const auto both_ways = UnorderedElementsAre("RUSMIL CHNMIL 190", "CHNMIL RUSMIL 190");
  // An opening gerund running into its verb is the subject, not a participle.
  EXPECT_THAT(Code("Fighting between Russian troops and Chinese troops erupted on Monday."),
              both_ways);
  // A verb that says the fighting happened lends it the parties of its "between".
  EXPECT_THAT(Code("Fighting broke out between Russian troops and Chinese troops on Monday."),
              both_ways);
  EXPECT_THAT(Code("Clashes erupted between Russian troops and Chinese troops."), both_ways);
  // Other verbs keep their phrases: the end of the clashes is no clash.
  EXPECT_THAT(Code("Clashes ended between Russian troops and Chinese troops."), IsEmpty());
}

TEST_F(CoderTest, AnAttackThatSetsAClausesSceneReadsTheClausesPhrases) {
  // The parser hangs "on Ukraine" on the clause: the attack reads it all the same.
  EXPECT_THAT(Code("Five people were killed in a Russian attack on Ukraine."),
              ElementsAre("RUS UKR 190"));
  EXPECT_THAT(Code("Five civilians died in a Russian attack on Ukraine on Monday."),
              ElementsAre("RUS UKR 190"));
  // A talk is no act of force: its scene lends it no phrase of the clause.
  EXPECT_THAT(Code("Five people spoke in a Russian talk on Ukraine."), IsEmpty());
}

TEST_F(CoderTest, AnActOfForceNamedByItsDoersNationalityIsItsDoers) {
  // "a Russian attack on Ukraine" is Russia's, where a clause tells of it.
  EXPECT_THAT(Code("A Russian attack on Ukraine killed five people."), ElementsAre("RUS UKR 190"));
  EXPECT_THAT(Code("The Russian attack on Ukraine on Monday was the largest."),
              ElementsAre("RUS UKR 190"));
  // Not an attack feared or warned of.
  EXPECT_THAT(Code("China warned of a Russian attack on Ukraine."), IsEmpty());
  // A country's name before the noun is the doer only with a target after it: "the Ukraine
  // attack" may be on Ukraine.
  EXPECT_THAT(Code("The Ukraine attack killed five people."), IsEmpty());
}

TEST_F(CoderTest, APatternThatNamesTheActDoesIt) {
  // "imposed a curfew" is the curfew, on the country (code/implied_target.h), not a reaction
  // to a curfew someone else imposed, as "condemned the curfew" is.
  EXPECT_THAT(Code("Russian troops imposed a nationwide curfew."), ElementsAre("RUSMIL RUS 1723"));
  EXPECT_THAT(Code("China condemned the curfew."), IsEmpty());
  EXPECT_THAT(Code("Russian troops imposed a curfew. China condemned the curfew."),
              ElementsAre("RUSMIL RUS 1723", "CHN RUSMIL 111"));
}

TEST_F(CoderTest, AForceDeployedByNoOneNamedShowsItsOwnSide) {
  EXPECT_THAT(Code("Russian troops were deployed to Ukraine."), ElementsAre("RUSMIL UKR 154"));
  EXPECT_THAT(Code("Russian troops were sent to Ukraine by China."), ElementsAre("CHN UKR 154"));
  // Only a show of force: a passive attack names no attacker.
  EXPECT_THAT(Code("Russian troops were attacked in Ukraine."), IsEmpty());
}

TEST_F(CoderTest, AForceShownToNoOneNamedIsShownToTheEnemyInTheStory) {
  // "verb 152 put troop on alert": the troops are no target of their own alert.
  EXPECT_THAT(Code("Russian troops attacked China. Chinese troops were put on alert."),
              ElementsAre("RUSMIL CHN 190", "CHNMIL RUSMIL 152"));
  EXPECT_THAT(Code("Chinese troops were put on alert."), IsEmpty());
}

TEST_F(CoderTest, AidNamedByItsGiversNationalityIsFromThatCountry) {
  EXPECT_THAT(Code("Russian aid to Ukraine arrived on Monday."), ElementsAre("RUS UKR 071"));
  // Other acts are as often named by whom they concern (acts of force with a target named are
  // the doer's: AnActOfForceNamedByItsDoersNationalityIsItsDoers).
  EXPECT_THAT(Code("The Russian talks with Ukraine ended on Monday."), IsEmpty());
}

TEST_F(CoderTest, ReportedSpeechCodesTheReportedClause) {
  EXPECT_THAT(Code("Russian troops attacked Ukraine, the minister said."),
              ElementsAre("RUSMIL UKR 190"));
}

TEST_F(CoderTest, PronounRefersToTheLastPerson) {
  EXPECT_THAT(Code("Putin arrived on Tuesday. He condemned Ukraine."),
              ElementsAre("RUSGOV UKR 111"));
}

TEST_F(CoderTest, SurnameAfterTheFullNameIsThePerson) {
  EXPECT_THAT(Code("Tony Blair arrived on Monday. Blair condemned Ukraine.", "2003-03-01"),
              ElementsAre("GBRGOV UKR 111"));
  // The dictionary does not list "Blair" alone: without the full name first, no actor.
  EXPECT_THAT(Code("Blair condemned Ukraine.", "2003-03-01"), IsEmpty());
}

TEST_F(CoderTest, ItUnderTheSpeakersItIsTheSpeaker) {
  // The first "it" is China, the speaker; the "it" of the relative clause it governs too.
  EXPECT_THAT(Code("China said it had stopped the Russian boats, which it accused of spying."),
              ElementsAre("CHN RUS 112"));
}

TEST_F(CoderTest, BothCountriesRefersToTheLastTwoCountries) {
  EXPECT_THAT(Code("Russia welcomed China. Both countries condemned Ukraine."),
              UnorderedElementsAre("RUS UKR 111", "CHN UKR 111"));
}

TEST_F(CoderTest, ABodyGoesOnAsItOrAWordForItsKind) {
  EXPECT_THAT(Code("China recalled its ambassador on Monday. It accused Russia of spying."),
              ElementsAre("CHN RUS 112"));
  EXPECT_THAT(Code("The ICC charged Putin on Monday. The body also criticized Russia."),
              ElementsAre("IGOICC RUS 111"));
  EXPECT_THAT(Code("China warned Ukraine on Monday. The country also criticized Russia."),
              ElementsAre("CHN RUS 111"));
}

TEST_F(CoderTest, TheyAndThemGoOnWithWhatNamedManyBefore) {
  EXPECT_THAT(Code("Chinese troops crossed into Russia on Monday. They attacked Ukraine."),
              ElementsAre("CHNMIL UKR 190"));
  EXPECT_THAT(Code("Chinese troops crossed into Ukraine on Monday. Russian police arrested them."),
              ElementsAre("RUSCOP CHNMIL 173"));
}

TEST_F(CoderTest, TheAttackersAreTheGroupNamedBefore) {
  EXPECT_THAT(Code("Rebels from the Test Liberation Front attacked Russia on Monday. Russian "
                   "troops attacked all five attackers."),
              UnorderedElementsAre("UKRREB RUS 190", "RUSMIL UKRREB 190"));
}

TEST_F(CoderTest, PersonIsCodedByTheRoleHeldOnTheStoryDate) {
  EXPECT_THAT(Code("Ivan Example condemned Ukraine.", "2005-06-01"), ElementsAre("RUSMIL UKR 111"));
  EXPECT_THAT(Code("Ivan Example condemned Ukraine.", "2012-06-01"), ElementsAre("RUSGOV UKR 111"));
  // Out of office: the country's elite.
  EXPECT_THAT(Code("Ivan Example condemned Ukraine.", "2020-06-01"), ElementsAre("RUSELI UKR 111"));
}

TEST_F(CoderTest, PossessorCountryWithAnAgentIsThatCountrysAgent) {
  EXPECT_THAT(Code("China's president condemned Ukraine."), ElementsAre("CHNGOV UKR 111"));
  EXPECT_THAT(Code("Ukraine's troops attacked Russia."), ElementsAre("UKRMIL RUS 190"));
  // A possessor with a thing that is no agent stays the possessor: "China's partnership".
  EXPECT_THAT(Code("Western powers have criticized China's partnership with Russia."),
              ElementsAre("WST CHN 111"));
}

TEST_F(CoderTest, ANationalityBeforeCoordinatedAgentsIsEachOnes) {
  EXPECT_THAT(Code("Russian troops and ministers condemned Ukraine."),
              UnorderedElementsAre("RUSMIL UKR 111", "RUSGOV UKR 111"));
}

TEST_F(CoderTest, CapitalAsActorIsTheGovernment) {
  EXPECT_THAT(Code("Beijing condemned Ukraine."), ElementsAre("CHNGOV UKR 111"));
}

TEST_F(CoderTest, DiscardedSentenceAndStory) {
  EXPECT_THAT(Code("Russia attacked Ukraine in a football match."), IsEmpty());
  EXPECT_THAT(Code("Russia attacked Ukraine. China condemned Russia."),
              ElementsAre("RUS UKR 190", "CHN RUS 111"));
  EXPECT_THAT(Code("Russia attacked Ukraine. The stock index fell."), IsEmpty());
}

TEST_F(CoderTest, EventCarriesScoresSpansAndProvenance) {
  Story story;
  story.id = "s1";
  story.date = *Date::ParseIso("2023-11-08");
  story.text = "Yesterday Western powers condemned China.";
  Coder::Scratch scratch;
  std::vector<Event> events;
  coder_.Code(story, &scratch, &events);
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.story, "s1");
  EXPECT_EQ(e.story_date.ToString(), "2023-11-08");
  EXPECT_EQ(e.date.ToString(), "2023-11-08");  // no temporal expression: the story date
  EXPECT_EQ(e.date.precision, DatePrecision::kDay);
  EXPECT_EQ(e.sentence, 0u);
  EXPECT_EQ(e.code, "111");
  EXPECT_EQ(e.root, "11");
  EXPECT_EQ(e.quad_class, 3);    // verbal conflict
  EXPECT_EQ(e.goldstein, -2.0);  // CAMEO 111 on the Goldstein scale
  EXPECT_EQ(e.plover, "ACCUSE");
  auto text = [&](Span s) { return story.text.substr(s.begin, s.size()); };
  EXPECT_EQ(text(e.source_span), "Western powers");
  EXPECT_EQ(text(e.verb_span), "condemned");
  EXPECT_EQ(text(e.target_span), "China");
  EXPECT_EQ(e.pattern, "condemn +T");
  ASSERT_GE(e.matched.size(), 3u);
  EXPECT_THAT(e.matched[0], ::testing::EndsWith("data/verbs/test.txt:5"));
}

TEST_F(CoderTest, ACriticismOfAnUnattributedActTargetsTheActsSource) {
  EXPECT_THAT(Code("Russian troops attacked Ukraine on Monday. China criticized the attack."),
              ElementsAre("RUSMIL UKR 190", "CHN RUSMIL 111"));
  // No act before it: nobody to target.
  EXPECT_THAT(Code("China criticized the attack."), IsEmpty());
}

TEST_F(CoderTest, ACriticizedActTargetsTheAuthorItsSentenceNames) {
  // Not the story's last act (the attack on Ukraine) but the author the "by" phrase names.
  EXPECT_THAT(Code("Russia attacked Ukraine. China condemned the attack by Chinese troops."),
              ElementsAre("RUS UKR 190", "CHN CHNMIL 111"));
  EXPECT_THAT(Code("China criticized the use of force by Russian police."),
              ElementsAre("CHN RUSCOP 111"));
  EXPECT_THAT(Code("China condemned what it called the use of force by Russian police."),
              ElementsAre("CHN RUSCOP 111"));
}

TEST_F(CoderTest, AnActAsSubjectDoesWhatItsAuthorDoes) {
  EXPECT_THAT(Code("The statement, issued by China, criticized Russia."),
              ElementsAre("CHN RUS 111"));
}

TEST_F(CoderTest, APatternThatBindsTheSourceAfterTheVerbTargetsTheSubject) {
  EXPECT_THAT(Code("Russia drew criticism from China."), ElementsAre("CHN RUS 111"));
  // The subject names an act, not an actor: its author is the target.
  EXPECT_THAT(Code("Russian troops attacked Ukraine on Monday. The attack drew criticism from "
                   "China."),
              ElementsAre("RUSMIL UKR 190", "CHN RUSMIL 111"));
}

TEST_F(CoderTest, AMutualEventSettingTheSceneTakesItsPartnerFromTheClause) {
  // The call names its partner: the clause's subject is the other side.
  EXPECT_THAT(Code("In a phone call with Xi, Putin criticized Ukraine."),
              ElementsAre("RUSGOV UKR 111", "RUSGOV CHNGOV 041", "CHNGOV RUSGOV 041"));
  // It names none: the clause's object is.
  EXPECT_THAT(Code("In a phone call, Putin told Xi that trade grew."),
              ElementsAre("RUSGOV CHNGOV 041", "CHNGOV RUSGOV 041"));
  // It names none and the clause has several subjects: the call is among them, and what
  // they act on is no partner of it.
  EXPECT_THAT(Code("Putin and Xi criticized Ukraine in a phone call."),
              UnorderedElementsAre("RUSGOV UKR 111", "CHNGOV UKR 111", "RUSGOV CHNGOV 041",
                                   "CHNGOV RUSGOV 041"));
}

TEST_F(CoderTest, AContactWithTwoObjectsNamesRatherThanCalls) {
  EXPECT_THAT(Code("Putin called the Chinese president on Monday."),
              ElementsAre("RUSGOV CHNGOV 041", "CHNGOV RUSGOV 041"));
  // The second object says what the first is: no call, least of all to Ukraine.
  EXPECT_THAT(Code("Putin called the Chinese president a puppet of Ukraine."), IsEmpty());
}

TEST_F(CoderTest, ADoubledCodeGivesTwoEventsInTheSameDirection) {
  EXPECT_THAT(Code("China summoned the Russian ambassador."),
              ElementsAre("CHN RUSGOV 040", "CHN RUSGOV 114"));
}

TEST_F(CoderTest, TroopsStormingABuildingAreNoRiot) {
  EXPECT_THAT(Code("Russian civilians stormed the Chinese ambassador's office."),
              ElementsAre("RUSCVL CHNGOV 145"));
  EXPECT_THAT(Code("Russian troops stormed the Chinese ambassador's office."), IsEmpty());
}

TEST_F(CoderTest, AMeetingAskedForIsNoMeeting) {
  // A noun event in a PP of the clause is the clause's setting only after "in", "during",
  // "at", "after", "on" ...: "called for talks with" asks for them.
  EXPECT_THAT(Code("Russia called for a meeting with China."), IsEmpty());
}

TEST_F(CoderTest, AVisitSettingTheSceneIsTheSubjects) {
  // "during his visit to China": the clause's subject is the visitor, whom "his" names.
  EXPECT_THAT(Code("Putin criticized Ukraine during his visit to China."),
              UnorderedElementsAre("RUSGOV UKR 111", "RUSGOV CHN 042", "CHN RUSGOV 043"));
  // Before the subject, "his" names no one yet: the subject still makes the visit.
  EXPECT_THAT(Code("During his visit to China, Putin criticized Ukraine."),
              UnorderedElementsAre("RUSGOV UKR 111", "RUSGOV CHN 042", "CHN RUSGOV 043"));
  EXPECT_THAT(Code("Putin, on a visit to China, criticized Ukraine."),
              UnorderedElementsAre("RUSGOV UKR 111", "RUSGOV CHN 042", "CHN RUSGOV 043"));
  // A possessor that names another visitor keeps the visit.
  EXPECT_THAT(Code("During Xi's visit to Russia, Putin criticized Ukraine."),
              UnorderedElementsAre("RUSGOV UKR 111", "CHNGOV RUS 042", "RUS CHNGOV 043"));
}

TEST_F(CoderTest, TalksAJourneyWasForAreHeld) {
  EXPECT_THAT(Code("The Russian president flew to Beijing for talks with Xi."),
              ElementsAre("RUSGOV CHNGOV 040", "CHNGOV RUSGOV 040"));
  // Only when the journey is made.
  EXPECT_THAT(Code("The Russian president will fly to Beijing for talks with Xi."), IsEmpty());
}

TEST_F(CoderTest, ByAndAGerundSayHowTheSubjectActed) {
  // Not a reduced passive whose agent is "imposing sanctions": Russia imposes them.
  EXPECT_THAT(Code("Russia reacted by imposing sanctions on Ukraine."), ElementsAre("RUS UKR 163"));
  EXPECT_THAT(Code("Putin opened his speech by hailing China."), ElementsAre("RUSGOV CHN 051"));
  EXPECT_THAT(Code("Ukraine was attacked by Russian troops."), ElementsAre("RUSMIL UKR 190"));
}

TEST_F(CoderTest, AGovernmentSaysNothingToItsOwnCountryAsAWhole) {
  // A state organ and its own country are one actor where the act is said: the Russian
  // migrants are not the target of Putin's criticism, and no one else is named.
  EXPECT_THAT(Code("Putin condemned the treatment of Russian migrants."), IsEmpty());
  EXPECT_THAT(Code("The Russian president criticized Russia."), IsEmpty());
  // Another country, or the state's army, is a side of its own.
  EXPECT_THAT(Code("Putin condemned the treatment of Chinese migrants."),
              ElementsAre("RUSGOV CHN 111"));
  EXPECT_THAT(Code("Russian troops attacked Russia."), ElementsAre("RUSMIL RUS 190"));
}

TEST_F(CoderTest, APeoplesNameIsItsCiviliansNotTheState) {
  // "Russians" are people of Russia (CVL), where "Russia" is the state as a whole.
  EXPECT_THAT(Code("Chinese police arrested two Russians."), ElementsAre("CHNCOP RUSCVL 173"));
  EXPECT_THAT(Code("Chinese police arrested two Russian ministers."),
              ElementsAre("CHNCOP RUSGOV 173"));
}

// The example story with the project's own dictionaries: the events a trained coder reads
// in it (DESIGN.md), and nothing with Ukraine, which the story only mentions.
class ExampleStoryEvents : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dictionaries = Dictionaries::Load(TACITUS_SOURCE_DIR "/data");
    ASSERT_TRUE(dictionaries.ok()) << dictionaries.status().message();
    const Coder coder(SharedAnalyzer(), std::move(dictionaries).value(),
                      std::make_shared<TacitusClauseCoder>());
    std::string file;
    const Status read = ReadWholeFile(TACITUS_SOURCE_DIR "/examples/putin-xi-beijing.txt", &file);
    ASSERT_TRUE(read.ok()) << read.message();
    Story story;
    story.id = "putin-xi-beijing";
    story.date = *Date::ParseIso("2023-11-08");
    story.text = file.substr(std::string(" date 2023-11-08 ").size());
    Coder::Scratch scratch;
    coder.Code(story, &scratch, &events_);
  }
  bool Has(const std::string& source, const std::string& target, const std::string& root,
           uint32_t sentence) const {
    for (const Event& e : events_) {
      if (e.source == source && e.target == target && e.root == root && e.sentence == sentence) {
        return true;
      }
    }
    return false;
  }
  std::vector<Event> events_;
};

TEST_F(ExampleStoryEvents, PutinAndXiMetInBeijing) {
  EXPECT_TRUE(Has("RUSGOV", "CHNGOV", "04", 0));
  EXPECT_TRUE(Has("CHNGOV", "RUSGOV", "04", 0));
}

TEST_F(ExampleStoryEvents, TheIccWarrantAgainstPutin) {
  EXPECT_TRUE(Has("IGOICC", "RUSGOV", "17", 1));
}

TEST_F(ExampleStoryEvents, RussiaExportsOilToChina) { EXPECT_TRUE(Has("RUS", "CHN", "06", 5)); }

TEST_F(ExampleStoryEvents, WesternPowersCriticizeChina) {
  bool found = false;
  for (const Event& e : events_) {
    found |= e.source == "WST" && e.target == "CHN" && e.code == "111" && e.sentence == 8;
  }
  EXPECT_TRUE(found);
}

TEST_F(ExampleStoryEvents, NothingWithUkraine) {
  for (const Event& e : events_) {
    EXPECT_FALSE(e.source.starts_with("UKR") || e.target.starts_with("UKR"))
        << e.source << " " << e.target << " " << e.code;
  }
}

}  // namespace
}  // namespace tacitus
