// Golden tests of the whole analysis on the bundled example story: sentence boundaries and
// the clauses that event coding needs. Each expected clause line was checked by reading the
// sentence, not copied from the program's output.
#include "syntax/analyzer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/files.h"
#include "syntax/analyzer_testing.h"
#include "syntax/dump.h"

namespace tacitus {
namespace {

using ::testing::Contains;

std::string ExampleText() {
  std::string file;
  const Status read = ReadWholeFile(TACITUS_SOURCE_DIR "/examples/putin-xi-beijing.txt", &file);
  EXPECT_TRUE(read.ok()) << read.message();
  const std::string prefix = " date 2023-11-08 ";
  EXPECT_EQ(file.substr(0, prefix.size()), prefix);
  return file.substr(prefix.size());
}

const Analyzer& SharedAnalyzer() { return *testing::SharedAnalyzer(); }

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class ExampleStory : public ::testing::Test {
 protected:
  void SetUp() override {
    text_ = ExampleText();
    SharedAnalyzer().Analyze(text_, &analysis_);
    clauses_ = Lines(DumpSyntax(analysis_.document, analysis_.syntax, {}));
  }
  std::string SentenceText(size_t i) const {
    const Span span = analysis_.document.sentences[i].span;
    return text_.substr(span.begin, span.size());
  }

  std::string text_;
  Analysis analysis_;
  std::vector<std::string> clauses_;
};

TEST_F(ExampleStory, HasFifteenSentencesInSixParagraphs) {
  const auto& sentences = analysis_.document.sentences;
  ASSERT_EQ(sentences.size(), 15u);
  const uint32_t paragraph_of[15] = {0, 0, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5};
  for (size_t i = 0; i < sentences.size(); ++i) {
    EXPECT_EQ(sentences[i].paragraph, paragraph_of[i]) << "sentence " << i;
    EXPECT_FALSE(sentences[i].is_dateline) << "sentence " << i;
  }
}

TEST_F(ExampleStory, SentenceBoundaries) {
  ASSERT_EQ(analysis_.document.sentences.size(), 15u);
  EXPECT_EQ(SentenceText(0),
            "Russian President Vladimir Putin and Chinese President Xi Jinping met in Beijing "
            "yesterday, underscoring the strength of their partnership in the face of ongoing "
            "global challenges.");
  EXPECT_EQ(SentenceText(1),
            "Despite the arrest warrant issued by the International Criminal Court (ICC) against "
            "Putin earlier this year, he remains determined to engage in diplomatic discussions "
            "with key allies like China.");
  // The curly apostrophe stays in the original span.
  EXPECT_EQ(SentenceText(3),
            "Putin, in his role as the forum\u2019s chief guest, expressed his support for the "
            "initiative, highlighting its role as a platform for international cooperation.");
  EXPECT_EQ(SentenceText(8),
            "Western powers have criticized China\u2019s partnership with Russia, arguing that it "
            "violates international norms.");
  EXPECT_EQ(SentenceText(9),
            "However, China has steadfastly defended its right to collaborate with any country of "
            "its choosing.");
  EXPECT_TRUE(SentenceText(14).starts_with("In a rapidly changing world, where"))
      << SentenceText(14);
  EXPECT_TRUE(SentenceText(14).ends_with("in the face of uncertainty.")) << SentenceText(14);
}

TEST_F(ExampleStory, SentenceOneCoordinatedLeadersMetInBeijingYesterday) {
  EXPECT_THAT(clauses_,
              Contains("s0 c0 main: subj=\"Russian President Vladimir Putin\" & \"Chinese "
                       "President Xi Jinping\" "
                       "| verb=\"met\" lemma=meet past | pp: in \"Beijing\" | adv: \"yesterday\""));
}

TEST_F(ExampleStory, TheWarrantIssuedByTheIccAgainstPutin) {
  EXPECT_THAT(
      clauses_,
      Contains(
          "s1 c0 rel<c1: subj=\"the arrest warrant\" | verb=\"issued\" lemma=issue passive "
          "| agent=\"the International Criminal Court\"{appos=\"ICC\"} | pp: against \"Putin\" "
          "| adv: \"earlier this year\""));
  EXPECT_THAT(clauses_, Contains("s1 c1 main: subj=\"he\" | verb=\"remains\" lemma=remain present "
                                 "| pp: Despite \"the arrest warrant\""));
}

TEST_F(ExampleStory, ReducedRelativeWithAgent) {
  EXPECT_THAT(clauses_,
              Contains("s2 c1 rel<c0: subj=\"a major infrastructure development project\" "
                       "| verb=\"championed\" lemma=champion passive | agent=\"Xi\""));
}

TEST_F(ExampleStory, RussiaExportsOilToChina) {
  EXPECT_THAT(
      clauses_,
      Contains(
          "s5 c0 main: subj=\"Russia\" | verb=\"exports\" lemma=export present "
          "| obj=\"a substantial amount\"{of \"oil\"} | pp: to \"China\" | adv: \"currently\""));
}

TEST_F(ExampleStory, WesternPowersCriticizedChinasPartnershipWithRussia) {
  EXPECT_THAT(
      clauses_,
      Contains(
          "s8 c0 main: subj=\"Western powers\" | verb=\"have criticized\" lemma=criticize present "
          "perfect | obj=\"China's partnership\"{poss=\"China\"; with \"Russia\"}"));
  EXPECT_THAT(
      clauses_,
      Contains("s8 c2 reported<c1 \"that\": subj=\"it\" | verb=\"violates\" lemma=violate present "
               "| obj=\"international norms\" | speaker=\"Western powers\""));
}

TEST_F(ExampleStory, ChinaDefendedItsRight) {
  EXPECT_THAT(
      clauses_,
      Contains(
          "s9 c0 main: subj=\"China\" | verb=\"has steadfastly defended\" lemma=defend present "
          "perfect | obj=\"its right\"{poss=\"its\"}"));
}

TEST_F(ExampleStory, TokensKeepOriginalSpansAcrossTheCurlyApostrophe) {
  const Document& doc = analysis_.document;
  for (const Token& token : doc.tokens) {
    if (token.text != "'s" || text_.compare(token.span.begin, 3, "\u2019") != 0) continue;
    EXPECT_EQ(text_.substr(token.span.begin, token.span.size()), "\u2019s");
    EXPECT_EQ(token.tag, PosTag::kPOS);
    return;
  }
  FAIL() << "no possessive 's written with a curly apostrophe";
}

TEST(Syntax, TheVerbPhraseEndsWhereAClauseOutsideItBegins) {
  Analysis analysis;
  SharedAnalyzer().Analyze(
      "Russia launched a strike, the ministry said, expanding its campaign against rebels.",
      &analysis);
  const Syntax& syntax = analysis.syntax;
  using testing::FindClause;
  const int32_t launched = FindClause(analysis, "launch");
  const int32_t said = FindClause(analysis, "say");
  const int32_t expanding = FindClause(analysis, "expand");
  ASSERT_GE(launched, 0);
  ASSERT_GE(said, 0);
  ASSERT_GE(expanding, 0);
  // "the ministry said" reports "Russia launched ..."; it is no part of that verb phrase.
  const uint32_t subject_of_said = syntax.phrases[syntax.clauses[said].subject].tokens.begin;
  EXPECT_EQ(syntax.VerbPhraseEnd(launched), subject_of_said);
  // "expanding ..." depends on "said", so it is part of said's phrase, which runs on.
  EXPECT_TRUE(syntax.DependsOn(expanding, said));
  EXPECT_GT(syntax.VerbPhraseEnd(said), syntax.clauses[expanding].verb.head);
}

TEST(Analyzer, ADatelineInAParsedFirstSentenceIsASentenceOfItsOwn) {
  Analysis analysis;
  const std::string text = "CEBU CITY: -- The mayor filed a suit.";
  ASSERT_TRUE(SharedAnalyzer()
                  .AnalyzeParsed(text,
                                 "(ROOT (NP (NP (NNP CEBU) (NNP CITY)) (: --) (S (NP (DT The) "
                                 "(NN mayor)) (VP (VBD filed) (NP (DT a) (NN suit))) (. .))))",
                                 &analysis)
                  .ok());
  const auto& sentences = analysis.document.sentences;
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_TRUE(sentences[0].is_dateline);
  EXPECT_FALSE(sentences[1].is_dateline);
  EXPECT_EQ(text.substr(sentences[1].span.begin, sentences[1].span.size()),
            "The mayor filed a suit.");
  // Without a dateline the tree's sentence stays whole.
  ASSERT_TRUE(SharedAnalyzer()
                  .AnalyzeParsed("The mayor filed a suit.",
                                 "(ROOT (S (NP (DT The) (NN mayor)) (VP (VBD filed) (NP (DT a) "
                                 "(NN suit))) (. .)))",
                                 &analysis)
                  .ok());
  ASSERT_EQ(analysis.document.sentences.size(), 1u);
  EXPECT_FALSE(analysis.document.sentences[0].is_dateline);
}

TEST(Analyzer, SameAnalysisFromManyThreads) {
  const std::string text = ExampleText();
  Analysis reference;
  SharedAnalyzer().Analyze(text, &reference);
  const std::string expected = DumpSyntax(reference.document, reference.syntax, {.tokens = true});
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (std::string& out : got) {
    threads.emplace_back([&text, &out] {
      Analysis analysis;
      for (int i = 0; i < 20; ++i) SharedAnalyzer().Analyze(text, &analysis);
      out = DumpSyntax(analysis.document, analysis.syntax, {.tokens = true});
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& out : got) EXPECT_EQ(out, expected);
}

}  // namespace
}  // namespace tacitus
