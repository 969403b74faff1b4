#include "syntax/clause_parser.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "syntax/dump.h"
#include "syntax/testing.h"

namespace tacitus {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    start = end == std::string::npos ? text.size() : end + 1;
  }
  return lines;
}

// Parses the hand-tagged sentences and expects exactly these clause lines, one per clause.
void ExpectClauses(std::string_view annotated, const std::vector<std::string>& expected) {
  Document doc;
  ASSERT_TRUE(testing::MakeTaggedDocument(annotated, &doc));
  Syntax syntax;
  ClauseParser().Parse(doc, &syntax);
  const std::vector<std::string> lines = Lines(DumpSyntax(doc, syntax, {}));
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(i < lines.size() ? lines[i] : "(missing)", expected[i]) << "clause line " << i;
  }
  for (size_t i = expected.size(); i < lines.size(); ++i) ADD_FAILURE() << "extra: " << lines[i];
}

constexpr std::string_view kPutinXi =
    "Russian/JJ President/NNP Vladimir/NNP Putin/NNP and/CC Chinese/JJ President/NNP Xi/NNP "
    "Jinping/NNP met/VBD/meet in/IN Beijing/NNP yesterday/NN ,/, underscoring/VBG/underscore "
    "the/DT strength/NN of/IN their/PRP$ partnership/NN in/IN the/DT face/NN of/IN ongoing/JJ "
    "global/JJ challenges/NNS/challenge ./.";

constexpr std::string_view kWesternPowers =
    "Western/JJ powers/NNS/power have/VBP/have criticized/VBN/criticize China/NNP 's/POS "
    "partnership/NN with/IN Russia/NNP ,/, arguing/VBG/argue that/IN it/PRP violates/VBZ/violate "
    "international/JJ norms/NNS/norm ./.";

TEST(ClauseParser, MeetingSentenceWithParticipialAdjunct) {
  ExpectClauses(
      kPutinXi,
      {
          R"(s0 c0 main: subj="Russian President Vladimir Putin" & "Chinese President Xi Jinping" | verb="met" lemma=meet past | pp: in "Beijing" | adv: "yesterday")",
          R"(s0 c1 part<c0: subj="Russian President Vladimir Putin" & "Chinese President Xi Jinping" | verb="underscoring" lemma=underscore | obj="the strength"{of "their partnership"{poss="their"}} | pp: in "the face"{of "ongoing global challenges"})",
      });
}

TEST(ClauseParser, CriticismWithPossessorAttachmentAndReportedArgument) {
  ExpectClauses(
      kWesternPowers,
      {
          R"(s0 c0 main: subj="Western powers" | verb="have criticized" lemma=criticize present perfect | obj="China's partnership"{poss="China"; with "Russia"})",
          R"(s0 c1 part<c0: subj="Western powers" | verb="arguing" lemma=argue)",
          R"(s0 c2 reported<c1 "that": subj="it" | verb="violates" lemma=violate present | obj="international norms" | speaker="Western powers")",
      });
}

TEST(ClauseParser, ObjectStructureIsReachableByIndex) {
  Document doc;
  ASSERT_TRUE(testing::MakeTaggedDocument(kWesternPowers, &doc));
  Syntax syntax;
  ClauseParser().Parse(doc, &syntax);
  ASSERT_GE(syntax.clauses.size(), 1u);
  const Clause& c = syntax.clauses[0];
  EXPECT_EQ(c.verb.lemma, "criticize");
  ASSERT_GE(c.LogicalObject(), 0);
  const NounPhrase& object = syntax.phrases[c.LogicalObject()];
  EXPECT_EQ(doc.tokens[object.head].text, "partnership");
  ASSERT_GE(object.possessor, 0);
  EXPECT_EQ(doc.tokens[syntax.phrases[object.possessor].head].text, "China");
  ASSERT_EQ(syntax.AttachmentsOf(object).size(), 1u);
  const Attachment& with = syntax.AttachmentsOf(object)[0];
  EXPECT_EQ(doc.tokens[with.preposition.begin].text, "with");
  EXPECT_EQ(doc.tokens[syntax.phrases[with.object].head].text, "Russia");
}

TEST(ClauseParser, ArrestWarrantSentence) {
  ExpectClauses(
      "Despite/IN the/DT arrest/NN warrant/NN issued/VBN/issue by/IN the/DT International/NNP "
      "Criminal/NNP Court/NNP (/-LRB- ICC/NNP )/-RRB- against/IN Putin/NNP earlier/RBR this/DT "
      "year/NN ,/, he/PRP remains/VBZ/remain determined/JJ to/TO engage/VB in/IN diplomatic/JJ "
      "discussions/NNS/discussion with/IN key/JJ allies/NNS/ally like/IN China/NNP ./.",
      {
          R"(s0 c0 rel<c1: subj="the arrest warrant" | verb="issued" lemma=issue passive | agent="the International Criminal Court"{appos="ICC"} | pp: against "Putin" | adv: "earlier this year")",
          R"(s0 c1 main: subj="he" | verb="remains" lemma=remain present | pp: Despite "the arrest warrant")",
          R"(s0 c2 inf<c1: subj="he" | verb="to engage" lemma=engage | pp: in "diplomatic discussions"{with "key allies"{like "China"}})",
      });
}

TEST(ClauseParser, SubjectWaitsOverAParentheticalWithAParticiple) {
  ExpectClauses(
      "The/DT envoy/NN ,/, in/IN a/DT letter/NN sent/VBN/send on/IN Friday/NNP ,/, "
      "asked/VBD/ask Chile/NNP for/IN help/NN ./.",
      {
          R"(s0 c0 rel<c1: subj="a letter" | verb="sent" lemma=send passive | adv: "on Friday")",
          R"(s0 c1 main: subj="The envoy" | verb="asked" lemma=ask past | obj="Chile" | pp: in "a letter"; for "help")",
      });
}

TEST(ClauseParser, NorCoordinatesLikeOr) {
  ExpectClauses(
      "Neither/DT Peru/NNP nor/CC Chile/NNP signed/VBD/sign the/DT pact/NN ./.",
      {R"(s0 c0 main: subj="Neither Peru" & "Chile" | verb="signed" lemma=sign past | obj="the pact")"});
}

TEST(ClauseParser, PastParticipleAfterALexicalVerbModifiesTheObject) {
  ExpectClauses(
      "Moscow/NNP rejected/VBD/reject revised/VBN/revise trade/NN terms/NNS ./.",
      {R"(s0 c0 main: subj="Moscow" | verb="rejected" lemma=reject past | obj="revised trade terms")"});
  // After "have" the participle is the verb itself.
  ExpectClauses(
      "Moscow/NNP has/VBZ/have revised/VBN/revise trade/NN terms/NNS ./.",
      {R"(s0 c0 main: subj="Moscow" | verb="has revised" lemma=revise present perfect | obj="trade terms")"});
}

TEST(ClauseParser, PassiveGivesAgentAsLogicalSubject) {
  const std::string_view text =
      "The/DT warrant/NN was/VBD/be issued/VBN/issue by/IN the/DT ICC/NNP on/IN Friday/NNP ./.";
  ExpectClauses(
      text,
      {
          R"(s0 c0 main: subj="The warrant" | verb="was issued" lemma=issue past passive | agent="the ICC" | adv: "on Friday")",
      });
  Document doc;
  ASSERT_TRUE(testing::MakeTaggedDocument(text, &doc));
  Syntax syntax;
  ClauseParser().Parse(doc, &syntax);
  ASSERT_EQ(syntax.clauses.size(), 1u);
  EXPECT_EQ(doc.tokens[syntax.phrases[syntax.clauses[0].LogicalSubject()].head].text, "ICC");
  EXPECT_EQ(doc.tokens[syntax.phrases[syntax.clauses[0].LogicalObject()].head].text, "warrant");
}

TEST(ClauseParser, Negation) {
  ExpectClauses(
      "Putin/NNP did/VBD/do not/RB meet/VB Xi/NNP ./. | Putin/NNP never/RB met/VBD/meet Xi/NNP "
      "./. | The/DT talks/NNS/talk have/VBP not/RB been/VBN/be productive/JJ ./. | Moscow/NNP "
      "is/VBZ/be not/RB being/VBG/be investigated/VBN/investigate ./.",
      {
          R"(s0 c0 main: subj="Putin" | verb="did not meet" lemma=meet past neg | obj="Xi")",
          R"(s1 c0 main: subj="Putin" | verb="never met" lemma=meet past neg | obj="Xi")",
          R"(s2 c0 main: subj="The talks" | verb="have not been" lemma=be present perfect neg)",
          R"(s3 c0 main: subj="Moscow" | verb="is not being investigated" lemma=investigate present progressive passive neg)",
      });
}

TEST(ClauseParser, ModalFutureAndParticle) {
  ExpectClauses(
      "Russia/NNP will/MD sign/VB the/DT deal/NN next/JJ week/NN ./. | China/NNP could/MD "
      "pull/VB out/RP of/IN the/DT talks/NNS/talk ./. | Kyiv/NNP has/VBZ/have been/VBN/be "
      "stepping/VBG/step up/RP attacks/NNS/attack ./.",
      {
          R"(s0 c0 main: subj="Russia" | verb="will sign" lemma=sign future | obj="the deal" | adv: "next week")",
          R"(s1 c0 main: subj="China" | verb="could pull out" lemma=pull modal=could prt=out | pp: of "the talks")",
          R"(s2 c0 main: subj="Kyiv" | verb="has been stepping up" lemma=step present perfect progressive prt=up | obj="attacks")",
      });
}

TEST(ClauseParser, Apposition) {
  ExpectClauses(
      "Xi/NNP Jinping/NNP ,/, China/NNP 's/POS president/NN ,/, welcomed/VBD/welcome Putin/NNP "
      "./. | Putin/NNP met/VBD/meet Li/NNP Qiang/NNP ,/, the/DT Chinese/JJ premier/NN ./.",
      {
          R"(s0 c0 main: subj="Xi Jinping"{appos="China's president"{poss="China"}} | verb="welcomed" lemma=welcome past | obj="Putin")",
          R"(s1 c0 main: subj="Putin" | verb="met" lemma=meet past | obj="Li Qiang"{appos="the Chinese premier"})",
      });
}

TEST(ClauseParser, RelativeClauses) {
  ExpectClauses(
      "The/DT warrant/NN ,/, which/WDT was/VBD/be issued/VBN/issue by/IN the/DT ICC/NNP ,/, "
      "angered/VBD/anger Moscow/NNP ./. | The/DT leaders/NNS/leader discussed/VBD/discuss the/DT "
      "Belt/NNP and/CC Road/NNP Initiative/NNP ,/, a/DT major/JJ project/NN "
      "championed/VBN/champion "
      "by/IN Xi/NNP ./. | The/DT deal/NN that/WDT Putin/NNP signed/VBD/sign angered/VBD/anger "
      "Kyiv/NNP ./.",
      {
          R"(s0 c0 rel<c1 "which": subj="The warrant" | verb="was issued" lemma=issue past passive | agent="the ICC")",
          R"(s0 c1 main: subj="The warrant" | verb="angered" lemma=anger past | obj="Moscow")",
          R"(s1 c0 main: subj="The leaders" | verb="discussed" lemma=discuss past | obj="the Belt and Road Initiative"{appos="a major project"})",
          R"(s1 c1 rel<c0: subj="a major project" | verb="championed" lemma=champion passive | agent="Xi")",
          R"(s2 c0 rel<c1 "that": subj="Putin" | verb="signed" lemma=sign past | obj="The deal")",
          R"(s2 c1 main: subj="The deal" | verb="angered" lemma=anger past | obj="Kyiv")",
      });
}

TEST(ClauseParser, CoordinationOfSubjectsObjectsAndVerbs) {
  ExpectClauses(
      "Putin/NNP met/VBD/meet Xi/NNP and/CC signed/VBD/sign a/DT deal/NN on/IN gas/NN ./. | "
      "Putin/NNP praised/VBD/praise China/NNP ,/, India/NNP and/CC Brazil/NNP ./. | "
      "Russia/NNP exports/VBZ/export oil/NN and/CC China/NNP buys/VBZ/buy it/PRP ./.",
      {
          R"(s0 c0 main: subj="Putin" | verb="met" lemma=meet past | obj="Xi")",
          R"(s0 c1 coord<c0 "and": subj="Putin" | verb="signed" lemma=sign past | obj="a deal" | pp: on "gas")",
          R"(s1 c0 main: subj="Putin" | verb="praised" lemma=praise past | obj="China" & "India" & "Brazil")",
          R"(s2 c0 main: subj="Russia" | verb="exports" lemma=export present | obj="oil")",
          R"(s2 c1 coord<c0 "and": subj="China" | verb="buys" lemma=buy present | obj="it")",
      });
}

TEST(ClauseParser, ReportedSpeechInEveryOrder) {
  ExpectClauses(
      "Putin/NNP said/VBD/say that/IN Russia/NNP would/MD support/VB China/NNP ./. | "
      "Putin/NNP said/VBD/say Russia/NNP supports/VBZ/support China/NNP ./. | "
      "Russia/NNP supports/VBZ/support China/NNP ,/, Putin/NNP said/VBD/say ./. | "
      "``/`` We/PRP support/VBP China/NNP ,/, ''/'' said/VBD/say Putin/NNP ./. | "
      "Russia/NNP supports/VBZ/support China/NNP ,/, according/VBG to/TO Tass/NNP ./. | "
      "According/VBG/according to/TO Tass/NNP ,/, Russia/NNP supports/VBZ/support China/NNP ./.",
      {
          R"(s0 c0 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0 "that": subj="Russia" | verb="would support" lemma=support modal=would | obj="China" | speaker="Putin")",
          R"(s1 c0 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s1 c1 reported<c0: subj="Russia" | verb="supports" lemma=support present | obj="China" | speaker="Putin")",
          R"(s2 c0 reported<c1: subj="Russia" | verb="supports" lemma=support present | obj="China" | speaker="Putin")",
          R"(s2 c1 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s3 c0 reported<c1: subj="We" | verb="support" lemma=support present | obj="China" | speaker="Putin")",
          R"(s3 c1 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s4 c0 reported: subj="Russia" | verb="supports" lemma=support present | obj="China" | speaker="Tass")",
          R"(s5 c0 reported: subj="Russia" | verb="supports" lemma=support present | obj="China" | speaker="Tass")",
      });
}

TEST(ClauseParser, AdjectivesAfterANameGoOnWithItsPhraseUnlessTheyOpenASecondObject) {
  ExpectClauses(
      "The/DT US/NNP special/JJ envoy/NN met/VBD/meet Assad/NNP ./. | "
      "Russia/NNP gave/VBD/give the/DT Kurds/NNPS new/JJ weapons/NNS/weapon ./. | "
      "Abe/NNP visited/VBD/visit Washington/NNP last/JJ week/NN ./.",
      {
          R"(s0 c0 main: subj="The US special envoy" | verb="met" lemma=meet past | obj="Assad")",
          R"(s1 c0 main: subj="Russia" | verb="gave" lemma=give past | obj="new weapons" | iobj="the Kurds")",
          // A time after the name is no part of it.
          R"(s2 c0 main: subj="Abe" | verb="visited" lemma=visit past | obj="Washington" | adv: "last week")",
      });
}

TEST(ClauseParser, ANumberBeforeAdjectivesCountsTheirNoun) {
  ExpectClauses(
      "The/DT US/NNP sanctioned/VBD/sanction three/CD Russian/JJ banks/NNS/bank ./. | "
      "The/DT talks/NNS/talk lasted/VBD/last two/CD full/JJ days/NNS/day ./.",
      {
          R"(s0 c0 main: subj="The US" | verb="sanctioned" lemma=sanction past | obj="three Russian banks")",
          R"(s1 c0 main: subj="The talks" | verb="lasted" lemma=last past | obj="two full days")",
      });
}

TEST(ClauseParser, ABareVerbWithItsOwnSubjectAfterThatIsSubjunctive) {
  ExpectClauses(
      "Poland/NNP demanded/VBD/demand that/IN Russia/NNP withdraw/VB its/PRP$ troops/NNS/troop ./. "
      "| "
      "Poland/NNP wants/VBZ/want to/TO withdraw/VB its/PRP$ troops/NNS/troop ./.",
      {
          R"(s0 c0 main: subj="Poland" | verb="demanded" lemma=demand past)",
          R"(s0 c1 sub<c0 "that": subj="Russia" | verb="withdraw" lemma=withdraw subjunctive | obj="its troops"{poss="its"})",
          // "to withdraw" is an infinitive, not a subjunctive.
          R"(s1 c0 main: subj="Poland" | verb="wants" lemma=want present)",
          R"(s1 c1 inf<c0: subj="Poland" | verb="to withdraw" lemma=withdraw | obj="its troops"{poss="its"})",
      });
}

TEST(ClauseParser, ACommaBetweenAdjectivesOfOneNounStaysInItsPhrase) {
  ExpectClauses(
      "Arnor/NNP restored/VBD/restore complete/JJ ,/, full/JJ ties/NNS/tie ./. | "
      "He/PRP was/VBD/be tired/JJ ,/, hungry/JJ and/CC cold/JJ ./.",
      {
          R"(s0 c0 main: subj="Arnor" | verb="restored" lemma=restore past | obj="complete, full ties")",
          // Adjectives with no noun after them make no phrase.
          R"(s1 c0 main: subj="He" | verb="was" lemma=be past)",
      });
}

TEST(ClauseParser, AParticipleInsideANounPhraseMayPrecedeAName) {
  ExpectClauses(
      "A/DT clearly/RB inebriated/VBN/inebriate Bree/NNP official/NN said/VBD/say ./.",
      {
          R"(s0 c0 main: subj="A clearly inebriated Bree official" | verb="said" lemma=say past)",
      });
}

TEST(ClauseParser, CoordinatedSubjectsOpenAThatLessComplement) {
  ExpectClauses(
      "Putin/NNP said/VBD/say Russia/NNP and/CC China/NNP would/MD cope/VB ./. | "
      "Arnor/NNP believes/VBZ/believe Gondor/NNP and/CC Rohan/NNP can/MD cope/VB ./. | "
      "Russia/NNP attacked/VBD/attack Ukraine/NNP and/CC China/NNP condemned/VBD/condemn it/PRP "
      "./.",
      {
          R"(s0 c0 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="Russia" & "China" | verb="would cope" lemma=cope modal=would | speaker="Putin")",
          R"(s1 c0 main: subj="Arnor" | verb="believes" lemma=believe present)",
          R"(s1 c1 sub<c0: subj="Gondor" & "Rohan" | verb="can cope" lemma=cope modal=can)",
          // A verb without a clausal complement: two clauses, each with its subject.
          R"(s2 c0 main: subj="Russia" | verb="attacked" lemma=attack past | obj="Ukraine")",
          R"(s2 c1 coord<c0 "and": subj="China" | verb="condemned" lemma=condemn past | obj="it")",
      });
}

TEST(ClauseParser, InfinitiveSubjectFollowsObjectControl) {
  ExpectClauses(
      "The/DT United/NNP States/NNPS urged/VBD/urge China/NNP to/TO stop/VB "
      "supporting/VBG/support Russia/NNP ./. | China/NNP wants/VBZ/want to/TO mediate/VB ./.",
      {
          R"(s0 c0 main: subj="The United States" | verb="urged" lemma=urge past | obj="China")",
          R"(s0 c1 inf<c0: subj="China" | verb="to stop" lemma=stop)",
          R"(s0 c2 part<c1: subj="China" | verb="supporting" lemma=support | obj="Russia")",
          R"(s1 c0 main: subj="China" | verb="wants" lemma=want present)",
          R"(s1 c1 inf<c0: subj="China" | verb="to mediate" lemma=mediate)",
      });
}

TEST(ClauseParser, IndirectObjectAndAgoAdverbial) {
  ExpectClauses(
      "Russia/NNP gave/VBD/give Ukraine/NNP a/DT warning/NN two/CD days/NNS/day ago/RB ./.",
      {
          R"(s0 c0 main: subj="Russia" | verb="gave" lemma=give past | obj="a warning" | iobj="Ukraine" | adv: "two days ago")",
      });
}

TEST(ClauseParser, PreposedSubordinateClauseAndListInsideAttachment) {
  ExpectClauses(
      "While/IN the/DT focus/NN of/IN this/DT trip/NN was/VBD/be on/IN economic/JJ and/CC "
      "diplomatic/JJ discussions/NNS/discussion ,/, tension/NN rose/VBD/rise between/IN "
      "Russia/NNP ,/, Ukraine/NNP ,/, and/CC the/DT international/JJ community/NN ./.",
      {
          R"(s0 c0 sub<c1 "While": subj="the focus"{of "this trip"} | verb="was" lemma=be past | pp: on "economic and diplomatic discussions")",
          R"(s0 c1 main: subj="tension" | verb="rose" lemma=rise past | pp: between "Russia" & "Ukraine" & "the international community")",
      });
}

TEST(ClauseParser, CoordinatedObjectOfPrepositionBeforeTheVerbStaysAPhrase) {
  ExpectClauses(
      "As/IN the/DT world/NN grapples/VBZ/grapple with/IN conflicts/NNS/conflict ,/, the/DT "
      "meeting/NN between/IN Putin/NNP and/CC Xi/NNP serves/VBZ/serve as/IN a/DT reminder/NN ./.",
      {
          R"(s0 c0 sub<c1 "As": subj="the world" | verb="grapples" lemma=grapple present | pp: with "conflicts")",
          R"(s0 c1 main: subj="the meeting"{between "Putin" & "Xi"} | verb="serves" lemma=serve present | pp: as "a reminder")",
      });
}

TEST(ClauseParser, WhereRelativeBeforeMainClauseKeepsPreposedAttachment) {
  ExpectClauses(
      "In/IN a/DT rapidly/RB changing/VBG/change world/NN ,/, where/WRB alliances/NNS/alliance "
      "are/VBP/be shifting/VBG/shift and/CC challenges/NNS/challenge require/VBP collaboration/NN "
      ",/, this/DT meeting/NN serves/VBZ/serve as/IN a/DT reminder/NN ./.",
      {
          R"(s0 c0 rel<c2 "where": subj="alliances" | verb="are shifting" lemma=shift present progressive)",
          R"(s0 c1 coord<c0 "and": subj="challenges" | verb="require" lemma=require present | obj="collaboration")",
          R"(s0 c2 main: subj="this meeting" | verb="serves" lemma=serve present | pp: In "a rapidly changing world"; as "a reminder")",
      });
}

TEST(ClauseParser, GerundAfterPrepositionTakesTheSubjectDownTheChain) {
  ExpectClauses(
      "Russia/NNP exports/VBZ/export oil/NN to/TO China/NNP ,/, making/VBG/make it/PRP a/DT "
      "partner/NN in/IN meeting/VBG/meet China/NNP 's/POS demand/NN ./.",
      {
          R"(s0 c0 main: subj="Russia" | verb="exports" lemma=export present | obj="oil" | pp: to "China")",
          R"(s0 c1 part<c0: subj="Russia" | verb="making" lemma=make | obj="a partner" | iobj="it")",
          R"(s0 c2 part<c1 "in": subj="Russia" | verb="meeting" lemma=meet | obj="China's demand"{poss="China"})",
      });
}

TEST(ClauseParser, ParsesA400TokenSentenceQuickly) {
  // 50 repetitions of an 8-token stretch: a long chain of coordinated clauses and PPs.
  std::string text;
  for (int i = 0; i < 50; ++i) {
    text +=
        "officials/NNS/official met/VBD/meet the/DT envoy/NN of/IN Russia/NNP in/IN Beijing/NNP ";
    text += i + 1 < 50 ? "and/CC " : "./.";
  }
  Document doc;
  ASSERT_TRUE(testing::MakeTaggedDocument(text, &doc));
  ASSERT_EQ(doc.sentences.size(), 1u);
  ASSERT_GE(doc.tokens.size(), 400u);
  Syntax syntax;
  const ClauseParser parser;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < 100; ++i) parser.Parse(doc, &syntax);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(1));  // ~linear: far less in practice
  ASSERT_EQ(syntax.clauses.size(), 50u);
  for (const Clause& c : syntax.clauses) {
    EXPECT_EQ(c.verb.lemma, "meet");
    ASSERT_GE(c.subject, 0);
    EXPECT_EQ(doc.tokens[syntax.phrases[c.subject].head].text, "officials");
    ASSERT_GE(c.object, 0);
    EXPECT_EQ(doc.tokens[syntax.phrases[c.object].head].text, "envoy");
  }
}

TEST(ClauseParser, ReusedSyntaxGivesTheSameResult) {
  Document first, second;
  ASSERT_TRUE(testing::MakeTaggedDocument(kPutinXi, &first));
  ASSERT_TRUE(testing::MakeTaggedDocument(kWesternPowers, &second));
  const ClauseParser parser;
  Syntax fresh, reused;
  parser.Parse(second, &fresh);
  parser.Parse(first, &reused);
  parser.Parse(second, &reused);
  EXPECT_EQ(DumpSyntax(second, reused, {}), DumpSyntax(second, fresh, {}));
  EXPECT_EQ(reused.sentences.size(), 1u);
}

TEST(ClauseParser, UntaggedAndOddInputDoesNotBreakIt) {
  Document doc;
  ASSERT_TRUE(testing::MakeTaggedDocument(
      "and/CC ,/, ,/, 's/POS which/WDT to/TO by/IN )/-RRB- said/VBD/say | x/NONE y/NONE | "
      "not/RB ./. | Putin/NNP 's/POS ./.",
      &doc));
  Syntax syntax;
  ClauseParser().Parse(doc, &syntax);
  EXPECT_EQ(syntax.sentences.size(), doc.sentences.size());
  for (const Clause& c : syntax.clauses) {
    EXPECT_LT(c.verb.head, doc.tokens.size());
    EXPECT_LT(c.subject, static_cast<int32_t>(syntax.phrases.size()));
  }
  EXPECT_FALSE(DumpSyntax(doc, syntax, {.tokens = true, .chunks = true}).empty());
}

}  // namespace
}  // namespace tacitus
