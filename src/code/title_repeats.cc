#include "code/title_repeats.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>

#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

// The sides and kind of an event, as "RUS|UKR|19": what makes a title's event a repeat.
std::string SidesAndRoot(const Event& event) {
  std::string key(LocationPart(event.source));
  key += '|';
  key += LocationPart(event.target);
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
  if (first >= events->size()) return;
  const auto from_title = [&](const Event& event) { return IsTitleLine(doc, event.sentence); };
  const auto coded = std::span<const Event>(*events).subspan(first);
  if (std::none_of(coded.begin(), coded.end(), from_title)) return;  // most stories
  std::unordered_set<std::string> in_body;
  for (const Event& event : coded) {
    if (!from_title(event)) in_body.insert(SidesAndRoot(event));
  }
  const auto repeated = [&](const Event& event) {
    if (!from_title(event) || !in_body.contains(SidesAndRoot(event))) return false;
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
