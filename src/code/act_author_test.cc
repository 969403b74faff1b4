// Who did the act a noun phrase names, on sentences written for these tests.
#include "code/act_author.h"

#include <gtest/gtest.h>

#include <string>

#include "code/code_testing.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using testing::FindPhrase;
using testing::PhraseWords;
using testing::SharedAnalyzer;

// The words of the author of the phrase `act` of `text`; "(none)" when nothing says.
std::string AuthorWords(const std::string& text, std::string_view act) {
  Analysis analysis;
  SharedAnalyzer()->Analyze(text, &analysis);
  const int32_t phrase = FindPhrase(analysis, text, act);
  EXPECT_GE(phrase, 0) << "no phrase " << act;
  const int32_t author = ActAuthor(analysis.document, analysis.syntax, 0, phrase);
  return author < 0 ? "(none)" : PhraseWords(analysis, text, author);
}

TEST(ActAuthor, TheByPhraseOfTheActNamesItsAuthor) {
  EXPECT_EQ(AuthorWords("Italy condemned the attack by rebel fighters.", "the attack"),
            "rebel fighters");
  EXPECT_EQ(AuthorWords("Italy criticized the excessive use of force by the police.",
                        "the excessive use"),
            "the police");
}

TEST(ActAuthor, TheByPhraseAfterTheObjectOfTheVerbsPrepositionNamesItsAuthor) {
  EXPECT_EQ(AuthorWords("Italy expressed opposition to the visit by the generals.", "the visit"),
            "the generals");
  EXPECT_EQ(
      AuthorWords("Italy was appalled by the killing of civilians by the rebels.", "the killing"),
      "the rebels");
}

TEST(ActAuthor, APassiveRelativeClauseNamesItsAuthor) {
  EXPECT_EQ(AuthorWords("Italy rejected a plan drafted by the generals.", "a plan"),
            "the generals");
}

TEST(ActAuthor, AMediatorIsNoAuthor) {
  EXPECT_EQ(AuthorWords("Italy accepted a truce brokered by the generals.", "a truce"), "(none)");
}

TEST(ActAuthor, NobodyWhenTheSentenceDoesNotSay) {
  EXPECT_EQ(AuthorWords("Italy condemned the attack on Sunday.", "the attack"), "(none)");
  EXPECT_EQ(AuthorWords("Italy condemned the attack in the capital.", "the attack"), "(none)");
}

}  // namespace
}  // namespace tacitus
