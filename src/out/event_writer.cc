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

// The words of `span` in `text`, on one line: a sentence may be wrapped, and a line break
// would end a TSV row. A break becomes a space, so that lengths stay as the offsets say.
std::string SpanWords(std::string_view text, Span span) {
  if (span.begin >= span.end || span.end > text.size()) return "";
  std::string words(text.substr(span.begin, span.size()));
  std::replace_if(
      words.begin(), words.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return words;
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

void WriteJsonValue(const EventValue& value, JsonText* json) {
  struct Visitor {
    JsonText* json;
    void operator()(std::nullptr_t) const { json->Null(); }
    void operator()(const std::string& text) const { json->String(text); }
    void operator()(int64_t number) const { json->Number(number); }
    void operator()(double number) const { json->Number(number); }
    void operator()(const std::vector<std::string>& entries) const {
      json->BeginArray();
      for (const std::string& entry : entries) json->String(entry);
      json->EndArray();
    }
    void operator()(const std::vector<IssueCount>& issues) const {
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
  };
  std::visit(Visitor{json}, value);
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
  const std::string_view story_text = text.text();
  static_assert(kEventColumns[25] == "source_begin" && kEventColumns.size() == 25 + 5 * 4);
  const bool placed = event.place.has_value();
  const EventPlace empty_place;
  const EventPlace& place = placed ? *event.place : empty_place;
  auto text_or_null = [&](const std::string& text) -> EventValue {
    return placed ? EventValue(text) : EventValue(nullptr);
  };
  auto coordinate = [](const std::optional<double>& value) -> EventValue {
    return value ? EventValue(*value) : EventValue(nullptr);
  };
  EventRow row = {event.story,
                  event.date.ToString(),
                  std::string(DatePrecisionName(event.date.precision)),
                  event.story_date.ToString(),
                  int64_t{event.sentence} + text.part().first_sentence,
                  event.source,
                  event.target,
                  event.code,
                  event.root,
                  int64_t{event.quad_class},
                  event.goldstein,
                  event.plover,
                  text_or_null(place.name),
                  text_or_null(place.country),
                  text_or_null(place.admin1),
                  coordinate(place.lat),
                  coordinate(place.lon),
                  event.pattern,
                  event.matched,
                  event.issues,
                  SpanWords(story_text, event.date.span),
                  SpanWords(story_text, event.sentence_span),
                  SpanWords(story_text, event.source_span),
                  SpanWords(story_text, event.target_span),
                  event.code_label};
  size_t column = 25;
  for (const Span span :
       {event.source_span, event.verb_span, event.target_span, event.date.span, place.span}) {
    if (span.empty()) {  // 0, 0 whatever part it is in
      for (int i = 0; i < 4; ++i) row[column++] = int64_t{0};
      continue;
    }
    const StoryPart& part = text.part();
    row[column++] = int64_t{span.begin} + part.byte_offset;
    row[column++] = int64_t{span.end} + part.byte_offset;
    row[column++] = text.CodePointsBefore(span.begin) + part.code_points_before;
    row[column++] = text.CodePointsBefore(span.end) + part.code_points_before;
  }
  return row;
}

std::string EventToJson(const Event& event, const StoryText& text) {
  static const std::array<std::string, kEventColumns.size()> kQuotedKeys = [] {
    std::array<std::string, kEventColumns.size()> keys;
    for (size_t i = 0; i < keys.size(); ++i) {
      keys[i] = '"';
      keys[i] += kEventColumns[i];
      keys[i] += "\":";
    }
    return keys;
  }();
  const EventRow row = EventToRow(event, text);
  std::string out;
  out.reserve(1024);
  JsonText json(&out);
  json.BeginObject();
  for (size_t i = 0; i < row.size(); ++i) {
    json.QuotedKey(kQuotedKeys[i]);
    WriteJsonValue(row[i], &json);
  }
  json.EndObject();
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
