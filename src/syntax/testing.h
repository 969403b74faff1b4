// Test helper: a tagged Document written by hand, as segmenter and tagger would have made it.
//
//   Document doc;
//   ASSERT_TRUE(testing::MakeTaggedDocument(
//       "Putin/NNP met/VBD/meet Xi/NNP ./. | He/PRP left/VBD/leave ./.", &doc));
//
// Items are separated by spaces; each is word/TAG or word/TAG/lemma (Penn tags as
// PosTagName spells them, NONE for an untagged token); the lemma defaults to the lower-cased word. A lone `|` ends a
// sentence. The normalised text (also taken as the original, so spans equal offsets) joins
// the words with one space, except none before , . ; : ? ! ) '' 's ' n't and none after
// ( and ``; kSpaceBefore follows that text. Explicit lemmas are views into `annotated`,
// which must outlive `doc` (a string literal does).
// Returns false, with `doc` holding the items before it, at the first item that is not
// word/TAG[/lemma] with a known tag. For tests only.
#ifndef TACITUS_SYNTAX_TESTING_H_
#define TACITUS_SYNTAX_TESTING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lex/testing.h"
#include "text/document.h"
#include "text/pos_tag.h"

namespace tacitus::testing {

[[nodiscard]] inline bool MakeTaggedDocument(std::string_view annotated, Document* doc) {
  doc->Clear();
  struct Item {
    std::string_view word, lemma;
    PosTag tag;
    uint32_t offset;
    bool space_before, sentence_initial;
  };
  std::vector<Item> items;
  std::vector<uint32_t> sentence_ends;
  std::string text;
  bool ok = true, no_space_next = true, new_sentence = true;
  while (!annotated.empty()) {
    const size_t space = annotated.find(' ');
    const std::string_view item = annotated.substr(0, space);
    annotated.remove_prefix(space == std::string_view::npos ? annotated.size() : space + 1);
    if (item.empty()) continue;
    if (item == "|") {
      sentence_ends.push_back(static_cast<uint32_t>(items.size()));
      new_sentence = true;
      continue;
    }
    // The word may itself be "/" only in "//SYM"-like items; split at the first slash
    // after the first character.
    const size_t slash = item.find('/', 1);
    if (slash == std::string_view::npos) {
      ok = false;
      break;
    }
    const std::string_view word = item.substr(0, slash);
    std::string_view rest = item.substr(slash + 1);
    const size_t second = rest.find('/', 1);
    const std::string_view tag_name = rest.substr(0, second);
    const std::string_view lemma =
        second == std::string_view::npos ? std::string_view() : rest.substr(second + 1);
    const std::optional<PosTag> tag =
        tag_name == "NONE" ? std::optional<PosTag>(PosTag::kNone) : ParsePosTag(tag_name);
    if (!tag || (second != std::string_view::npos && lemma.empty())) {
      ok = false;
      break;
    }
    constexpr std::string_view kAttachLeft[] = {",", ".",  ";",  ":", "?",  "!",
                                                ")", "''", "'s", "'", "n't"};
    bool attach_left = no_space_next || text.empty();
    for (std::string_view w : kAttachLeft) attach_left = attach_left || word == w;
    if (!attach_left) text += ' ';
    items.push_back(
        {word, lemma, *tag, static_cast<uint32_t>(text.size()), !attach_left, new_sentence});
    text += word;
    no_space_next = word == "(" || word == "``";
    new_sentence = new_sentence && (word == "``" || word == "\"");
  }
  if (sentence_ends.empty() || sentence_ends.back() != items.size()) {
    sentence_ends.push_back(static_cast<uint32_t>(items.size()));
  }
  for (uint32_t i = 0; i < text.size(); ++i) {
    doc->normalized.Append(std::string_view(text).substr(i, 1), i);
  }
  doc->normalized.Finish(static_cast<uint32_t>(text.size()));
  const std::string_view normalized = doc->normalized.text();
  const std::string_view folded = doc->normalized.folded();
  for (const Item& item : items) {
    Token token;
    token.offset = item.offset;
    const auto size = static_cast<uint32_t>(item.word.size());
    token.text = normalized.substr(item.offset, size);
    token.lower = folded.substr(item.offset, size);
    token.lemma = item.lemma.empty() ? token.lower : item.lemma;
    token.span = {item.offset, item.offset + size};
    token.tag = item.tag;
    token.shape = ShapeOf(token.text);
    token.flags = CaseFlags(token.text);
    if (item.sentence_initial) token.flags |= kSentenceInitial;
    if (item.space_before) token.flags |= kSpaceBefore;
    doc->tokens.push_back(token);
  }
  uint32_t first = 0;
  for (uint32_t end : sentence_ends) {
    if (end > first) {
      Sentence sentence;
      sentence.first_token = first;
      sentence.end_token = end;
      sentence.span = {doc->tokens[first].span.begin, doc->tokens[end - 1].span.end};
      doc->sentences.push_back(sentence);
    }
    first = end;
  }
  return ok;
}

}  // namespace tacitus::testing

#endif  // TACITUS_SYNTAX_TESTING_H_
