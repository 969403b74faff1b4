// Who asked for an act, on sentences written for these tests.
#include "code/requested_act.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "code/code_testing.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using testing::FoundPhraseWords;

// The words naming who asked for what the first clause of `text` reports; "(none)" if none.
std::string RequesterWords(const std::string& text) {
  return FoundPhraseWords(text, [](const Analysis& analysis) {
    return Requester(analysis.document, analysis.syntax, 0);
  });
}

TEST(Requester, ThePossessorOrTheOfOrFromPhraseOfRequest) {
  EXPECT_EQ(RequesterWords("Canada sent engineers at the mayor's request."), "the mayor");
  EXPECT_EQ(RequesterWords("Canada sent engineers at the request of the mayor."), "the mayor");
  EXPECT_EQ(RequesterWords("Canada sent engineers on a request from Chile."), "Chile");
  EXPECT_EQ(RequesterWords("Canada sent engineers to the request desk."), "(none)");
  EXPECT_EQ(RequesterWords("Canada sent engineers on Monday."), "(none)");
}

class RequestedActTest : public testing::OurCoderTest {};

TEST_F(RequestedActTest, TheRequesterAppealsToTheDoer) {
  EXPECT_THAT(Code("China sent aid to Ukraine at Putin's request."),
              ElementsAre("CHN UKR 071", "RUSGOV CHN 020"));
  // The visitor was asked, not the host.
  EXPECT_THAT(Code("At the request of Xi, Putin visited Ukraine."),
              ElementsAre("RUSGOV UKR 042", "UKR RUSGOV 043", "CHNGOV RUSGOV 020"));
}

TEST_F(RequestedActTest, NoAppealAtHomeOrOfNoOne) {
  EXPECT_THAT(Code("Russia sent aid to Ukraine at Putin's request."), ElementsAre("RUS UKR 071"));
  EXPECT_THAT(Code("China sent aid to Ukraine at the request."), ElementsAre("CHN UKR 071"));
}

}  // namespace
}  // namespace tacitus
