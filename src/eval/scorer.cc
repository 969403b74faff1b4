#include "eval/scorer.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "base/code_points.h"

namespace tacitus {
namespace {

// score.py builds every key a gold event accepts (the product of its value lists) and looks
// the prediction's key up among them; asking each list for the prediction's part is the
// same question without building the product.
bool AnyPrefixIs(const std::vector<std::string>& values, size_t length, std::string_view part) {
  return std::any_of(values.begin(), values.end(), [&](const std::string& value) {
    return PrefixCodePoints(value, length) == part;
  });
}

bool AnyIs(const std::vector<std::string>& values, std::string_view part) {
  return std::find(values.begin(), values.end(), part) != values.end();
}

bool MatchesL1(const GoldEvent& gold, const Prediction& prediction) {
  return AnyPrefixIs(gold.sources, 3, PrefixCodePoints(prediction.source, 3)) &&
         AnyPrefixIs(gold.targets, 3, PrefixCodePoints(prediction.target, 3)) &&
         AnyPrefixIs(gold.codes, 2, PrefixCodePoints(prediction.code, 2));
}

// The prediction's date is cut to the length of each gold date in turn, and the cut looked up
// among all of them (score.py's any(key_pred(p, "L2", d) in keys for d in dates)).
bool MatchesL2(const GoldEvent& gold, const Prediction& prediction) {
  if (!MatchesL1(gold, prediction)) return false;
  return std::any_of(gold.dates.begin(), gold.dates.end(), [&](const std::string& date) {
    return AnyIs(gold.dates, PrefixCodePoints(prediction.date, CountCodePoints(date)));
  });
}

bool MatchesL3(const GoldEvent& gold, const Prediction& prediction) {
  return AnyIs(gold.sources, prediction.source) && AnyIs(gold.targets, prediction.target) &&
         AnyIs(gold.codes, prediction.code);
}

using MatchFunction = bool (*)(const GoldEvent&, const Prediction&);

// The scored gold events and predictions, each as indices into what Evaluate was given, and
// each article's share of them in order.
struct Scored {
  std::span<const GoldEvent> all_gold;
  std::span<const Prediction> all_predictions;
  std::vector<size_t> gold;
  std::vector<size_t> predictions;
  std::unordered_map<std::string_view, std::vector<size_t>> gold_of;         // positions in gold
  std::unordered_map<std::string_view, std::vector<size_t>> predictions_of;  // ... in predictions

  const GoldEvent& Gold(size_t position) const { return all_gold[gold[position]]; }
  const Prediction& Predicted(size_t position) const {
    return all_predictions[predictions[position]];
  }
};

bool IsKnownSide(std::string_view side) { return !side.empty() && !side.starts_with("---"); }

Scored Select(std::span<const GoldEvent> gold, const std::unordered_set<std::string>& articles,
              std::span<const Prediction> predictions, Half half) {
  auto scored_article = [&](const std::string& id) {
    return articles.contains(id) && InHalf(id, half);
  };
  Scored scored;
  scored.all_gold = gold;
  scored.all_predictions = predictions;
  for (size_t i = 0; i < gold.size(); ++i) {
    const GoldEvent& event = gold[i];
    if (!scored_article(event.article) || !event.dyadic || event.source.empty() ||
        event.target.empty()) {
      continue;
    }
    scored.gold_of[event.article].push_back(scored.gold.size());
    scored.gold.push_back(i);
  }
  for (size_t i = 0; i < predictions.size(); ++i) {
    const Prediction& prediction = predictions[i];
    if (!scored_article(prediction.story) || !IsKnownSide(prediction.source) ||
        !IsKnownSide(prediction.target)) {
      continue;
    }
    scored.predictions_of[prediction.story].push_back(scored.predictions.size());
    scored.predictions.push_back(i);
  }
  return scored;
}

struct Matching {
  size_t matched = 0;
  std::vector<bool> gold_matched;        // by position in Scored::gold
  std::vector<bool> prediction_matched;  // by position in Scored::predictions
};

// Each gold event of `positions`, in order, takes the first untaken prediction of its article
// that matches.
Matching MatchGreedily(const Scored& scored, const std::vector<size_t>& positions,
                       MatchFunction matches) {
  Matching matching;
  matching.gold_matched.assign(scored.gold.size(), false);
  matching.prediction_matched.assign(scored.predictions.size(), false);
  for (const size_t g : positions) {
    const GoldEvent& gold = scored.Gold(g);
    const auto candidates = scored.predictions_of.find(gold.article);
    if (candidates == scored.predictions_of.end()) continue;
    for (const size_t p : candidates->second) {
      if (matching.prediction_matched[p] || !matches(gold, scored.Predicted(p))) continue;
      matching.prediction_matched[p] = true;
      matching.gold_matched[g] = true;
      ++matching.matched;
      break;
    }
  }
  return matching;
}

// Whether some scored gold event of the prediction's article matches it.
bool MatchesSomeGold(const Scored& scored, size_t position, MatchFunction matches) {
  const Prediction& prediction = scored.Predicted(position);
  const auto golds = scored.gold_of.find(prediction.story);
  if (golds == scored.gold_of.end()) return false;
  return std::any_of(golds->second.begin(), golds->second.end(),
                     [&](size_t g) { return matches(scored.Gold(g), prediction); });
}

double Ratio(size_t part, size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

std::vector<RootScore> ScoreRoots(const Scored& scored, const Matching& l1,
                                  const std::vector<bool>& l1_correct) {
  std::map<std::string, RootScore> roots;  // sorted as score.py sorts them
  auto root_of = [&](std::string_view code) -> RootScore& {
    const std::string root(PrefixCodePoints(code, 2));
    RootScore& score = roots[root];
    score.root = root;
    return score;
  };
  for (size_t g = 0; g < scored.gold.size(); ++g) {
    RootScore& score = root_of(scored.Gold(g).code);
    ++score.gold;
    score.found += l1.gold_matched[g];
  }
  for (size_t p = 0; p < scored.predictions.size(); ++p) {
    RootScore& score = root_of(scored.Predicted(p).code);
    ++score.predicted;
    score.correct += l1_correct[p];
  }
  std::vector<RootScore> sorted;
  for (auto& [root, score] : roots) sorted.push_back(std::move(score));
  return sorted;
}

}  // namespace

std::optional<Half> ParseHalf(std::string_view name) {
  if (name == "odd") return Half::kOdd;
  if (name == "even") return Half::kEven;
  return std::nullopt;
}

bool InHalf(std::string_view article_id, Half half) {
  if (half == Half::kAll) return true;
  // The parity of the number is that of its last digit.
  const size_t last = article_id.find_last_of("0123456789");
  if (last == std::string_view::npos) return false;
  const bool odd = (article_id[last] - '0') % 2 == 1;
  return odd == (half == Half::kOdd);
}

Evaluation Evaluate(std::span<const GoldEvent> gold,
                    const std::unordered_set<std::string>& articles,
                    std::span<const Prediction> predictions, Half half) {
  const Scored scored = Select(gold, articles, predictions, half);
  std::vector<size_t> all_gold(scored.gold.size());
  std::vector<size_t> key_gold;
  for (size_t g = 0; g < scored.gold.size(); ++g) {
    all_gold[g] = g;
    if (scored.Gold(g).key) key_gold.push_back(g);
  }

  Evaluation evaluation;
  const std::array<std::pair<std::string_view, MatchFunction>, 3> levels = {
      {{"L1", MatchesL1}, {"L2", MatchesL2}, {"L3", MatchesL3}}};
  Matching l1;
  std::vector<bool> l1_correct;
  for (size_t level = 0; level < levels.size(); ++level) {
    const auto& [name, matches] = levels[level];
    Matching matching = MatchGreedily(scored, all_gold, matches);
    std::vector<bool> correct = matching.prediction_matched;
    if (name != "L2") {
      for (size_t p = 0; p < correct.size(); ++p) correct[p] = MatchesSomeGold(scored, p, matches);
    }
    LevelScore& score = evaluation.levels[level];
    score.name = name;
    score.predictions = scored.predictions.size();
    score.gold = scored.gold.size();
    score.precision = Ratio(std::count(correct.begin(), correct.end(), true), score.predictions);
    score.recall = Ratio(matching.matched, score.gold);
    const double sum = score.precision + score.recall;
    score.f1 = sum == 0 ? 0.0 : 2 * score.precision * score.recall / sum;
    score.key_recall = Ratio(MatchGreedily(scored, key_gold, matches).matched, key_gold.size());
    if (level == 0) {
      l1 = std::move(matching);
      l1_correct = std::move(correct);
    }
  }

  for (size_t g = 0; g < scored.gold.size(); ++g) {
    if (!l1.gold_matched[g]) evaluation.missed.push_back(scored.gold[g]);
  }
  for (size_t p = 0; p < scored.predictions.size(); ++p) {
    if (!l1_correct[p]) evaluation.false_positives.push_back(scored.predictions[p]);
  }
  evaluation.roots = ScoreRoots(scored, l1, l1_correct);
  return evaluation;
}

}  // namespace tacitus
