#include "code/title_repeats.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

namespace tacitus {
namespace {

// The sides and kind of an event, as "RUS|UKR|19": what makes a title's event a repeat.
std::string SidesAndRoot(const Event& event) {
  std::string key = event.source.substr(0, 3);
  key += '|';
  key += event.target.substr(0, 3);
  key += '|';
  key += event.code.substr(0, 2);
  return key;
}

bool EndsAsSentence(std::span<const Token> tokens) {
  for (auto t = tokens.rbegin(); t != tokens.rend(); ++t) {
    const std::string_view w = t->text;
    if (w == "\"" || w == "'" || w == ")") continue;  // a quote or bracket closes after the stop
    return w == "." || w == "!" || w == "?";
  }
  return false;
}

}  // namespace

bool IsTitleLine(const Document& doc, uint32_t s) {
  if (s >= doc.sentences.size()) return false;
  const Sentence& sentence = doc.sentences[s];
  if (sentence.is_dateline) return false;
  const bool alone =
      (s == 0 || doc.sentences[s - 1].paragraph != sentence.paragraph) &&
      (s + 1 == doc.sentences.size() || doc.sentences[s + 1].paragraph != sentence.paragraph);
  return alone && !EndsAsSentence(doc.SentenceTokens(sentence));
}

void DropTitleRepeats(const Document& doc, const Syntax& syntax, size_t first,
                      std::vector<Event>* events, std::vector<ClauseVerdict>* verdicts) {
  std::unordered_set<std::string> in_body;
  bool any_title = false;
  for (size_t e = first; e < events->size(); ++e) {
    const Event& event = (*events)[e];
    if (IsTitleLine(doc, event.sentence)) {
      any_title = true;
    } else {
      in_body.insert(SidesAndRoot(event));
    }
  }
  if (!any_title) return;
  const auto repeated = [&](const Event& event) {
    if (!IsTitleLine(doc, event.sentence) || !in_body.contains(SidesAndRoot(event))) return false;
    if (verdicts != nullptr) {
      ClauseVerdict verdict;
      verdict.sentence = event.sentence;
      verdict.clause = event.clause;
      verdict.reason = NoEventReason::kTitleRepeat;
      if (event.clause >= 0 && static_cast<size_t>(event.clause) < syntax.clauses.size()) {
        verdict.verb = syntax.clauses[event.clause].verb.tokens;
      } else if (event.phrase >= 0 && static_cast<size_t>(event.phrase) < syntax.phrases.size()) {
        verdict.verb = syntax.phrases[event.phrase].tokens;
      }
      verdicts->push_back(verdict);
    }
    return true;
  };
  events->erase(
      std::remove_if(events->begin() + static_cast<std::ptrdiff_t>(first), events->end(), repeated),
      events->end());
}

}  // namespace tacitus
