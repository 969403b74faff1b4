// A court's decision that names no court, on the small dictionaries of code_testing.h (`verb
// 051 hail +T`, `verb 111 criticize +T | condemn +T`).
#include "code/court_ruling.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"
#include "code/tacitus_clause_coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const Coder& RulingCoder() {
  static const Coder coder{testing::SharedAnalyzer(), testing::OurTestDictionaries(),
                           std::make_shared<TacitusClauseCoder>()};
  return coder;
}

TEST(RulingCourts, ApprovalOrCriticismOfARulingIsOfTheStorysCourts) {
  EXPECT_THAT(testing::EventLines(RulingCoder(), "BEIJING (Reuters) - Russia hailed the ruling."),
              ElementsAre("RUS CHNJUD 051"));
  EXPECT_THAT(
      testing::EventLines(RulingCoder(),
                          "BEIJING (Reuters) - The Russian minister criticized the verdict."),
      ElementsAre("RUSGOV CHNJUD 111"));
}

TEST(RulingCourts, NotAnotherNounNorANamedCourtNorAStoryOfNoCountry) {
  EXPECT_THAT(testing::EventLines(RulingCoder(), "BEIJING (Reuters) - Russia hailed the decision."),
              IsEmpty());
  EXPECT_THAT(
      testing::EventLines(RulingCoder(), "BEIJING (Reuters) - Russia hailed the ICC ruling."),
      ElementsAre("RUS IGOICC 051"));
  EXPECT_THAT(testing::EventLines(RulingCoder(), "Russia hailed the ruling."), IsEmpty());
}

}  // namespace
}  // namespace tacitus
