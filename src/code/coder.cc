#include "code/coder.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "code/title_repeats.h"

namespace tacitus {
namespace {

// What makes two events of a story the same event.
struct EventKey {
  uint32_t sentence;
  std::string_view source, target, code;
  friend bool operator==(const EventKey&, const EventKey&) = default;
};

struct EventKeyHash {
  size_t operator()(const EventKey& key) const {
    const std::hash<std::string_view> hash;
    size_t h = key.sentence;
    for (const std::string_view part : {key.source, key.target, key.code}) {
      h = h * 1'000'003 ^ hash(part);
    }
    return h;
  }
};

// Drops each event from `first` on that repeats the key of an earlier one, keeping the order
// of the rest. A hash of the keys kept makes this linear in the number of events: a long story
// can have tens of thousands.
void DropRepeats(size_t first, std::vector<Event>* events) {
  if (events->size() < first + 2) return;  // most stories: no set to build
  std::unordered_set<EventKey, EventKeyHash> kept_keys;
  size_t kept = first;
  for (size_t e = first; e < events->size(); ++e) {
    const Event& event = (*events)[e];
    if (kept_keys.contains({event.sentence, event.source, event.target, event.code})) continue;
    if (e != kept) (*events)[kept] = std::move((*events)[e]);
    // The key's views are into the event at its final place, which stays put from here on.
    const Event& placed = (*events)[kept++];
    kept_keys.insert({placed.sentence, placed.source, placed.target, placed.code});
  }
  events->erase(events->begin() + static_cast<std::ptrdiff_t>(kept), events->end());
}

}  // namespace

Coder::Coder(std::shared_ptr<const Analyzer> analyzer,
             std::shared_ptr<const Dictionaries> dictionaries,
             std::shared_ptr<const ClauseCoder> clause_coder,
             std::shared_ptr<const DatelineCountries> datelines)
    : analyzer_(std::move(analyzer)),
      dictionaries_(std::move(dictionaries)),
      clause_coder_(std::move(clause_coder)),
      datelines_(std::move(datelines)) {}

void Coder::Code(const Story& story, Scratch* scratch, std::vector<Event>* events) const {
  analyzer_->Analyze(story.text, &scratch->analysis);
  CodeAnalysis(story, scratch, events);
}

Status Coder::CodeParsed(const Story& story, std::string_view tree, Scratch* scratch,
                         std::vector<Event>* events) const {
  const Status read = analyzer_->AnalyzeParsed(story.text, tree, &scratch->analysis);
  scratch->story_discarded = false;
  if (!read.ok()) return read;
  CodeAnalysis(story, scratch, events);
  return Status::Ok();
}

void Coder::CodeAnalysis(const Story& story, Scratch* scratch, std::vector<Event>* events) const {
  const Document& doc = scratch->analysis.document;
  scratch->story_discarded = !ApplyDiscards(doc, &scratch->discarded_sentences);
  if (scratch->story_discarded) return;
  const Syntax& syntax = scratch->analysis.syntax;
  scratch->actors.Resolve(*dictionaries_, doc, syntax, story.date, clause_coder_->actor_rules(),
                          datelines_ ? datelines_->CountryOf(doc) : std::string_view(),
                          datelines_.get());

  const size_t first = events->size();
  const CodedStory coded{*dictionaries_, story,           doc,
                         syntax,         scratch->actors, scratch->discarded_sentences,
                         first,          datelines_.get()};
  clause_coder_->CodeStory(coded, &scratch->clauses, events);

  // In sentence order, and each (sentence, source, target, code) once.
  const auto begin = events->begin() + static_cast<std::ptrdiff_t>(first);
  const auto by_sentence = [](const Event& a, const Event& b) { return a.sentence < b.sentence; };
  // Often in order already: then stable_sort would only allocate its buffer and move.
  if (!std::is_sorted(begin, events->end(), by_sentence)) {
    std::stable_sort(begin, events->end(), by_sentence);
  }
  DropRepeats(first, events);
  DropTitleRepeats(doc, syntax, first, events,
                   scratch->clauses.why_not ? &scratch->clauses.verdicts : nullptr);

  if (dictionaries_->issues().empty()) return;
  std::vector<IssueCount> issues;
  for (size_t e = first; e < events->size(); ++e) {
    Event& event = (*events)[e];
    if (e == first || event.sentence != (*events)[e - 1].sentence) {
      FindIssues(doc, event.sentence, &issues);
    }
    event.issues = issues;
  }
}

void Coder::FindIssues(const Document& doc, uint32_t sentence,
                       std::vector<IssueCount>* issues) const {
  issues->clear();
  const std::span<const Token> tokens = doc.SentenceTokens(doc.sentences[sentence]);
  const PhraseIndex& phrases = dictionaries_->issue_phrases();
  for (size_t i = 0; i < tokens.size();) {
    const PhraseMatch match = phrases.LongestAt(tokens, i);
    if (match.length == 0) {
      ++i;
      continue;
    }
    i += match.length;
    const auto& all = dictionaries_->issues();
    if (std::any_of(match.ids.begin(), match.ids.end(),
                    [&](uint32_t id) { return all[id].exclusion; })) {
      continue;
    }
    for (size_t k = 0; k < match.ids.size(); ++k) {
      const std::string& code = all[match.ids[k]].code;
      // One count per mention, however many entries of that issue the phrase has.
      const auto same_code = [&](uint32_t id) { return all[id].code == code; };
      if (std::any_of(match.ids.begin(), match.ids.begin() + k, same_code)) continue;
      const auto found = std::find_if(issues->begin(), issues->end(),
                                      [&](const IssueCount& issue) { return issue.code == code; });
      if (found != issues->end()) {
        ++found->count;
      } else {
        issues->push_back({code, 1});
      }
    }
  }
}

bool Coder::ApplyDiscards(const Document& doc, std::vector<bool>* discarded) const {
  discarded->assign(doc.sentences.size(), false);
  const PhraseIndex& phrases = dictionaries_->discard_phrases();
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const std::span<const Token> tokens = doc.SentenceTokens(doc.sentences[s]);
    for (size_t i = 0; i < tokens.size(); ++i) {
      const PhraseMatch match = phrases.LongestAt(tokens, i);
      if (match.length == 0) continue;
      for (uint32_t id : match.ids) {
        if (dictionaries_->discards()[id].whole_story) return false;
      }
      (*discarded)[s] = true;
    }
  }
  return true;
}

}  // namespace tacitus
