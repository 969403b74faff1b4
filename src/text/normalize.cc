#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace tacitus {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// The ASCII spelling of a non-ASCII character, "" to drop it, nullopt to keep it.
std::optional<std::string_view> AsciiReplacement(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:  // ‘ ’ ‚ ‛
    case 0x2032:
    case 0x2035:
    case 0x2039:
    case 0x203A:  // ′ ‵ ‹ ›
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:  // “ ” „ ‟
    case 0x2033:
    case 0x2036:
    case 0x00AB:
    case 0x00BB:  // ″ ‶ « »
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:  // hyphens, figure and en dash
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:  // minus signs
      return "-";
    case 0x2014:
    case 0x2015:
    case 0x2E3A:  // em dash, horizontal bar, two-em dash
      return "--";
    case 0x2026:
      return "...";
    case 0x0085:
    case 0x2028:  // next line, line separator
      return "\n";
    case 0x2029:  // paragraph separator: a blank line, as paragraphs are marked in plain text
      return "\n\n";
    default:
      break;
  }
  switch (u_charType(c)) {
    case U_SPACE_SEPARATOR:
    case U_CONTROL_CHAR:
      return " ";
    case U_FORMAT_CHAR:  // soft hyphen, zero-width space/joiners, BOM, bidi marks
      return "";
    default:
      return std::nullopt;
  }
}

// Printable ASCII and line feeds: bytes that normalise to themselves.
bool IsVerbatimAscii(char c) { return (c >= 0x20 && c < 0x7F) || c == '\n'; }

// `followed_by_lf` says whether the next original byte is a line feed.
void AppendAscii(char c, bool followed_by_lf, uint32_t at, NormalizedText* out) {
  if ((c >= 0x20 && c < 0x7F) || c == '\n') {
    out->Append(std::string_view(&c, 1), at);
  } else if (c == '\r') {
    // CRLF is one line break; a lone CR (old Mac files) is one too.
    out->Append(followed_by_lf ? " " : "\n", at);
  } else {
    out->Append(" ", at);
  }
}

void AppendAscii(std::string_view original, size_t i, NormalizedText* out) {
  bool followed_by_lf = i + 1 < original.size() && original[i + 1] == '\n';
  AppendAscii(original[i], followed_by_lf, static_cast<uint32_t>(i), out);
}

void AppendCodePoint(UChar32 c, uint32_t at, NormalizedText* out) {
  if (c < 0x80) {
    AppendAscii(static_cast<char>(c), false, at, out);
    return;
  }
  if (std::optional<std::string_view> ascii = AsciiReplacement(c)) {
    out->Append(*ascii, at);
    return;
  }
  char utf8[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(utf8, length, c);
  out->Append(std::string_view(utf8, length), at);
}

// Decodes one code point at original[i]; returns it (negative when ill-formed) and sets
// *length to the bytes it (or the maximal ill-formed subsequence) occupies.
UChar32 DecodeAt(std::string_view original, size_t i, int32_t* length) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(original.data() + i);
  int32_t available = static_cast<int32_t>(std::min<size_t>(original.size() - i, 4));
  int32_t k = 0;
  UChar32 c;
  U8_NEXT(bytes, k, available, c);
  *length = k;
  return c;
}

}  // namespace

TextNormalizer::TextNormalizer() {
  UErrorCode status = U_ZERO_ERROR;
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  // ICU's NFC data is compiled into libicuuc; its absence is a broken installation.
  if (U_FAILURE(status) || nfc_ == nullptr) std::abort();
}

void TextNormalizer::Normalize(std::string_view original, NormalizedText* out) const {
  out->Clear();
  if (original.size() > kMaxInputBytes) original = original.substr(0, kMaxInputBytes);
  const size_t n = original.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: a run of printable ASCII (and line feeds) is copied as it is, but for its
    // last byte when a non-ASCII byte (perhaps a combining mark) follows.
    size_t run = i;
    while (run < n && IsVerbatimAscii(original[run])) ++run;
    if (run < n && static_cast<unsigned char>(original[run]) >= 0x80 && run > i) --run;
    if (run > i) {
      out->AppendVerbatim(original.substr(i, run - i), static_cast<uint32_t>(i));
      i = run;
      continue;
    }
    // Other ASCII (CR, tabs, controls) that no combining mark follows is its own NFC.
    if (static_cast<unsigned char>(original[i]) < 0x80 &&
        (i + 1 == n || static_cast<unsigned char>(original[i + 1]) < 0x80)) {
      AppendAscii(original, i, out);
      ++i;
      continue;
    }
    i = AppendCluster(original, i, out);
  }
  out->Finish(static_cast<uint32_t>(n));
}

size_t TextNormalizer::AppendCluster(std::string_view original, size_t begin,
                                     NormalizedText* out) const {
  const uint32_t at = static_cast<uint32_t>(begin);
  int32_t length = 0;
  UChar32 first = DecodeAt(original, begin, &length);
  if (first < 0) {
    out->Append(kReplacementCharacter, at);
    return begin + length;
  }
  size_t end = begin + length;
  icu::UnicodeString cluster(first);
  // Extend over the following characters that NFC may combine with or reorder around
  // the starter; a cluster is short (a starter and its marks), except in adversarial
  // input, where it is still linear.
  while (end < original.size() && static_cast<unsigned char>(original[end]) >= 0x80) {
    UChar32 next = DecodeAt(original, end, &length);
    if (next < 0 || nfc_->hasBoundaryBefore(next)) break;
    cluster.append(next);
    end += length;
  }

  UErrorCode status = U_ZERO_ERROR;
  if (end - begin == static_cast<size_t>(U8_LENGTH(first))) {
    if (first < 0x80) {
      AppendAscii(original, begin, out);
      return end;
    }
    if (std::optional<std::string_view> ascii = AsciiReplacement(first)) {
      out->Append(*ascii, at);
      return end;
    }
    if (nfc_->isNormalized(cluster, status) && U_SUCCESS(status)) {
      out->Append(original.substr(begin, end - begin), at);
      return end;
    }
  }
  status = U_ZERO_ERROR;
  icu::UnicodeString composed = nfc_->normalize(cluster, status);
  if (U_FAILURE(status)) composed = cluster;
  for (int32_t k = 0; k < composed.length();) {
    UChar32 c = composed.char32At(k);
    k += U16_LENGTH(c);
    AppendCodePoint(c, at, out);
  }
  return end;
}

}  // namespace tacitus
