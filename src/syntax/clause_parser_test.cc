// Whole sentences through every pass. The passes' own rules are tested beside them:
// chunker_test.cc, verb_group_test.cc, clause_walk_test.cc, clause_opening_test.cc,
// clause_roles_test.cc.
#include "syntax/clause_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "syntax/clause_testing.h"
#include "syntax/dump.h"
#include "syntax/testing.h"

namespace tacitus {
namespace {

using testing::ExpectClauses;

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

// Its speed is measured by BM_ParseLongCoordination (bench/), not here.
TEST(ClauseParser, ParsesA400TokenCoordinationOfFiftyClauses) {
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
  parser.Parse(doc, &syntax);
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
