#include "dict/tabari_verbs.h"

#include <charconv>
#include <unordered_map>
#include <utility>

#include "base/strings.h"
#include "dict/petrarch_lines.h"

namespace tacitus {
namespace {

// Bounds on what one line may become: alternatives multiply, synsets nest.
constexpr size_t kMaxAlternatives = 256;
constexpr int kMaxSynsetDepth = 8;
constexpr int kMaxTimeShift = 8192;

// The regular endings TABARI accepts after a word ended by "_" (manual 5.2.3).
constexpr std::string_view kRegularEndings[] = {"s", "ed", "es", "en", "ing"};

// One word of a TABARI phrase: lower case, a stem ending in "*"; whether it must touch the
// next word.
struct TabariWord {
  std::string word;
  bool joined_to_next = false;
};

bool IsSeparator(char c) { return c == ' ' || c == '\t' || c == '_' || c == '~'; }

// Cuts a phrase at blanks, "_" and "~". A word followed by "_" matches whole; "_" or "~"
// without a blank after joins it to the next word; the tokens $ + % ^ * & are kept as
// written (a synset name upper-cased, the rest lower-cased).
std::vector<TabariWord> CutTabariWords(std::string_view phrase) {
  std::vector<TabariWord> words;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && IsSeparator(phrase[i])) ++i;
    size_t end = i;
    while (end < phrase.size() && !IsSeparator(phrase[end])) ++end;
    if (end == i) break;
    const std::string_view word = phrase.substr(i, end - i);
    size_t run = end;
    while (run < phrase.size() && IsSeparator(phrase[run])) ++run;
    const std::string_view separators = phrase.substr(end, run - end);
    const bool whole = separators.starts_with('_');
    const bool joined =
        run < phrase.size() && !separators.empty() &&
        (separators.front() == '~' || separators.find_first_of(" \t") == std::string_view::npos);
    TabariWord out{word.starts_with('&') ? AsciiUppercase(word) : AsciiLowercase(word), joined};
    const bool token =
        word.size() == 1 && std::string_view("$+%^*").find(word[0]) != std::string_view::npos;
    if (!whole && !token && !word.starts_with('&')) out.word += '*';
    words.push_back(std::move(out));
    i = run;
  }
  return words;
}

// Replaces the first "{ a | b }" of `text` by each alternative in turn, until none is left;
// false when a "{" is not closed or the alternatives exceed kMaxAlternatives.
bool ExpandAlternatives(std::string text, std::vector<std::string>* out) {
  std::vector<std::string> pending{std::move(text)};
  while (!pending.empty()) {
    std::string current = std::move(pending.back());
    pending.pop_back();
    const size_t open = current.find('{');
    if (open == std::string::npos) {
      out->push_back(std::move(current));
      if (out->size() > kMaxAlternatives) return false;
      continue;
    }
    const size_t close = current.find('}', open);
    if (close == std::string::npos) return false;
    const std::string_view inside = std::string_view(current).substr(open + 1, close - open - 1);
    // Pushed last first, so that they come out in the order written.
    const std::vector<std::string_view> alternatives = SplitOn(inside, '|');
    for (auto it = alternatives.rbegin(); it != alternatives.rend(); ++it) {
      const std::string_view alternative = *it;
      pending.push_back(current.substr(0, open) + std::string(Trim(alternative, kPetrarchBlanks)) +
                        current.substr(close + 1));
      if (pending.size() + out->size() > kMaxAlternatives) return false;
    }
  }
  return true;
}

class TabariVerbParser {
 public:
  TabariVerbParser(std::string_view file, PetrarchVerbDictionary* verbs,
                   std::vector<TabariTimeShift>* times, Diagnostics* diagnostics)
      : file_(file), verbs_(verbs), times_(times), diagnostics_(diagnostics) {}

  void Parse(std::string_view text) {
    PetrarchLines lines(text, /*semicolon_comments=*/true);
    std::string_view line;
    enum class Section { kVerbs, kSynsets, kTime } section = Section::kVerbs;
    while (lines.Next(&line)) {
      line_ = lines.number();
      if (IsTabariFinish(line)) break;
      if (line.starts_with('/')) continue;
      if (line.starts_with('<')) {
        const std::string tag = AsciiUppercase(line);
        if (tag.starts_with("<SYNSET")) {
          section = Section::kSynsets;
        } else if (tag.starts_with("<TIME")) {
          section = Section::kTime;
        } else if (tag.starts_with("</SYNSET") || tag.starts_with("</TIME")) {
          section = Section::kVerbs;
        } else {
          Problem("unknown section " + Excerpt(line));
        }
        continue;
      }
      switch (section) {
        case Section::kSynsets:
          AddSynsetLine(line);
          break;
        case Section::kTime:
          AddTimeLine(line);
          break;
        case Section::kVerbs:
          if (line.starts_with('-')) {
            AddPattern(line);
          } else if (line.starts_with('{')) {
            AddIrregularForms(line);
          } else {
            AddVerb(line);
          }
          break;
      }
    }
    KeyPetrarchPatternWords(&verbs_->patterns);
  }

 private:
  void Problem(std::string_view reason) { diagnostics_->Error(file_, line_, reason); }

  void AddSynsetLine(std::string_view line) {
    if (line.starts_with('&')) {
      synset_ = AsciiUppercase(SplitWords(line, kSpaceAndTab).front());
      synsets_[synset_];
      ++verbs_->synsets;
      return;
    }
    if (!line.starts_with('+') || synset_.empty()) {
      Problem("neither '&NAME' nor a '+member' of one inside <SYNSETS>");
      return;
    }
    const std::string_view member = Trim(line.substr(1), kPetrarchBlanks);
    if (member.empty()) {
      Problem("empty synset member");
      return;
    }
    synsets_[synset_].emplace_back(member);
  }

  // The words of one synset member, written "WORD_WORD" or with "&OTHER" inside: every
  // expansion, lower case and space-separated (members match whole words); false when a
  // synset named is unknown or nests too deep.
  bool ExpandMember(std::string_view member, int depth, std::vector<std::string>* out) {
    std::vector<std::string> partial{""};
    for (const TabariWord& word : CutTabariWords(member)) {
      std::vector<std::string> choices;
      if (word.word.starts_with('&')) {
        if (!ExpandSynset(word.word, depth + 1, &choices)) return false;
      } else {
        std::string plain = word.word;
        if (plain.ends_with('*')) plain.pop_back();
        choices.push_back(std::move(plain));
      }
      std::vector<std::string> next;
      for (const std::string& head : partial) {
        for (const std::string& choice : choices) {
          next.push_back(head.empty() ? choice : head + ' ' + choice);
        }
      }
      if (next.size() > kMaxAlternatives) return false;
      partial = std::move(next);
    }
    out->insert(out->end(), partial.begin(), partial.end());
    return true;
  }

  bool ExpandSynset(const std::string& name, int depth, std::vector<std::string>* out) {
    const auto it = synsets_.find(name);
    if (it == synsets_.end() || depth > kMaxSynsetDepth) return false;
    for (const std::string& member : it->second) {
      if (!ExpandMember(member, depth, out)) return false;
    }
    return true;
  }

  // The code of a verb or pattern line: "[---]" and "[- - -]" code nothing, "[###]" too and
  // sets *discard; false, with an error, when malformed.
  bool ReadCode(std::string_view line, std::string* code, std::string* paired, bool* discard) {
    const size_t open = line.find('[');
    const size_t close = line.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      Problem("no [code]");
      return false;
    }
    std::string inside;
    for (char c : line.substr(open + 1, close - open - 1)) {
      if (c != ' ' && c != '\t') inside += c;
    }
    *discard = inside == "###";
    if (*discard) inside = kNoEventCode;
    if (!ParsePetrarchCode("[" + inside + "]", code, paired)) {
      Problem("malformed [code] " + Excerpt(line.substr(open, close - open + 1)));
      return false;
    }
    return true;
  }

  // One element of a pattern; false, with an error, for an unknown synset.
  bool MakeElement(const TabariWord& word, PatternElement* element) {
    if (word.word == "$") {
      element->kind = PatternElement::Kind::kSource;
    } else if (word.word == "+") {
      element->kind = PatternElement::Kind::kTarget;
    } else if (word.word == "%") {
      element->kind = PatternElement::Kind::kCompound;
    } else if (word.word == "^") {
      element->kind = PatternElement::Kind::kSkip;
    } else if (word.word.starts_with('&')) {
      if (!ExpandSynset(word.word, 0, &element->lemmas)) {
        Problem("unknown synset " + Excerpt(word.word));
        return false;
      }
    } else {
      element->lemmas.push_back(word.word);
      element->stems = word.word.ends_with('*');
    }
    return true;
  }

  // A pattern's words around "*" into `pattern`; false, with an error, when it has not one
  // "*" or names an unknown synset.
  bool FillPattern(std::string_view body, VerbPattern* pattern) {
    const std::vector<TabariWord> words = CutTabariWords(body);
    size_t star = words.size();
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].word != "*") continue;
      if (star != words.size()) {
        Problem("pattern holds more than one '*'");
        return false;
      }
      star = i;
    }
    if (star == words.size()) {
      Problem("pattern without the verb's '*'");
      return false;
    }
    for (size_t i = 0; i < words.size(); ++i) {
      if (i == star) continue;
      PatternElement element;
      if (!MakeElement(words[i], &element)) return false;
      if (i < star) {
        element.adjacent = words[i].joined_to_next;
        pattern->before.push_back(std::move(element));
      } else {
        element.adjacent = words[i - 1].joined_to_next;
        pattern->elements.push_back(std::move(element));
      }
    }
    return true;
  }

  void AddPattern(std::string_view line) {
    if (verbs_->blocks.empty() || !have_verb_) {
      Problem("pattern before any verb");
      return;
    }
    std::string code, paired;
    bool discard = false;
    if (!ReadCode(line, &code, &paired, &discard)) return;
    const std::string_view body = Trim(line.substr(1, line.find('[') - 1), kPetrarchBlanks);
    std::vector<std::string> variants;
    if (!ExpandAlternatives(std::string(body), &variants)) {
      Problem(variants.size() > kMaxAlternatives ? "more than 256 alternatives"
                                                 : "'{' without '}' in the pattern");
      return;
    }
    std::vector<VerbPattern> made;
    for (const std::string& variant : variants) {
      VerbPattern pattern;
      if (!FillPattern(variant, &pattern)) return;
      pattern.code = code;
      pattern.paired_code = paired;
      pattern.petrarch = true;
      pattern.discard = discard;
      pattern.text = std::string(Trim(line, kPetrarchBlanks));
      pattern.origin = {file_, line_};
      made.push_back(std::move(pattern));
    }
    for (VerbPattern& pattern : made) {
      verbs_->blocks.back().push_back(static_cast<uint32_t>(verbs_->patterns.size()));
      verbs_->patterns.push_back(std::move(pattern));
    }
  }

  // A verb form: its first word keys it (a stem, or whole with its regular endings), the
  // words after it must follow as written.
  void AddForm(std::string_view form, const std::string& code, const std::string& paired,
               bool discard) {
    std::vector<TabariWord> words = CutTabariWords(form);
    if (words.empty() || words.front().word.starts_with('&') ||
        words.front().word.find_first_of("$+%^*") == 0) {
      Problem("verb form " + Excerpt(form) + " does not begin with a word");
      return;
    }
    VerbPattern pattern;
    pattern.code = code;
    pattern.paired_code = paired;
    pattern.petrarch = true;
    pattern.discard = discard;
    pattern.text = std::string(form);
    pattern.origin = {file_, line_};
    std::string head = words.front().word;
    const bool stem = head.ends_with('*');
    if (stem) head.pop_back();
    pattern.head = head;
    for (size_t i = 1; i < words.size(); ++i) {
      PatternElement element;
      if (!MakeElement(words[i], &element)) return;
      element.adjacent = words[i - 1].joined_to_next;
      pattern.elements.push_back(std::move(element));
    }
    const auto index = static_cast<uint32_t>(verbs_->patterns.size());
    verbs_->patterns.push_back(std::move(pattern));
    const auto block = static_cast<uint32_t>(verbs_->blocks.size() - 1);
    verbs_->forms.push_back({head, index, block, stem});
    if (stem) return;
    for (std::string_view ending : kRegularEndings) {
      // "agree_" takes "agreed", not "agreeed".
      std::string regular = head;
      if (regular.ends_with('e') && ending.starts_with('e')) regular.pop_back();
      verbs_->forms.push_back({regular + std::string(ending), index, block, false});
    }
  }

  void AddVerb(std::string_view line) {
    std::string code, paired;
    bool discard = false;
    have_verb_ = false;
    if (!ReadCode(line, &code, &paired, &discard)) return;
    std::string_view words = Trim(line.substr(0, line.find('[')), kPetrarchBlanks);
    std::string_view irregular;
    if (const size_t brace = words.find('{'); brace != std::string_view::npos) {
      const size_t close = words.find('}', brace);
      if (close == std::string_view::npos) {
        Problem("'{' without '}' in verb forms");
        return;
      }
      irregular = words.substr(brace + 1, close - brace - 1);
      words = Trim(words.substr(0, brace), kPetrarchBlanks);
    }
    if (words.empty()) {
      Problem("verb line without a verb");
      return;
    }
    ++verbs_->verbs;
    verbs_->blocks.emplace_back();
    have_verb_ = true;
    verb_code_ = code;
    verb_paired_ = paired;
    verb_discard_ = discard;
    AddForm(words, code, paired, discard);
    for (std::string_view form : SplitWords(irregular, kSpaceAndTab)) {
      AddForm(form, code, paired, discard);
    }
  }

  // "{BROKE_ BROKEN_}" on the line after its verb.
  void AddIrregularForms(std::string_view line) {
    if (!have_verb_) {
      Problem("irregular forms before any verb");
      return;
    }
    const size_t close = line.find('}');
    if (close == std::string_view::npos) {
      Problem("'{' without '}' in verb forms");
      return;
    }
    for (std::string_view form : SplitWords(line.substr(1, close - 1), kSpaceAndTab)) {
      AddForm(form, verb_code_, verb_paired_, verb_discard_);
    }
  }

  // "PHRASE [-7]" or "- * AND TOMORROW [+3]": TABARI's patterns of time words are read as
  // their words, without the "*".
  void AddTimeLine(std::string_view line) {
    const size_t open = line.find('[');
    const size_t close = line.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      Problem("<TIME> entry without a [shift]");
      return;
    }
    std::string shift;
    for (char c : line.substr(open + 1, close - open - 1)) {
      if (c != ' ' && c != '\t') shift += c;
    }
    TabariTimeShift time;
    time.origin = {file_, line_};
    if (shift == "###") {
      time.discard = true;
    } else if (shift == "+++") {
      time.complex = true;
    } else if (shift == "---") {
      // The null code: the phrase does nothing.
    } else {
      const char* first = shift.data() + (shift.starts_with('+') ? 1 : 0);
      const auto [end, error] = std::from_chars(first, shift.data() + shift.size(), time.days);
      if (error != std::errc() || end != shift.data() + shift.size()) {
        Problem("<TIME> shift is not a number of days: " + Excerpt(shift));
        return;
      }
      // TABARI's bound (manual 10.5): a larger shift becomes 0, with a warning.
      if (time.days > kMaxTimeShift || time.days < -kMaxTimeShift) {
        diagnostics_->Warning(file_, line_, "<TIME> shift beyond 8192 days read as 0");
        time.days = 0;
      }
    }
    std::string_view phrase = Trim(line.substr(0, open), kPetrarchBlanks);
    if (phrase.starts_with('-')) phrase.remove_prefix(1);
    for (const TabariWord& word : CutTabariWords(phrase)) {
      if (word.word == "*") continue;
      if (!time.phrase.empty()) time.phrase += ' ';
      time.phrase += word.word;
    }
    if (time.phrase.empty()) {
      Problem("<TIME> entry without words");
      return;
    }
    times_->push_back(std::move(time));
  }

  std::string_view file_;
  PetrarchVerbDictionary* verbs_;
  std::vector<TabariTimeShift>* times_;
  Diagnostics* diagnostics_;
  uint32_t line_ = 0;
  std::unordered_map<std::string, std::vector<std::string>> synsets_;
  std::string synset_;  // the synset whose members follow
  bool have_verb_ = false;
  std::string verb_code_, verb_paired_;
  bool verb_discard_ = false;
};

}  // namespace

bool IsTabariFinish(std::string_view line) {
  if (!line.starts_with('~')) return false;
  while (line.starts_with('~')) line.remove_prefix(1);
  return AsciiUppercase(line.substr(0, 6)) == "FINISH";
}

bool LooksLikeTabariVerbs(std::string_view text) {
  PetrarchLines lines(text, /*semicolon_comments=*/true);
  std::string_view line;
  bool verb_line = false;
  while (lines.Next(&line)) {
    if (IsTabariFinish(line)) break;
    if (line.starts_with("---")) return false;
    if (line.starts_with('-') || line.starts_with('<') || line.starts_with('&') ||
        line.starts_with('+') || line.starts_with('/') || line.starts_with('{')) {
      continue;
    }
    if (line.find('[') != std::string_view::npos) verb_line = true;
  }
  return verb_line;
}

void ParseTabariVerbs(std::string_view file, std::string_view text, PetrarchVerbDictionary* verbs,
                      std::vector<TabariTimeShift>* times, Diagnostics* diagnostics) {
  TabariVerbParser(file, verbs, times, diagnostics).Parse(text);
}

}  // namespace tacitus
