#include "dict/petrarch_verbs.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "base/strings.h"
#include "dict/petrarch_lines.h"

namespace tacitus {
namespace {

// Nested synsets ("+&TIETYPES" inside &ACCORDSYN) are expanded to this depth, which also
// stops a synset that names itself.
constexpr int kMaxSynsetDepth = 8;

using Synsets = std::unordered_map<std::string, std::vector<std::string>>;

// PETRARCH's plural of a synset member (its rule, including "-S" -> "-ES").
std::string MakePlural(std::string_view word) {
  std::string plural(word);
  if (plural.empty()) return plural;
  if (plural.back() == 'y') {
    plural.pop_back();
    plural += "ies";
  } else if (plural.back() == 's') {
    plural.pop_back();
    plural += "es";
  } else {
    plural += 's';
  }
  return plural;
}

// The regular forms PETRARCH makes for a verb: -S/-ES, -ED/-D, -ING.
std::vector<std::string> RegularForms(const std::string& root) {
  std::vector<std::string> forms;
  if (root.empty()) return forms;
  const char last = root.back();
  forms.push_back(root + (last == 's' || last == 'x' || last == 'z' ? "es" : "s"));
  if (last == 'e') {
    forms.push_back(root + "d");
    forms.push_back(root.substr(0, root.size() - 1) + "ing");
  } else {
    forms.push_back(root + "ed");
    forms.push_back(root + "ing");
  }
  return forms;
}

bool ExpandSynset(const Synsets& synsets, const std::string& name, int depth,
                  std::vector<std::string>* out) {
  const auto it = synsets.find(name);
  if (it == synsets.end() || depth > kMaxSynsetDepth) return false;
  for (const std::string& member : it->second) {
    if (member.starts_with('&')) {
      if (!ExpandSynset(synsets, member, depth + 1, out)) return false;
    } else {
      out->push_back(member);
    }
  }
  return true;
}

// One word of a pattern, whether "_" joins it to the next word, and whether it continues a
// PETRARCH-2 group opened before it ("SANCTIONS" in "(TO SANCTIONS)").
struct PatternWord {
  std::string_view word;
  bool joined_to_next = false;
  bool in_group = false;
};

// Cuts one side of a pattern at blanks and "_"; the brackets of PETRARCH-2 groups are
// dropped, leaving their mark on the words after each group's first.
std::vector<PatternWord> CutWords(std::string_view side) {
  std::vector<PatternWord> words;
  size_t i = 0;
  int depth = 0;  // groups open before the word
  while (i < side.size()) {
    size_t end = i;
    while (end < side.size() && side[end] != ' ' && side[end] != '\t' && side[end] != '_') ++end;
    std::string_view word = side.substr(i, end - i);
    const bool in_group = depth > 0;
    while (!word.empty() && (word.front() == '(' || word.front() == '{')) {
      word.remove_prefix(1);
      ++depth;
    }
    while (!word.empty() && (word.back() == ')' || word.back() == '}')) {
      word.remove_suffix(1);
      depth = std::max(depth - 1, 0);
    }
    const bool joined = end < side.size() && side[end] == '_';
    if (!word.empty()) {
      words.push_back({word, joined, in_group});
    } else if (!joined && !words.empty()) {
      words.back().joined_to_next = false;
    }
    i = end + 1;
  }
  return words;
}

class VerbFileParser {
 public:
  VerbFileParser(std::string_view file, PetrarchVerbDictionary* out, Diagnostics* diagnostics)
      : file_(file), out_(out), diagnostics_(diagnostics) {}

  void Parse(std::string_view text) {
    ReadSynsets(text);
    PetrarchLines lines(text, /*semicolon_comments=*/false);
    std::string_view line;
    bool in_synset = false;
    while (lines.Next(&line)) {
      line_ = lines.number();
      if (line.starts_with('&')) {
        in_synset = true;
        continue;
      }
      if (line.starts_with('+') && in_synset) continue;
      in_synset = false;
      if (line.starts_with("---")) {
        StartBlock(line);
      } else if (line.starts_with('-')) {
        AddPattern(line);
      } else {
        AddVerb(line);
      }
    }
  }

 private:
  void Problem(std::string_view reason) { diagnostics_->Error(file_, line_, reason); }

  // Synsets may be used before they are defined, so they are read first.
  void ReadSynsets(std::string_view text) {
    PetrarchLines lines(text, false);
    std::string_view line;
    std::string current;
    bool no_plural = false;
    while (lines.Next(&line)) {
      if (line.starts_with('&')) {
        std::string_view name = SplitWords(line, kSpaceAndTab).front();
        no_plural = name.ends_with('_');
        if (no_plural) name.remove_suffix(1);
        current = AsciiUppercase(name);
        synsets_[current];
        ++out_->synsets;
        continue;
      }
      if (!line.starts_with('+') || current.empty()) {
        current.clear();
        continue;
      }
      std::string_view member = Trim(line.substr(1), kPetrarchBlanks);
      if (member.starts_with('&')) {
        synsets_[current].push_back(AsciiUppercase(member));
        continue;
      }
      const bool member_no_plural = no_plural || member.ends_with('_');
      std::string words = AsciiLowercase(member);
      while (!words.empty() && words.back() == '_') words.pop_back();
      for (char& c : words) {
        if (c == '_') c = ' ';
      }
      if (words.empty()) continue;
      synsets_[current].push_back(words);
      if (!member_no_plural) synsets_[current].push_back(MakePlural(words));
    }
  }

  void StartBlock(std::string_view line) {
    block_code_ = kNoEventCode;
    block_paired_.clear();
    if (line.find('[') != std::string_view::npos &&
        !ParsePetrarchCode(line, &block_code_, &block_paired_)) {
      Problem("malformed code in verb block header");
      block_code_ = kNoEventCode;
    }
    out_->blocks.emplace_back();
    have_block_ = true;
  }

  bool MakeElement(std::string_view word, PatternElement* element) {
    element->lemmas.clear();
    if (word == "$") {
      element->kind = PatternElement::Kind::kSource;
    } else if (word == "+") {
      element->kind = PatternElement::Kind::kTarget;
    } else if (word == "%") {
      element->kind = PatternElement::Kind::kCompound;
    } else if (word == "^") {
      element->kind = PatternElement::Kind::kSkip;
    } else if (word.starts_with('&')) {
      element->kind = PatternElement::Kind::kWord;
      if (!ExpandSynset(synsets_, AsciiUppercase(word), 0, &element->lemmas)) {
        Problem("unknown synset " + Excerpt(word));
        return false;
      }
    } else {
      element->kind = PatternElement::Kind::kWord;
      element->lemmas.push_back(AsciiLowercase(word));
    }
    return true;
  }

  void AddPattern(std::string_view line) {
    if (!have_block_) {
      Problem("pattern outside a verb block");
      return;
    }
    const size_t open = line.find('[');
    if (open == std::string_view::npos) {
      Problem("pattern without a [code]");
      return;
    }
    VerbPattern pattern;
    if (!ParsePetrarchCode(line.substr(open), &pattern.code, &pattern.paired_code)) {
      Problem("malformed [code] in pattern");
      return;
    }
    // A "_" before a space or at the end joins nothing: "A_ B_" is "A B".
    std::string body;
    const auto drop_trailing_joins = [&body] {
      while (!body.empty() && body.back() == '_') body.pop_back();
    };
    for (char c : Trim(line.substr(1, open - 1), kPetrarchBlanks)) {
      if (c == ' ') drop_trailing_joins();
      body += c;
    }
    drop_trailing_joins();
    const size_t star = body.find('*');
    if (star == std::string::npos || body.find('*', star + 1) != std::string::npos) {
      Problem("pattern must hold one '*' for the verb");
      return;
    }
    const std::string_view before_side = std::string_view(body).substr(0, star);
    const std::string_view after_side = std::string_view(body).substr(star + 1);
    const bool joined_before_verb = star > 0 && body[star - 1] == '_';
    const bool joined_after_verb = star + 1 < body.size() && body[star + 1] == '_';

    const std::vector<PatternWord> before = CutWords(before_side);
    for (size_t i = 0; i < before.size(); ++i) {
      PatternElement element;
      if (!MakeElement(before[i].word, &element)) return;
      element.adjacent = i + 1 == before.size() ? joined_before_verb : before[i].joined_to_next;
      pattern.before.push_back(std::move(element));
    }
    const std::vector<PatternWord> after = CutWords(after_side);
    for (size_t i = 0; i < after.size(); ++i) {
      PatternElement element;
      if (!MakeElement(after[i].word, &element)) return;
      element.adjacent = i == 0 ? joined_after_verb : after[i - 1].joined_to_next;
      element.in_group = after[i].in_group;
      pattern.elements.push_back(std::move(element));
    }
    pattern.petrarch = true;
    pattern.text = std::string(Trim(line, kPetrarchBlanks));
    pattern.origin = {file_, line_};
    out_->blocks.back().push_back(static_cast<uint32_t>(out_->patterns.size()));
    out_->patterns.push_back(std::move(pattern));
  }

  // The default pattern of one verb form: `head` with the form's other words around it.
  uint32_t AddDefault(std::string_view form_text, const std::string& head,
                      std::vector<std::string_view> before, std::vector<std::string_view> after,
                      const std::string& code, const std::string& paired) {
    VerbPattern pattern;
    pattern.code = code;
    pattern.paired_code = paired;
    pattern.head = head;
    pattern.petrarch = true;
    for (std::string_view word : before) {
      PatternElement element;
      element.lemmas.push_back(AsciiLowercase(word));
      element.adjacent = true;
      pattern.before.push_back(std::move(element));
    }
    for (std::string_view word : after) {
      PatternElement element;
      element.lemmas.push_back(AsciiLowercase(word));
      element.adjacent = true;
      pattern.elements.push_back(std::move(element));
    }
    pattern.text = std::string(form_text);
    pattern.origin = {file_, line_};
    out_->patterns.push_back(std::move(pattern));
    return static_cast<uint32_t>(out_->patterns.size() - 1);
  }

  void AddForm(std::string form, uint32_t default_pattern) {
    out_->forms.push_back(
        {std::move(form), default_pattern, static_cast<uint32_t>(out_->blocks.size() - 1)});
  }

  void AddVerb(std::string_view line) {
    if (!have_block_) {
      Problem("verb outside a verb block");
      return;
    }
    std::string code = block_code_, paired = block_paired_;
    std::string_view words = line;
    if (const size_t open = line.find('['); open != std::string_view::npos) {
      if (!ParsePetrarchCode(line.substr(open), &code, &paired)) {
        Problem("malformed [code] after verb");
        return;
      }
      words = Trim(line.substr(0, open), kPetrarchBlanks);
    }
    std::vector<std::string_view> irregular;
    if (const size_t brace = words.find('{'); brace != std::string_view::npos) {
      const size_t close = words.find('}', brace);
      if (close == std::string_view::npos) {
        Problem("'{' without '}' in verb forms");
        return;
      }
      irregular = SplitWords(words.substr(brace + 1, close - brace - 1), kSpaceAndTab);
      words = Trim(words.substr(0, brace), kPetrarchBlanks);
    }
    if (words.empty()) {
      Problem("verb line without a verb");
      return;
    }
    ++out_->verbs;
    if (words.find('_') == std::string_view::npos) {
      // PETRARCH keys a verb on its first word: "LASH OUT" is LASH.
      const std::string head = AsciiLowercase(SplitWords(words, kSpaceAndTab).front());
      const uint32_t pattern = AddDefault(words, head, {}, {}, code, paired);
      AddForm(head, pattern);
      if (irregular.empty()) {
        for (std::string& form : RegularForms(head)) AddForm(std::move(form), pattern);
      } else {
        for (std::string_view form : irregular) AddForm(AsciiLowercase(form), pattern);
      }
      return;
    }
    // A verb of several words: each form is "WORD_+VERB_WORD"; the regular forms are made
    // on the "+" word unless irregular ones are given.
    std::vector<std::string> forms;
    if (irregular.empty()) {
      forms.emplace_back(words);
      const size_t plus = words.find('+');
      if (plus != std::string_view::npos) {
        const size_t end = std::min(words.find('_', plus), words.size());
        const std::string root(words.substr(plus + 1, end - plus - 1));
        for (const std::string& regular : RegularForms(AsciiLowercase(root))) {
          forms.push_back(std::string(words.substr(0, plus + 1)) + AsciiUppercase(regular) +
                          std::string(words.substr(end)));
        }
      }
    } else {
      forms.emplace_back(words);
      for (std::string_view form : irregular) forms.emplace_back(form);
    }
    for (const std::string& form : forms) {
      std::vector<std::string_view> parts;
      for (size_t i = 0; i <= form.size();) {
        size_t end = form.find('_', i);
        if (end == std::string::npos) end = form.size();
        if (end > i) parts.push_back(std::string_view(form).substr(i, end - i));
        i = end + 1;
      }
      size_t verb = parts.size();
      for (size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].starts_with('+')) verb = i;
      }
      if (verb == parts.size() || parts[verb].size() < 2) {
        Problem("multi-word verb form " + Excerpt(form) + " has no '+' before its verb");
        continue;
      }
      const std::string head = AsciiLowercase(parts[verb].substr(1));
      std::vector<std::string_view> before(parts.begin(), parts.begin() + verb);
      std::vector<std::string_view> after(parts.begin() + verb + 1, parts.end());
      AddForm(head, AddDefault(form, head, before, after, code, paired));
    }
  }

  std::string_view file_;
  PetrarchVerbDictionary* out_;
  Diagnostics* diagnostics_;
  Synsets synsets_;
  uint32_t line_ = 0;
  bool have_block_ = false;
  std::string block_code_;
  std::string block_paired_;
};

}  // namespace

bool ParsePetrarchCode(std::string_view text, std::string* code, std::string* paired) {
  const size_t open = text.find('[');
  const size_t close = text.find(']', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) return false;
  std::string_view inside = Trim(text.substr(open + 1, close - open - 1), kPetrarchBlanks);
  const size_t colon = inside.find(':');
  std::string_view first = Trim(inside.substr(0, colon), kPetrarchBlanks);
  // PETRARCH-2 writes "[:173]" for a pattern with only the second code: code it as such.
  if (first.empty() && colon != std::string_view::npos) {
    first = Trim(inside.substr(colon + 1), kPetrarchBlanks);
    if (first.empty() || first.find(' ') != std::string_view::npos) return false;
    *code = std::string(first);
    paired->clear();
    return true;
  }
  if (first.empty() || first.find(' ') != std::string_view::npos) return false;
  *code = std::string(first);
  paired->clear();
  if (colon != std::string_view::npos) {
    std::string_view second = Trim(inside.substr(colon + 1), kPetrarchBlanks);
    if (second.empty()) return false;
    *paired = std::string(second);
  }
  return true;
}

void ParsePetrarchVerbs(std::string_view file, std::string_view text, PetrarchVerbDictionary* out,
                        Diagnostics* diagnostics) {
  VerbFileParser(file, out, diagnostics).Parse(text);
  KeyPetrarchPatternWords(&out->patterns);
}

void KeyPetrarchPatternWords(std::vector<VerbPattern>* patterns) {
  for (VerbPattern& pattern : *patterns) {
    for (auto* side : {&pattern.before, &pattern.elements}) {
      for (PatternElement& element : *side) {
        element.first_word_keys.clear();
        element.first_word_bits = 0;
        for (const std::string& words : element.lemmas) {
          const uint64_t key = WordKey(std::string_view(words).substr(0, words.find(' ')));
          element.first_word_keys.push_back(key);
          element.first_word_bits |= WordBit(key);
        }
        element.first_word_set = element.first_word_keys;
        std::sort(element.first_word_set.begin(), element.first_word_set.end());
        element.first_word_set.erase(
            std::unique(element.first_word_set.begin(), element.first_word_set.end()),
            element.first_word_set.end());
      }
    }
  }
}

}  // namespace tacitus
