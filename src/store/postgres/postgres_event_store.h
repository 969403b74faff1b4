// The shared event store: EventStore over a PostgreSQL database, which many processes write at
// once. EventStore::Open makes one for a postgresql:// or postgres:// URI.
//
// Writes: a batch is one READ COMMITTED transaction. AddStory writes the story, its mentions and
// its sentences at once; the events wait for CommitBatch, which upserts every event the batch
// touched in ascending id order (taking their row locks in one order, so that writers never
// deadlock on events), then counts each again from its mentions in a statement of its own (a
// snapshot taken once those locks are held, which sees every other writer's committed mentions
// of these events), deletes those left without mentions, and commits. Whichever writer commits an
// event last counts the mentions of all: the counts are exact under any number of writers.
//
// Failure: as tacitus/event_store.h says, the server's message prefixed by the URI without its
// password; nothing throws.
#ifndef TACITUS_STORE_POSTGRES_POSTGRES_EVENT_STORE_H_
#define TACITUS_STORE_POSTGRES_POSTGRES_EVENT_STORE_H_

#include <memory>
#include <string>

#include "tacitus/event_store.h"

namespace tacitus {

// Connects to the database `uri` names and checks (kReadWrite: creates or migrates) its schema.
Result<std::unique_ptr<EventStore>> OpenPostgresEventStore(const std::string& uri,
                                                           EventStore::Mode mode);

}  // namespace tacitus

#endif  // TACITUS_STORE_POSTGRES_POSTGRES_EVENT_STORE_H_
