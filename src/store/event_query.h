// The read side of the event store: the SQL behind EventStore::ForEachEvent,
// EventStore::Top and EventStore::Series, over the store's open connection. Kept apart from the
// write side (event_store.cc), which owns the schema and the batches.
//
// Failure: SQLite's message in the Status ("x.db: no such table"); a malformed
// FTS5 query in a filter fails the same way.
#ifndef TACITUS_STORE_EVENT_QUERY_H_
#define TACITUS_STORE_EVENT_QUERY_H_

#include <functional>
#include <vector>

#include "store/sqlite.h"
#include "tacitus/event_store.h"
#include "tacitus/status.h"

namespace tacitus {

// A sentence of the sentence_text table (the FTS5 index of the sentences that reported events)
// has the rowid (story rowid << kSentenceRowidBits) | sentence index: a story's sentences are one
// rowid range, and a match names its mentions by their story and sentence.
inline constexpr int kSentenceRowidBits = 20;

// A date the store wrote (YYYY-MM-DD); the epoch for anything else, which the store never writes.
Date DateOrEpoch(std::string_view text);

// The SELECT ... FROM events e that ReadStoredEvent reads a row of; append a WHERE clause.
std::string StoredEventSelect();
// The current row of a statement that selects StoredEventSelect().
void ReadStoredEvent(const SqliteStatement& row, StoredEvent* event);

// Calls `visit` for each event that matches, by date then id, until it returns false.
Status ForEachStoredEvent(SqliteDb* db, const EventFilter& filter,
                          const std::function<bool(const StoredEvent&)>& visit);
// The n largest groups (see EventStore::Top).
Result<std::vector<TopRow>> QueryTop(SqliteDb* db, const EventFilter& filter, TopKey by, int64_t n);
// One point per period, empty periods included (see EventStore::Series).
Result<std::vector<SeriesPoint>> QuerySeries(SqliteDb* db, const SeriesQuery& query);

}  // namespace tacitus

#endif  // TACITUS_STORE_EVENT_QUERY_H_
