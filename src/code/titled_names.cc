// StoryActors' people the dictionaries do not know: news introduces them once by a title
// that says who they are ("Russian Ambassador Ivan Testov", "Prosecutor Ana Gomez", "Ivan
// Testov, the Russian ambassador") and then names them by the family name alone ("Testov
// said"). The title's actor is the person's in the whole story.
#include <algorithm>
#include <array>
#include <iterator>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "code/story_actors.h"

namespace tacitus {
namespace {

// Proper nouns that are no one's name: a date written after a title ("the minister Tuesday").
bool IsCalendarWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "monday",  "tuesday",   "wednesday", "thursday", "friday",  "saturday", "sunday",
      "january", "february",  "march",     "april",    "may",     "june",     "july",
      "august",  "september", "october",   "november", "december"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsNameWord(const Token& token) {
  return IsProperNoun(token.tag) && !token.text.empty() && token.text.front() >= 'A' &&
         token.text.front() <= 'Z' && !IsCalendarWord(token.lower);
}

// A courtesy title before a family name: "Mr Testov", "Ms. Gomez".
bool IsCourtesyTitle(std::string_view lower) {
  return lower == "mr" || lower == "mr." || lower == "mrs" || lower == "mrs." || lower == "ms" ||
         lower == "ms." || lower == "dr" || lower == "dr.";
}

// The number of name words that end `words` (proper nouns, capitalised), at most `most`.
size_t TrailingNameWords(std::span<const Token> words, size_t most) {
  size_t count = 0;
  while (count < words.size() && count < most && IsNameWord(words[words.size() - 1 - count])) {
    ++count;
  }
  return count;
}

// Offices one person holds, as the head noun of a phrase: "the Kenyan president", "Sudan's
// army chief", "the Iranian foreign minister".
bool IsOneHoldersOffice(std::string_view lemma) {
  static constexpr auto kOffices = std::to_array<std::string_view>(
      {"president",    "minister",   "premier",    "chancellor", "secretary",  "secretary-general",
       "king",         "queen",      "emir",       "sultan",     "prince",     "monarch",
       "ruler",        "leader",     "ambassador", "envoy",      "spokesman",  "spokeswoman",
       "spokesperson", "governor",   "mayor",      "adviser",    "advisor",    "commander",
       "chief",        "general",    "admiral",    "judge",      "prosecutor", "senator",
       "speaker",      "counterpart"});
  return In(kOffices, lemma);
}

}  // namespace

void StoryActors::MarkOfficeHolders(const Document& doc, const Syntax& syntax) {
  for (const Clause& clause : syntax.clauses) {
    if (clause.subject < 0) continue;
    ResolvedActor& own = own_[clause.subject];
    const Token& head = doc.tokens[syntax.phrases[clause.subject].head];
    if (own.code.empty() || own.person || own.new_actor || own.place != nullptr ||
        (head.tag != PosTag::kNN && head.tag != PosTag::kNNP) || !IsOneHoldersOffice(head.lemma)) {
      continue;
    }
    own.person = true;
  }
}

void StoryActors::ResolveTitledNames(const Document& doc, const Syntax& syntax) {
  // The family names introduced so far, with the actor of the title.
  std::vector<std::pair<std::string_view, uint32_t>> names;  // (family name, phrase)
  for (const uint32_t p : text_order_) {
    const NounPhrase& phrase = syntax.phrases[p];
    const std::span<const Token> words{doc.tokens.data() + phrase.tokens.begin,
                                       phrase.tokens.size()};
    if (words.empty()) continue;
    ResolvedActor& own = own_[p];
    if (own.code.empty()) {
      if (names.empty()) continue;  // most stories introduce no one by a title
      // "Testov", "Mr Testov", "Ivan Testov": a name alone, after its introduction.
      const size_t name_words = TrailingNameWords(words, 3);
      const bool courtesy = words.size() == 2 && IsCourtesyTitle(words[0].lower);
      if (name_words == 0 || (name_words != words.size() && !courtesy)) continue;
      const auto introduced = std::find_if(names.rbegin(), names.rend(), [&](const auto& n) {
        return n.first == words.back().text;
      });
      if (introduced == names.rend()) continue;
      own = own_[introduced->second];
      own.tokens = phrase.tokens;
      stand_ins_[p] = static_cast<int32_t>(introduced->second);
      continue;
    }
    if (own.person || own.new_actor) continue;
    // "Ivan Testov, the Russian ambassador": a name whose apposition gave its actor.
    const bool named_by_apposition = stand_ins_[p] >= 0 && stand_ins_[p] == phrase.apposition &&
                                     words.size() >= 2 &&
                                     TrailingNameWords(words, words.size()) == words.size();
    // "Russian Ambassador Ivan Testov": the title's words, then the name's; the name is
    // nobody the dictionaries know (else the phrase would be that person's).
    const auto after_hits =
        std::upper_bound(hits_.begin(), hits_.end(), phrase.tokens.end,
                         [](uint32_t token, const Hit& hit) { return token <= hit.tokens.begin; });
    bool named_after_title = false;
    if (after_hits != hits_.begin()) {
      const Hit& title = *std::prev(after_hits);
      const size_t after_title =
          title.tokens.end < phrase.tokens.end ? phrase.tokens.end - title.tokens.end : 0;
      named_after_title = title.agent && title.tokens.begin >= phrase.tokens.begin &&
                          after_title > 0 && TrailingNameWords(words, after_title) == after_title;
    }
    // "Minister for the Pacific Ivan Testov": the name ends the title's "for"/"of" phrase,
    // which names no actor of its own.
    const uint32_t run_on_end = RunOnEnd(syntax, phrase);
    bool named_after_office = false;
    if (!named_by_apposition && !named_after_title && run_on_end > phrase.tokens.end &&
        after_hits != hits_.begin() && std::prev(after_hits)->agent &&
        std::prev(after_hits)->tokens.begin >= phrase.tokens.begin &&
        std::prev(after_hits)->tokens.end == phrase.tokens.end) {
      const std::span<const Token> run_on{doc.tokens.data() + phrase.tokens.begin,
                                          run_on_end - phrase.tokens.begin};
      const auto last_object =
          std::find_if(syntax.phrases.begin(), syntax.phrases.end(), [&](const NounPhrase& q) {
            return q.tokens.end == run_on_end && q.tokens.begin > phrase.tokens.begin;
          });
      named_after_office = TrailingNameWords(run_on, 2) == 2 &&
                           last_object != syntax.phrases.end() &&
                           own_[last_object - syntax.phrases.begin()].code.empty();
    }
    if (!named_by_apposition && !named_after_title && !named_after_office) continue;
    // A first name and a family name make a person (he/she refer back to him or her); a
    // single word after a title may be a company's or a channel's name ("the Chinese firm
    // Testco") and still refers back by that word.
    const std::span<const Token> named =
        named_after_office ? std::span<const Token>{doc.tokens.data() + phrase.tokens.begin,
                                                    run_on_end - phrase.tokens.begin}
                           : words;
    if (TrailingNameWords(named, 2) == 2) own.person = true;
    names.emplace_back(named.back().text, p);
  }
}

}  // namespace tacitus
