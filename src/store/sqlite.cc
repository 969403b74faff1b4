#include "store/sqlite.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <system_error>
#include <utility>

namespace tacitus {
namespace {

// The kind of failure SQLite's result code `rc` is: a file that is no database, or a damaged
// one, is bad data; anything else is the database failing to read or write.
StatusCode CodeOf(int rc) {
  const int primary = rc & 0xff;  // extended result codes are on
  return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT ? StatusCode::kDataError
                                                               : StatusCode::kIoError;
}

// Whether SQLite may take the database at `path` as immutable: nothing can change it while it is
// read. True when its folder cannot be written (a read-only mount, or no write permission) and
// it has no write-ahead log with content: in such a folder SQLite cannot make the shared-memory
// file that a WAL database needs for a plain read, and a writer (someone with the permission)
// would have a log beside it, which a read must see. The one case left open, a writer that
// begins while this process reads, cannot arise on a read-only mount.
bool CanReadAsImmutable(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path file(path);
  const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
  if (access(folder.c_str(), W_OK) == 0) return false;
  std::error_code error;
  const uintmax_t log_size = fs::file_size(path + "-wal", error);
  return error || log_size == 0;
}

// "file:" + `path` as an SQLite URI, every byte but the unreserved ones percent-encoded.
std::string FileUri(const std::string& path) {
  std::string uri = "file:";
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      uri += c;
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", byte);
      uri += escaped;
    }
  }
  return uri;
}

// Opens `name` with `flags`, setting *rc to SQLite's result; on failure the connection returned
// (possibly null) holds the message and must still be closed.
sqlite3* OpenConnection(const std::string& name, int flags, int* rc) {
  sqlite3* db = nullptr;
  *rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
  if (*rc == SQLITE_OK) {
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
  }
  return db;
}

// Whether a first read of the database on `db` fails the way a read-only folder makes it fail
// for a WAL database (the shared-memory file cannot be made).
bool FirstReadNeedsAWritableFolder(sqlite3* db) {
  const int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
  const int primary = rc & 0xff;
  return primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY;
}

}  // namespace

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      statement_(std::exchange(other.statement_, nullptr)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(statement_);
    db_ = std::exchange(other.db_, nullptr);
    statement_ = std::exchange(other.statement_, nullptr);
  }
  return *this;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(statement_); }

void SqliteStatement::Bind(int index, std::string_view text) {
  // A null data pointer would bind NULL; an empty view is the empty string.
  sqlite3_bind_text64(statement_, index, text.empty() ? "" : text.data(), text.size(),
                      SQLITE_TRANSIENT, SQLITE_UTF8);
}
void SqliteStatement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(statement_, index, value);
}
void SqliteStatement::Bind(int index, double value) {
  sqlite3_bind_double(statement_, index, value);
}
void SqliteStatement::BindNull(int index) { sqlite3_bind_null(statement_, index); }
void SqliteStatement::BindOptional(int index, const std::optional<std::string>& text) {
  if (text && !text->empty()) {
    Bind(index, std::string_view(*text));
  } else {
    BindNull(index);
  }
}
void SqliteStatement::BindOptional(int index, std::optional<double> value) {
  if (value) {
    Bind(index, *value);
  } else {
    BindNull(index);
  }
}

bool SqliteStatement::Step(Status* status) {
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) {
    *status = Status::Error(CodeOf(rc), std::string("SQLite: ") + sqlite3_errmsg(db_));
  }
  sqlite3_reset(statement_);
  return false;
}

Status SqliteStatement::Run() {
  Status status;
  while (Step(&status)) {
  }
  return status;
}

void SqliteStatement::Reset() { sqlite3_reset(statement_); }

std::string_view SqliteStatement::Text(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
  if (text == nullptr) return {};
  return {text, static_cast<size_t>(sqlite3_column_bytes(statement_, column))};
}
int64_t SqliteStatement::Int(int column) const { return sqlite3_column_int64(statement_, column); }
double SqliteStatement::Real(int column) const { return sqlite3_column_double(statement_, column); }
bool SqliteStatement::IsNull(int column) const {
  return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}
std::optional<double> SqliteStatement::OptionalReal(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Real(column);
}

std::optional<std::string> SqliteStatement::OptionalText(int column) const {
  if (IsNull(column)) return std::nullopt;
  return std::string(Text(column));
}

Result<SqliteDb> SqliteDb::Open(const std::string& path, bool read_only) {
  const int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc = SQLITE_OK;
  sqlite3* db = OpenConnection(path, flags, &rc);
  if (rc == SQLITE_OK && read_only && FirstReadNeedsAWritableFolder(db) &&
      CanReadAsImmutable(path)) {
    sqlite3_close(db);
    db =
        OpenConnection(FileUri(path) + "?immutable=1", SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, &rc);
  }
  if (rc != SQLITE_OK) {
    std::string message = path + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return Status::Error(CodeOf(rc), std::move(message));
  }
  return SqliteDb(db, path);
}

SqliteDb::SqliteDb(SqliteDb&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

SqliteDb& SqliteDb::operator=(SqliteDb&& other) noexcept {
  if (this != &other) {
    sqlite3_close(db_);
    db_ = std::exchange(other.db_, nullptr);
    path_ = std::move(other.path_);
  }
  return *this;
}

SqliteDb::~SqliteDb() { sqlite3_close(db_); }

Status SqliteDb::Exec(std::string_view sql) {
  const std::string copy(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Status status = Status::Error(CodeOf(sqlite3_errcode(db_)),
                                  path_ + ": " + (message ? message : sqlite3_errmsg(db_)));
    sqlite3_free(message);
    return status;
  }
  return Status::Ok();
}

Result<SqliteStatement> SqliteDb::Prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &statement, nullptr) != SQLITE_OK) {
    return Status::Error(
        CodeOf(sqlite3_errcode(db_)),
        path_ + ": " + sqlite3_errmsg(db_) + " in: " + std::string(sql.substr(0, 60)));
  }
  return SqliteStatement(db_, statement);
}

Result<int64_t> SqliteDb::QueryInt(std::string_view sql) {
  auto statement = Prepare(sql);
  if (!statement.ok()) return statement.status();
  Status status;
  int64_t value = 0;
  if (statement->Step(&status)) {
    value = statement->Int(0);
    statement->Reset();
  }
  if (!status.ok()) return Status::Error(status.code(), path_ + ": " + status.message());
  return value;
}

int64_t SqliteDb::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }
int64_t SqliteDb::Changes() const { return sqlite3_changes64(db_); }

bool SqliteDb::Busy() const { return (sqlite3_errcode(db_) & 0xff) == SQLITE_BUSY; }

Status SqliteDb::Error(std::string_view what) const {
  return Status::Error(CodeOf(sqlite3_errcode(db_)),
                       path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_));
}

}  // namespace tacitus
