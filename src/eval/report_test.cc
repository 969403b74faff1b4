// The report's lines against score.py's f-strings, worked out for small evaluations.
#include "eval/report.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace tacitus {
namespace {

Evaluation TwoThirds() {
  Evaluation evaluation;
  evaluation.levels[0] = {.name = "L1",
                          .predictions = 3,
                          .gold = 4,
                          .precision = 2.0 / 3,
                          .recall = 0.5,
                          .f1 = 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5),
                          .key_recall = 1};
  evaluation.levels[1] = {.name = "L2", .predictions = 3, .gold = 4};
  evaluation.levels[2] = {.name = "L3", .predictions = 3, .gold = 4, .precision = 0.0005};
  return evaluation;
}

TEST(Report, LevelLinesAndTheHeadlineFigure) {
  std::ostringstream out;
  WriteReport(TwoThirds(), {}, {}, {}, out);
  // F1 = 2 * 2/3 * 1/2 / (7/6) = 4/7 = 0.5714...; the double nearest 0.0005 lies just above
  // it, so it rounds up, as Python's format rounds the exact value.
  EXPECT_EQ(out.str(),
            "L1: predictions=3 gold=4 P=0.667 R=0.500 F1=0.571 R(key)=1.000\n"
            "L2: predictions=3 gold=4 P=0.000 R=0.000 F1=0.000 R(key)=0.000\n"
            "L3: predictions=3 gold=4 P=0.001 R=0.000 F1=0.000 R(key)=0.000\n"
            "F1(L1)=0.571\n");
}

TEST(Report, ListsMissesAndFalsePositivesWithTheirSentences) {
  GoldEvent missed{.article = "a-1", .source = "USAGOV", .target = "RUS", .code = "042"};
  missed.sentence = std::string(98, 'x') + "éyz";  // cut at 100 characters, not bytes
  const std::vector<GoldEvent> gold = {GoldEvent{}, missed};
  const std::vector<Prediction> predictions = {
      {.story = "a-2",
       .source = "CHN",
       .target = "JPN",
       .code = "111",
       .sentence = std::string(120, 'w')},  // ours, in full
      {.story = "a-2", .source = "JPN", .target = "CHN", .code = "112"}};
  Evaluation evaluation = TwoThirds();
  evaluation.missed = {1};
  evaluation.false_positives = {0, 1};
  std::ostringstream out;
  WriteReport(evaluation, gold, predictions, {.show = true}, out);
  const std::string report = out.str();
  EXPECT_NE(report.find("L3: predictions=3 gold=4 P=0.001 R=0.000 F1=0.000 R(key)=0.000\n"
                        "\n"
                        "missed (L1):\n"
                        "  a-1 USAGOV->RUS 042 | " +
                        std::string(98, 'x') +
                        "éy\n"
                        "\n"
                        "false positives (L1):\n"
                        "  a-2 CHN->JPN 111 | " +
                        std::string(120, 'w') +
                        "\n"
                        "  a-2 JPN->CHN 112\n"
                        "F1(L1)=0.571\n"),
            std::string::npos)
      << report;
}

TEST(Report, TablePerRoot) {
  Evaluation evaluation = TwoThirds();
  evaluation.roots = {{.root = "04", .gold = 2, .found = 1, .predicted = 1, .correct = 1},
                      {.root = "19", .gold = 0, .found = 0, .predicted = 3, .correct = 0}};
  std::ostringstream out;
  WriteReport(evaluation, {}, {}, {.by_root = true}, out);
  // Python: f"{root:4}  {gold:4}  {found:5}  {rec:>6}  {predicted:9}  {correct:7}  {prec:>9}"
  EXPECT_NE(out.str().find("\n\nroot  gold  found  recall  predicted  correct  precision\n"
                           "04       2      1    0.50          1        1       1.00\n"
                           "19       0      0       -          3        0       0.00\n"
                           "F1(L1)=0.571\n"),
            std::string::npos)
      << out.str();
}

}  // namespace
}  // namespace tacitus
