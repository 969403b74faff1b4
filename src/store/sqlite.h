// A small RAII layer over the SQLite C API: a connection and its prepared
// statements, with every failure turned into a Status that carries SQLite's own
// message.
//
//   auto db = SqliteDb::Open("events.db", /*read_only=*/false);
//   if (!db.ok()) { report db.status().message(); }     // "events.db: unable to open ..."
//   auto insert = db->Prepare("INSERT INTO t(a, b) VALUES (?1, ?2)");
//   insert->Bind(1, "text");
//   insert->Bind(2, int64_t{7});
//   Status done = insert->Run();                         // step to the end, then reset
//
// Values are always bound, never spliced into SQL. A SqliteDb is used by one
// thread at a time (its statements share the connection); statements must be
// destroyed before their SqliteDb.
#ifndef TACITUS_STORE_SQLITE_H_
#define TACITUS_STORE_SQLITE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tacitus/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tacitus {

class SqliteStatement {
 public:
  SqliteStatement() = default;
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  ~SqliteStatement();

  // Parameters are 1-based. Text is copied by SQLite (SQLITE_TRANSIENT), so
  // views may die.
  void Bind(int index, std::string_view text);
  void Bind(int index, const char* text) { Bind(index, std::string_view(text)); }
  void Bind(int index, int64_t value);
  void Bind(int index, int value) { Bind(index, int64_t{value}); }
  void Bind(int index, double value);
  void BindNull(int index);
  // Empty text and nullopt become NULL.
  void BindOptional(int index, const std::optional<std::string>& text);
  void BindOptional(int index, std::optional<double> value);

  // Advances: true with a row to read, false at the end (the statement is then
  // reset, ready to run again with new bindings); an error also resets it and
  // is kept in *status.
  bool Step(Status* status);
  // Steps to the end, discarding rows; resets.
  Status Run();
  void Reset();

  // Columns of the current row, 0-based. NULL reads as "" / 0 / nullopt.
  std::string_view Text(int column) const;
  int64_t Int(int column) const;
  double Real(int column) const;
  bool IsNull(int column) const;
  std::optional<double> OptionalReal(int column) const;
  std::optional<std::string> OptionalText(int column) const;

 private:
  friend class SqliteDb;
  SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : db_(db), statement_(statement) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* statement_ = nullptr;
};

class SqliteDb {
 public:
  // Opens (and, unless read_only, creates) the database; waits up to 5 s for a
  // lock held by another process before failing with "database is locked".
  // read_only opens with SQLITE_OPEN_READONLY, which writes nothing to the database. Where the
  // folder cannot be written (a read-only mount, no write permission) and the database has no
  // write-ahead log, SQLite cannot make the shared-memory file a WAL database needs, and the
  // database is opened immutable instead (no locks, no log: nothing can change it there).
  static Result<SqliteDb> Open(const std::string& path, bool read_only);
  SqliteDb(SqliteDb&& other) noexcept;
  SqliteDb& operator=(SqliteDb&& other) noexcept;
  ~SqliteDb();

  // Runs one or more statements without parameters (schema, pragmas,
  // BEGIN/COMMIT).
  Status Exec(std::string_view sql);
  // Fails with SQLite's message and the start of the SQL when it does not
  // compile.
  Result<SqliteStatement> Prepare(std::string_view sql);
  // The first column of the first row of `sql`, as an integer (0 when there is
  // no row).
  Result<int64_t> QueryInt(std::string_view sql);

  int64_t LastInsertRowid() const;
  // Rows the latest INSERT, UPDATE or DELETE changed.
  int64_t Changes() const;
  // "PATH: " + SQLite's latest error message.
  Status Error(std::string_view what) const;
  // Whether the latest failure was another connection's lock (SQLITE_BUSY).
  bool Busy() const;
  // The path the database was opened with.
  const std::string& path() const { return path_; }

 private:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace tacitus

#endif  // TACITUS_STORE_SQLITE_H_
