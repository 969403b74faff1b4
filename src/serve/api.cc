#include "serve/api.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>
#include <variant>

#include "base/code_points.h"
#include "base/utf8.h"
#include "code/why_not.h"
#include "out/event_writer.h"
#include "out/stored_event_json.h"
#include "pipeline/story_parts.h"
#include "store/series_chart.h"
#include "syntax/analyzer.h"
#include "tacitus/period.h"

namespace tacitus::serve {
namespace {

using Json = nlohmann::ordered_json;

ApiResponse JsonResponse(const Json& json, int status = 200) {
  return {.status = status, .body = json.dump()};
}

// {"error": message, "field": field}; field null when the error is not about one input.
ApiResponse Error(int status, std::string message, std::string_view field = {}) {
  Json json = {{"error", std::move(message)}};
  json["field"] = field.empty() ? Json(nullptr) : Json(field);
  return JsonResponse(json, status);
}

// An error that a handler's helpers hand back instead of a value.
struct BadInput {
  ApiResponse response;
};

template <typename T>
using OrError = std::variant<T, BadInput>;

// The first value of query parameter `name`; empty when absent.
std::string Param(const ApiRequest& request, const std::string& name) {
  const auto found = request.params.find(name);
  return found == request.params.end() ? std::string() : found->second;
}

// A whole number in [min, max] from `text`, or a 400 naming `field`.
OrError<int64_t> ParseNumber(std::string_view text, std::string_view field, int64_t min,
                             int64_t max) {
  int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return BadInput{Error(400,
                          std::string(field) + " must be a whole number from " +
                              std::to_string(min) + " to " + std::to_string(max) + ", got '" +
                              std::string(text) + "'",
                          field)};
  }
  return value;
}

bool IsTrue(std::string_view text) { return text == "1" || text == "true" || text == "yes"; }

// `from` and `to` as `tacitus query` reads them (YYYY-MM-DD, YYYY-MM or YYYY).
OrError<std::optional<Date>> DateParam(const ApiRequest& request, const std::string& name,
                                       DateEdge edge) {
  const std::string text = Param(request, name);
  if (text.empty()) return std::optional<Date>();
  if (std::optional<Date> date = ParseDateOrPeriod(text, edge)) return date;
  return BadInput{
      Error(400, name + " must be YYYY-MM-DD, YYYY-MM or YYYY, got '" + text + "'", name)};
}

// The filters of GET /api/events and /api/top: the names of `tacitus query`'s options.
OrError<EventFilter> ReadFilter(const ApiRequest& request) {
  EventFilter filter;
  filter.source = Param(request, "source");
  filter.target = Param(request, "target");
  filter.both_directions = IsTrue(Param(request, "both_directions"));
  filter.actor = Param(request, "actor");
  filter.code = Param(request, "code");
  filter.root = Param(request, "root");
  filter.plover = Param(request, "plover");
  filter.place = Param(request, "place");
  filter.country = Param(request, "country");
  filter.text = Param(request, "text");
  filter.story_text = Param(request, "story_text");
  filter.dict_version = Param(request, "dict_version");
  if (const std::string quad = Param(request, "quad_class"); !quad.empty()) {
    auto number = ParseNumber(quad, "quad_class", 1, 4);
    if (auto* bad = std::get_if<BadInput>(&number)) return *bad;
    filter.quad_class = static_cast<int>(std::get<int64_t>(number));
  }
  auto from = DateParam(request, "from", DateEdge::kFirstDay);
  if (auto* bad = std::get_if<BadInput>(&from)) return *bad;
  auto to = DateParam(request, "to", DateEdge::kLastDay);
  if (auto* bad = std::get_if<BadInput>(&to)) return *bad;
  filter.from = std::get<std::optional<Date>>(from);
  filter.to = std::get<std::optional<Date>>(to);
  return filter;
}

// A store failure: what SQLite said, as a 500; a malformed full-text query is the caller's.
ApiResponse StoreError(const Status& status, const EventFilter* filter = nullptr) {
  if (status.code() == StatusCode::kInvalidArgument && filter != nullptr) {
    return Error(400, status.message(), filter->text.empty() ? "story_text" : "text");
  }
  return Error(500, status.message());
}

Json OptionalJson(const std::optional<std::string>& text) {
  return text ? Json(*text) : Json(nullptr);
}

// [begin, end) of `span` (bytes of a story) in code points of `sentence`, which starts at byte
// `sentence_begin` of the story; null when the span is empty or not inside the sentence.
Json SpanInSentence(Span span, uint32_t sentence_begin, std::string_view sentence) {
  if (span.empty() || span.begin < sentence_begin || span.end - sentence_begin > sentence.size()) {
    return nullptr;
  }
  const std::string_view before = sentence.substr(0, span.begin - sentence_begin);
  const std::string_view inside = sentence.substr(before.size(), span.size());
  const int64_t begin = static_cast<int64_t>(CountCodePoints(before));
  return Json::array({begin, begin + static_cast<int64_t>(CountCodePoints(inside))});
}

Json MentionJson(const StoredMention& m) {
  return {{"story", m.story_id},
          {"story_date", m.story_date.ToString()},
          {"title", OptionalJson(m.title)},
          {"source", OptionalJson(m.source)},
          {"url", OptionalJson(m.url)},
          {"sentence", m.sentence},
          {"sentence_text", m.sentence_text},
          // Code points of sentence_text: what a page highlights.
          {"source_chars", SpanInSentence(m.source_span, m.sentence_begin, m.sentence_text)},
          {"verb_chars", SpanInSentence(m.verb_span, m.sentence_begin, m.sentence_text)},
          {"target_chars", SpanInSentence(m.target_span, m.sentence_begin, m.sentence_text)},
          {"date_chars", SpanInSentence(m.date_span, m.sentence_begin, m.sentence_text)},
          {"pattern", m.pattern},
          {"matched", m.matched},
          {"dict_version", m.dict_version}};
}

// The path's last segment after `prefix` ("/api/events/"); empty when there is none.
std::string_view Tail(std::string_view path, std::string_view prefix) {
  return path.starts_with(prefix) ? path.substr(prefix.size()) : std::string_view();
}

}  // namespace

// Takes a store from the pool for the call, or opens one; gives it back when done.
class Api::StoreLease {
 public:
  StoreLease(const Api* api, std::unique_ptr<EventStore> store)
      : api_(api), store_(std::move(store)) {}
  StoreLease(StoreLease&&) = default;
  ~StoreLease() {
    if (store_ == nullptr) return;
    const std::lock_guard lock(api_->pool_mutex_);
    api_->idle_stores_.push_back(std::move(store_));
  }
  EventStore* operator->() const { return store_.get(); }

 private:
  const Api* api_;
  std::unique_ptr<EventStore> store_;
};

Api::Api(const EventPipeline* pipeline, std::string store_path, ApiOptions options)
    : pipeline_(pipeline), store_path_(std::move(store_path)), options_(options) {}

Json Api::EventJson(const StoredEvent& event) const {
  Json json = StoredEventJson(event);
  json["id"] = std::to_string(event.id);
  json["source_label"] = ActorLabel(event.source);
  json["target_label"] = ActorLabel(event.target);
  return json;
}

std::string Api::ActorLabel(std::string_view code) const {
  return pipeline_->dictionaries().cameo().ActorLabel(code);
}

Result<std::unique_ptr<Api>> Api::Create(const EventPipeline* pipeline, std::string store_path,
                                         ApiOptions options) {
  std::unique_ptr<Api> api(new Api(pipeline, std::move(store_path), options));
  if (!api->store_path_.empty()) {
    auto store = api->LeaseStore();  // opened now, so that a bad path fails at start
    if (!store.ok()) return store.status();
  }
  return api;
}

Result<Api::StoreLease> Api::LeaseStore() const {
  {
    const std::lock_guard lock(pool_mutex_);
    if (!idle_stores_.empty()) {
      std::unique_ptr<EventStore> store = std::move(idle_stores_.back());
      idle_stores_.pop_back();
      return StoreLease(this, std::move(store));
    }
  }
  auto store = EventStore::Open(store_path_, EventStore::kReadOnly);
  if (!store.ok()) return store.status();
  return StoreLease(this, std::move(store).value());
}

ApiResponse Api::Handle(const ApiRequest& request) const {
  const std::string_view path = request.path;
  const bool get = request.method == "GET" || request.method == "HEAD";
  const auto only = [&](bool allowed, const char* method) {
    return allowed ? std::optional<ApiResponse>()
                   : Error(405, std::string(path) + " takes " + method + " only");
  };
  if (path == "/api/code") {
    return only(request.method == "POST", "POST").value_or(Code(request));
  }
  if (auto wrong = only(get, "GET")) {
    return path.starts_with("/api/") ? *wrong : Error(404, "no such endpoint");
  }
  if (path == "/api/health") return Health();
  if (store_path_.empty() && path != "/api/code") {
    return Error(404, "no store: start tacitus serve with --db FILE to explore one");
  }
  if (path == "/api/events") return Events(request);
  if (const std::string_view id = Tail(path, "/api/events/"); !id.empty()) {
    return Event(request, id);
  }
  if (path == "/api/series") return Series(request);
  if (path == "/api/top") return Top(request);
  if (const std::string_view id = Tail(path, "/api/stories/"); !id.empty()) return Story(id);
  return Error(404, "no such endpoint: " + std::string(path));
}

ApiResponse Api::Code(const ApiRequest& request) const {
  const Json body = Json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (!body.is_object()) return Error(400, "the body must be a JSON object", "body");
  const auto text = body.find("text");
  if (text == body.end() || !text->is_string() || text->get_ref<const std::string&>().empty()) {
    return Error(400, "text must be a non-empty string", "text");
  }
  tacitus::Story story;
  story.text = text->get<std::string>();
  if (story.text.size() > options_.max_story_bytes) {
    return Error(413, "text is longer than " + std::to_string(options_.max_story_bytes) + " bytes",
                 "text");
  }
  if (const size_t bad = FindInvalidUtf8(story.text); bad != std::string::npos) {
    return Error(400, "text is not UTF-8 at byte " + std::to_string(bad), "text");
  }
  const auto date = body.find("date");
  const std::optional<Date> story_date = date != body.end() && date->is_string()
                                             ? Date::ParseIso(date->get<std::string>())
                                             : std::nullopt;
  if (!story_date) return Error(400, "date must be a date, YYYY-MM-DD", "date");
  story.date = *story_date;
  story.id = body.value("id", std::string("story"));
  if (const auto title = body.find("title"); title != body.end() && title->is_string()) {
    story.title = title->get<std::string>();
  }
  const bool explain = body.value("explain", false);

  // A long story in parts, as `code` codes it; the time limit is checked between parts.
  const auto start = std::chrono::steady_clock::now();
  StoryParts parts;
  bool read = false;
  const auto read_once = [&](tacitus::Story* out) {
    if (read) return false;
    read = true;
    *out = story;
    return true;
  };
  EventPipeline::Scratch scratch;
  scratch.set_why_not(true);
  std::vector<tacitus::Event> events;
  std::string events_json;
  Json sentences = Json::array();
  std::ostringstream explanation;
  tacitus::Story part;
  while (parts.Next(read_once, &part)) {
    if (part.part.index > 0 &&
        std::chrono::steady_clock::now() - start > options_.code_time_limit) {
      return Error(503, "coding took longer than the limit of " +
                            std::to_string(options_.code_time_limit.count()) + " ms");
    }
    events.clear();
    pipeline_->Process(part, &scratch, &events);
    const StoryText part_text(part.text, part.part);
    for (const tacitus::Event& event : events) {
      if (!events_json.empty()) events_json += ',';
      AppendEventJson(event, part_text, &events_json);
      events_json.pop_back();  // the closing brace: the actors' labels follow
      events_json += ",\"source_label\":" + Json(ActorLabel(event.source)).dump() +
                     ",\"target_label\":" + Json(ActorLabel(event.target)).dump() + "}";
    }
    const Document& doc = scratch.analysis().document;
    std::vector<Json> why_not(doc.sentences.size(), Json::array());
    std::vector<bool> coded(doc.sentences.size(), false);
    for (const tacitus::Event& event : events) {
      if (event.sentence < coded.size()) coded[event.sentence] = true;
    }
    for (const ClauseVerdict& verdict : scratch.verdicts()) {
      if (verdict.sentence < coded.size() && !coded[verdict.sentence]) {
        why_not[verdict.sentence].push_back(DescribeVerdict(doc, part.text, verdict));
      }
    }
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      const Span span = doc.sentences[s].span;
      sentences.push_back(
          {{"sentence", part.part.first_sentence + s},
           {"char_begin", part_text.CodePointsBefore(span.begin) + part.part.code_points_before},
           {"char_end", part_text.CodePointsBefore(span.end) + part.part.code_points_before},
           {"why_not", std::move(why_not[s])}});
    }
    if (explain) ExplainEvents(part, doc, events, explanation);
  }
  Json head = {{"story", story.id}, {"date", story.date.ToString()}};
  if (explain) head["explanation"] = explanation.str();
  head["sentences"] = std::move(sentences);
  std::string out = head.dump();
  out.pop_back();  // the closing brace: the events follow, written as `code` writes them
  out += ",\"events\":[" + events_json + "]}";
  return {.body = std::move(out)};
}

ApiResponse Api::Events(const ApiRequest& request) const {
  auto filter = ReadFilter(request);
  if (auto* bad = std::get_if<BadInput>(&filter)) return bad->response;
  EventFilter& query = std::get<EventFilter>(filter);
  int64_t page = static_cast<int64_t>(options_.default_page);
  if (const std::string limit = Param(request, "limit"); !limit.empty()) {
    auto number = ParseNumber(limit, "limit", 1, static_cast<int64_t>(options_.max_page));
    if (auto* bad = std::get_if<BadInput>(&number)) return bad->response;
    page = std::get<int64_t>(number);
  }
  auto store = LeaseStore();
  if (!store.ok()) return StoreError(store.status());
  if (const std::string cursor = Param(request, "cursor"); !cursor.empty()) {
    auto id = ParseNumber(cursor, "cursor", 1, INT64_MAX);
    if (auto* bad = std::get_if<BadInput>(&id)) return bad->response;
    auto last = (*store)->FindEvent(std::get<int64_t>(id));
    if (!last.ok()) return StoreError(last.status());
    if (!last->has_value()) {
      return Error(400, "cursor: no such event (the store changed); start again", "cursor");
    }
    query.after = EventCursor::At(**last);
  }
  query.limit = page + 1;  // one more, to know whether a next page exists
  Json events = Json::array();
  int64_t last_id = 0;
  bool more = false;
  const Status status = (*store)->ForEachEvent(query, [&](const StoredEvent& event) {
    more = static_cast<int64_t>(events.size()) == page;
    if (more) return false;
    events.push_back(EventJson(event));
    last_id = event.id;
    return true;
  });
  if (!status.ok()) return StoreError(status, &query);
  Json json = {{"events", std::move(events)}};
  json["next"] = more ? Json(std::to_string(last_id)) : Json(nullptr);
  return JsonResponse(json);
}

ApiResponse Api::Event(const ApiRequest&, std::string_view id_text) const {
  auto id = ParseNumber(id_text, "id", 1, INT64_MAX);
  if (auto* bad = std::get_if<BadInput>(&id)) return bad->response;
  auto store = LeaseStore();
  if (!store.ok()) return StoreError(store.status());
  auto event = (*store)->FindEvent(std::get<int64_t>(id));
  if (!event.ok()) return StoreError(event.status());
  if (!event->has_value()) return Error(404, "no event " + std::string(id_text), "id");
  auto mentions = (*store)->MentionsOf(std::get<int64_t>(id), options_.max_mentions);
  if (!mentions.ok()) return StoreError(mentions.status());
  Json list = Json::array();
  for (const StoredMention& mention : *mentions) list.push_back(MentionJson(mention));
  return JsonResponse({{"event", EventJson(**event)}, {"mentions", std::move(list)}});
}

ApiResponse Api::Series(const ApiRequest& request) const {
  SeriesQuery query;
  query.source = Param(request, "source");
  query.target = Param(request, "target");
  query.both_directions = IsTrue(Param(request, "both_directions"));
  if (const std::string unit = Param(request, "unit"); !unit.empty()) {
    const std::optional<PeriodUnit> parsed = ParsePeriodUnit(unit);
    if (!parsed) return Error(400, "unit must be day, week, month or year", "unit");
    query.unit = *parsed;
  }
  auto from = DateParam(request, "from", DateEdge::kFirstDay);
  if (auto* bad = std::get_if<BadInput>(&from)) return bad->response;
  auto to = DateParam(request, "to", DateEdge::kLastDay);
  if (auto* bad = std::get_if<BadInput>(&to)) return bad->response;
  query.from = std::get<std::optional<Date>>(from);
  query.to = std::get<std::optional<Date>>(to);
  auto filter = ReadFilter(request);  // the other filters of /api/events
  if (auto* bad = std::get_if<BadInput>(&filter)) return bad->response;
  query.also = std::get<EventFilter>(filter);
  const std::string format = Param(request, "format");
  if (!format.empty() && format != "json" && format != "svg") {
    return Error(400, "format must be json or svg", "format");
  }
  auto store = LeaseStore();
  if (!store.ok()) return StoreError(store.status());
  auto points = (*store)->Series(query);
  if (!points.ok()) return StoreError(points.status(), &query.also);
  if (format == "svg") {
    const std::string dyad = (query.source.empty() ? "any" : query.source) +
                             (query.both_directions ? " ↔ " : " → ") +
                             (query.target.empty() ? "any" : query.target);
    ChartOptions chart_options;
    chart_options.title = dyad + " events by " + std::string(PeriodUnitName(query.unit));
    auto chart = DrawSeriesChart(*points, chart_options, ChartFormat::kSvg);
    if (!chart.ok()) return Error(500, chart.status().message());
    return {.content_type = "image/svg+xml", .body = std::move(chart).value()};
  }
  Json list = Json::array();
  for (const SeriesPoint& p : *points) {
    list.push_back({{"start", p.start.ToString()},
                    {"label", p.label},
                    {"quad_counts", p.quad_counts},
                    {"events", p.events},
                    {"mentions", p.mentions},
                    {"goldstein_mean", p.goldstein_mean},
                    {"stories", p.stories}});
  }
  return JsonResponse({{"unit", PeriodUnitName(query.unit)}, {"points", std::move(list)}});
}

ApiResponse Api::Top(const ApiRequest& request) const {
  const std::string by_name = Param(request, "by").empty() ? "actor" : Param(request, "by");
  const std::optional<TopKey> by = ParseTopKey(by_name);
  if (!by) {
    return Error(400, "by must be actor, source, target, dyad, code, root, country or month", "by");
  }
  int64_t n = 10;
  if (const std::string count = Param(request, "n"); !count.empty()) {
    auto number = ParseNumber(count, "n", 1, 1000);
    if (auto* bad = std::get_if<BadInput>(&number)) return bad->response;
    n = std::get<int64_t>(number);
  }
  auto filter = ReadFilter(request);
  if (auto* bad = std::get_if<BadInput>(&filter)) return bad->response;
  auto store = LeaseStore();
  if (!store.ok()) return StoreError(store.status());
  auto rows = (*store)->Top(std::get<EventFilter>(filter), *by, n);
  if (!rows.ok()) return StoreError(rows.status(), &std::get<EventFilter>(filter));
  Json list = Json::array();
  for (const TopRow& row : *rows) {
    list.push_back({{"key", row.key}, {"events", row.events}, {"mentions", row.mentions}});
  }
  return JsonResponse({{"by", by_name}, {"rows", std::move(list)}});
}

ApiResponse Api::Story(std::string_view id) const {
  auto store = LeaseStore();
  if (!store.ok()) return StoreError(store.status());
  auto story = (*store)->ReadStory(id);
  if (!story.ok()) return StoreError(story.status());
  if (!story->has_value()) return Error(404, "no story " + std::string(id), "id");
  const tacitus::Story& s = **story;
  return JsonResponse({{"id", s.id},
                       {"date", s.date.ToString()},
                       {"title", OptionalJson(s.title)},
                       {"source", OptionalJson(s.source)},
                       {"url", OptionalJson(s.url)},
                       {"text", s.text}});
}

ApiResponse Api::Health() const {
  Json json = {{"status", "ok"},
               {"version", TACITUS_VERSION},
               {"dictionaries", pipeline_->dictionaries().version()}};
  json["store"] = nullptr;
  if (!store_path_.empty()) {
    auto store = LeaseStore();
    if (!store.ok()) return StoreError(store.status());
    auto counts = (*store)->Counts();
    if (!counts.ok()) return StoreError(counts.status());
    json["store"] = {
        {"stories", counts->stories}, {"events", counts->events}, {"mentions", counts->mentions}};
  }
  return JsonResponse(json);
}

}  // namespace tacitus::serve
