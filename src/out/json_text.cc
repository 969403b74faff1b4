#include "out/json_text.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace tacitus {
namespace {

// Length of the well-formed UTF-8 sequence at text[i], or 0 when it is ill-formed.
size_t Utf8SequenceLength(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  size_t length = 0;
  uint32_t min = 0;
  uint32_t code = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code = lead & 0x1F;
    min = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code = lead & 0x0F;
    min = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code = lead & 0x07;
    min = 0x10000;
  } else
    return 0;
  if (i + length > text.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

// Texts of at most this many bytes with nothing to escape are quoted on the stack and appended
// in one piece.
constexpr size_t kShortText = 62;

// The index of the first byte at or after text[i] that is more than copied into a JSON string
// (a control character, '"', '\\' or a byte of a multi-byte UTF-8 sequence); text.size() when
// there is none. Reads eight bytes at a time: most text has no such byte.
size_t PlainRunEnd(std::string_view text, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101;
  constexpr uint64_t kHighs = kOnes * 0x80;
  // Non-zero when a byte of x is below n (n <= 0x80).
  const auto any_below = [](uint64_t x, uint64_t n) { return (x - kOnes * n) & ~x & kHighs; };
  while (i + sizeof(uint64_t) <= text.size()) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, sizeof x);
    if ((x & kHighs) | any_below(x, 0x20) | any_below(x ^ (kOnes * '"'), 1) |
        any_below(x ^ (kOnes * '\\'), 1)) {
      break;
    }
    i += sizeof x;
  }
  for (; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
  }
  return i;
}

}  // namespace

void JsonText::Key(std::string_view key) {
  Separate();
  out_->push_back('"');
  out_->append(key);
  out_->append("\":");
  after_key_ = true;
}

void JsonText::String(std::string_view value) {
  Separate();
  Escaped(value, /*one_line=*/false);
}

void JsonText::OneLineString(std::string_view value) {
  Separate();
  Escaped(value, /*one_line=*/true);
}

void JsonText::Number(int64_t value) {
  Separate();
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out_->append(buffer, result.ptr);
}

void JsonText::Number(double value) {
  Separate();
  if (!std::isfinite(value)) {
    out_->append("null");
    return;
  }
  out_->append(DecimalText(value));
}

std::string DecimalText(double value) {
  if (!std::isfinite(value)) return "";
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string text(buffer, result.ptr);
  // Keep a double a double: "1.0", not "1", as readers that type by the text expect.
  if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
  return text;
}

void JsonText::Escaped(std::string_view text, bool one_line) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t i = PlainRunEnd(text, 0);
  if (i == text.size() && text.size() <= kShortText) {  // most values: codes, names, labels
    char quoted[kShortText + 2];
    quoted[0] = '"';
    if (!text.empty()) std::memcpy(quoted + 1, text.data(), text.size());  // data() may be null
    quoted[text.size() + 1] = '"';
    out_->append(quoted, text.size() + 2);
    return;
  }
  out_->push_back('"');
  // Bytes that need no escape are copied a run at a time: most text is all such bytes.
  size_t run = 0;
  const auto end_run = [&] { out_->append(text.substr(run, i - run)); };
  for (; i < text.size(); i = PlainRunEnd(text, i)) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const size_t length = Utf8SequenceLength(text, i);
      if (length != 0) {
        i += length;
        continue;
      }
      end_run();
      out_->append("\xEF\xBF\xBD");  // U+FFFD
      run = ++i;
      continue;
    }
    end_run();
    if (one_line && (c == '\t' || c == '\n' || c == '\r')) {
      out_->push_back(' ');
      run = ++i;
      continue;
    }
    switch (c) {
      case '"':
        out_->append("\\\"");
        break;
      case '\\':
        out_->append("\\\\");
        break;
      case '\n':
        out_->append("\\n");
        break;
      case '\r':
        out_->append("\\r");
        break;
      case '\t':
        out_->append("\\t");
        break;
      case '\b':
        out_->append("\\b");
        break;
      case '\f':
        out_->append("\\f");
        break;
      default:
        out_->append("\\u00");
        out_->push_back(kHex[c >> 4]);
        out_->push_back(kHex[c & 0xF]);
    }
    run = ++i;
  }
  end_run();
  out_->push_back('"');
}

}  // namespace tacitus
