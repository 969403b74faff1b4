// A small, fast writer of JSON text into a std::string, for the writers of events: they run
// once per event on the hot path, where a DOM library's per-value allocations dominate.
//
//   JsonText json(&out);
//   json.BeginObject();
//   json.Key("story"); json.String(id);
//   json.Key("spans"); json.BeginArray(); json.Number(3); json.EndArray();
//   json.EndObject();
//
// Strings are escaped as RFC 8259 requires; invalid UTF-8 is written as U+FFFD. The caller
// keeps keys and values balanced; nothing is checked.
#ifndef TACITUS_OUT_JSON_TEXT_H_
#define TACITUS_OUT_JSON_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace tacitus {

class JsonText {
 public:
  explicit JsonText(std::string* out) : out_(out) {}

  void BeginObject() {
    Separate();
    out_->push_back('{');
    first_ = true;
  }
  void EndObject() {
    out_->push_back('}');
    first_ = false;
  }
  void BeginArray() {
    Separate();
    out_->push_back('[');
    first_ = true;
  }
  void EndArray() {
    out_->push_back(']');
    first_ = false;
  }
  // `key` is written as it is, unescaped: the writers' own names, plain ASCII letters, digits
  // and underscores (a key is written once per event, on the hot path).
  void Key(std::string_view key);
  // A key of an object written beforehand with its quotes, its colon and the comma before it
  // (`,"date":`; `"story":` for the first key), appended in one piece: for writers that write
  // the same keys for every event.
  void PreparedKey(std::string_view key_text) {
    out_->append(key_text);
    first_ = false;
    after_key_ = true;
  }
  void String(std::string_view value);
  // A string whose tabs and line breaks are written as spaces: words of a text on one line.
  void OneLineString(std::string_view value);
  void Number(int64_t value);
  // Shortest decimal that reads back as the same double; null for NaN and infinities.
  void Number(double value);
  void Null() {
    Separate();
    out_->append("null");
  }

 private:
  void Separate() {
    if (!first_ && !after_key_) out_->push_back(',');
    first_ = false;
    after_key_ = false;
  }
  // `text` quoted and escaped; with `one_line`, tabs and line breaks become spaces.
  void Escaped(std::string_view text, bool one_line);

  std::string* out_;
  bool first_ = true;
  bool after_key_ = false;
};

// The text JsonText::Number writes for a finite `value` ("1.9", "-5.0", "116.39723"); "" for
// NaN and infinities. For the other formats of the same values.
std::string DecimalText(double value);

}  // namespace tacitus

#endif  // TACITUS_OUT_JSON_TEXT_H_
