// The schema of the PostgreSQL store and its migrations. The table tacitus_schema holds the
// version a database is at; migration N (1-based) takes a database from version N-1 to N, and
// this build's schema is the last. The tables are those of the SQLite store (stories, events,
// mentions) with text compared as bytes (COLLATE "C", as SQLite does), and sentences in a table
// of their own; the full-text indexes are GIN indexes over to_tsvector('simple', ...)
// (store/event_sql.h).
#ifndef TACITUS_STORE_POSTGRES_POSTGRES_SCHEMA_H_
#define TACITUS_STORE_POSTGRES_POSTGRES_SCHEMA_H_

#include <pqxx/pqxx>
#include <string>

#include "tacitus/event_store.h"
#include "tacitus/status.h"

namespace tacitus {

// The schema version this build writes and reads.
int PostgresSchemaVersion();

// Makes sure the database on `connection` holds this build's schema: kReadWrite creates it in
// an empty database and migrates an older one, in one transaction, while other processes that
// open the store wait (an advisory lock). Fails, naming `location` (already redacted), when the
// database has a newer schema, holds tables of the store's names without being a store, has no
// store or an older one (kReadOnly: kNotFound for none). Throws as libpqxx does.
Status EnsurePostgresSchema(pqxx::connection& connection, const std::string& location,
                            EventStore::Mode mode);

}  // namespace tacitus

#endif  // TACITUS_STORE_POSTGRES_POSTGRES_SCHEMA_H_
