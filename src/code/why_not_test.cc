// Why a clause gave no event: one reason per test, each from a sentence written for it, on
// the small dictionaries of code_testing.h (and PETRARCH's for the comma clause).
#include "code/why_not.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "code/code_testing.h"
#include "code/coder.h"
#include "code/petrarch_clause_coder.h"
#include "code/tacitus_clause_coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using testing::OurTestDictionaries;
using testing::PetrarchTestDictionaries;
using testing::SharedAnalyzer;

struct Verdicts {
  std::vector<NoEventReason> reasons;
  std::vector<std::string> lines;  // DescribeVerdict
};

Verdicts WhyNot(const Coder& coder, const std::string& text) {
  testing::CodedWithVerdicts coded = testing::CodeWithVerdicts(coder, text);
  EXPECT_TRUE(coded.events.empty()) << text;
  Verdicts out;
  for (const ClauseVerdict& v : coded.verdicts) out.reasons.push_back(v.reason);
  out.lines = std::move(coded.lines);
  return out;
}

Verdicts Ours(const std::string& text) { return WhyNot(testing::OurTestCoder(), text); }

using R = NoEventReason;

TEST(WhyNot, NoPatternForTheLemma) {
  const Verdicts v = Ours("Russia admired Ukraine.");
  EXPECT_EQ(v.reasons, std::vector<R>{R::kNoPattern});
  EXPECT_EQ(v.lines[0], "verb \"admired\": no pattern for its lemma");
}

TEST(WhyNot, NoPatternMatched) {
  EXPECT_EQ(Ours("Russia imposed limits on sanctions on Ukraine.").reasons,
            std::vector<R>{R::kNoMatch});
}

TEST(WhyNot, NoActorForTheSourceOrTheTarget) {
  const Verdicts source = Ours("The goats attacked Ukraine.");
  EXPECT_EQ(source.reasons, std::vector<R>{R::kNoSource});
  EXPECT_EQ(source.lines[0],
            "verb \"attacked\": no actor for the source \"The goats\" (pattern \"attack +T\")");
  const Verdicts target = Ours("Russia attacked the goats.");
  EXPECT_EQ(target.reasons, std::vector<R>{R::kNoTarget});
  EXPECT_EQ(target.lines[0],
            "verb \"attacked\": no actor for the target \"the goats\" (pattern \"attack +T\")");
}

TEST(WhyNot, TheSameActorOnBothSides) {
  EXPECT_EQ(Ours("Russia criticized Russia.").reasons, std::vector<R>{R::kSameActor});
}

TEST(WhyNot, NegatedAndNotDone) {
  EXPECT_EQ(Ours("Russia did not attack Ukraine.").reasons, std::vector<R>{R::kDenied});
  EXPECT_EQ(Ours("Russia will attack Ukraine.").reasons, std::vector<R>{R::kIntended});
}

TEST(WhyNot, AnAllegedActIsAClaim) {
  // "The goats" name no actor: no accusation, and the alleged attack is not coded either.
  const Verdicts claimed = Ours("The goats alleged that Russia attacked Ukraine.");
  ASSERT_EQ(claimed.reasons.size(), 2u);  // "alleged": no pattern; "attacked": claimed
  EXPECT_EQ(claimed.reasons[1], R::kClaimed);
  EXPECT_EQ(claimed.lines[1],
            "verb \"attacked\": alleged: a claim, not a reported act, against no actor named");
}

TEST(WhyNot, Blocked) {
  EXPECT_EQ(Ours("Putin met the deadline.").reasons, std::vector<R>{R::kBlocked});
}

TEST(WhyNot, Discarded) {
  EXPECT_EQ(Ours("Russia criticized Ukraine after the football match.").reasons,
            std::vector<R>{R::kDiscarded});
}

TEST(WhyNot, APetrarchCommaClauseIsLeftOut) {
  const Coder coder(SharedAnalyzer(), PetrarchTestDictionaries(),
                    std::make_shared<PetrarchClauseCoder>());
  Story story;
  story.id = "test";
  story.date = *Date::ParseIso("2001-05-04");
  story.text = "Valdoria praised Merentia on Monday, a Kostania envoy said on Tuesday.";
  Coder::Scratch scratch;
  scratch.clauses.why_not = true;
  std::vector<Event> events;
  coder.Code(story, &scratch, &events);
  ASSERT_EQ(scratch.clauses.verdicts.size(), 1u);
  EXPECT_EQ(scratch.clauses.verdicts[0].reason, R::kCommaClause);
}

TEST(WhyNot, NoVerdictsUnlessAsked) {
  const Coder coder(SharedAnalyzer(), OurTestDictionaries(),
                    std::make_shared<TacitusClauseCoder>());
  Story story;
  story.id = "test";
  story.date = *Date::ParseIso("2023-11-08");
  story.text = "Russia admired Ukraine.";
  Coder::Scratch scratch;
  std::vector<Event> events;
  coder.Code(story, &scratch, &events);
  EXPECT_TRUE(scratch.clauses.verdicts.empty());
}

}  // namespace
}  // namespace tacitus
