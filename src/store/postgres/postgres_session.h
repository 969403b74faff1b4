// A small layer over libpqxx for the PostgreSQL store: parameters bound as text (NULL where
// absent), rows read as the shared row readers of store/event_sql.h expect, cursors that stream
// a query's rows in pages, and every libpqxx exception turned into a Status that names the
// location (with its password left out).
//
//   PgParams params;
//   params.Add(story.id).Add(story.title);       // text, or NULL for nullopt
//   pqxx::result rows = tx.exec_params(sql, params.Dynamic());
//   for (const auto& row : rows) ReadStoredEvent(PgRow(row), &event);
//
// Values are always bound, never spliced into SQL.
#ifndef TACITUS_STORE_POSTGRES_POSTGRES_SESSION_H_
#define TACITUS_STORE_POSTGRES_POSTGRES_SESSION_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <pqxx/pqxx>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tacitus/event_store.h"
#include "tacitus/status.h"

namespace tacitus {

// The Status of a libpqxx exception (the current one, inside a catch block): the server's
// message on one line, prefixed by `location`. A lost connection is kIoError, as is any other
// failure of the server; a value the server refuses (SQLSTATE class 22, data exception) is
// kInvalidArgument.
Status CurrentPgError(const std::string& location);

// Parameters $1, $2, ... as text; a double in its shortest exact form.
class PgParams {
 public:
  PgParams() = default;
  PgParams(const PgParams&) = delete;  // the pointers point into values_
  PgParams(PgParams&&) = default;      // a deque's move keeps its elements where they are
  PgParams& Add(std::string_view text);
  // NULL for nullopt and for empty text, as SqliteStatement::BindOptional binds them.
  PgParams& AddOptional(const std::optional<std::string>& text);
  PgParams& Add(int64_t value) { return Add(std::to_string(value)); }
  PgParams& Add(double value);
  PgParams& AddOptional(std::optional<double> value);
  PgParams& AddNull();
  // A bigint[] of `values`.
  PgParams& AddArray(std::span<const int64_t> values);
  size_t size() const { return pointers_.size(); }
  // What exec_params and exec_prepared take; valid while this object lives.
  auto Dynamic() const { return pqxx::prepare::make_dynamic_params(pointers_); }

 private:
  std::deque<std::string> values_;  // a deque: pointers into it stay valid as it grows
  std::vector<const char*> pointers_;
};

// A row as the readers of store/event_sql.h read one: NULL reads as "", 0 and nullopt.
class PgRow {
 public:
  explicit PgRow(pqxx::row row) : row_(std::move(row)) {}
  std::string_view Text(int column) const;
  int64_t Int(int column) const;
  double Real(int column) const;
  std::optional<double> OptionalReal(int column) const;
  std::optional<std::string> OptionalText(int column) const;

 private:
  pqxx::row row_;  // a handle on the result, which it keeps alive
};

// Runs `sql` with `params` through a cursor inside `tx`, calling `visit` on each row, a page of
// rows at a time, until it returns false. Throws as libpqxx does.
void ForEachRow(pqxx::transaction_base& tx, const std::string& sql, const PgParams& params,
                const std::function<bool(const pqxx::row&)>& visit);

}  // namespace tacitus

#endif  // TACITUS_STORE_POSTGRES_POSTGRES_SESSION_H_
