// Unicode normalisation of story text before tokenisation.
//
//   TextNormalizer normalizer;                       // once; const and thread-safe afterwards
//   NormalizedText out;                              // reused: no allocation once grown
//   normalizer.Normalize(original, &out);
//   out.text();  out.ToOriginal(span_of_text);       // spans map back to `original`
//
// What it does, so that later stages only ever see one spelling of each thing:
//   * NFC (ICU), so "e" + U+0301 and U+00E9 are the same bytes;
//   * curly/low/reversed single quotes and primes -> '   double quotes, primes, guillemets -> "
//   * hyphen, non-breaking hyphen, figure and en dash, minus -> -   em dash, horizontal bar -> --
//   * horizontal ellipsis -> ...
//   * every Unicode space separator (NBSP, thin, narrow, ideographic ...), tab and control
//     character -> one space; line separator, NEL and a lone CR -> newline; paragraph
//     separator -> blank line; CR before LF -> space (so CRLF keeps single line breaks single);
//   * soft hyphen, zero-width (non-)joiners and spaces, BOM, bidi marks (all format
//     characters) are dropped;
//   * invalid UTF-8: each maximal ill-formed subsequence becomes U+FFFD. Never fails.
// Pure ASCII runs are copied byte for byte (the fast path). Every output byte maps to the
// original byte its character came from; a composed cluster maps to its first byte.
// Input longer than kMaxInputBytes is cut there (offsets are 32-bit).
#ifndef TACITUS_TEXT_NORMALIZE_H_
#define TACITUS_TEXT_NORMALIZE_H_

#include <unicode/uversion.h>

#include <cstdint>
#include <string_view>

#include "text/document.h"

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace tacitus {

class TextNormalizer {
 public:
  static constexpr uint32_t kMaxInputBytes = 0xFFFFFFF0u;

  TextNormalizer();  // ICU's NFC data is loaded once per process and shared

  // Clears `out`, fills it and finishes its offset map.
  void Normalize(std::string_view original, NormalizedText* out) const;

 private:
  // Normalises the cluster that starts at `begin` (a starter and the combining marks that
  // follow it); returns where the next one starts.
  size_t AppendCluster(std::string_view original, size_t begin, NormalizedText* out) const;

  const icu::Normalizer2* nfc_;
};

}  // namespace tacitus

#endif  // TACITUS_TEXT_NORMALIZE_H_
