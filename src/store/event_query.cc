#include "store/event_query.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
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

Date DateOrEpoch(std::string_view text) { return Date::ParseIso(text).value_or(Date{}); }

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
  void AddPrefix(std::string_view column, std::string_view prefix) {
    Add(std::string(column) + " >= ? AND " + std::string(column) + " < ?",
        {std::string(prefix), PrefixUpperBound(prefix)});
  }
  void Add(std::string condition, std::vector<std::string> values) {
    // "?" placeholders become ?N in the order given.
    std::string numbered;
    for (char c : condition) {
      if (c == '?') {
        numbered += '?';
        numbered += std::to_string(values_.size() + 1);
        values_.push_back(std::move(values.front()));
        values.erase(values.begin());
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

WhereClause BuildWhere(const EventFilter& filter) {
  WhereClause where;
  if (!filter.source.empty()) where.AddPrefix("e.source", AsciiUppercase(filter.source));
  if (!filter.target.empty()) where.AddPrefix("e.target", AsciiUppercase(filter.target));
  if (!filter.actor.empty()) {
    const std::string actor = AsciiUppercase(filter.actor), upper = PrefixUpperBound(actor);
    where.Add("e.source >= ? AND e.source < ? OR e.target >= ? AND e.target < ?",
              {actor, upper, actor, upper});
  }
  if (!filter.code.empty()) where.AddPrefix("e.code", filter.code);
  if (!filter.root.empty()) where.Add("substr(e.code, 1, 2) = ?", {filter.root});
  if (filter.quad_class != 0) where.Add("e.quad_class = ?", {std::to_string(filter.quad_class)});
  if (!filter.plover.empty()) where.Add("e.plover = ?", {AsciiUppercase(filter.plover)});
  if (filter.from) where.Add("e.date >= ?", {filter.from->ToString()});
  if (filter.to) where.Add("e.date <= ?", {filter.to->ToString()});
  if (!filter.place.empty()) where.Add("e.place = ? COLLATE NOCASE", {filter.place});
  if (!filter.country.empty()) where.Add("e.country = ?", {AsciiUppercase(filter.country)});
  if (!filter.text.empty()) {
    where.Add(
        "e.id IN (SELECT m.event FROM mentions m WHERE m.story IN "
        "(SELECT rowid FROM story_text WHERE story_text MATCH ?))",
        {filter.text});
  }
  return where;
}

}  // namespace

Status ForEachStoredEvent(SqliteDb* db, const EventFilter& filter,
                          const std::function<void(const StoredEvent&)>& visit) {
  const WhereClause where = BuildWhere(filter);
  std::string sql =
      "SELECT e.id, e.date, e.precision, e.source, e.target, e.code, "
      "e.quad_class, e.goldstein, "
      "e.plover, e.country, e.place, e.admin1, e.lat, e.lon, e.num_mentions, "
      "e.num_sources, "
      "e.num_articles, e.first_seen, e.last_seen, "
      "(SELECT s.story_id || char(9) || coalesce(s.url, '') FROM mentions m "
      "JOIN stories s ON s.id = m.story WHERE m.event = e.id ORDER BY s.date, "
      "s.story_id "
      "LIMIT 1), "
      "EXISTS (SELECT 1 FROM mentions m WHERE m.event = e.id AND m.sentence = "
      "0) "
      "FROM events e" +
      where.sql() + " ORDER BY e.date, e.source, e.target, e.code, e.country";
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  auto statement = db->Prepare(sql);
  if (!statement.ok()) return statement.status();
  where.BindTo(&*statement);
  Status status;
  StoredEvent event;
  while (statement->Step(&status)) {
    event.id = statement->Int(0);
    event.date = DateOrEpoch(statement->Text(1));
    event.precision = ParsePrecision(statement->Text(2)).value_or(DatePrecision::kDay);
    event.source = statement->Text(3);
    event.target = statement->Text(4);
    event.code = statement->Text(5);
    event.quad_class = static_cast<int>(statement->Int(6));
    event.goldstein = statement->Real(7);
    event.plover = statement->Text(8);
    event.country = statement->Text(9);
    event.place = statement->Text(10);
    event.admin1 = statement->Text(11);
    event.lat = statement->OptionalReal(12);
    event.lon = statement->OptionalReal(13);
    event.num_mentions = statement->Int(14);
    event.num_sources = statement->Int(15);
    event.num_articles = statement->Int(16);
    event.first_seen = DateOrEpoch(statement->Text(17));
    event.last_seen = DateOrEpoch(statement->Text(18));
    const std::string_view first = statement->Text(19);
    const size_t tab = first.find('\t');
    event.first_story = first.substr(0, tab);
    event.first_url = tab == std::string_view::npos ? std::string_view() : first.substr(tab + 1);
    event.in_first_sentence = statement->Int(20) != 0;
    visit(event);
  }
  return status;
}

Result<std::vector<SeriesPoint>> QuerySeries(SqliteDb* db, const SeriesQuery& query) {
  WhereClause where;
  const std::string source = AsciiUppercase(query.source), target = AsciiUppercase(query.target);
  std::vector<std::string> values;
  auto direction = [&](std::string_view from_column, std::string_view from,
                       std::string_view to_column, std::string_view to) {
    std::string condition = "1";
    std::vector<std::string> bound;
    if (!from.empty()) {
      condition +=
          " AND " + std::string(from_column) + " >= ? AND " + std::string(from_column) + " < ?";
      bound.insert(bound.end(), {std::string(from), PrefixUpperBound(from)});
    }
    if (!to.empty()) {
      condition +=
          " AND " + std::string(to_column) + " >= ? AND " + std::string(to_column) + " < ?";
      bound.insert(bound.end(), {std::string(to), PrefixUpperBound(to)});
    }
    values.insert(values.end(), bound.begin(), bound.end());
    return "(" + condition + ")";
  };
  std::string condition = direction("e.source", source, "e.target", target);
  if (query.both_directions)
    condition += " OR " + direction("e.source", target, "e.target", source);
  where.Add(condition, values);
  if (query.from) where.Add("e.date >= ?", {query.from->ToString()});
  if (query.to) where.Add("e.date <= ?", {query.to->ToString()});
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
