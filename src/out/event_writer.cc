#include "out/event_writer.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <nlohmann/json.hpp>

namespace tacitus {
namespace {

nlohmann::json SpanJson(Span span) { return nlohmann::json::array({span.begin, span.end}); }

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
  std::replace_if(field.begin(), field.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return field;
}

}  // namespace

std::string EventToJson(const Event& event) {
  nlohmann::ordered_json json;
  json["story"] = event.story;
  json["date"] = event.date.ToString();
  json["date_precision"] = DatePrecisionName(event.date.precision);
  json["date_span"] = SpanJson(event.date.span);
  json["story_date"] = event.story_date.ToString();
  json["sentence"] = event.sentence;
  json["source"] = event.source;
  json["target"] = event.target;
  json["code"] = event.code;
  json["root"] = event.root;
  json["quad_class"] = event.quad_class;
  json["goldstein"] = event.goldstein;
  json["plover"] = event.plover;
  if (event.place) {
    const EventPlace& place = *event.place;
    json["place"] = {{"name", place.name}, {"country", place.country}, {"admin1", place.admin1},
                     {"lat", place.lat ? nlohmann::json(*place.lat) : nlohmann::json()},
                     {"lon", place.lon ? nlohmann::json(*place.lon) : nlohmann::json()},
                     {"span", SpanJson(place.span)}};
  } else {
    json["place"] = nullptr;
  }
  json["spans"] = {{"source", SpanJson(event.source_span)},
                   {"verb", SpanJson(event.verb_span)},
                   {"target", SpanJson(event.target_span)}};
  json["pattern"] = event.pattern;
  json["matched"] = event.matched;
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
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
  for (const std::string& field :
       {TsvField(event.story), event.date.ToString(),
        std::string(DatePrecisionName(event.date.precision)), event.story_date.ToString(),
        std::to_string(event.sentence), event.source, event.target, event.code, event.root,
        std::to_string(event.quad_class), Goldstein(event.goldstein), event.plover,
        TsvField(place.name), place.country, TsvField(place.admin1), coordinate(place.lat),
        coordinate(place.lon), SpanText(event.source_span), SpanText(event.verb_span),
        SpanText(event.target_span), TsvField(event.pattern), TsvField(matched)}) {
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
    struct Mark { uint32_t at; std::string_view text; int order; };
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
        << "  " << event.source << " -> " << event.target << "  " << event.code
        << " (root " << event.root << ", quad class " << event.quad_class << ", Goldstein "
        << Goldstein(event.goldstein) << ", PLOVER " << event.plover << ")\n"
        << "  pattern \"" << event.pattern << "\"; matched";
    for (const std::string& entry : event.matched) out << " " << entry;
    out << "\n";
  }
}

}  // namespace tacitus
