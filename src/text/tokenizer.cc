#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "base/strings.h"

namespace tacitus {
namespace {

struct CharInfo {
  uint8_t length = 1;
  bool letter = false;  // letters and combining marks of any script
  bool digit = false;
  bool upper = false;
  bool lower = false;
  bool punctuation = false;  // non-ASCII Unicode punctuation; ASCII is handled by byte
};

constexpr std::array<CharInfo, 128> MakeAsciiTable() {
  std::array<CharInfo, 128> table{};
  for (int b = 0; b < 128; ++b) {
    CharInfo& info = table[b];
    const char c = static_cast<char>(b);
    info.upper = IsAsciiUpper(c);
    info.lower = IsAsciiLower(c);
    info.letter = info.upper || info.lower;
    info.digit = IsAsciiDigit(c);
  }
  return table;
}
constexpr std::array<CharInfo, 128> kAsciiCharInfo = MakeAsciiTable();

CharInfo ClassifyNonAscii(std::string_view s, size_t i);

// Called on every byte of every word: ASCII is a table look-up, the rest asks ICU.
inline CharInfo Classify(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  return b < 0x80 ? kAsciiCharInfo[b] : ClassifyNonAscii(s, i);
}

CharInfo ClassifyNonAscii(std::string_view s, size_t i) {
  CharInfo info;
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data() + i);
  int32_t available = static_cast<int32_t>(std::min<size_t>(s.size() - i, 4));
  int32_t k = 0;
  UChar32 c;
  U8_NEXT(bytes, k, available, c);
  info.length = static_cast<uint8_t>(k);
  if (c < 0) return info;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      info.letter = info.upper = true;
      break;
    case U_LOWERCASE_LETTER:
      info.letter = info.lower = true;
      break;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      info.letter = true;
      break;
    case U_DECIMAL_DIGIT_NUMBER:
      info.digit = true;
      break;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      info.punctuation = true;
      break;
    default:
      break;
  }
  return info;
}

bool IsAlnumAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  CharInfo c = Classify(s, i);
  return c.letter || c.digit;
}

// Length of the clitic ('s 'd 'm 're 'll 've) that starts at the apostrophe s[i] and ends
// the word; 0 when there is none.
size_t CliticLength(std::string_view s, size_t i) {
  if (i + 1 >= s.size() || s[i] != '\'') return 0;
  char a = AsciiToLower(s[i + 1]);
  char b = i + 2 < s.size() ? AsciiToLower(s[i + 2]) : '\0';
  size_t length = 0;
  if (a == 's' || a == 'd' || a == 'm') {
    length = 2;
  } else if ((a == 'r' && b == 'e') || (a == 'l' && b == 'l') || (a == 'v' && b == 'e')) {
    length = 3;
  }
  if (length == 0 || IsAlnumAt(s, i + length)) return 0;
  return length;
}

// "1,500": a comma joins digits only before a group of exactly three.
bool ThreeDigitGroupAt(std::string_view s, size_t i) {
  return i + 3 <= s.size() && IsAsciiDigit(s[i]) && IsAsciiDigit(s[i + 1]) &&
         IsAsciiDigit(s[i + 2]) && (i + 3 == s.size() || !IsAsciiDigit(s[i + 3]));
}

// End of the run of letters and digits that starts at `begin`, joined across the
// connectors that keep one word whole: "long-term", "3.5", "U.S", "1,500", "10:30",
// "AT&T", "and/or", "O'Brien", "reuters.com", "a@b.org". Stops before a clitic.
size_t WordEnd(std::string_view s, size_t begin) {
  size_t k = begin;
  size_t part_begin = begin;  // the letters since the last connector
  while (k < s.size()) {
    CharInfo c = Classify(s, k);
    if (c.letter || c.digit) {
      k += c.length;
      continue;
    }
    if (k + 1 >= s.size() || k == begin) break;
    CharInfo next = Classify(s, k + 1);
    if (!next.letter && !next.digit) break;
    const char prev = s[k - 1];
    bool joins = false;
    switch (s[k]) {
      case '-':
      case '/':
      case '@':
        joins = true;
        break;
      case '.':
        // "3.5", "U.S", "reuters.com"; but "said.The" (a missing space) is two words.
        joins = (IsAsciiDigit(prev) && next.digit) || next.lower || k - part_begin <= 2;
        break;
      case ',':
        joins = IsAsciiDigit(prev) && ThreeDigitGroupAt(s, k + 1);
        break;
      case ':':
        joins = IsAsciiDigit(prev) && next.digit;
        break;
      case '&':
        joins = IsAsciiUpper(prev) && next.upper;
        break;
      case '\'':
        joins = CliticLength(s, k) == 0;
        break;
      default:
        break;
    }
    if (!joins) break;
    k += 1;
    part_begin = k;
  }
  return k;
}

bool StartsWithFolded(std::string_view s, size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (AsciiToLower(s[i + k]) != prefix[k]) return false;
  }
  return true;
}

// End of the URL that starts at `begin`, or `begin` if none does. Trailing punctuation
// belongs to the sentence, not the address.
size_t UrlEnd(std::string_view s, size_t begin) {
  if (!StartsWithFolded(s, begin, "http://") && !StartsWithFolded(s, begin, "https://") &&
      !StartsWithFolded(s, begin, "www.")) {
    return begin;
  }
  size_t end = begin;
  while (end < s.size() && s[end] != ' ' && s[end] != '\n') ++end;
  while (end > begin && std::string_view(".,;:!?\"')]}").find(s[end - 1]) != std::string_view::npos)
    --end;
  return end;
}

bool DigitFollows(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i < s.size() && IsAsciiDigit(s[i]);
}

// Where the second part starts of a word that splits in two by Penn Treebank convention,
// or `begin` when it stays whole.
size_t CliticSplit(std::string_view folded, size_t begin, size_t end) {
  std::string_view word = folded.substr(begin, end - begin);
  if (word.size() > 3 && word.ends_with("n't")) return end - 3;  // "ca n't", "do n't"
  if (word == "cannot") return begin + 3;
  if (word == "gonna" || word == "wanna" || word == "gotta") return end - 2;
  return begin;
}

size_t RunEnd(std::string_view s, size_t begin, std::string_view members) {
  size_t end = begin + 1;
  while (end < s.size() && members.find(s[end]) != std::string_view::npos) ++end;
  return end;
}

// Sets kCapitalized and kAllCaps, and tells a word from a number.
void DescribeWord(Token* token) {
  std::string_view t = token->text;
  int letters = 0;
  bool first_letter_seen = false;
  bool any_lower = false;
  for (size_t i = 0; i < t.size();) {
    CharInfo c = Classify(t, i);
    i += c.length;
    if (!c.letter) continue;
    ++letters;
    any_lower |= c.lower;
    if (!first_letter_seen && c.upper) token->flags |= kCapitalized;
    first_letter_seen = true;
  }
  if (letters >= 2 && !any_lower) token->flags |= kAllCaps;
  token->shape = letters == 0 ? TokenShape::kNumber : TokenShape::kWord;
}

// The end and shape of the token at s[i] that is not a word (`c` classifies s[i];
// `space_before` tells whether blanks come before it). Runs of dots, of "!?", of hyphens and of
// backquotes are one token each.
size_t NonWordTokenEnd(std::string_view s, size_t i, const CharInfo& c, bool space_before,
                       TokenShape* shape) {
  size_t end = i + c.length;
  *shape = TokenShape::kPunctuation;
  switch (s[i]) {
    case '.':
      end = RunEnd(s, i, ".");  // "...", ".."
      break;
    case '!':
    case '?':
      end = RunEnd(s, i, "!?");
      break;
    case '-':
      end = RunEnd(s, i, "-");  // "--", the normalised em dash
      break;
    case '`':
      end = RunEnd(s, i, "`");
      break;
    case '\'':
      // The clitic of the word just before: "Putin" "'s". Otherwise a quote, or the
      // possessive of a plural ("leaders" "'").
      if (!space_before && i > 0 && CliticLength(s, i) > 0) {
        end = i + CliticLength(s, i);
        *shape = TokenShape::kWord;
      } else if (i + 1 < s.size() && s[i + 1] == '\'') {
        end = i + 2;  // '' closes a `` quote in Penn-Treebank-era text
      }
      break;
    case ',':
    case ';':
    case ':':
    case '"':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
      break;
    default:
      if (!c.punctuation) *shape = TokenShape::kSymbol;
      break;
  }
  return end;
}

}  // namespace

size_t Tokenizer::WordTokenEnd(std::string_view s, size_t begin) const {
  size_t end = WordEnd(s, begin);
  // A suspended hyphen stays on its prefix: "anti- Gondor", "pro- and anti-war".
  if (end < s.size() && s[end] == '-' && end > begin && IsAlnumAt(s, end - 1) &&
      (end + 1 == s.size() || s[end + 1] == ' ' || s[end + 1] == '\n')) {
    return end + 1;
  }
  if (end < s.size() && s[end] == '.' && (end + 1 == s.size() || s[end + 1] != '.')) {
    AbbreviationKind kind = abbreviations_.Find(s.substr(begin, end - begin));
    bool keeps_period = kind == AbbreviationKind::kInner || kind == AbbreviationKind::kCanEnd ||
                        (kind == AbbreviationKind::kBeforeNumber && DigitFollows(s, end + 1));
    if (keeps_period) {
      ++end;
      // "U.S.-China" is one word, as "Russia-China" is.
      if (end + 1 < s.size() && s[end] == '-' && IsAlnumAt(s, end + 1)) end = WordEnd(s, end + 1);
    }
  }
  return end;
}

void Tokenizer::Tokenize(const NormalizedText& text, std::vector<Token>* tokens) const {
  tokens->clear();
  const std::string_view s = text.text();
  const std::string_view folded = text.folded();
  bool space_before = false;
  auto emit = [&](size_t begin, size_t end, TokenShape shape) {
    Token& token = tokens->emplace_back();
    token.text = s.substr(begin, end - begin);
    token.lower = folded.substr(begin, end - begin);
    token.offset = static_cast<uint32_t>(begin);
    token.span = text.ToOriginal({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    token.shape = shape;
    token.flags = space_before ? kSpaceBefore : 0;
    if (shape == TokenShape::kWord) DescribeWord(&token);
    space_before = false;
  };

  size_t i = 0;
  while (i < s.size()) {
    const char ch = s[i];
    if (ch == ' ' || ch == '\n') {
      space_before = true;
      ++i;
      continue;
    }
    // An underscore between words joins them as a space would: "Dol_Amroth", the way
    // PETRARCH-era texts and dictionaries write a multi-word name.
    if (ch == '_' && i > 0 && IsAlnumAt(s, i - 1) && i + 1 < s.size() && IsAlnumAt(s, i + 1)) {
      space_before = true;
      ++i;
      continue;
    }
    const CharInfo c = Classify(s, i);
    const bool negative_number = ch == '-' && (i == 0 || space_before || s[i - 1] == '(') &&
                                 i + 1 < s.size() && IsAsciiDigit(s[i + 1]);
    if (c.letter || c.digit || negative_number) {
      size_t end = UrlEnd(s, i);
      if (end == i) end = WordTokenEnd(s, negative_number ? i + 1 : i);
      size_t split = CliticSplit(folded, i, end);
      if (split != i) emit(i, split, TokenShape::kWord);
      emit(split, end, TokenShape::kWord);
      i = end;
      continue;
    }

    TokenShape shape;
    const size_t end = NonWordTokenEnd(s, i, c, space_before, &shape);
    emit(i, end, shape);
    i = end;
  }
}

}  // namespace tacitus
