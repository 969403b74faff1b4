#include "out/event_writer.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "out/json_text.h"

namespace tacitus {
namespace {

std::string SpanText(Span span) {
  return std::to_string(span.begin) + "-" + std::to_string(span.end);
}

std::string Goldstein(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

// Tabs and newlines would break a TSV row; dictionary text has none, but be sure.
std::string TsvField(std::string_view text) {
  std::string field(text);
  std::replace_if(
      field.begin(), field.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return field;
}

}  // namespace

std::string EventToJson(const Event& event) {
  std::string out;
  out.reserve(512);
  JsonText json(&out);
  auto span = [&](std::string_view key, Span value) {
    json.Key(key);
    json.BeginArray();
    json.Number(int64_t{value.begin});
    json.Number(int64_t{value.end});
    json.EndArray();
  };
  json.BeginObject();
  json.Key("story");
  json.String(event.story);
  json.Key("date");
  json.String(event.date.ToString());
  json.Key("date_precision");
  json.String(DatePrecisionName(event.date.precision));
  span("date_span", event.date.span);
  json.Key("story_date");
  json.String(event.story_date.ToString());
  json.Key("sentence");
  json.Number(int64_t{event.sentence});
  json.Key("source");
  json.String(event.source);
  json.Key("target");
  json.String(event.target);
  json.Key("code");
  json.String(event.code);
  json.Key("root");
  json.String(event.root);
  json.Key("quad_class");
  json.Number(int64_t{event.quad_class});
  json.Key("goldstein");
  json.Number(event.goldstein);
  json.Key("plover");
  json.String(event.plover);
  json.Key("place");
  if (event.place) {
    const EventPlace& place = *event.place;
    json.BeginObject();
    json.Key("name");
    json.String(place.name);
    json.Key("country");
    json.String(place.country);
    json.Key("admin1");
    json.String(place.admin1);
    json.Key("lat");
    place.lat ? json.Number(*place.lat) : json.Null();
    json.Key("lon");
    place.lon ? json.Number(*place.lon) : json.Null();
    span("span", place.span);
    json.EndObject();
  } else {
    json.Null();
  }
  json.Key("spans");
  json.BeginObject();
  span("source", event.source_span);
  span("verb", event.verb_span);
  span("target", event.target_span);
  json.EndObject();
  json.Key("pattern");
  json.String(event.pattern);
  json.Key("matched");
  json.BeginArray();
  for (const std::string& entry : event.matched) json.String(entry);
  json.EndArray();
  if (!event.issues.empty()) {
    json.Key("issues");
    json.BeginArray();
    for (const IssueCount& issue : event.issues) {
      json.BeginObject();
      json.Key("code");
      json.String(issue.code);
      json.Key("count");
      json.Number(static_cast<int64_t>(issue.count));
      json.EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
  return out;
}

std::string EventToTsv(const Event& event) {
  std::string matched;
  for (const std::string& entry : event.matched) {
    if (!matched.empty()) matched += ';';
    matched += entry;
  }
  const EventPlace empty_place;
  const EventPlace& place = event.place ? *event.place : empty_place;
  auto coordinate = [](const std::optional<double>& value) {
    if (!value) return std::string();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.5f", *value);
    return std::string(buffer);
  };
  std::string row;
  for (const std::string& field : {TsvField(event.story),
                                   event.date.ToString(),
                                   std::string(DatePrecisionName(event.date.precision)),
                                   event.story_date.ToString(),
                                   std::to_string(event.sentence),
                                   event.source,
                                   event.target,
                                   event.code,
                                   event.root,
                                   std::to_string(event.quad_class),
                                   Goldstein(event.goldstein),
                                   event.plover,
                                   TsvField(place.name),
                                   place.country,
                                   TsvField(place.admin1),
                                   coordinate(place.lat),
                                   coordinate(place.lon),
                                   SpanText(event.source_span),
                                   SpanText(event.verb_span),
                                   SpanText(event.target_span),
                                   TsvField(event.pattern),
                                   TsvField(matched),
                                   IssuesText(event.issues)}) {
    if (!row.empty()) row += '\t';
    row += field;
  }
  return row;
}

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

    out << story.id << " s" << event.sentence << ": " << text << "\n"
        << "  " << event.source << " -> " << event.target << "  " << event.code << " (root "
        << event.root << ", quad class " << event.quad_class << ", Goldstein "
        << Goldstein(event.goldstein) << ", PLOVER " << event.plover << ")\n"
        << "  pattern \"" << event.pattern << "\"; matched";
    for (const std::string& entry : event.matched) out << " " << entry;
    out << "\n";
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
    out << story.id << " s" << s << ": " << text << "\n";
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
