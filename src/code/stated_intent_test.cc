// Statements of intent: which clause states one (on the real analysis), and what the coder
// codes for it with the test dictionaries of code_testing.h (intent 04 036, 07 033, 16 131,
// 163 1312, 19 138).
#include "code/stated_intent.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/code_testing.h"
#include "code/coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using testing::FindClause;
using ::testing::IsEmpty;
using testing::SharedAnalyzer;
using ::testing::UnorderedElementsAre;
using Acts = IntentStatement::Acts;

// The statement of the clause of `lemma` in `text`, and the stating clause's verb lemma.
struct Found {
  IntentStatement statement;
  std::string stating;
};

Found StatementOf(const std::string& text, std::string_view lemma) {
  Analysis analysis;
  SharedAnalyzer()->Analyze(text, &analysis);
  std::vector<Factuality> factuality;
  ClauseFactuality(analysis.document, analysis.syntax, &factuality);
  const int32_t c = FindClause(analysis, lemma);
  EXPECT_GE(c, 0) << "no clause of " << lemma << " in " << text;
  if (c < 0) return {};
  Found found{FindIntentStatement(analysis.document, analysis.syntax, factuality, c), ""};
  if (found.statement.clause >= 0) {
    found.stating = analysis.syntax.clauses[found.statement.clause].verb.lemma;
  }
  return found;
}

TEST(IntentStatement, AnInfinitiveAfterAVerbOfCommitmentIsStated) {
  Found f = StatementOf("China pledged to send aid to Nepal.", "send");
  EXPECT_EQ(f.stating, "pledge");
  EXPECT_EQ(f.statement.acts, Acts::kAny);
  EXPECT_FALSE(f.statement.reported_future);
  EXPECT_EQ(StatementOf("Iran vowed to attack Israel.", "attack").stating, "vow");
  EXPECT_EQ(StatementOf("Iran is ready to meet the United States.", "meet").stating, "be");
}

// A PETRARCH tree may make any clause of any token: an infinitive whose verb is the story's
// first token has no word before it to read (the parse-tree fuzzer found the read of
// doc.tokens[UINT32_MAX] this once was).
TEST(IntentStatement, AnInfinitiveAtTheFirstTokenHasNoWordBeforeIt) {
  Analysis analysis;
  SharedAnalyzer()->Analyze("China is ready to send aid to Nepal.", &analysis);
  std::vector<Factuality> factuality;
  ClauseFactuality(analysis.document, analysis.syntax, &factuality);
  const int32_t send = FindClause(analysis, "send");
  ASSERT_GE(send, 0);
  ASSERT_EQ(FindIntentStatement(analysis.document, analysis.syntax, factuality, send).clause,
            FindClause(analysis, "be"));
  analysis.syntax.clauses[send].verb.tokens.begin = 0;  // as such a tree has it
  // No word of readiness lies between the stating verb and an infinitive before it.
  EXPECT_EQ(FindIntentStatement(analysis.document, analysis.syntax, factuality, send).clause, -1);
}

TEST(IntentStatement, ReadinessAfterALinkingVerbOrAPassiveOfPreparingIsStated) {
  EXPECT_EQ(StatementOf("Japan stood ready to send aid to Turkey.", "send").stating, "stand");
  EXPECT_EQ(StatementOf("Russia remains willing to meet Ukraine.", "meet").stating, "remain");
  EXPECT_EQ(StatementOf("China is prepared to send troops.", "send").stating, "prepare");
  EXPECT_EQ(
      StatementOf("The envoy stayed in Kabul to meet Taliban leaders.", "meet").statement.clause,
      -1);
}

TEST(IntentStatement, ANounOfCommitmentBeforeTheInfinitiveStatesIt) {
  EXPECT_EQ(StatementOf("Kenya expressed its readiness to send police to Haiti.", "send").stating,
            "express");
  EXPECT_EQ(
      StatementOf("Iran reaffirmed its willingness to meet the United States.", "meet").stating,
      "reaffirm");
  // A purpose is no commitment.
  EXPECT_EQ(StatementOf("Police used tear gas to disperse the crowd.", "disperse").statement.clause,
            -1);
}

TEST(IntentStatement, ANounOfThreatBeforeTheInfinitiveStatesAConflict) {
  const Found threat = StatementOf("Turkey repeated its threat to cut ties with Israel.", "cut");
  EXPECT_EQ(threat.stating, "repeat");
  EXPECT_EQ(threat.statement.acts, Acts::kConflict);
  const Found vow = StatementOf("Iran renewed its vow to punish Israel.", "punish");
  EXPECT_EQ(vow.stating, "renew");
  EXPECT_EQ(vow.statement.acts, Acts::kAny);
}

TEST(IntentStatement, GoingOnOrStartingPassesTheActToWhatStatesIt) {
  EXPECT_EQ(StatementOf("Norway pledged to keep supporting Ukraine.", "support").stating, "pledge");
  Found f =
      StatementOf("The United States will continue to support Ukraine, Blinken said.", "support");
  EXPECT_EQ(f.stating, "say");
  EXPECT_TRUE(f.statement.reported_future);
}

TEST(IntentStatement, AGerundAfterCommittedIsStated) {
  Found f = StatementOf("Japan remains committed to working with Seoul.", "work");
  EXPECT_EQ(f.stating, "commit");
  EXPECT_EQ(f.statement.acts, Acts::kAny);
}

TEST(IntentStatement, AgreeingCommitsToCooperationAndThreateningToConflict) {
  Found agreed = StatementOf("Pakistan agreed to hold talks with India.", "hold");
  EXPECT_EQ(agreed.stating, "agree");
  EXPECT_EQ(agreed.statement.acts, Acts::kCooperation);
  Found threatened = StatementOf("Trump threatened to impose tariffs on Canada.", "impose");
  EXPECT_EQ(threatened.stating, "threaten");
  EXPECT_EQ(threatened.statement.acts, Acts::kConflict);
}

TEST(IntentStatement, ASpeakerTellingWhatWouldBeDoneStatesIt) {
  Found f = StatementOf("The State Department said the United States would provide assistance.",
                        "provide");
  EXPECT_EQ(f.stating, "say");
  EXPECT_TRUE(f.statement.reported_future);
}

TEST(IntentStatement, AThatClauseOfACommitmentIsStated) {
  Found f = StatementOf("Russia vowed that it would attack Ukraine.", "attack");
  EXPECT_EQ(f.stating, "vow");
  EXPECT_TRUE(f.statement.reported_future);
  // Not of any verb: "hoped that it would".
  EXPECT_EQ(StatementOf("Russia hoped that it would meet Ukraine.", "meet").statement.clause, -1);
}

TEST(IntentStatement, AWarningStatesWhatCouldBeDoneADeclarationOnlyWhatWouldBe) {
  Found warned = StatementOf("Police warned that protesters could be arrested.", "arrest");
  EXPECT_EQ(warned.stating, "warn");
  EXPECT_EQ(warned.statement.acts, Acts::kConflict);
  EXPECT_EQ(StatementOf("Russia said it could attack Ukraine.", "attack").statement.clause, -1);
}

TEST(IntentStatement, APlanOrAWishOrARefusedCommitmentStatesNothing) {
  EXPECT_EQ(StatementOf("Biden will meet Putin next month.", "meet").statement.clause, -1);
  EXPECT_EQ(StatementOf("Germany urged Serbia to resume talks.", "resume").statement.clause, -1);
  EXPECT_EQ(StatementOf("Russia refused to agree to meet Ukraine.", "meet").statement.clause, -1);
  EXPECT_EQ(StatementOf("Russia did not agree to meet Ukraine.", "meet").statement.clause, -1);
  EXPECT_EQ(StatementOf("China pledged not to attack Taiwan.", "attack").statement.clause, -1);
}

// The passive's subject of "is committed to", on the real analysis of `text`'s clause of
// `lemma`.
bool CommitsItsSubjectIn(const std::string& text, std::string_view lemma) {
  Analysis analysis;
  SharedAnalyzer()->Analyze(text, &analysis);
  const int32_t c = FindClause(analysis, lemma);
  EXPECT_GE(c, 0) << "no clause of " << lemma << " in " << text;
  return c >= 0 && CommitsItsSubject(analysis.syntax.clauses[c]);
}

TEST(IntentStatement, APassiveOfCommitmentWithNoAgentCommitsItsSubject) {
  EXPECT_TRUE(CommitsItsSubjectIn("Peru is committed to closer ties with Chile.", "commit"));
  EXPECT_TRUE(CommitsItsSubjectIn("Peru remains determined to end the dispute.", "determine"));
  EXPECT_FALSE(CommitsItsSubjectIn("The government committed troops to the mission.", "commit"));
  // The agent named is who commits.
  EXPECT_FALSE(CommitsItsSubjectIn("Peru was committed to the talks by its allies.", "commit"));
}

class StatedIntentCoding : public testing::OurCoderTest {};

TEST_F(StatedIntentCoding, ACommitmentIsCodedAsTheIntentOfItsAct) {
  EXPECT_THAT(Code("Russia agreed to meet China."), UnorderedElementsAre("RUS CHN 036"));
  EXPECT_THAT(Code("China pledged to send aid to Ukraine."), ElementsAre("CHN UKR 033"));
  EXPECT_THAT(Code("Russia vowed to attack Ukraine."), ElementsAre("RUS UKR 138"));
  // An event noun after a light verb: "talks" 040 -> 036.
  EXPECT_THAT(Code("Russia agreed to hold talks with China."), ElementsAre("RUS CHN 036"));
}

TEST_F(StatedIntentCoding, ReadinessAndCommitmentAreIntentsNotDeeds) {
  // "send aid to +T" 071 would code the aid as given.
  EXPECT_THAT(Code("China stood ready to send aid to Ukraine."), ElementsAre("CHN UKR 033"));
  EXPECT_THAT(Code("China is prepared to send aid to Ukraine."), ElementsAre("CHN UKR 033"));
  // The passive's subject commits itself.
  EXPECT_THAT(Code("Russia remains committed to sending aid to Ukraine."),
              ElementsAre("RUS UKR 033"));
}

TEST_F(StatedIntentCoding, APatternOfIntentOnAPassiveOfCommitmentHasItsSubjectAsSource) {
  // "commit to strengthen tie with +T" 030 matches on the passive "is committed".
  EXPECT_THAT(Code("Russia is committed to strengthening ties with China."),
              ElementsAre("RUS CHN 030"));
  EXPECT_THAT(Code("Russia remains committed to strengthening ties with China."),
              ElementsAre("RUS CHN 030"));
}

TEST_F(StatedIntentCoding, AProposedOrInvitedMeetingIsTheIntentToMeet) {
  EXPECT_THAT(Code("Russia proposed holding talks with China."), ElementsAre("RUS CHN 036"));
  EXPECT_THAT(Code("Russia proposed to meet China."), ElementsAre("RUS CHN 036"));
  EXPECT_THAT(Code("Russia accepted an invitation to visit China."), ElementsAre("RUS CHN 036"));
  // A proposal of an act of conflict is no threat.
  EXPECT_THAT(Code("Russia proposed imposing sanctions on Ukraine."), ElementsAre());
}

TEST_F(StatedIntentCoding, AVisitThatSetsThePledgesSceneIsDoneNotPledged) {
  EXPECT_THAT(Code("Russia pledged to send aid to Ukraine during a visit to China."),
              UnorderedElementsAre("RUS UKR 033", "RUS CHN 042", "CHN RUS 043"));
  // A pledge that is itself only planned sets no scene that happened.
  EXPECT_THAT(Code("Russia will pledge to send aid to Ukraine during a visit to China."),
              ElementsAre());
}

TEST_F(StatedIntentCoding, TheLongestPrefixOfTheActsCodeChoosesTheIntent) {
  EXPECT_THAT(Code("Russia threatened to impose sanctions on Ukraine."),
              ElementsAre("RUS UKR 1312"));
}

TEST_F(StatedIntentCoding, AnAgreementToAnActOfConflictIsADecisionNotAThreat) {
  EXPECT_THAT(Code("Russia agreed to impose sanctions on Ukraine."), ElementsAre("RUS UKR 163"));
}

TEST_F(StatedIntentCoding, AnAgreementToAConcessionIsTheConcession) {
  EXPECT_THAT(Code("The Russian minister agreed to resign."), ElementsAre("RUSGOV RUSCVL 0831"));
  // A promise is still an intent.
  EXPECT_THAT(Code("The Russian minister promised to resign."), ElementsAre("RUSGOV RUSCVL 034"));
}

TEST_F(StatedIntentCoding, ASpeakerCommitsOnlyToItsOwnActs) {
  EXPECT_THAT(Code("Russia said it would attack Ukraine."), ElementsAre("RUS UKR 138"));
  EXPECT_THAT(Code("China said Russia would attack Ukraine."), IsEmpty());
}

TEST_F(StatedIntentCoding, AVowThatItWouldActIsTheIntent) {
  EXPECT_THAT(Code("Russia vowed that it would attack Ukraine."), ElementsAre("RUS UKR 138"));
}

TEST_F(StatedIntentCoding, AWarningOfWhatCouldBeDoneIsAThreat) {
  // "attack +T" 190 -> 138; another side's attack foretold is no threat by the speaker.
  EXPECT_THAT(Code("Russia warned that it could attack Ukraine."), ElementsAre("RUS UKR 138"));
  EXPECT_THAT(Code("China warned that Russia could attack Ukraine."), IsEmpty());
}

TEST_F(StatedIntentCoding, APlanIsNotCoded) {
  EXPECT_THAT(Code("Russia will meet China next month."), IsEmpty());
}

TEST_F(StatedIntentCoding, TheIntentLineExplainsTheEvent) {
  const std::vector<Event> events =
      testing::CodedEvents(coder_, "China pledged to send aid to Ukraine.");
  ASSERT_EQ(events.size(), 1u);
  // The pattern of the act, then the intent line (07 033).
  ASSERT_GE(events[0].matched.size(), 2u);
  EXPECT_EQ(events[0].pattern, "send aid to +T");
  EXPECT_EQ(events[0].matched[1], testing::OurTestVerbsLine("intent 07 033"));
}

}  // namespace
}  // namespace tacitus
