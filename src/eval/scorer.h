// Scoring coded events against a gold set, exactly as the news development set's score.py
// (../shared/news-dev) does, so that a figure from `tacitus eval` is the figure of record.
//
//   GoldFile gold = ...;                          // eval/jsonl_inputs.h
//   std::vector<Prediction> predictions = ...;    // our events, or an events file
//   Evaluation result = Evaluate(gold.events, article_ids, predictions, Half::kAll);
//   result.levels[0].f1                           // the headline figure, F1 at L1
//
// Levels, each a key compared between a prediction and a gold event:
//   L1  article, source[:3], target[:3], code[:2] (the root)      -- the headline figure
//   L2  L1 and the date, the prediction's cut to the gold date's length
//   L3  article, full source, full target, full code
// A gold event matches through any combination of its values and their `alt` values.
// Recall: each gold event, in gold order, takes the first prediction of its article not yet
// taken that matches (greedy, one to one), over dyadic gold events (all, and `key` ones).
// Precision, as score.py computes it: at L1 and L3 a prediction is correct when some gold
// event of the scored articles matches it (several predictions may share one gold event); at
// L2 it is the number of predictions the recall matching took.
//
// Only the scored articles count: gold events and predictions of other articles are passed
// over, as are gold events that are not dyadic or miss a side, and predictions with an empty
// side or one starting "---" (PETRARCH's unknown actor). Evaluate never fails.
#ifndef TACITUS_EVAL_SCORER_H_
#define TACITUS_EVAL_SCORER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace tacitus {

// One line of a gold file: the event an analyst coded.
struct GoldEvent {
  std::string article;
  std::string source, target, code, date;  // as written; empty for null
  // score.py's alts(): the value, then its `alt` values; empty ones left out.
  std::vector<std::string> sources, targets, codes, dates;
  bool dyadic = true;    // "dyadic": false marks an event with a side unknown
  bool key = false;      // "salience": "key", a main event of the story
  std::string sentence;  // the sentence it was coded from; empty when not given
  uint32_t line = 0;     // 1-based line in the gold file
};

// One coded event, as score.py reads it from an events file.
struct Prediction {
  std::string story;
  std::string source, target, code;
  std::string date;  // "2023-11-07", "2023-11" or "2023"; empty when unknown
  // For listing false positives: the sentence's 0-based index in the story (-1: unknown)
  // and its text (empty: unknown).
  int64_t sentence_index = -1;
  std::string sentence;
};

// The optional split of a development set: look at misses in one half, take the figure from
// the other.
enum class Half { kAll, kOdd, kEven };

// "odd" or "even"; nullopt for anything else.
std::optional<Half> ParseHalf(std::string_view name);

// Whether `article_id` belongs to `half`: the number its digits make, read together
// ("news-017" is 17), is odd or even. An id without digits is in neither half.
bool InHalf(std::string_view article_id, Half half);

struct LevelScore {
  std::string_view name;  // "L1", "L2", "L3"
  size_t predictions = 0;
  size_t gold = 0;
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  double key_recall = 0;  // recall over the gold events whose salience is "key"
};

// L1 figures for the events of one CAMEO root.
struct RootScore {
  std::string root;      // code[:2]
  size_t gold = 0;       // gold events with that root
  size_t found = 0;      // ... matched by a prediction
  size_t predicted = 0;  // predictions with that root
  size_t correct = 0;    // ... that match some gold event
};

struct Evaluation {
  std::array<LevelScore, 3> levels;     // L1, L2, L3
  std::vector<size_t> missed;           // scored gold events no prediction matched at L1:
                                        // indices into the gold given, in order
  std::vector<size_t> false_positives;  // scored predictions matching no gold event at L1:
                                        // indices into the predictions given, in order
  std::vector<RootScore> roots;         // every root of the scored gold and predictions, sorted
};

// Scores `predictions` against `gold` over the articles in `articles` that are in `half`.
Evaluation Evaluate(std::span<const GoldEvent> gold,
                    const std::unordered_set<std::string>& articles,
                    std::span<const Prediction> predictions, Half half);

}  // namespace tacitus

#endif  // TACITUS_EVAL_SCORER_H_
