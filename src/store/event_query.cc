#include "store/event_query.h"

#include <string>
#include <tuple>

#include "store/event_sql.h"

namespace tacitus {
namespace {

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

// `sql` prepared with the values of `where` bound.
Result<SqliteStatement> PrepareWhere(SqliteDb* db, const std::string& sql,
                                     const WhereClause& where) {
  auto statement = db->Prepare(sql);
  if (!statement.ok()) return statement.status();
  for (size_t i = 0; i < where.values().size(); ++i) {
    statement->Bind(static_cast<int>(i + 1), where.values()[i]);
  }
  return statement;
}

}  // namespace

Status ForEachStoredEvent(SqliteDb* db, const EventFilter& filter,
                          const std::function<bool(const StoredEvent&)>& visit) {
  TACITUS_RETURN_IF_ERROR(CheckTextQueries(db, filter));
  const WhereClause where = BuildWhere(filter, SqlDialect::kSqlite);
  std::string sql = StoredEventSelect() + where.sql() + std::string(kEventOrder);
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  auto statement = PrepareWhere(db, sql, where);
  if (!statement.ok()) return statement.status();
  Status status;
  StoredEvent event;
  while (statement->Step(&status)) {
    ReadStoredEvent(*statement, &event);
    if (!visit(event)) break;
  }
  return status;
}

Result<std::vector<TopRow>> QueryTop(SqliteDb* db, const EventFilter& filter, TopKey by,
                                     int64_t n) {
  TACITUS_RETURN_IF_ERROR(CheckTextQueries(db, filter));
  const WhereClause where = TopWhere(filter, by, SqlDialect::kSqlite);
  auto statement = PrepareWhere(db, TopSql(where, by, n), where);
  if (!statement.ok()) return statement.status();
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
  const EventFilter filter = SeriesFilter(query);
  TACITUS_RETURN_IF_ERROR(CheckTextQueries(db, filter));
  const WhereClause where = BuildWhere(filter, SqlDialect::kSqlite);
  auto statement = PrepareWhere(db, SeriesSql(where), where);
  if (!statement.ok()) return statement.status();
  SeriesBuilder series(query.unit);
  Status status;
  while (statement->Step(&status)) {
    series.Add(statement->Int(0), statement->Text(1), statement->Int(2), statement->Real(3),
               statement->Int(4), statement->Int(5));
  }
  if (!status.ok()) return status;
  return series.Finish();
}

}  // namespace tacitus
