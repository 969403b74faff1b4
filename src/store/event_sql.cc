#include "store/event_sql.h"

#include <utility>

#include "base/utf8.h"

namespace tacitus {
namespace {

void AppendUtf8(char32_t code, std::string* out) {
  if (code < 0x80) {
    *out += static_cast<char>(code);
    return;
  }
  const int continuations = code < 0x800 ? 1 : code < 0x10000 ? 2 : 3;
  constexpr unsigned char kLead[] = {0, 0xc0, 0xe0, 0xf0};
  *out += static_cast<char>(kLead[continuations] | (code >> (6 * continuations)));
  for (int i = continuations - 1; i >= 0; --i) {
    *out += static_cast<char>(0x80 | ((code >> (6 * i)) & 0x3f));
  }
}

// [lower, upper) of the codes that start with `prefix`: an index range, not a LIKE scan. Both
// stores compare text as bytes, which for UTF-8 is code point order: the upper bound is the
// prefix with its last character raised by one code point, so that it stays UTF-8 (PostgreSQL
// takes nothing else); "" when there is none (the prefix is all U+10FFFF). Bytes that are not UTF-8 (SQLite alone takes them) raise the last byte.
std::string PrefixUpperBound(std::string_view prefix) {
  std::string upper(prefix);
  if (FindInvalidUtf8(upper) != std::string_view::npos) {
    while (!upper.empty() && static_cast<unsigned char>(upper.back()) == 0xff) upper.pop_back();
    if (upper.empty()) return std::string(1, '\x7f');
    upper.back() = static_cast<char>(upper.back() + 1);
    return upper;
  }
  while (!upper.empty()) {
    size_t lead = upper.size() - 1;
    while (lead > 0 && (static_cast<unsigned char>(upper[lead]) & 0xc0) == 0x80) --lead;
    const auto first = static_cast<unsigned char>(upper[lead]);
    const size_t length = upper.size() - lead;
    char32_t code = length == 1 ? first : first & (0xff >> (length + 1));
    for (size_t i = lead + 1; i < upper.size(); ++i) code = (code << 6) | (upper[i] & 0x3f);
    upper.resize(lead);
    if (code >= 0x10ffff) continue;             // the last code point: raise the character before
    code = code == 0xd7ff ? 0xe000 : code + 1;  // past the surrogates
    AppendUtf8(code, &upper);
    return upper;
  }
  return "";  // every character is the last code point: no text above the prefix lacks it
}

// The items of a comma list ("USA, IRN"), trimmed, empty ones dropped.
std::vector<std::string> ListItems(std::string_view list, bool uppercase) {
  std::vector<std::string> items;
  for (std::string_view item : SplitOn(list, ',')) {
    item = Trim(item);
    if (!item.empty()) items.push_back(uppercase ? AsciiUppercase(item) : std::string(item));
  }
  return items;
}

// "column starts with one of `prefixes`", with its values appended to *values; "1 = 1" for none.
std::string AnyPrefix(std::string_view column, const std::vector<std::string>& prefixes,
                      std::vector<std::string>* values) {
  if (prefixes.empty()) return "1 = 1";
  std::string condition;
  for (const std::string& prefix : prefixes) {
    if (!condition.empty()) condition += " OR ";
    std::string upper = PrefixUpperBound(prefix);
    condition += std::string(column) + " >= ?";
    values->push_back(prefix);
    if (upper.empty()) continue;
    condition += " AND " + std::string(column) + " < ?";
    values->push_back(std::move(upper));
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

// The events some of whose sentences (text) or stories (story_text) match a full-text query.
void AddTextQueries(const EventFilter& filter, WhereClause* where) {
  const bool sqlite = where->dialect() == SqlDialect::kSqlite;
  if (!filter.text.empty()) {
    if (sqlite) {
      // A sentence's rowid holds its story and its index: the key of its mentions.
      where->Add(
          "e.id IN (SELECT m.event FROM sentence_text f JOIN mentions m ON m.story = "
          "f.rowid >> " +
              std::to_string(kSentenceRowidBits) + " AND m.sentence = (f.rowid & " +
              std::to_string(int64_t{kMaxSentences} - 1) + ") WHERE sentence_text MATCH ?)",
          {filter.text});
    } else {
      where->Add(
          "e.id IN (SELECT m.event FROM sentences f JOIN mentions m ON m.story = f.story "
          "AND m.sentence = f.sentence WHERE " +
              std::string(kPostgresSentenceWords) + " @@ websearch_to_tsquery('simple', ?))",
          {filter.text});
    }
  }
  if (!filter.story_text.empty()) {
    const std::string stories = sqlite ? "SELECT rowid FROM story_text WHERE story_text MATCH ?"
                                       : "SELECT id FROM stories WHERE " +
                                             std::string(kPostgresStoryWords) +
                                             " @@ websearch_to_tsquery('simple', ?)";
    where->Add("e.id IN (SELECT m.event FROM mentions m WHERE m.story IN (" + stories + "))",
               {filter.story_text});
  }
}

}  // namespace

Date DateOrEpoch(std::string_view text) { return Date::ParseIso(text).value_or(Date{}); }

DatePrecision ParsePrecision(std::string_view name) {
  for (DatePrecision p : {DatePrecision::kMonth, DatePrecision::kYear}) {
    if (DatePrecisionName(p) == name) return p;
  }
  return DatePrecision::kDay;
}

EventCursor EventCursor::At(const StoredEvent& event) {
  return {.date = event.date,
          .source = event.source,
          .target = event.target,
          .code = event.code,
          .country = event.country,
          .id = event.id};
}

void WhereClause::Add(std::string condition, std::vector<std::string> values) {
  const char mark = dialect_ == SqlDialect::kSqlite ? '?' : '$';
  std::string numbered;
  size_t next = 0;
  for (char c : condition) {
    if (c == '?') {
      numbered += mark;
      numbered += std::to_string(values_.size() + 1);
      values_.push_back(std::move(values[next++]));
    } else {
      numbered += c;
    }
  }
  sql_ += (sql_.empty() ? " WHERE " : " AND ") + ("(" + numbered + ")");
}

WhereClause BuildWhere(const EventFilter& filter, SqlDialect dialect) {
  const bool sqlite = dialect == SqlDialect::kSqlite;
  WhereClause where(dialect);
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
  // Both fold ASCII letters only: SQLite's NOCASE, and lower() under the "C" collation.
  if (!filter.place.empty()) {
    where.Add(sqlite ? "e.place = ? COLLATE NOCASE" : "lower(e.place) = lower(? COLLATE \"C\")",
              {filter.place});
  }
  if (!filter.country.empty()) where.Add("e.country = ?", {AsciiUppercase(filter.country)});
  if (!filter.dict_version.empty()) {
    where.Add(std::string(sqlite ? "instr" : "strpos") + "(',' || e.dict_version || ',', ?) > 0",
              {"," + filter.dict_version + ","});
  }
  AddTextQueries(filter, &where);
  if (filter.after) {
    const EventCursor& after = *filter.after;
    where.Add("(e.date, e.source, e.target, e.code, e.country, e.id) > (?, ?, ?, ?, ?, ?)",
              {after.date.ToString(), after.source, after.target, after.code, after.country,
               std::to_string(after.id)});
  }
  return where;
}

// The columns ReadStoredEvent reads, from events e.
constexpr std::string_view kStoredEventSelect =
    "SELECT e.id, e.date, e.precision, e.source, e.target, e.code, e.quad_class, e.goldstein, "
    "e.plover, e.country, e.place, e.admin1, e.lat, e.lon, e.num_mentions, e.num_sources, "
    "e.num_articles, e.first_seen, e.last_seen, earliest.story_id, earliest.url, "
    "CASE WHEN EXISTS (SELECT 1 FROM mentions m WHERE m.event = e.id AND m.sentence = 0) "
    "THEN 1 ELSE 0 END, e.dict_version FROM events e "
    // The earliest story that reports the event, joined so that its id and url stay columns of
    // their own (any text may be in either).
    "LEFT JOIN stories earliest ON earliest.id = (SELECT m.story FROM mentions m "
    "JOIN stories s ON s.id = m.story WHERE m.event = e.id ORDER BY s.date, s.story_id LIMIT 1)";

std::string StoredEventSelect() { return std::string(kStoredEventSelect); }

std::string MentionSelect(std::string_view sentence_text) {
  return "SELECT s.story_id, s.date, s.title, s.source, s.url, m.sentence, " +
         std::string(sentence_text) +
         ", s.text, m.source_begin, m.source_end, m.verb_begin, m.verb_end, m.target_begin, "
         "m.target_end, m.date_begin, m.date_end, m.pattern, m.matched, m.dict_version "
         "FROM mentions m JOIN stories s ON s.id = m.story";
}

namespace {

// The SQL of an event's key; kActor, two keys an event, is TopSql's own.
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

WhereClause TopWhere(const EventFilter& filter, TopKey by, SqlDialect dialect) {
  WhereClause where = BuildWhere(filter, dialect);
  if (by == TopKey::kCountry) where.Add("e.country <> ''", {});
  return where;
}

std::string TopSql(const WhereClause& where, TopKey by, int64_t n) {
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
  std::string sql = "SELECT key, count(*), sum(mentions) FROM (" + keyed +
                    ") AS keyed GROUP BY key ORDER BY 2 DESC, 1";
  if (n > 0) sql += " LIMIT " + std::to_string(n);
  return sql;
}

EventFilter SeriesFilter(const SeriesQuery& query) {
  EventFilter filter = query.also;
  filter.source = query.source;
  filter.target = query.target;
  filter.both_directions = query.both_directions;
  filter.from = query.from;
  filter.to = query.to;
  filter.after.reset();
  filter.limit = 0;
  return filter;
}

std::string SeriesSql(const WhereClause& where) {
  return "SELECT e.id, e.date, e.quad_class, e.goldstein, e.num_mentions, m.story FROM events e "
         "JOIN mentions m ON m.event = e.id" +
         where.sql() + " ORDER BY e.id";
}

void SeriesBuilder::Add(int64_t event_id, std::string_view date, int64_t quad_class,
                        double goldstein, int64_t mentions, int64_t story) {
  Period& period = periods_[PeriodStart(DateOrEpoch(date), unit_)];
  period.stories.insert(story);
  if (event_id == last_event_) return;
  last_event_ = event_id;
  if (quad_class >= 1 && quad_class <= 4) ++period.point.quad_counts[quad_class - 1];
  ++period.point.events;
  period.point.goldstein_sum += goldstein;
  period.point.mentions += mentions;
}

std::vector<SeriesPoint> SeriesBuilder::Finish() const {
  std::vector<SeriesPoint> series;
  if (periods_.empty()) return series;
  const Date last = periods_.rbegin()->first;
  for (Date start = periods_.begin()->first; start <= last; start = NextPeriodStart(start, unit_)) {
    auto found = periods_.find(start);
    SeriesPoint point = found == periods_.end() ? SeriesPoint{} : found->second.point;
    point.start = start;
    point.label = PeriodLabel(start, unit_);
    if (found != periods_.end()) point.stories = static_cast<int64_t>(found->second.stories.size());
    point.goldstein_mean = point.events > 0 ? point.goldstein_sum / point.events : 0;
    series.push_back(std::move(point));
  }
  return series;
}

}  // namespace tacitus
