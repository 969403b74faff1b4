#include "eval/report.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "base/code_points.h"
#include "base/strings.h"

namespace tacitus {
namespace {

// Gold sentences in the listing of misses are cut as score.py cuts them: sentence[:100].
constexpr size_t kSentenceCodePoints = 100;

void WriteLevel(const LevelScore& level, std::ostream& out) {
  out << level.name << ": predictions=" << level.predictions << " gold=" << level.gold
      << Printf(" P=%.3f R=%.3f F1=%.3f R(key)=%.3f", level.precision, level.recall, level.f1,
                level.key_recall)
      << "\n";
}

void WriteEvent(std::string_view article, std::string_view source, std::string_view target,
                std::string_view code, std::string_view sentence, std::ostream& out) {
  out << "  " << article << " " << source << "->" << target << " " << code;
  if (!sentence.empty()) out << " | " << sentence;
  out << "\n";
}

void WriteListings(const Evaluation& evaluation, std::span<const GoldEvent> gold,
                   std::span<const Prediction> predictions, const ReportOptions& options,
                   std::ostream& out) {
  out << "\nmissed (L1):\n";
  for (const size_t i : evaluation.missed) {
    const GoldEvent& event = gold[i];
    WriteEvent(event.article, event.source, event.target, event.code,
               PrefixCodePoints(event.sentence, kSentenceCodePoints), out);
    if (options.after_missed) options.after_missed(event, out);
  }
  // Our own sentence in full: the words that made the event may come late in it.
  out << "\nfalse positives (L1):\n";
  for (const size_t i : evaluation.false_positives) {
    const Prediction& event = predictions[i];
    WriteEvent(event.story, event.source, event.target, event.code, event.sentence, out);
  }
}

// A share with two decimals, or "-" when there is nothing to share.
std::string Share(size_t part, size_t whole) {
  return whole == 0 ? "-" : Printf("%.2f", static_cast<double>(part) / whole);
}

void WriteRoots(std::span<const RootScore> roots, std::ostream& out) {
  out << "\nroot  gold  found  recall  predicted  correct  precision\n";
  for (const RootScore& root : roots) {
    // score.py pads the root to four characters, not bytes.
    std::string padded = root.root;
    padded.append(4 - std::min<size_t>(4, CountCodePoints(root.root)), ' ');
    out << padded
        << Printf("  %4zu  %5zu  %6s  %9zu  %7zu  %9s", root.gold, root.found,
                  Share(root.found, root.gold).c_str(), root.predicted, root.correct,
                  Share(root.correct, root.predicted).c_str())
        << "\n";
  }
}

}  // namespace

void WriteReport(const Evaluation& evaluation, std::span<const GoldEvent> gold,
                 std::span<const Prediction> predictions, const ReportOptions& options,
                 std::ostream& out) {
  for (const LevelScore& level : evaluation.levels) WriteLevel(level, out);
  if (options.show) WriteListings(evaluation, gold, predictions, options, out);
  if (options.by_root) WriteRoots(evaluation.roots, out);
  out << Printf("F1(L1)=%.3f", evaluation.levels[0].f1) << "\n";
}

}  // namespace tacitus
