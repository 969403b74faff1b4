// The scorer on gold sets of a few events written here, each figure worked out by hand from
// the rules of news-dev's score.py.
#include "eval/scorer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "base/code_points.h"
#include "eval/jsonl_inputs.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<GoldEvent> Gold(const std::string& jsonl) {
  std::istringstream in(jsonl);
  GoldFile gold = ReadGold(in, "gold.jsonl");
  EXPECT_THAT(gold.errors, IsEmpty());
  return gold.events;
}

Prediction Predicted(std::string story, std::string source, std::string target, std::string code,
                     std::string date = "2020-01-02") {
  return {.story = std::move(story),
          .source = std::move(source),
          .target = std::move(target),
          .code = std::move(code),
          .date = std::move(date)};
}

const std::unordered_set<std::string> kArticles = {"a-1", "a-2"};

TEST(Scorer, AltValuesMatchAtEveryLevel) {
  const auto gold = Gold(
      R"({"article": "a-1", "source": "USAGOV", "target": "RUSGOV", "code": "0831", "date": "2020-01-02", "alt": {"target": ["RUS"], "code": "083", "date": ["2020-01"]}}
)");
  // L1 by the first three letters and the root; L2 by the alt month ("2020-01-05" cut to the
  // length of "2020-01"); L3 by the alt target and the alt code.
  const Evaluation result = Evaluate(
      gold, kArticles, {{Predicted("a-1", "USAGOV", "RUS", "083", "2020-01-05")}}, Half::kAll);
  for (const LevelScore& level : result.levels) {
    EXPECT_EQ(level.precision, 1.0) << level.name;
    EXPECT_EQ(level.recall, 1.0) << level.name;
  }
}

TEST(Scorer, FullCodesMustBeAmongTheValuesAtL3) {
  const auto gold = Gold(
      R"({"article": "a-1", "source": "USAGOV", "target": "RUSGOV", "code": "0831", "date": "2020-01-02", "alt": {"target": ["RUS"]}}
)");
  // RUSMIL shares the country with RUSGOV and 0832 the root with 0831: a hit at L1 and L2,
  // but neither is among the gold values.
  const Evaluation result =
      Evaluate(gold, kArticles, {{Predicted("a-1", "USAGOV", "RUSMIL", "0832")}}, Half::kAll);
  EXPECT_EQ(result.levels[0].recall, 1.0);
  EXPECT_EQ(result.levels[1].recall, 1.0);
  EXPECT_EQ(result.levels[2].recall, 0.0);
  EXPECT_EQ(result.levels[2].precision, 0.0);
}

TEST(Scorer, EachPredictionMatchesOneGoldEventInGoldOrder) {
  // The first gold event accepts either prediction, the second only USA->RUS. Greedy in
  // gold order, the first takes the first prediction (USA->RUS) and the second is left
  // without: recall 1/2, where a best matching would find both.
  const auto gold = Gold(
      R"({"article": "a-1", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02", "alt": {"target": ["CHN"]}}
{"article": "a-1", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
)");
  const std::vector<Prediction> predictions = {Predicted("a-1", "USA", "RUS", "042"),
                                               Predicted("a-1", "USA", "CHN", "042")};
  const Evaluation result = Evaluate(gold, kArticles, predictions, Half::kAll);
  const LevelScore& l1 = result.levels[0];
  EXPECT_EQ(l1.recall, 0.5);
  // Both predictions are among the gold keys, so both count as correct.
  EXPECT_EQ(l1.precision, 1.0);
  EXPECT_NEAR(l1.f1, 2 * 1.0 * 0.5 / 1.5, 1e-15);
  EXPECT_THAT(result.missed, ElementsAre(1));
  EXPECT_THAT(result.false_positives, IsEmpty());
}

TEST(Scorer, OnePredictionServesOneGoldEventOnly) {
  const auto gold = Gold(
      R"({"article": "a-1", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-01"}
{"article": "a-1", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
)");
  const Evaluation result = Evaluate(
      gold, kArticles, {{Predicted("a-1", "USA", "RUS", "042", "2020-01-02")}}, Half::kAll);
  EXPECT_EQ(result.levels[0].recall, 0.5);  // the first gold event takes it
  EXPECT_THAT(result.missed, ElementsAre(1));
  // At L2 the first gold event's date differs, so the second one takes it.
  EXPECT_EQ(result.levels[1].recall, 0.5);
  EXPECT_EQ(result.levels[1].precision, 1.0);
}

TEST(Scorer, PrecisionAtL2CountsOnlyMatchedPredictions) {
  const auto gold = Gold(
      R"({"article": "a-1", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
)");
  const std::vector<Prediction> twice = {Predicted("a-1", "USA", "RUS", "042"),
                                         Predicted("a-1", "USA", "RUS", "042")};
  const Evaluation result = Evaluate(gold, kArticles, twice, Half::kAll);
  // L1 and L3 ask whether each prediction is among the gold keys: both are.
  EXPECT_EQ(result.levels[0].precision, 1.0);
  EXPECT_EQ(result.levels[2].precision, 1.0);
  // L2 counts the predictions the one-to-one matching took: one of two.
  EXPECT_EQ(result.levels[1].precision, 0.5);
  EXPECT_EQ(result.levels[1].recall, 1.0);
  EXPECT_NEAR(result.levels[1].f1, 2 * 0.5 * 1.0 / 1.5, 1e-15);
}

TEST(Scorer, KeyRecallIsOverKeyEventsAlone) {
  const auto gold = Gold(
      R"({"article": "a-1", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02", "salience": "key"}
{"article": "a-1", "source": "RUS", "target": "USA", "code": "043", "date": "2020-01-02", "salience": "minor"}
)");
  const Evaluation result =
      Evaluate(gold, kArticles, {{Predicted("a-1", "RUS", "USA", "043")}}, Half::kAll);
  EXPECT_EQ(result.levels[0].recall, 0.5);
  EXPECT_EQ(result.levels[0].key_recall, 0.0);
}

TEST(Scorer, DropsUnknownSidesAndOtherArticles) {
  const auto gold = Gold(
      R"({"article": "a-1", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
{"article": "a-1", "source": "USA", "target": null, "code": "042", "date": "2020-01-02", "dyadic": false}
{"article": "a-1", "source": "USA", "target": "CHN", "code": "042", "date": "2020-01-02", "dyadic": false}
{"article": "a-9", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
)");
  const std::vector<Prediction> predictions = {
      Predicted("a-1", "---", "RUS", "042"), Predicted("a-1", "USA", "---GOV", "042"),
      Predicted("a-1", "", "RUS", "042"),    Predicted("a-9", "USA", "RUS", "042"),
      Predicted("a-2", "USA", "RUS", "042"),  // a scored article without gold events
      Predicted("a-1", "USA", "RUS", "042")};
  const Evaluation result = Evaluate(gold, kArticles, predictions, Half::kAll);
  EXPECT_EQ(result.levels[0].gold, 1u);
  EXPECT_EQ(result.levels[0].predictions, 2u);
  EXPECT_EQ(result.levels[0].precision, 0.5);
  EXPECT_EQ(result.levels[0].recall, 1.0);
  EXPECT_THAT(result.false_positives, ElementsAre(4));  // an index into what was given
}

TEST(Scorer, HalvesByTheNumberInTheArticleId) {
  EXPECT_TRUE(InHalf("news-017", Half::kOdd));
  EXPECT_FALSE(InHalf("news-017", Half::kEven));
  EXPECT_TRUE(InHalf("news-010", Half::kEven));
  EXPECT_TRUE(InHalf("a2b3", Half::kOdd));  // 23
  EXPECT_FALSE(InHalf("story", Half::kOdd));
  EXPECT_FALSE(InHalf("story", Half::kEven));
  EXPECT_TRUE(InHalf("story", Half::kAll));
  EXPECT_EQ(ParseHalf("odd"), Half::kOdd);
  EXPECT_EQ(ParseHalf("even"), Half::kEven);
  EXPECT_EQ(ParseHalf("all"), std::nullopt);

  const auto gold = Gold(
      R"({"article": "n-1", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
{"article": "n-2", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
{"article": "n-4", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
{"article": "n", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
)");
  const std::unordered_set<std::string> articles = {"n-1", "n-2", "n-4", "n"};
  const std::vector<Prediction> predictions = {Predicted("n-1", "USA", "RUS", "042"),
                                               Predicted("n-2", "USA", "RUS", "111")};
  const Evaluation odd = Evaluate(gold, articles, predictions, Half::kOdd);
  EXPECT_EQ(odd.levels[0].gold, 1u);
  EXPECT_EQ(odd.levels[0].predictions, 1u);
  EXPECT_EQ(odd.levels[0].f1, 1.0);
  const Evaluation even = Evaluate(gold, articles, predictions, Half::kEven);
  EXPECT_EQ(even.levels[0].gold, 2u);
  EXPECT_EQ(even.levels[0].predictions, 1u);
  EXPECT_EQ(even.levels[0].precision, 0.0);
  EXPECT_EQ(Evaluate(gold, articles, predictions, Half::kAll).levels[0].gold, 4u);
}

TEST(Scorer, CountsPerRoot) {
  const auto gold = Gold(
      R"({"article": "a-1", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
{"article": "a-1", "source": "RUS", "target": "USA", "code": "043", "date": "2020-01-02"}
{"article": "a-1", "source": "USA", "target": "RUS", "code": "111", "date": "2020-01-02"}
)");
  const std::vector<Prediction> predictions = {Predicted("a-1", "RUS", "USA", "040"),
                                               Predicted("a-1", "USA", "RUS", "190")};
  const Evaluation result = Evaluate(gold, kArticles, predictions, Half::kAll);
  ASSERT_EQ(result.roots.size(), 3u);
  const RootScore& r04 = result.roots[0];
  EXPECT_EQ(r04.root, "04");
  EXPECT_EQ(r04.gold, 2u);
  EXPECT_EQ(r04.found, 1u);
  EXPECT_EQ(r04.predicted, 1u);
  EXPECT_EQ(r04.correct, 1u);
  EXPECT_EQ(result.roots[1].root, "11");
  EXPECT_EQ(result.roots[1].gold, 1u);
  EXPECT_EQ(result.roots[1].predicted, 0u);
  EXPECT_EQ(result.roots[2].root, "19");
  EXPECT_EQ(result.roots[2].gold, 0u);
  EXPECT_EQ(result.roots[2].predicted, 1u);
  EXPECT_EQ(result.roots[2].correct, 0u);
}

TEST(Scorer, CutsByCharactersNotBytes) {
  EXPECT_EQ(PrefixCodePoints("Ελλάδα", 3), "Ελλ");
  EXPECT_EQ(PrefixCodePoints("AB", 3), "AB");
  EXPECT_EQ(PrefixCodePoints("ABC", 0), "");
  EXPECT_EQ(CountCodePoints("2020-01"), 7u);
  EXPECT_EQ(CountCodePoints("é1"), 2u);
  // Longer than eight bytes (counted eight at a time), with sequences across those eights.
  EXPECT_EQ(CountCodePoints("Ελλάδα and 北京 and 😀!"), 20u);
  const auto gold = Gold(
      R"({"article": "a-1", "source": "ÉTAGOV", "target": "USA", "code": "042", "date": "2020-01-02"}
)");
  auto recall = [&](const std::string& source) {
    return Evaluate(gold, kArticles, {{Predicted("a-1", source, "USA", "042")}}, Half::kAll)
        .levels[0]
        .recall;
  };
  EXPECT_EQ(recall("ÉTA"), 1.0);
  EXPECT_EQ(recall("ÉTX"), 0.0);  // the same first three bytes, not the same three letters
}

TEST(Scorer, NothingToScoreGivesZeros) {
  const Evaluation result = Evaluate({}, kArticles, {}, Half::kAll);
  EXPECT_EQ(result.levels[0].precision, 0.0);
  EXPECT_EQ(result.levels[0].recall, 0.0);
  EXPECT_EQ(result.levels[0].f1, 0.0);
  EXPECT_THAT(result.roots, IsEmpty());
}

}  // namespace
}  // namespace tacitus
