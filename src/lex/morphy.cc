#include "lex/morphy.h"

#include <span>

#include "base/files.h"
#include "base/hash.h"

namespace tacitus {
namespace {

constexpr std::array<std::string_view, kWordNetPosCount> kFileSuffix = {"noun", "verb", "adj",
                                                                        "adv"};

struct DetachRule {
  std::string_view suffix;
  std::string_view ending;
};

// WordNet's morph.c sufx/addr tables, per part of speech.
constexpr DetachRule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                     {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr DetachRule kVerbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                     {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr DetachRule kAdjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::span<const DetachRule> RulesFor(WordNetPos pos) {
  switch (pos) {
    case WordNetPos::kNoun:
      return kNounRules;
    case WordNetPos::kVerb:
      return kVerbRules;
    case WordNetPos::kAdjective:
      return kAdjectiveRules;
    case WordNetPos::kAdverb:
      return {};
  }
  return {};
}

// Calls `line_fn(line, line_number)` for each line of `contents`.
template <typename LineFn>
Status ForEachLine(std::string_view contents, LineFn line_fn) {
  size_t line_number = 0;
  std::string_view line;
  while (NextLine(&contents, &line)) {
    ++line_number;
    TACITUS_RETURN_IF_ERROR(line_fn(line, line_number));
  }
  return Status::Ok();
}

Status LineError(const std::string& path, size_t line_number, std::string_view reason) {
  return Status::Error(path + ":" + std::to_string(line_number) + ": " + std::string(reason));
}

}  // namespace

Status Morphy::Load(std::string_view wordnet_dir) {
  lemmas_.Reserve(160000);
  for (int p = 0; p < kWordNetPosCount; ++p) {
    const uint8_t bit = WordNetBit(static_cast<WordNetPos>(p));
    const std::string index_path =
        std::string(wordnet_dir) + "/index." + std::string(kFileSuffix[p]);
    TACITUS_RETURN_IF_ERROR(ReadWholeFile(index_path, &files_[p]));
    // The licence header lines start with a space; every other line starts with the lemma.
    TACITUS_RETURN_IF_ERROR(ForEachLine(files_[p], [&](std::string_view line, size_t n) {
      if (line.empty() || line[0] == ' ') return Status::Ok();
      const size_t space = line.find(' ');
      if (space == std::string_view::npos) return LineError(index_path, n, "no fields after lemma");
      *lemmas_.TryEmplace(line.substr(0, space)).first |= bit;
      return Status::Ok();
    }));
    const std::string exc_path =
        std::string(wordnet_dir) + "/" + std::string(kFileSuffix[p]) + ".exc";
    std::string& exc = files_[kWordNetPosCount + p];
    TACITUS_RETURN_IF_ERROR(ReadWholeFile(exc_path, &exc));
    TACITUS_RETURN_IF_ERROR(ForEachLine(exc, [&](std::string_view line, size_t n) {
      if (line.empty()) return Status::Ok();
      const size_t space = line.find(' ');
      if (space == std::string_view::npos || space == 0 || space + 1 >= line.size()) {
        return LineError(exc_path, n, "expected 'inflected base ...'");
      }
      std::string_view base = line.substr(space + 1);
      base = base.substr(0, base.find(' '));
      const auto [slot, added] = exceptions_[p].TryEmplace(line.substr(0, space));
      if (added) *slot = base;  // the first line of a form wins
      return Status::Ok();
    }));
  }
  return Status::Ok();
}

uint8_t Morphy::PartsOfSpeech(std::string_view lemma) const {
  const uint8_t* parts = lemmas_.Find(lemma);
  return parts == nullptr ? 0 : *parts;
}

std::string_view Morphy::IndexedLemma(std::string_view word, WordNetPos pos) const {
  const auto entry = lemmas_.FindEntry(word);
  if (entry.value == nullptr || (*entry.value & WordNetBit(pos)) == 0) return {};
  return entry.word;
}

std::string_view Morphy::BaseForm(std::string_view lower, WordNetPos pos, bool inflected) const {
  if (!inflected) {
    if (std::string_view self = IndexedLemma(lower, pos); !self.empty()) return self;
  }
  if (const std::string_view* base = exceptions_[static_cast<int>(pos)].Find(lower)) {
    // Exception bases need not be in the index ("was" -> "be" is); prefer the indexed copy.
    std::string_view indexed = IndexedLemma(*base, pos);
    return indexed.empty() ? *base : indexed;
  }
  constexpr size_t kMaxWord = 64;
  char candidate[kMaxWord];
  for (const DetachRule& rule : RulesFor(pos)) {
    if (lower.size() <= rule.suffix.size()) continue;
    const size_t stem = lower.size() - rule.suffix.size();
    if (!SameWord(lower.substr(stem), rule.suffix)) continue;  // inlined: runs for most words
    if (stem + rule.ending.size() > kMaxWord) continue;
    lower.copy(candidate, stem);
    rule.ending.copy(candidate + stem, rule.ending.size());
    std::string_view found =
        IndexedLemma(std::string_view(candidate, stem + rule.ending.size()), pos);
    if (!found.empty()) return found;
  }
  return IndexedLemma(lower, pos);
}

}  // namespace tacitus
