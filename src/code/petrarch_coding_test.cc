// The coder with PETRARCH-format dictionaries written here (invented countries), one PETRARCH
// convention per test, from raw text and from a Penn Treebank parse.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/temp_dir_testing.h"
#include "code/code_testing.h"
#include "code/coder.h"
#include "code/petrarch_clause_coder.h"
#include "dict/petrarch_dictionaries.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using testing::EventTriples;
using testing::PetrarchTestDictionaries;
using testing::SharedAnalyzer;
using testing::TempDir;

std::vector<std::string> Code(const std::string& text, PetrarchOptions options = {}) {
  const Coder coder(SharedAnalyzer(), PetrarchTestDictionaries(),
                    std::make_shared<PetrarchClauseCoder>(options));
  return EventTriples(testing::CodedEvents(coder, text, "2001-05-04"));
}

TEST(PetrarchCoding, TerminalCommaClauseIsLeftOut) {
  const std::string text = "Valdoria praised Merentia on Monday, a Kostania envoy said on Tuesday.";
  // ", a Kostania envoy said on Tuesday" has 6 words: within PETRARCH's 2..8.
  EXPECT_EQ(Code(text), std::vector<std::string>{"VAL MER 051"});
  PetrarchOptions keep;
  keep.comma_emax = 0;  // terminal clauses kept: the envoy's saying is coded too
  keep.require_dyad = false;
  EXPECT_EQ(Code(text, keep), (std::vector<std::string>{"VAL MER 051", "KOSGOV --- 010"}));
}

TEST(PetrarchCoding, AMissingTargetIsTheNullActorOnlyAfterSomeNounPhrase) {
  PetrarchOptions options;
  options.comma_emax = 0;
  options.require_dyad = false;
  // "said on Tuesday": a noun phrase after the verb, if no actor; "said today": none.
  EXPECT_EQ(Code("Valdoria praised Merentia, a Kostania envoy said on Tuesday.", options),
            (std::vector<std::string>{"VAL MER 051", "KOSGOV --- 010"}));
  EXPECT_EQ(Code("Valdoria praised Merentia, a Kostania envoy said today.", options),
            std::vector<std::string>{"VAL MER 051"});
}

TEST(PetrarchCoding, EventsCarryTheIssuesTheirSentenceNames) {
  const Coder coder(SharedAnalyzer(), PetrarchTestDictionaries(),
                    std::make_shared<PetrarchClauseCoder>());
  Story story;
  story.id = "issues";
  story.date = *Date::ParseIso("2001-05-04");
  story.text =
      "Valdoria praised Merentia over the sanctions and new sanctions. "
      "Valdoria praised Kostania for a head start. Merentia praised Zembla.";
  Coder::Scratch scratch;
  std::vector<Event> events;
  coder.Code(story, &scratch, &events);
  ASSERT_EQ(EventTriples(events),
            (std::vector<std::string>{"VAL MER 051", "VAL KOS 051", "MER ZEM 051"}));
  // "sanctions" twice (an inflected "n:" word); "a head start" is an exclusion.
  EXPECT_EQ(events[0].issues, (std::vector<IssueCount>{{"SANCTIONS", 2}}));
  EXPECT_TRUE(events[1].issues.empty());
  EXPECT_TRUE(events[2].issues.empty());
}

TEST(PetrarchCoding, CommasOfANounListDelimitNoClause) {
  EXPECT_EQ(Code("Valdoria praised Merentia, Kostania and Zembla."),
            (std::vector<std::string>{"VAL MER 051", "VAL KOS 051", "VAL ZEM 051"}));
}

TEST(PetrarchCoding, TargetSearchStopsAtTheNextClausesSubject) {
  PetrarchOptions options;
  options.require_dyad = false;
  options.comma_emax = 0;
  // The mob burned "its embassy": the speaker after the comma is not what it burned.
  EXPECT_EQ(Code("A Valdoria mob burned its embassy, a Merentia official said on Monday.", options),
            (std::vector<std::string>{"VALREB --- 180", "MERGOV --- 010"}));
}

TEST(PetrarchCoding, TargetSearchGoesThroughARelativeClauseOnTheObject) {
  EXPECT_EQ(Code("Valdoria praised the memo sent by Merentia."),
            std::vector<std::string>{"VAL MER 051"});
  // Also when the noun is no object the parser recognised: "praised for years the memo".
  EXPECT_EQ(Code("Valdoria praised for years the memo sent by Merentia."),
            std::vector<std::string>{"VAL MER 051"});
}

TEST(PetrarchCoding, TargetSearchGoesIntoASubordinateClauseOfTheVerb) {
  // As PETRARCH reads the verb phrase whole, "after ..." included.
  EXPECT_EQ(Code("Valdoria praised the plan after a ship was seen near Kostania."),
            std::vector<std::string>{"VAL KOS 051"});
  EXPECT_EQ(
      Code("Valdoria and Merentia have postponed their talks after a ship was seen near Kostania."),
      (std::vector<std::string>{"VAL KOS 191", "MER KOS 191"}));
}

TEST(PetrarchCoding, ClauseInsideACodedVerbPhraseGivesNoEvent) {
  EXPECT_EQ(Code("Valdoria praised Merentia after a Kostania mob burned the Zembla embassy."),
            std::vector<std::string>{"VAL MER 051"});
  // When the outer verb codes nothing, the inner clause is coded.
  EXPECT_EQ(Code("Valdoria waited until a Kostania mob burned the Zembla embassy."),
            std::vector<std::string>{"KOSREB ZEM 180"});
}

TEST(PetrarchCoding, CompoundSlotBindsTheWholeCoordination) {
  EXPECT_EQ(Code("Valdoria and Merentia concur that the border should stay open."),
            (std::vector<std::string>{"VAL MER 030", "MER VAL 030"}));
}

TEST(PetrarchCoding, ACompoundSourceActsOnTheTargetElseOnItself) {
  EXPECT_EQ(Code("Valdoria and Merentia have postponed talks with Kostania."),
            (std::vector<std::string>{"VAL KOS 191", "MER KOS 191"}));
  EXPECT_EQ(Code("Valdoria and Merentia have postponed their talks."),
            (std::vector<std::string>{"VAL MER 191", "MER VAL 191"}));
}

TEST(PetrarchCoding, ASkipAfterAWordInsideAPhrasePassesOverTheRestOfIt) {
  EXPECT_EQ(Code("Valdoria warned their Zembla traders about Merentia."),
            std::vector<std::string>{"VAL MER 162"});
}

TEST(PetrarchCoding, NewActorsAreShortPhrasesThatNameNoActor) {
  PetrarchOptions options;
  options.new_actor_length = 3;
  EXPECT_EQ(Code("The grey wizards praised Merentia.", options),
            std::vector<std::string>{"\"THE GREY WIZARDS\" MER 051"});
  // The words of its prepositional phrases count, "'s" does not: four words here, one too
  // many, so the possessor alone is the new actor.
  EXPECT_EQ(Code("Valdoria praised Gandalf's council of wizards.", options),
            std::vector<std::string>{"VAL \"GANDALF\" 051"});
  options.new_actor_length = 4;
  EXPECT_EQ(Code("Valdoria praised Gandalf's council of wizards.", options),
            std::vector<std::string>{"VAL \"GANDALF COUNCIL OF WIZARDS\" 051"});
  // A known actor after the verb is the target before any new one.
  EXPECT_EQ(Code("Valdoria praised the plan with Merentia.", options),
            std::vector<std::string>{"VAL MER 051"});
  // Longer phrases, pronouns, and the option off: no new actor.
  EXPECT_TRUE(Code("The tall grey wizards of the north praised Merentia.", options).empty());
  EXPECT_TRUE(Code("They praised Merentia.", options).empty());
  EXPECT_TRUE(Code("The grey wizards praised Merentia.").empty());
}

TEST(PetrarchCoding, AClauseWhoseVerbThePatternNamesIsPartOfThePhrase) {
  // "believed linked to Merentia": the target search passes "linked", which the pattern
  // names, though it heads a clause of its own.
  EXPECT_EQ(Code("A Valdoria woman believed linked to Merentia was arrested."),
            std::vector<std::string>{"VAL MER 111"});
}

TEST(PetrarchCoding, ATargetBeforeTheVerbLeavesTheSourceToTheActorBeforeIt) {
  // "+" takes the subject of "regretted"; the source is who noted it.
  EXPECT_EQ(Code("A Valdoria envoy noted that Merentia regretted the vote."),
            std::vector<std::string>{"VALGOV MER 115"});
}

TEST(PetrarchCoding, PatternWordsStayInTheVerbPhrase) {
  // "aid to" belongs to "sent", not to "pledged".
  EXPECT_EQ(Code("Valdoria pledged nothing, and Kostania sent aid to Merentia."),
            std::vector<std::string>{});
  EXPECT_EQ(Code("Valdoria pledged aid to Merentia."), std::vector<std::string>{"VAL MER 071"});
}

TEST(PetrarchCoding, AGroupsWordsStayInTheNounPhraseAfterItsFirst) {
  EXPECT_EQ(Code("Valdoria agreed to new sanctions against Merentia."),
            std::vector<std::string>{"VAL MER 163"});
  // "to lift the sanctions": "sanctions" is no part of a phrase after "to".
  EXPECT_EQ(Code("Valdoria agreed to lift the sanctions on Merentia."), std::vector<std::string>{});
}

TEST(PetrarchCoding, TheGoatsOfAPlaceAreThePlaces) {
  EXPECT_EQ(Code("The goats of Valdoria praised Merentia."),
            std::vector<std::string>{"VAL MER 051"});
  // Of coordinated places, each one's.
  EXPECT_EQ(Code("The goats of Valdoria and Kostania praised Merentia."),
            (std::vector<std::string>{"VAL MER 051", "KOS MER 051"}));
}

TEST(PetrarchCoding, ItInWhatACountrySaysIsTheCountry) {
  EXPECT_EQ(Code("Valdoria announced it praised Merentia."),
            std::vector<std::string>{"VAL MER 051"});
}

TEST(PetrarchCoding, AnAgentOfCoordinatedPlacesIsAnAgentOfEach) {
  EXPECT_EQ(Code("Envoys of Valdoria and Merentia praised Kostania."),
            (std::vector<std::string>{"VALGOV KOS 051", "MERGOV KOS 051"}));
}

TEST(PetrarchCoding, APlaceBeforeTheFirstOfCoordinatedAgentsIsEachOnes) {
  EXPECT_EQ(Code("Valdoria envoys and lawmakers praised Kostania."),
            (std::vector<std::string>{"VALGOV KOS 051", "VALLEG KOS 051"}));
  // Not into a conjunct with a determiner of its own.
  EXPECT_EQ(Code("Valdoria envoys and the lawmakers praised Kostania."),
            (std::vector<std::string>{"VALGOV KOS 051", "---LEG KOS 051"}));
}

TEST(PetrarchCoding, CoordinatedAgentsShareThePlaceAfterTheLast) {
  EXPECT_EQ(Code("Lawmakers and envoys from Valdoria praised Kostania."),
            (std::vector<std::string>{"VALLEG KOS 051", "VALGOV KOS 051"}));
}

TEST(PetrarchCoding, PassiveWithoutByAgentCodesItsSubjectAsSource) {
  // PETRARCH-1 and TABARI know a passive by its "by" phrase only.
  EXPECT_EQ(Code("Valdoria was praised over its dispute with Merentia."),
            std::vector<std::string>{"VAL MER 051"});
  EXPECT_EQ(Code("Valdoria was praised by Merentia."), std::vector<std::string>{"MER VAL 051"});
}

TEST(PetrarchCoding, PatternWordsMatchOnTheirSideOfTheVerbOnly) {
  // A synset entry of two words after the verb, a word before it, and the default pattern
  // when neither is there; "publicly" after the verb is not "publicly" before it.
  EXPECT_EQ(Code("Valdoria pledged swiss francs to Merentia."),
            std::vector<std::string>{"VAL MER 071"});
  EXPECT_EQ(Code("Valdoria pledged aid to Merentia."), std::vector<std::string>{"VAL MER 071"});
  EXPECT_EQ(Code("Valdoria publicly pledged support to Merentia."),
            std::vector<std::string>{"VAL MER 0311"});
  EXPECT_EQ(Code("Valdoria pledged support to Merentia publicly."),
            std::vector<std::string>{"VAL MER 030"});
}

TEST(PetrarchCoding, ANameRunningThroughAnOfPhraseNamesTheWholePhrase) {
  EXPECT_EQ(Code("Valdoria praised the Council of Elders."),
            std::vector<std::string>{"VAL ELD 051"});
  // A name wholly inside the "of" phrase is still the place of the agent before it.
  EXPECT_EQ(Code("Valdoria praised the envoy of Merentia."),
            std::vector<std::string>{"VAL MERGOV 051"});
}

TEST(PetrarchCoding, AgentsStackInsideEachOthersWords) {
  // Suffix agents in the order found, prefix agents each in front of those before it, a
  // code already there not repeated.
  EXPECT_EQ(Code("Valdoria praised Merentia's main opposition group."),
            std::vector<std::string>{"VAL MERMOPOPP 051"});
  EXPECT_EQ(Code("Human rights activists in Kostania praised Zembla."),
            std::vector<std::string>{"SGMHGMKOS ZEM 051"});
  EXPECT_EQ(Code("Merentia's prime minister praised Valdoria."),
            std::vector<std::string>{"MERGOV VAL 051"});
}

TEST(PetrarchCoding, ACompoundSlotAfterTheVerbIsEachTarget) {
  EXPECT_EQ(Code("Valdoria concurred with Merentia and Kostania."),
            (std::vector<std::string>{"VAL MER 031", "VAL KOS 031"}));
}

TEST(PetrarchCoding, TheTargetMayBeTheObjectOfAnInfinitiveOfTheVerb) {
  EXPECT_EQ(Code("Valdoria signed a treaty to supply Merentia with grain."),
            std::vector<std::string>{"VAL MER 081"});
  // Only its object: a name further inside the infinitive is the infinitive's own.
  EXPECT_EQ(Code("Valdoria signed a treaty to discuss trade with Merentia."),
            std::vector<std::string>{});
}

TEST(PetrarchCoding, CodesFromAPennTreebankParse) {
  const Coder coder(SharedAnalyzer(), PetrarchTestDictionaries(),
                    std::make_shared<PetrarchClauseCoder>());
  Story story;
  story.id = "parsed";
  story.date = *Date::ParseIso("2001-05-04");
  story.text = "Valdoria praised Merentia.";
  Coder::Scratch scratch;
  std::vector<Event> events;
  const Status parsed = coder.CodeParsed(
      story, "(ROOT (S (NP (NNP Valdoria)) (VP (VBD praised) (NP (NNP Merentia))) (. .)))",
      &scratch, &events);
  ASSERT_TRUE(parsed.ok()) << parsed.message();
  EXPECT_EQ(EventTriples(events), std::vector<std::string>{"VAL MER 051"});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(story.text.substr(events[0].target_span.begin, events[0].target_span.size()),
            "Merentia");

  events.clear();
  EXPECT_FALSE(
      coder.CodeParsed(story, "(ROOT (S (NP (NNP Valdoria)) (VP (VBD praised)", &scratch, &events)
          .ok());
  EXPECT_TRUE(events.empty());
}

}  // namespace
}  // namespace tacitus
