// The SQL that both stores (SQLite and PostgreSQL) read events with, in either dialect: the
// WHERE clause of an EventFilter with the values to bind, the columns of a StoredEvent and of a
// mention, the queries behind Top and Series, and the reading of their rows. Each store runs
// them on its own connection (store/event_query.h, store/postgres/).
//
//   const WhereClause where = BuildWhere(filter, SqlDialect::kPostgres);
//   run(StoredEventSelect() + where.sql() + kEventOrder, where.values());
//
// The schemas differ only where the engines do: SQLite's full-text tables are FTS5 tables
// (sentence_text, story_text), PostgreSQL's are GIN indexes over to_tsvector('simple', ...).
#ifndef TACITUS_STORE_EVENT_SQL_H_
#define TACITUS_STORE_EVENT_SQL_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/strings.h"
#include "tacitus/event_store.h"

namespace tacitus {

enum class SqlDialect { kSqlite, kPostgres };

// A sentence of SQLite's sentence_text table (the FTS5 index of the sentences that reported
// events) has the rowid (story rowid << kSentenceRowidBits) | sentence index: a story's sentences
// are one rowid range, and a match names its mentions by their story and sentence. Both stores
// keep the sentences below 2^kSentenceRowidBits of a story.
inline constexpr int kSentenceRowidBits = 20;
inline constexpr uint32_t kMaxSentences = uint32_t{1} << kSentenceRowidBits;

// A date the store wrote (YYYY-MM-DD); the epoch for anything else, which the store never writes.
Date DateOrEpoch(std::string_view text);
// "day", "month", "year" back to the precision; kDay for anything else.
DatePrecision ParsePrecision(std::string_view name);

// A WHERE clause with numbered parameters (?N in SQLite, $N in PostgreSQL) and the values to
// bind to them, in order, as text (PostgreSQL converts each to its column's type).
class WhereClause {
 public:
  explicit WhereClause(SqlDialect dialect) : dialect_(dialect) {}
  // ANDs `condition`, whose "?" placeholders take `values` in order.
  void Add(std::string condition, std::vector<std::string> values);
  // "" or " WHERE (...) AND (...)".
  const std::string& sql() const { return sql_; }
  const std::vector<std::string>& values() const { return values_; }
  SqlDialect dialect() const { return dialect_; }

 private:
  SqlDialect dialect_;
  std::string sql_;
  std::vector<std::string> values_;
};

// PostgreSQL's full-text documents, over columns of sentences and stories (unqualified): the
// schema's GIN indexes are on these very expressions, so that the filters use them. A story's
// first million characters are indexed (a tsvector holds at most 1 MB).
inline constexpr std::string_view kPostgresSentenceWords = "to_tsvector('simple', text)";
inline constexpr std::string_view kPostgresStoryWords =
    "to_tsvector('simple', coalesce(title, '') || ' ' || left(text, 1000000))";

// The conditions of `filter` over events e.
WhereClause BuildWhere(const EventFilter& filter, SqlDialect dialect);

// The SELECT ... FROM events e whose rows ReadStoredEvent reads; append a WHERE clause.
std::string StoredEventSelect();
// The order ForEachEvent visits events in (EventCursor's).
inline constexpr std::string_view kEventOrder =
    " ORDER BY e.date, e.source, e.target, e.code, e.country, e.id";

// Reads a row of StoredEventSelect(). `Row` has Text(i) (a string_view-like), Int(i), Real(i)
// and OptionalReal(i), NULL reading as "", 0 and nullopt.
template <typename Row>
void ReadStoredEvent(const Row& row, StoredEvent* event) {
  event->id = row.Int(0);
  event->date = DateOrEpoch(row.Text(1));
  event->precision = ParsePrecision(row.Text(2));
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

// The columns of a mention that ReadStoredMention reads, from mentions m JOIN stories s, with
// the text of its sentence as column 6 (`sentence_text`, NULL when not kept).
std::string MentionSelect(std::string_view sentence_text);
// Reads a row of MentionSelect (Row as for ReadStoredEvent, with OptionalText(i) too).
template <typename Row>
void ReadStoredMention(const Row& row, StoredMention* mention) {
  const auto span = [&](int column) {
    return Span{static_cast<uint32_t>(row.Int(column)), static_cast<uint32_t>(row.Int(column + 1))};
  };
  mention->story_id = row.Text(0);
  mention->story_date = DateOrEpoch(row.Text(1));
  mention->title = row.OptionalText(2);
  mention->source = row.OptionalText(3);
  mention->url = row.OptionalText(4);
  mention->sentence = static_cast<uint32_t>(row.Int(5));
  mention->sentence_text = row.Text(6);
  mention->source_span = span(8);
  mention->verb_span = span(10);
  mention->target_span = span(12);
  mention->date_span = span(14);
  mention->pattern = row.Text(16);
  for (std::string_view entry : SplitOn(row.Text(17), ';')) {
    if (!entry.empty()) mention->matched.emplace_back(entry);
  }
  mention->dict_version = row.Text(18);
  // The sentence holds the verb: it is the last copy of its text that starts at or before it.
  const std::string_view story_text = row.Text(7);
  const size_t begin = story_text.rfind(mention->sentence_text, mention->verb_span.begin);
  mention->sentence_begin =
      begin == std::string_view::npos ? mention->verb_span.begin : static_cast<uint32_t>(begin);
}

// The columns of a story that ReadStoredStory reads (id, date, title, source, url, text), from
// stories; append a WHERE clause.
inline constexpr std::string_view kStorySelect =
    "SELECT story_id, date, title, source, url, text FROM stories";
template <typename Row>
void ReadStoredStory(const Row& row, int first_column, Story* story) {
  story->id = row.Text(first_column);
  story->date = DateOrEpoch(row.Text(first_column + 1));
  story->title = row.OptionalText(first_column + 2);
  story->source = row.OptionalText(first_column + 3);
  story->url = row.OptionalText(first_column + 4);
  story->text = row.Text(first_column + 5);
}

// The query behind EventStore::Top: rows of (key, events, mentions), with `where` (of the
// filter, built by TopWhere) bound.
WhereClause TopWhere(const EventFilter& filter, TopKey by, SqlDialect dialect);
std::string TopSql(const WhereClause& where, TopKey by, int64_t n);

// The filter of a SeriesQuery (its dyad and dates over its `also`), and the query behind
// EventStore::Series: rows of (event id, date, quad class, goldstein, mentions, story rowid), one
// per mention, by event id.
EventFilter SeriesFilter(const SeriesQuery& query);
std::string SeriesSql(const WhereClause& where);

// Folds the rows of SeriesSql into the points of EventStore::Series.
class SeriesBuilder {
 public:
  explicit SeriesBuilder(PeriodUnit unit) : unit_(unit) {}
  void Add(int64_t event_id, std::string_view date, int64_t quad_class, double goldstein,
           int64_t mentions, int64_t story);
  std::vector<SeriesPoint> Finish() const;

 private:
  struct Period {
    SeriesPoint point;
    std::unordered_set<int64_t> stories;
  };
  PeriodUnit unit_;
  std::map<Date, Period> periods_;
  int64_t last_event_ = 0;
};

}  // namespace tacitus

#endif  // TACITUS_STORE_EVENT_SQL_H_
