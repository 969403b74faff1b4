#include "store/event_query.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "base/strings.h"

namespace tacitus {
namespace {

std::optional<DatePrecision> ParsePrecision(std::string_view name) {
  for (DatePrecision p : {DatePrecision::kDay, DatePrecision::kMonth, DatePrecision::kYear}) {
    if (DatePrecisionName(p) == name) return p;
  }
  return std::nullopt;
}

// [lower, upper) of the codes that start with `prefix`: an index range, not a
// LIKE scan.
std::string PrefixUpperBound(std::string_view prefix) {
  std::string upper(prefix);
  while (!upper.empty() && static_cast<unsigned char>(upper.back()) == 0xff) upper.pop_back();
  if (upper.empty()) return std::string(1, '\x7f');
  upper.back() = static_cast<char>(upper.back() + 1);
  return upper;
}

// Builds a WHERE clause with numbered parameters and remembers what to bind.
class WhereClause {
 public:
  void Add(std::string condition, std::vector<std::string> values) {
    // "?" placeholders become ?N in the order given.
    std::string numbered;
    size_t next = 0;
    for (char c : condition) {
      if (c == '?') {
        numbered += '?';
        numbered += std::to_string(values_.size() + 1);
        values_.push_back(std::move(values[next++]));
      } else {
        numbered += c;
      }
    }
    sql_ += (sql_.empty() ? " WHERE " : " AND ") + ("(" + numbered + ")");
  }
  const std::string& sql() const { return sql_; }
  void BindTo(SqliteStatement* statement) const {
    for (size_t i = 0; i < values_.size(); ++i)
      statement->Bind(static_cast<int>(i + 1), values_[i]);
  }

 private:
  std::string sql_;
  std::vector<std::string> values_;
};

// The items of a comma list ("USA, IRN"), trimmed, empty ones dropped.
std::vector<std::string> ListItems(std::string_view list, bool uppercase) {
  std::vector<std::string> items;
  for (std::string_view item : SplitOn(list, ',')) {
    item = Trim(item);
    if (!item.empty()) items.push_back(uppercase ? AsciiUppercase(item) : std::string(item));
  }
  return items;
}

// "column starts with one of `prefixes`", with its values appended to *values; "1" for none.
std::string AnyPrefix(std::string_view column, const std::vector<std::string>& prefixes,
                      std::vector<std::string>* values) {
  if (prefixes.empty()) return "1";
  std::string condition;
  for (const std::string& prefix : prefixes) {
    if (!condition.empty()) condition += " OR ";
    condition += std::string(column) + " >= ? AND " + std::string(column) + " < ?";
    values->push_back(prefix);
    values->push_back(PrefixUpperBound(prefix));
  }
  return "(" + condition + ")";
}

// Source among `sources` and target among `targets` (an empty list matches any actor), or,
// with `both`, the other way round too.
void AddDyad(const std::vector<std::string>& sources, const std::vector<std::string>& targets,
             bool both, WhereClause* where) {
  if (sources.empty() && targets.empty()) return;
  // One statement per AnyPrefix: the values must be appended in the order of the "?"s.
  std::vector<std::string> values;
  std::string condition = AnyPrefix("e.source", sources, &values);
  condition += " AND " + AnyPrefix("e.target", targets, &values);
  if (both) {
    condition += " OR " + AnyPrefix("e.source", targets, &values);
    condition += " AND " + AnyPrefix("e.target", sources, &values);
  }
  where->Add(std::move(condition), std::move(values));
}

WhereClause BuildWhere(const EventFilter& filter) {
  WhereClause where;
  AddDyad(ListItems(filter.source, true), ListItems(filter.target, true), filter.both_directions,
          &where);
  if (const auto actors = ListItems(filter.actor, true); !actors.empty()) {
    std::vector<std::string> values;
    std::string condition = AnyPrefix("e.source", actors, &values);
    condition += " OR " + AnyPrefix("e.target", actors, &values);
    where.Add(std::move(condition), std::move(values));
  }
  if (const auto codes = ListItems(filter.code, false); !codes.empty()) {
    std::vector<std::string> values;
    std::string condition = AnyPrefix("e.code", codes, &values);
    where.Add(std::move(condition), std::move(values));
  }
  if (auto roots = ListItems(filter.root, false); !roots.empty()) {
    std::string marks;
    for (size_t i = 0; i < roots.size(); ++i) marks += i ? ", ?" : "?";
    where.Add("substr(e.code, 1, 2) IN (" + marks + ")", std::move(roots));
  }
  if (filter.quad_class != 0) where.Add("e.quad_class = ?", {std::to_string(filter.quad_class)});
  if (!filter.plover.empty()) where.Add("e.plover = ?", {AsciiUppercase(filter.plover)});
  if (filter.from) where.Add("e.date >= ?", {filter.from->ToString()});
  if (filter.to) where.Add("e.date <= ?", {filter.to->ToString()});
  if (!filter.place.empty()) where.Add("e.place = ? COLLATE NOCASE", {filter.place});
  if (!filter.country.empty()) where.Add("e.country = ?", {AsciiUppercase(filter.country)});
  if (!filter.dict_version.empty()) {
    where.Add("instr(',' || e.dict_version || ',', ?) > 0", {"," + filter.dict_version + ","});
  }
  if (!filter.text.empty()) {
    // A sentence's rowid holds its story and its index: the key of its mentions.
    where.Add(
        "e.id IN (SELECT m.event FROM sentence_text f JOIN mentions m ON m.story = f.rowid "
        ">> " +
            std::to_string(kSentenceRowidBits) + " AND m.sentence = (f.rowid & " +
            std::to_string((int64_t{1} << kSentenceRowidBits) - 1) +
            ") WHERE sentence_text MATCH ?)",
        {filter.text});
  }
  if (filter.after) {
    const EventCursor& after = *filter.after;
    where.Add("(e.date, e.source, e.target, e.code, e.country, e.id) > (?, ?, ?, ?, ?, ?)",
              {after.date.ToString(), after.source, after.target, after.code, after.country,
               std::to_string(after.id)});
  }
  if (!filter.story_text.empty()) {
    where.Add(
        "e.id IN (SELECT m.event FROM mentions m WHERE m.story IN "
        "(SELECT rowid FROM story_text WHERE story_text MATCH ?))",
        {filter.story_text});
  }
  return where;
}

// Whether the filter's full-text queries are well formed: a malformed one ("\"unclosed") is the
// caller's mistake, kInvalidArgument naming the filter, not a failure of the store.
Status CheckTextQueries(SqliteDb* db, const EventFilter& filter) {
  for (const auto& [query, table, name] :
       {std::tuple{&filter.text, "sentence_text", "text"},
        std::tuple{&filter.story_text, "story_text", "story text"}}) {
    if (query->empty()) continue;
    auto statement = db->Prepare(std::string("SELECT 1 FROM ") + table + " WHERE " + table +
                                 " MATCH ?1 AND rowid = 0");
    if (!statement.ok()) return statement.status();
    statement->Bind(1, *query);
    if (Status status = statement->Run(); !status.ok()) {
      return Status::Error(StatusCode::kInvalidArgument,
                           std::string(name) + " filter '" + *query +
                               "' is not a full-text query (SQLite FTS5): " + status.message());
    }
  }
  return Status::Ok();
}

}  // namespace

Date DateOrEpoch(std::string_view text) { return Date::ParseIso(text).value_or(Date{}); }

EventCursor EventCursor::At(const StoredEvent& event) {
  return {.date = event.date,
          .source = event.source,
          .target = event.target,
          .code = event.code,
          .country = event.country,
          .id = event.id};
}

// The columns ReadStoredEvent reads, from events e.
constexpr std::string_view kStoredEventSelect =
    "SELECT e.id, e.date, e.precision, e.source, e.target, e.code, e.quad_class, e.goldstein, "
    "e.plover, e.country, e.place, e.admin1, e.lat, e.lon, e.num_mentions, e.num_sources, "
    "e.num_articles, e.first_seen, e.last_seen, earliest.story_id, earliest.url, "
    "EXISTS (SELECT 1 FROM mentions m WHERE m.event = e.id AND m.sentence = 0), "
    "e.dict_version FROM events e "
    // The earliest story that reports the event, joined so that its id and url stay columns of
    // their own (any text may be in either).
    "LEFT JOIN stories earliest ON earliest.id = (SELECT m.story FROM mentions m "
    "JOIN stories s ON s.id = m.story WHERE m.event = e.id ORDER BY s.date, s.story_id LIMIT 1)";

std::string StoredEventSelect() { return std::string(kStoredEventSelect); }

void ReadStoredEvent(const SqliteStatement& row, StoredEvent* event) {
  event->id = row.Int(0);
  event->date = DateOrEpoch(row.Text(1));
  event->precision = ParsePrecision(row.Text(2)).value_or(DatePrecision::kDay);
  event->source = row.Text(3);
  event->target = row.Text(4);
  event->code = row.Text(5);
  event->quad_class = static_cast<int>(row.Int(6));
  event->goldstein = row.Real(7);
  event->plover = row.Text(8);
  event->country = row.Text(9);
  event->place = row.Text(10);
  event->admin1 = row.Text(11);
  event->lat = row.OptionalReal(12);
  event->lon = row.OptionalReal(13);
  event->num_mentions = row.Int(14);
  event->num_sources = row.Int(15);
  event->num_articles = row.Int(16);
  event->first_seen = DateOrEpoch(row.Text(17));
  event->last_seen = DateOrEpoch(row.Text(18));
  event->first_story = row.Text(19);
  event->first_url = row.Text(20);
  event->in_first_sentence = row.Int(21) != 0;
  event->dict_version = row.Text(22);
}

Status ForEachStoredEvent(SqliteDb* db, const EventFilter& filter,
                          const std::function<bool(const StoredEvent&)>& visit) {
  TACITUS_RETURN_IF_ERROR(CheckTextQueries(db, filter));
  const WhereClause where = BuildWhere(filter);
  std::string sql = StoredEventSelect() + where.sql() +
                    " ORDER BY e.date, e.source, e.target, e.code, e.country, e.id";
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  auto statement = db->Prepare(sql);
  if (!statement.ok()) return statement.status();
  where.BindTo(&*statement);
  Status status;
  StoredEvent event;
  while (statement->Step(&status)) {
    ReadStoredEvent(*statement, &event);
    if (!visit(event)) break;
  }
  return status;
}

namespace {

// The SQL of an event's key; kActor, two keys an event, is QueryTop's own.
std::string_view TopKeyExpression(TopKey by) {
  switch (by) {
    case TopKey::kActor:
    case TopKey::kSource:
      return "e.source";
    case TopKey::kTarget:
      return "e.target";
    case TopKey::kDyad:
      return "e.source || '->' || e.target";
    case TopKey::kCode:
      return "e.code";
    case TopKey::kRoot:
      return "substr(e.code, 1, 2)";
    case TopKey::kCountry:
      return "e.country";
    case TopKey::kMonth:
      return "CASE e.precision WHEN 'year' THEN substr(e.date, 1, 4) ELSE substr(e.date, 1, 7) END";
  }
  return "e.source";
}

}  // namespace

std::optional<TopKey> ParseTopKey(std::string_view name) {
  static constexpr std::pair<std::string_view, TopKey> kKeys[] = {
      {"actor", TopKey::kActor},     {"source", TopKey::kSource}, {"target", TopKey::kTarget},
      {"dyad", TopKey::kDyad},       {"code", TopKey::kCode},     {"root", TopKey::kRoot},
      {"country", TopKey::kCountry}, {"month", TopKey::kMonth}};
  for (const auto& [key_name, key] : kKeys) {
    if (key_name == name) return key;
  }
  return std::nullopt;
}

Result<std::vector<TopRow>> QueryTop(SqliteDb* db, const EventFilter& filter, TopKey by,
                                     int64_t n) {
  TACITUS_RETURN_IF_ERROR(CheckTextQueries(db, filter));
  WhereClause where = BuildWhere(filter);
  if (by == TopKey::kCountry) where.Add("e.country <> ''", {});
  std::string keyed;  // rows of (key, mentions), one per event and key
  if (by == TopKey::kActor) {
    // The same numbered parameters serve both halves.
    keyed = "SELECT e.source AS key, e.num_mentions AS mentions FROM events e" + where.sql() +
            " UNION ALL SELECT e.target, e.num_mentions FROM events e" + where.sql() +
            (where.sql().empty() ? " WHERE " : " AND ") + "e.target <> e.source";
  } else {
    keyed = "SELECT " + std::string(TopKeyExpression(by)) +
            " AS key, e.num_mentions AS mentions FROM events e" + where.sql();
  }
  std::string sql =
      "SELECT key, count(*), sum(mentions) FROM (" + keyed + ") GROUP BY key ORDER BY 2 DESC, 1";
  if (n > 0) sql += " LIMIT " + std::to_string(n);
  auto statement = db->Prepare(sql);
  if (!statement.ok()) return statement.status();
  where.BindTo(&*statement);
  std::vector<TopRow> rows;
  Status status;
  while (statement->Step(&status)) {
    rows.push_back({.key = std::string(statement->Text(0)),
                    .events = statement->Int(1),
                    .mentions = statement->Int(2)});
  }
  if (!status.ok()) return status;
  return rows;
}

Result<std::vector<SeriesPoint>> QuerySeries(SqliteDb* db, const SeriesQuery& query) {
  EventFilter filter = query.also;
  filter.source = query.source;
  filter.target = query.target;
  filter.both_directions = query.both_directions;
  filter.from = query.from;
  filter.to = query.to;
  filter.after.reset();
  TACITUS_RETURN_IF_ERROR(CheckTextQueries(db, filter));
  const WhereClause where = BuildWhere(filter);
  auto statement = db->Prepare(
      "SELECT e.id, e.date, e.quad_class, e.goldstein, "
      "e.num_mentions, m.story FROM events e "
      "JOIN mentions m ON m.event = e.id" +
      where.sql() + " ORDER BY e.id");
  if (!statement.ok()) return statement.status();
  where.BindTo(&*statement);

  struct Period {
    SeriesPoint point;
    std::unordered_set<int64_t> stories;
  };
  std::map<Date, Period> periods;
  Status status;
  int64_t last_event = 0;
  while (statement->Step(&status)) {
    const int64_t id = statement->Int(0);
    const Date start = PeriodStart(DateOrEpoch(statement->Text(1)), query.unit);
    Period& period = periods[start];
    period.stories.insert(statement->Int(5));
    if (id == last_event) continue;
    last_event = id;
    const int64_t quad = statement->Int(2);
    if (quad >= 1 && quad <= 4) ++period.point.quad_counts[quad - 1];
    ++period.point.events;
    period.point.goldstein_sum += statement->Real(3);
    period.point.mentions += statement->Int(4);
  }
  if (!status.ok()) return status;

  std::vector<SeriesPoint> series;
  if (periods.empty()) return series;
  const Date last = periods.rbegin()->first;
  for (Date start = periods.begin()->first; start <= last;
       start = NextPeriodStart(start, query.unit)) {
    auto found = periods.find(start);
    SeriesPoint point = found == periods.end() ? SeriesPoint{} : found->second.point;
    point.start = start;
    point.label = PeriodLabel(start, query.unit);
    if (found != periods.end()) point.stories = static_cast<int64_t>(found->second.stories.size());
    point.goldstein_mean = point.events > 0 ? point.goldstein_sum / point.events : 0;
    series.push_back(std::move(point));
  }
  return series;
}

}  // namespace tacitus
