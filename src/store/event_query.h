// The read side of the SQLite store: runs the SQL of store/event_sql.h behind
// EventStore::ForEachEvent, EventStore::Top and EventStore::Series on the store's open
// connection. Kept apart from the write side (sqlite_event_store.cc), which owns the schema and
// the batches.
//
// Failure: SQLite's message in the Status ("x.db: no such table"); a malformed
// FTS5 query in a filter fails with kInvalidArgument, naming the filter.
#ifndef TACITUS_STORE_EVENT_QUERY_H_
#define TACITUS_STORE_EVENT_QUERY_H_

#include <functional>
#include <vector>

#include "store/sqlite.h"
#include "tacitus/event_store.h"
#include "tacitus/status.h"

namespace tacitus {

// Calls `visit` for each event that matches, by date then id, until it returns false.
Status ForEachStoredEvent(SqliteDb* db, const EventFilter& filter,
                          const std::function<bool(const StoredEvent&)>& visit);
// The n largest groups (see EventStore::Top).
Result<std::vector<TopRow>> QueryTop(SqliteDb* db, const EventFilter& filter, TopKey by, int64_t n);
// One point per period, empty periods included (see EventStore::Series).
Result<std::vector<SeriesPoint>> QuerySeries(SqliteDb* db, const SeriesQuery& query);

}  // namespace tacitus

#endif  // TACITUS_STORE_EVENT_QUERY_H_
