#include "dict/name_lookup.h"

#include <algorithm>
#include <map>
#include <utility>

#include "base/strings.h"

namespace tacitus {
namespace {

// Levenshtein distance over bytes: short codes and names, so the quadratic table is small.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// Each actor's codes: its own, and a person's roles'.
std::vector<std::string> ActorCodes(const Actor& actor) {
  std::vector<std::string> codes;
  if (!actor.code.empty()) codes.push_back(actor.code);
  for (const DatedRole& role : actor.roles) {
    if (std::find(codes.begin(), codes.end(), role.code) == codes.end()) {
      codes.push_back(role.code);
    }
  }
  return codes;
}

}  // namespace

std::vector<NameMatch> MatchNames(const Dictionaries& dicts, const Analyzer& analyzer,
                                  std::string_view phrase) {
  Analysis analysis;
  analyzer.Analyze(phrase, &analysis);
  const std::span<const Token> tokens = analysis.document.tokens;
  std::vector<NameMatch> matches;
  for (size_t i = 0; i < tokens.size();) {
    uint32_t longest = 1;
    for (const PhraseIndex* index : {&dicts.actor_names(), &dicts.agent_names()}) {
      const PhraseMatch match = index->LongestAt(tokens, i);
      if (match.length == 0) continue;
      longest = std::max(longest, match.length);
      matches.push_back({.span = {tokens[i].span.begin, tokens[i + match.length - 1].span.end},
                         .first_token = static_cast<uint32_t>(i),
                         .length = match.length,
                         .agent = index == &dicts.agent_names(),
                         .ids = {match.ids.begin(), match.ids.end()}});
    }
    i += longest;
  }
  return matches;
}

bool LooksLikeActorCode(std::string_view text) {
  return !text.empty() &&
         std::none_of(text.begin(), text.end(), [](char c) { return IsAsciiLower(c) || c == ' '; });
}

ActorReading ReadActorFilter(const Dictionaries& dicts, const Analyzer& analyzer,
                             std::string_view text) {
  ActorReading reading;
  for (const NameMatch& match : MatchNames(dicts, analyzer, text)) {
    // Only a name that is the whole filter: "Iran talks" is not Iran.
    if (match.agent || match.span.begin != 0 || match.span.end != text.size()) continue;
    for (uint32_t id : match.ids) {
      for (std::string& code : ActorCodes(dicts.actors()[id])) {
        if (std::find(reading.codes.begin(), reading.codes.end(), code) == reading.codes.end()) {
          reading.codes.push_back(std::move(code));
        }
      }
    }
  }
  if (!reading.codes.empty()) return reading;
  const std::string upper = AsciiUppercase(text), lower = AsciiLowercase(text);
  std::map<std::string, std::pair<size_t, std::string>> nearest;  // code -> distance, name
  for (const Actor& actor : dicts.actors()) {
    const size_t by_name = EditDistance(lower, AsciiLowercase(actor.name));
    for (const std::string& code : ActorCodes(actor)) {
      if (code.starts_with(upper)) {
        reading.codes = {upper};
        return reading;
      }
      const size_t distance = std::min(by_name, EditDistance(upper, code));
      auto [it, added] = nearest.try_emplace(code, distance, actor.name);
      if (!added && distance < it->second.first) it->second = {distance, actor.name};
    }
  }
  std::vector<std::pair<size_t, std::string>> ranked;
  for (const auto& [code, found] : nearest) {
    ranked.emplace_back(found.first, code + " (" + found.second + ")");
  }
  const size_t shown = std::min<size_t>(5, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<ptrdiff_t>(shown), ranked.end());
  for (size_t i = 0; i < shown; ++i) reading.nearest.push_back(ranked[i].second);
  return reading;
}

}  // namespace tacitus
