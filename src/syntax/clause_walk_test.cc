// The clause walk's rules for noun phrases, prepositions and adverbials, through the whole
// parser (the walk needs the chunker before it and the roles after it).
#include "syntax/clause_walk.h"

#include <gtest/gtest.h>

#include <string_view>

#include "syntax/clause_parser.h"
#include "syntax/clause_testing.h"
#include "syntax/testing.h"

namespace tacitus {
namespace {

using testing::ExpectClauses;

TEST(ClauseWalk, PassiveGivesAgentAsLogicalSubject) {
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

TEST(ClauseWalk, AVisitTakesItsToAndACounterpartItsFrom) {
  // Other nouns leave "to" and "from" to the verb ("sent troops to", "withdrew troops from").
  ExpectClauses(
      "Xi/NNP criticized/VBD/criticize Japan/NNP during/IN his/PRP$ visit/NN to/TO "
      "Russia/NNP ./. | Xi/NNP met/VBD/meet his/PRP$ counterparts/NNS/counterpart from/IN "
      "Iran/NNP ./. | Xi/NNP sent/VBD/send troops/NNS/troop to/TO Russia/NNP ./.",
      {
          R"(s0 c0 main: subj="Xi" | verb="criticized" lemma=criticize past | obj="Japan" | pp: during "his visit"{poss="his"; to "Russia"})",
          R"(s1 c0 main: subj="Xi" | verb="met" lemma=meet past | obj="his counterparts"{poss="his"; from "Iran"})",
          R"(s2 c0 main: subj="Xi" | verb="sent" lemma=send past | obj="troops" | pp: to "Russia")",
      });
}

TEST(ClauseWalk, Apposition) {
  ExpectClauses(
      "Xi/NNP Jinping/NNP ,/, China/NNP 's/POS president/NN ,/, welcomed/VBD/welcome Putin/NNP "
      "./. | Putin/NNP met/VBD/meet Li/NNP Qiang/NNP ,/, the/DT Chinese/JJ premier/NN ./.",
      {
          R"(s0 c0 main: subj="Xi Jinping"{appos="China's president"{poss="China"}} | verb="welcomed" lemma=welcome past | obj="Putin")",
          R"(s1 c0 main: subj="Putin" | verb="met" lemma=meet past | obj="Li Qiang"{appos="the Chinese premier"})",
      });
}

TEST(ClauseWalk, AnAppositionGoesOnWithItsOfPhrasesAndSkipsAnAge) {
  // The subject stays the name: the apposition ends at the comma after its "of" phrases, and
  // a person's age between commas is no apposition of its own.
  ExpectClauses(
      "Ana/NNP Ruiz/NNP ,/, the/DT head/NN of/IN the/DT Lima/NNP council/NN ,/, "
      "resigned/VBD/resign ./. | Police/NNS detained/VBD/detain Ana/NNP Ruiz/NNP ,/, 41/CD ,/, "
      "a/DT former/JJ editor/NN of/IN the/DT Lima/NNP Post/NNP ,/, on/IN Monday/NNP ./. | "
      "Ana/NNP Ruiz/NNP ,/, 41/CD ,/, resigned/VBD/resign ./.",
      {
          R"(s0 c0 main: subj="Ana Ruiz"{appos="the head"{of "the Lima council"}} | verb="resigned" lemma=resign past)",
          R"(s1 c0 main: subj="Police" | verb="detained" lemma=detain past | obj="Ana Ruiz"{appos="a former editor"{of "the Lima Post"}} | adv: "on Monday")",
          R"(s2 c0 main: subj="Ana Ruiz" | verb="resigned" lemma=resign past)",
      });
}

TEST(ClauseWalk, AnAppositionAfterTheSubjectsPrepositionalPhraseKeepsTheSubject) {
  // The subject waits for its verb: the name after the comma is no new subject.
  ExpectClauses(
      "The/DT mayor/NN of/IN Lima/NNP ,/, Ana/NNP Ruiz/NNP ,/, resigned/VBD/resign ./. | "
      "Officials/NNS/official in/IN Lima/NNP ,/, the/DT Peruvian/JJ capital/NN ,/, "
      "protested/VBD/protest ./.",
      {
          R"(s0 c0 main: subj="The mayor"{of "Lima"{appos="Ana Ruiz"}} | verb="resigned" lemma=resign past)",
          R"(s1 c0 main: subj="Officials"{in "Lima"{appos="the Peruvian capital"}} | verb="protested" lemma=protest past)",
      });
}

TEST(ClauseWalk, AListAfterAPreposedAttachmentIsTheSubjectOfTheVerbItEndsAt) {
  ExpectClauses(
      "In/IN Geneva/NNP ,/, Peru/NNP and/CC Chile/NNP signed/VBD/sign a/DT pact/NN ./. | "
      "In/IN Peru/NNP ,/, Chile/NNP and/CC Bolivia/NNP ,/, prices/NNS/price rose/VBD/rise ./. | "
      "Envoys/NNS/envoy of/IN Peru/NNP ,/, Chile/NNP and/CC Bolivia/NNP met/VBD/meet ./.",
      {
          R"(s0 c0 main: subj="Peru" & "Chile" | verb="signed" lemma=sign past | obj="a pact" | pp: In "Geneva")",
          R"(s1 c0 main: subj="prices" | verb="rose" lemma=rise past | pp: In "Peru" & "Chile" & "Bolivia")",
          R"(s2 c0 main: subj="Envoys"{of "Peru" & "Chile" & "Bolivia"} | verb="met" lemma=meet past)",
      });
}

TEST(ClauseWalk, NorCoordinatesLikeOr) {
  ExpectClauses(
      "Neither/DT Peru/NNP nor/CC Chile/NNP signed/VBD/sign the/DT pact/NN ./.",
      {R"(s0 c0 main: subj="Neither Peru" & "Chile" | verb="signed" lemma=sign past | obj="the pact")"});
}

TEST(ClauseWalk, ANameAfterTheTimeOfTheObjectIsAnotherObject) {
  ExpectClauses(
      "Putin/NNP met/VBD/meet Erdogan/NNP on/IN Monday/NNP and/CC Raisi/NNP on/IN Tuesday/NNP ./. "
      "| "
      "Putin/NNP met/VBD/meet Erdogan/NNP on/IN Monday/NNP and/CC Tuesday/NNP ./.",
      {
          R"(s0 c0 main: subj="Putin" | verb="met" lemma=meet past | obj="Erdogan" & "Raisi" | adv: "on Monday"; "on Tuesday")",
          R"(s1 c0 main: subj="Putin" | verb="met" lemma=meet past | obj="Erdogan" | adv: "on Monday"; "Tuesday")",
      });
}

TEST(ClauseWalk, AlongWithOrTogetherWithAfterTheSubjectAddsACoAgent) {
  ExpectClauses(
      "Japan/NNP ,/, along/RB with/IN Australia/NNP ,/, condemned/VBD/condemn China/NNP ./. | "
      "Peru/NNP together/RB with/IN Chile/NNP signed/VBD/sign the/DT pact/NN ./. | "
      "Peru/NNP signed/VBD/sign the/DT pact/NN along/RB with/IN Chile/NNP ./.",
      {
          R"(s0 c0 main: subj="Japan" & "Australia" | verb="condemned" lemma=condemn past | obj="China")",
          R"(s1 c0 main: subj="Peru" & "Chile" | verb="signed" lemma=sign past | obj="the pact")",
          R"(s2 c0 main: subj="Peru" | verb="signed" lemma=sign past | obj="the pact" | pp: with "Chile")",
      });
}

TEST(ClauseWalk, CoordinationOfSubjectsObjectsAndVerbs) {
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

TEST(ClauseWalk, CoordinatedObjectOfPrepositionBeforeTheVerbStaysAPhrase) {
  ExpectClauses(
      "As/IN the/DT world/NN grapples/VBZ/grapple with/IN conflicts/NNS/conflict ,/, the/DT "
      "meeting/NN between/IN Putin/NNP and/CC Xi/NNP serves/VBZ/serve as/IN a/DT reminder/NN ./.",
      {
          R"(s0 c0 sub<c1 "As": subj="the world" | verb="grapples" lemma=grapple present | pp: with "conflicts")",
          R"(s0 c1 main: subj="the meeting"{between "Putin" & "Xi"} | verb="serves" lemma=serve present | pp: as "a reminder")",
      });
}

TEST(ClauseWalk, IndirectObjectAndAgoAdverbial) {
  ExpectClauses(
      "Russia/NNP gave/VBD/give Ukraine/NNP a/DT warning/NN two/CD days/NNS/day ago/RB ./.",
      {
          R"(s0 c0 main: subj="Russia" | verb="gave" lemma=give past | obj="a warning" | iobj="Ukraine" | adv: "two days ago")",
      });
}

TEST(ClauseWalk, APhraseRightAfterAPrepositionsObjectInTheSubjectKeepsTheSubject) {
  ExpectClauses(
      "Ten/CD sailors/NNS/sailor ,/, among/IN them/PRP two/CD officers/NNS/officer ,/, "
      "were/VBD/be freed/VBN/free ./.",
      {
          // ", among them" reads as "including" (the chunker's two-word prepositions).
          R"(s0 c0 main: subj="Ten sailors" | verb="were freed" lemma=free past passive | pp: among them "two officers")",
      });
}

TEST(ClauseWalk, APhraseAfterCommaAndWithItsPhrasesBeforeAVerbOpensAClause) {
  ExpectClauses(
      "Chile/NNP closed/VBD/close the/DT port/NN ,/, and/CC ships/NNS/ship from/IN Peru/NNP "
      "and/CC Bolivia/NNP left/VBD/leave ./. | "
      "Chile/NNP closed/VBD/close the/DT port/NN ,/, and/CC ships/NNS/ship from/IN Peru/NNP ./.",
      {
          R"(s0 c0 main: subj="Chile" | verb="closed" lemma=close past | obj="the port")",
          R"(s0 c1 coord<c0 "and": subj="ships"{from "Peru" & "Bolivia"} | verb="left" lemma=leave past)",
          // No verb after them: one more object.
          R"(s1 c0 main: subj="Chile" | verb="closed" lemma=close past | obj="the port" & "ships" | pp: from "Peru")",
      });
}

}  // namespace
}  // namespace tacitus
