// The embedded event store: EventStore over one SQLite file (WAL journal), the default store.
// EventStore::Open makes one for a location that is not a PostgreSQL URI.
//
// Failure: SQLite's message prefixed by the file ("x.db: database is locked"), as
// tacitus/event_store.h says; one writer at a time (a second waits 5 s for the lock, then fails
// with kIoError).
#ifndef TACITUS_STORE_SQLITE_EVENT_STORE_H_
#define TACITUS_STORE_SQLITE_EVENT_STORE_H_

#include <memory>
#include <string>

#include "tacitus/event_store.h"

namespace tacitus {

// Opens (kReadWrite: creates, or upgrades from schema 2) the store in the SQLite file `path`.
Result<std::unique_ptr<EventStore>> OpenSqliteEventStore(const std::string& path,
                                                         EventStore::Mode mode);

}  // namespace tacitus

#endif  // TACITUS_STORE_SQLITE_EVENT_STORE_H_
