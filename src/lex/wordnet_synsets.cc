#include "lex/wordnet_synsets.h"

#include <charconv>

#include "base/files.h"

namespace tacitus {
namespace {

constexpr std::array<std::string_view, 2> kFileSuffix = {"noun", "verb"};

// The slot of `pos` in the file arrays; -1 for parts of speech not read.
int FileSlot(WordNetPos pos) {
  if (pos == WordNetPos::kNoun) return 0;
  if (pos == WordNetPos::kVerb) return 1;
  return -1;
}

// Removes the first space-separated field from `*rest` and returns it.
std::string_view NextField(std::string_view* rest) {
  const size_t space = rest->find(' ');
  const std::string_view field = rest->substr(0, space);
  rest->remove_prefix(space == std::string_view::npos ? rest->size() : space + 1);
  return field;
}

// The number written in `field` in `base`; false when it is not one.
bool ParseNumber(std::string_view field, int base, uint32_t* value) {
  if (field.empty()) return false;
  const auto [end, error] =
      std::from_chars(field.data(), field.data() + field.size(), *value, base);
  return error == std::errc() && end == field.data() + field.size();
}

// The part of speech of a pointer's target ("n", "v", "a", "s", "r").
bool ParsePointerPos(std::string_view field, WordNetPos* pos) {
  if (field == "n")
    *pos = WordNetPos::kNoun;
  else if (field == "v")
    *pos = WordNetPos::kVerb;
  else if (field == "a" || field == "s")
    *pos = WordNetPos::kAdjective;
  else if (field == "r")
    *pos = WordNetPos::kAdverb;
  else
    return false;
  return true;
}

// The words and pointers of a data line after its offset: "lex_filenum ss_type w_cnt word
// lex_id ... p_cnt pointer ...". False when the line is not of that form.
bool ParseSynset(std::string_view rest, WordNetSynset* synset) {
  uint32_t number = 0;
  if (!ParseNumber(NextField(&rest), 10, &number) || number > 255) return false;
  synset->lexicographer_file = static_cast<uint8_t>(number);
  NextField(&rest);  // ss_type
  uint32_t word_count = 0;
  if (!ParseNumber(NextField(&rest), 16, &word_count)) return false;
  for (uint32_t w = 0; w < word_count; ++w) {
    const std::string_view word = NextField(&rest);
    NextField(&rest);  // lex_id
    if (word.empty()) return false;
    synset->words.push_back(word);
  }
  uint32_t pointer_count = 0;
  if (!ParseNumber(NextField(&rest), 10, &pointer_count)) return false;
  for (uint32_t p = 0; p < pointer_count; ++p) {
    const std::string_view symbol = NextField(&rest);
    const std::string_view offset = NextField(&rest);
    const std::string_view pos = NextField(&rest);
    const std::string_view words = NextField(&rest);  // ssss tttt, 2 hex digits each
    if (symbol != "+") continue;
    WordNetDerivation derivation;
    uint32_t source = 0, target = 0;
    if (!ParseNumber(offset, 10, &derivation.offset) || !ParsePointerPos(pos, &derivation.pos) ||
        words.size() != 4 || !ParseNumber(words.substr(0, 2), 16, &source) ||
        !ParseNumber(words.substr(2), 16, &target) || source == 0 || target == 0) {
      return false;
    }
    derivation.source_word = static_cast<uint8_t>(source - 1);
    derivation.target_word = static_cast<uint8_t>(target - 1);
    synset->derivations.push_back(derivation);
  }
  return true;
}

}  // namespace

Status WordNetSynsets::Load(std::string_view wordnet_dir) {
  for (size_t f = 0; f < kFileSuffix.size(); ++f) {
    const std::string suffix(kFileSuffix[f]);
    for (auto [prefix, contents] : {std::pair{"/index.", &index_[f]}, {"/data.", &data_[f]}}) {
      const Status read = ReadWholeFile(std::string(wordnet_dir) + prefix + suffix, contents);
      if (!read.ok()) {
        index_ = {};
        data_ = {};
        return read;
      }
    }
  }
  return Status::Ok();
}

std::string_view WordNetSynsets::IndexEntry(std::string_view lemma, WordNetPos pos) const {
  const int slot = FileSlot(pos);
  if (slot < 0 || lemma.empty()) return {};
  // The lines are sorted by lemma (the licence lines at the top start with a space, which
  // sorts before every letter): a binary search over line starts, `low` always one.
  const std::string_view text = index_[slot];
  size_t low = 0, high = text.size();
  while (low < high) {
    const size_t middle = low + (high - low) / 2;
    const size_t newline = text.rfind('\n', middle);
    const size_t start = newline == std::string_view::npos || newline + 1 < low ? low : newline + 1;
    const size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    const std::string_view key = line.substr(0, line.find(' '));
    const int order = line.starts_with(' ') ? -1 : key.compare(lemma);
    if (order == 0) return line.substr(std::min(key.size() + 1, line.size()));
    if (order < 0) {
      low = end + 1;
    } else {
      high = start;
    }
  }
  return {};
}

void WordNetSynsets::SensesOf(std::string_view lemma, WordNetPos pos, size_t max_senses,
                              std::vector<uint32_t>* offsets) const {
  offsets->clear();
  // "pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset ..."
  std::string_view rest = IndexEntry(lemma, pos);
  if (rest.empty()) return;
  NextField(&rest);  // pos
  uint32_t synsets = 0, pointers = 0;
  if (!ParseNumber(NextField(&rest), 10, &synsets) ||
      !ParseNumber(NextField(&rest), 10, &pointers)) {
    return;
  }
  for (uint32_t p = 0; p < pointers; ++p) NextField(&rest);
  NextField(&rest);  // sense_cnt
  NextField(&rest);  // tagsense_cnt
  for (uint32_t s = 0; s < synsets && offsets->size() < max_senses; ++s) {
    uint32_t offset = 0;
    if (!ParseNumber(NextField(&rest), 10, &offset)) break;
    offsets->push_back(offset);
  }
}

bool WordNetSynsets::Read(WordNetPos pos, uint32_t offset, WordNetSynset* synset) const {
  synset->words.clear();
  synset->derivations.clear();
  const int slot = FileSlot(pos);
  if (slot < 0) return false;
  const std::string_view text = data_[slot];
  // A synset's offset is the byte offset of its line, which starts with the offset itself.
  if (offset >= text.size() || (offset > 0 && text[offset - 1] != '\n')) return false;
  std::string_view rest = text.substr(offset, text.find('\n', offset) - offset);
  rest = rest.substr(0, rest.find(" | "));  // the gloss
  uint32_t written = 0;
  if (!ParseNumber(NextField(&rest), 10, &written) || written != offset ||
      !ParseSynset(rest, synset)) {
    synset->words.clear();
    synset->derivations.clear();
    return false;
  }
  return true;
}

}  // namespace tacitus
