#include "out/event_writer.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <variant>
#include <vector>

#include "base/code_points.h"
#include "out/json_text.h"

namespace tacitus {
namespace {

std::string Goldstein(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// The text of `span` in `text`; "" when the span is empty or outside the text.
std::string_view SpanText(std::string_view text, Span span) {
  if (span.begin >= span.end || span.end > text.size()) return {};
  return text.substr(span.begin, span.size());
}

// `text` on one line: a sentence may be wrapped, and a line break would end a TSV row. A break
// (or tab) becomes a space, so that lengths stay as the offsets say.
std::string OneLine(std::string_view text) {
  std::string line(text);
  std::replace_if(
      line.begin(), line.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return line;
}

// The words of `span` in `text`, on one line.
std::string SpanWords(std::string_view text, Span span) { return OneLine(SpanText(text, span)); }

// Words of the story text that every format writes on one line (OneLine).
struct LineWords {
  std::string_view text;
};

// Calls `visit(value)` for each column of kEventColumns, in order, with the column's value
// for `event`: nullptr (unknown), std::string_view, LineWords, int64_t, double, the matched
// entries (std::vector<std::string>) or the issues (std::vector<IssueCount>). The one place
// that says what each column holds: the row (EventToRow, hence CSV and TSV) and the JSON writer
// follow it. Values are views of `event` and `text` or temporaries that live during the call.
template <typename Visit>
void VisitEventColumns(const Event& event, const StoryText& text, Visit&& visit) {
  const std::string_view story_text = text.text();
  static_assert(kEventColumns[25] == "source_begin" && kEventColumns.size() == 25 + 5 * 4);
  const EventPlace* place = event.place ? &*event.place : nullptr;
  auto place_text = [&](const std::string EventPlace::*field) {
    if (place == nullptr) {
      visit(nullptr);
    } else {
      visit(std::string_view(place->*field));
    }
  };
  auto coordinate = [&](std::optional<double> EventPlace::*field) {
    if (place == nullptr || !(place->*field)) {
      visit(nullptr);
    } else {
      visit(*(place->*field));
    }
  };
  visit(std::string_view(event.story));
  visit(std::string_view(event.date.ToString()));
  visit(DatePrecisionName(event.date.precision));
  visit(std::string_view(event.story_date.ToString()));
  visit(int64_t{event.sentence} + text.part().first_sentence);
  visit(std::string_view(event.source));
  visit(std::string_view(event.target));
  visit(std::string_view(event.code));
  visit(std::string_view(event.root));
  visit(int64_t{event.quad_class});
  visit(event.goldstein);
  visit(std::string_view(event.plover));
  place_text(&EventPlace::name);
  place_text(&EventPlace::country);
  place_text(&EventPlace::admin1);
  coordinate(&EventPlace::lat);
  coordinate(&EventPlace::lon);
  visit(std::string_view(event.pattern));
  visit(event.matched);
  visit(event.issues);
  visit(LineWords{SpanText(story_text, event.date.span)});
  visit(LineWords{SpanText(story_text, event.sentence_span)});
  visit(LineWords{SpanText(story_text, event.source_span)});
  visit(LineWords{SpanText(story_text, event.target_span)});
  visit(std::string_view(event.code_label));
  const StoryPart& part = text.part();
  const Span place_span = place != nullptr ? place->span : Span{};
  for (const Span span :
       {event.source_span, event.verb_span, event.target_span, event.date.span, place_span}) {
    if (span.empty()) {  // 0, 0 whatever part it is in
      for (int i = 0; i < 4; ++i) visit(int64_t{0});
      continue;
    }
    visit(int64_t{span.begin} + part.byte_offset);
    visit(int64_t{span.end} + part.byte_offset);
    visit(text.CodePointsBefore(span.begin) + part.code_points_before);
    visit(text.CodePointsBefore(span.end) + part.code_points_before);
  }
}

// A value as a CSV or TSV field: null is empty, lists are joined by ';'.
std::string FieldText(const EventValue& value) {
  struct Visitor {
    std::string operator()(std::nullptr_t) const { return ""; }
    std::string operator()(const std::string& text) const { return text; }
    std::string operator()(int64_t number) const { return std::to_string(number); }
    std::string operator()(double number) const { return DecimalText(number); }
    std::string operator()(const std::vector<std::string>& entries) const {
      std::string joined;
      for (const std::string& entry : entries) joined += (joined.empty() ? "" : ";") + entry;
      return joined;
    }
    std::string operator()(const std::vector<IssueCount>& issues) const {
      return IssuesText(issues);
    }
  };
  return std::visit(Visitor{}, value);
}

void WriteJsonValue(std::nullptr_t, JsonText* json) { json->Null(); }
void WriteJsonValue(std::string_view text, JsonText* json) { json->String(text); }
void WriteJsonValue(LineWords words, JsonText* json) { json->OneLineString(words.text); }
void WriteJsonValue(int64_t number, JsonText* json) { json->Number(number); }
void WriteJsonValue(double number, JsonText* json) { json->Number(number); }
void WriteJsonValue(const std::vector<std::string>& entries, JsonText* json) {
  json->BeginArray();
  for (const std::string& entry : entries) json->String(entry);
  json->EndArray();
}
void WriteJsonValue(const std::vector<IssueCount>& issues, JsonText* json) {
  json->BeginArray();
  for (const IssueCount& issue : issues) {
    json->BeginObject();
    json->Key("code");
    json->String(issue.code);
    json->Key("count");
    json->Number(static_cast<int64_t>(issue.count));
    json->EndObject();
  }
  json->EndArray();
}

std::string CsvField(std::string text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + '"';
}

// Tabs and newlines would break a TSV row; dictionary text has none, but be sure.
std::string TsvField(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return text;
}

std::string JoinRow(const EventRow& row, char separator) {
  std::string line;
  line.reserve(512);
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) line += separator;
    line += separator == ',' ? CsvField(FieldText(row[i])) : TsvField(FieldText(row[i]));
  }
  return line;
}

std::string JoinHeader(char separator) {
  std::string header;
  for (std::string_view column : kEventColumns) {
    if (!header.empty()) header += separator;
    header += column;
  }
  return header;
}

// "date 2023-11-07 ("yesterday"); place Beijing, CHN (39.9075, 116.39723)": the event's date
// with the words that set it, and its place, for --explain.
std::string WhenAndWhere(std::string_view story_text, const Event& event) {
  std::string line = "date " + event.date.ToString();
  const std::string date_words = SpanWords(story_text, event.date.span);
  line += date_words.empty() ? " (the story's date)" : " (\"" + date_words + "\")";
  if (!event.place) return line + "; no place stated";
  const EventPlace& place = *event.place;
  line += "; place " + place.name;
  if (!place.admin1.empty() && place.admin1 != place.name) line += ", " + place.admin1;
  if (!place.country.empty()) line += ", " + place.country;
  if (place.lat && place.lon) {
    line += " (" + DecimalText(*place.lat) + ", " + DecimalText(*place.lon) + ")";
  }
  return line;
}

}  // namespace

StoryText::StoryText(std::string_view text, StoryPart part) : text_(text), part_(part) {
  before_block_.reserve(text.size() / kBlockBytes + 1);
  uint32_t before = 0;
  for (size_t block = 0; block < text.size(); block += kBlockBytes) {
    before_block_.push_back(before);
    before += static_cast<uint32_t>(CountCodePoints(text.substr(block, kBlockBytes)));
  }
  before_block_.push_back(before);
}

int64_t StoryText::CodePointsBefore(uint32_t byte) const {
  const size_t end = std::min<size_t>(byte, text_.size());
  const size_t block = end / kBlockBytes;
  return int64_t{before_block_[block]} + static_cast<int64_t>(CountCodePoints(text_.substr(
                                             block * kBlockBytes, end - block * kBlockBytes)));
}

EventRow EventToRow(const Event& event, const StoryText& text) {
  struct Visitor {
    EventValue operator()(std::nullptr_t) const { return nullptr; }
    EventValue operator()(std::string_view value) const { return std::string(value); }
    EventValue operator()(LineWords words) const { return OneLine(words.text); }
    EventValue operator()(int64_t value) const { return value; }
    EventValue operator()(double value) const { return value; }
    EventValue operator()(const std::vector<std::string>& matched) const { return matched; }
    EventValue operator()(const std::vector<IssueCount>& issues) const { return issues; }
  };
  EventRow row;
  size_t column = 0;
  VisitEventColumns(event, text, [&](const auto& value) { row[column++] = Visitor{}(value); });
  return row;
}

void AppendEventJson(const Event& event, const StoryText& text, std::string* out) {
  static const std::array<std::string, kEventColumns.size()> kKeyTexts = [] {
    std::array<std::string, kEventColumns.size()> keys;
    for (size_t i = 0; i < keys.size(); ++i) {
      keys[i] = i == 0 ? "\"" : ",\"";
      keys[i] += kEventColumns[i];
      keys[i] += "\":";
    }
    return keys;
  }();
  JsonText json(out);
  json.BeginObject();
  size_t column = 0;
  VisitEventColumns(event, text, [&](const auto& value) {
    json.PreparedKey(kKeyTexts[column++]);
    WriteJsonValue(value, &json);
  });
  json.EndObject();
}

std::string EventToJson(const Event& event, const StoryText& text) {
  std::string out;
  out.reserve(1024);
  AppendEventJson(event, text, &out);
  return out;
}

std::string EventToCsv(const Event& event, const StoryText& text) {
  return JoinRow(EventToRow(event, text), ',');
}

std::string EventToTsv(const Event& event, const StoryText& text) {
  return JoinRow(EventToRow(event, text), '\t');
}

EventRow EventToRow(const Event& event, std::string_view story_text) {
  return EventToRow(event, StoryText(story_text));
}
std::string EventToJson(const Event& event, std::string_view story_text) {
  return EventToJson(event, StoryText(story_text));
}
std::string EventToCsv(const Event& event, std::string_view story_text) {
  return EventToCsv(event, StoryText(story_text));
}
std::string EventToTsv(const Event& event, std::string_view story_text) {
  return EventToTsv(event, StoryText(story_text));
}

std::string EventCsvHeader() { return JoinHeader(','); }
std::string EventTsvHeader() { return JoinHeader('\t'); }

void ExplainEvents(const Story& story, const Document& doc, std::span<const Event> events,
                   std::ostream& out) {
  for (const Event& event : events) {
    if (event.sentence >= doc.sentences.size()) continue;
    const Span sentence = doc.sentences[event.sentence].span;
    // Marks, inserted from the end so earlier offsets stay right.
    struct Mark {
      uint32_t at;
      std::string_view text;
      int order;
    };
    std::vector<Mark> marks;
    auto mark = [&](Span span, std::string_view open, std::string_view close) {
      if (span.empty() || span.begin < sentence.begin || span.end > sentence.end) return;
      marks.push_back({span.begin, open, 1});
      marks.push_back({span.end, close, 0});
    };
    mark(event.source_span, "[", "]S");
    mark(event.verb_span, "<", ">V");
    mark(event.target_span, "[", "]T");
    std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
      return a.at != b.at ? a.at > b.at : a.order > b.order;
    });
    std::string text = story.text.substr(sentence.begin, sentence.size());
    for (const Mark& m : marks) text.insert(m.at - sentence.begin, m.text);
    std::replace(text.begin(), text.end(), '\n', ' ');

    out << story.id << " s" << story.part.first_sentence + event.sentence << ": " << text << "\n"
        << "  " << event.source << " -> " << event.target << "  " << event.code << " (root "
        << event.root << ", quad class " << event.quad_class << ", Goldstein "
        << Goldstein(event.goldstein) << ", PLOVER " << event.plover << ")\n"
        << "  pattern \"" << event.pattern << "\"; matched";
    for (const std::string& entry : event.matched) out << " " << entry;
    out << "\n";
    out << "  " << WhenAndWhere(story.text, event) << "\n";
    if (!event.issues.empty()) out << "  issues " << IssuesText(event.issues) << "\n";
  }
}

void ExplainMisses(const Story& story, const Document& doc, std::span<const Event> events,
                   std::span<const ClauseVerdict> verdicts, std::ostream& out) {
  std::vector<bool> coded(doc.sentences.size(), false);
  for (const Event& event : events) {
    if (event.sentence < coded.size()) coded[event.sentence] = true;
  }
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (coded[s] || doc.sentences[s].is_dateline) continue;
    const Span span = doc.sentences[s].span;
    std::string text = story.text.substr(span.begin, span.size());
    std::replace(text.begin(), text.end(), '\n', ' ');
    out << story.id << " s" << story.part.first_sentence + s << ": " << text << "\n";
    bool any = false;
    for (const ClauseVerdict& verdict : verdicts) {
      if (verdict.sentence != s) continue;
      out << "  why not: " << DescribeVerdict(doc, story.text, verdict) << "\n";
      any = true;
    }
    if (!any) out << "  why not: no clause with a verb of its own to code\n";
  }
}

}  // namespace tacitus
