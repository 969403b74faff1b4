// The scorer's report, line for line as news-dev's score.py prints it:
//
//   L1: predictions=222 gold=1316 P=0.716 R=0.109 F1=0.190 R(key)=0.156
//   L2: ...
//   L3: ...
//   (with show: a blank line, "missed (L1):" and a line per missed gold event,
//    "  news-001 DZAGOV->DZAMIL 0831 | <its sentence, to 100 characters>"; a blank line,
//    "false positives (L1):" and a line per false positive, "  news-002 USA->RUS 112",
//    followed, where the prediction's sentence is known, by " | <the whole sentence>")
//   (with by_root: a blank line, "root  gold  found  recall  predicted  correct  precision"
//    and a row per root)
//   F1(L1)=0.190
//
// Every figure is printed as score.py's f-strings print it (three or two decimals, correctly
// rounded), so the two can be compared byte for byte.
#ifndef TACITUS_EVAL_REPORT_H_
#define TACITUS_EVAL_REPORT_H_

#include <functional>
#include <ostream>
#include <span>

#include "eval/scorer.h"

namespace tacitus {

struct ReportOptions {
  bool show = false;     // the missed gold events and the false positives
  bool by_root = false;  // L1 recall and precision per CAMEO root
  // With show: called after each missed gold event's line, to say what the coder made of its
  // sentence (tacitus eval: our events there, or why none); nothing when empty, as score.py.
  std::function<void(const GoldEvent&, std::ostream&)> after_missed;
};

// `gold` and `predictions` are those `evaluation` was made from.
void WriteReport(const Evaluation& evaluation, std::span<const GoldEvent> gold,
                 std::span<const Prediction> predictions, const ReportOptions& options,
                 std::ostream& out);

}  // namespace tacitus

#endif  // TACITUS_EVAL_REPORT_H_
