// The event store: stories, the events coded from them, and mentions (which story and sentence
// reported which event, with the byte spans that show why), and the text of those sentences,
// for full-text search. One interface, two stores: an embedded SQLite file (the default) and a
// PostgreSQL database that many processes share. EventStore::Open picks the store by location.
//
//   auto store = EventStore::Open("tacitus.db", EventStore::kReadWrite);  // SQLite
//   // or EventStore::Open("postgresql://user@host/tacitus", ...), "postgres:///tacitus"
//   if (!store.ok()) { report store.status().message(); }  // missing, corrupt, locked, newer
//   TACITUS_RETURN_IF_ERROR((*store)->BeginBatch());
//   for (each story) {
//     if ((*store)->IsStored(story, dict_version)) continue;  // nothing to code again
//     pipeline.Process(story, &scratch, &events);
//     (*store)->AddStory(story, events, dict_version);
//   }
//   TACITUS_RETURN_IF_ERROR((*store)->CommitBatch());        // one transaction per batch
//
//   EventFilter filter{.actor = "RUS", .from = Date::ParseIso("2023-01-01")};
//   (*store)->ForEachEvent(filter, [](const StoredEvent& e) { ...; return true; });
//   auto series = (*store)->Series({.source = "RUS", .target = "CHN", .unit = kMonth});
//
// Dedup as GDELT does: one event per (event date and its precision, source,
// target, CAMEO code, place country); its id is a stable 63-bit hash of those,
// so the same event gets the same id in every database, of either store. Each story that
// reports it adds mentions; an event keeps num_mentions (mentions), num_articles
// (distinct stories), num_sources (distinct story sources; stories without a
// source count together as one), first_seen and last_seen (the earliest and
// latest date of a story that reports it).
//
// Idempotent: a story is known by its id; stored again with the same content
// hash (date, text, title, source, url) and dictionary version it changes
// nothing; with other content or other dictionaries its old mentions are
// replaced, and events left without mentions go. FindStory tells a caller
// beforehand whether an id holds other content (a conflict it should report).
// Atomic: a batch is one transaction, so a killed ingest leaves the batches it committed and
// nothing of the one it was in.
//
// Recoding: every mention keeps the version of the dictionaries that coded it,
// and every event the versions of its mentions. ReadStoriesToRecode pages
// through the stories another version coded; AddStory with the new events
// recodes one (its text is not indexed again), and TrackEventChanges records
// which events the committed batches added to or removed from the store.
//
// Full text (EventFilter::text and story_text): each store takes its own engine's query syntax.
// SQLite: an FTS5 query (words, "phrases", AND, OR, NOT, parentheses, prefix*, NEAR(...)), over
// FTS5's unicode61 words (case and diacritics folded); a malformed query fails with
// kInvalidArgument. PostgreSQL: a web-search query, websearch_to_tsquery('simple', ...): words
// (all must match), "phrases", OR, and -word for NOT, over the 'simple' configuration's words
// (case folded, diacritics kept, no stemming); it takes any text (no query is malformed), and
// its words AND and NOT are words, not operators. Words, "phrases" and OR mean the same in both.
//
// Failure: every method returns the store's message in its Status, prefixed by its location
// ("x.db: database is locked", "postgresql://tacitus@db/events: connection refused", a URI's
// password left out); nothing throws or aborts. An EventStore is used by one thread at a time.
// SQLite: a file locked by one writer at a time (another fails after 5 s). Damage: opening for
// writing runs SQLite's quick_check (a read of the whole file) and refuses a damaged database
// before writing anything; a read that meets damage fails (kDataError) where it meets it, after
// the events it has passed on. Both messages say how to recover.
// PostgreSQL: many writers at once, each with its own EventStore (connection), and the counts
// of the events they share come out exact (each batch locks the events it touched in id order
// at its commit and counts them again from their mentions). A lost connection fails the call in
// progress with kIoError (and the batch, rolled back by the server); the caller opens another
// EventStore (a later call on this one may reconnect, or fail the same way). Two writers storing the same story id at once wait for each other,
// and a crossing order can fail one batch with the server's "deadlock detected" (rolled back:
// store it again).
#ifndef TACITUS_EVENT_STORE_H_
#define TACITUS_EVENT_STORE_H_

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tacitus/date.h"
#include "tacitus/event.h"
#include "tacitus/period.h"
#include "tacitus/span.h"
#include "tacitus/status.h"
#include "tacitus/story.h"

namespace tacitus {

// The schema of an SQLite store this build writes and reads (PRAGMA user_version). A PostgreSQL
// store numbers its own schemas (in its table tacitus_schema; see README.md).
// 2: mentions keep their PETRARCH issues; 4: mentions and events keep their dictionary version
// and the sentences that reported events are indexed for --text (a schema 2 store is upgraded
// when opened for writing; 3 was a development schema of either half, refused).
inline constexpr int kStoreSchemaVersion = 4;

// The stable id of the event that `event` reports (see the dedup rule
// above): 1..2^63-1.
int64_t EventKeyHash(const Event& event);
// 16 hex digits over what a story says: date, text, title, source, url.
std::string StoryContentHash(const Story& story);

struct StoredEvent {
  int64_t id = 0;
  Date date;  // the event's date (first day of its month/year if coarser)
  DatePrecision precision = DatePrecision::kDay;
  std::string source, target, code;
  int quad_class = 0;
  double goldstein = 0;
  std::string plover;
  std::string country, place, admin1;  // empty when unknown
  std::optional<double> lat, lon;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  Date first_seen, last_seen;
  // The earliest story that reports it (by date, then id): its id and its url
  // ("" if none).
  std::string first_story, first_url;
  bool in_first_sentence = false;  // some story reports it in its first sentence
  // The versions of the dictionaries that coded its mentions, comma-separated in no set order:
  // one, unless the store is part-way through a recode.
  std::string dict_version;

  std::string DateString() const;  // "2023-11-07", "2023-11" or "2023", as precise as known
};

// Where a page of events ended: the last event it held, in the order ForEachEvent visits them
// (date, source, target, code, place country, id). EventFilter::after starts past it.
struct EventCursor {
  Date date;
  std::string source, target, code, country;
  int64_t id = 0;
  static EventCursor At(const StoredEvent& event);
  friend bool operator==(const EventCursor&, const EventCursor&) = default;
};

// Which events: every field that is set must hold. Actor codes match as
// prefixes ("RUS" matches "RUSGOV"), as do CAMEO codes ("17" matches "173" and
// "1731"). Source, target, actor, code and root take comma lists, any of whose
// items may match ("USA,IRN").
struct EventFilter {
  std::string source, target;
  bool both_directions = false;  // source and target also match the reverse dyad
  std::string actor;             // source or target
  std::string code;              // CAMEO code prefix
  std::string root;              // two-digit root, exactly
  int quad_class = 0;            // 1..4; 0 any
  std::string plover;            // PLOVER event type, exactly ("CONSULT")
  std::optional<Date> from, to;  // the event date, both inclusive
  std::string place;             // place name, case-insensitive
  std::string country;           // place country, ISO alpha-3
  std::string text;          // a full-text query (see above) over the sentences that reported it
  std::string story_text;    // a full-text query over the texts and titles of the stories
  std::string dict_version;  // some mention coded by this dictionary version, exactly
  std::optional<EventCursor> after;  // only the events after this one, in ForEachEvent's order
  int64_t limit = 0;                 // at most this many events; 0 no limit
};

// A story's mention of a stored event: where the story reported it and which dictionary lines
// coded it. Spans are bytes of the story's text; sentence_begin is where its sentence starts.
struct StoredMention {
  std::string story_id;
  Date story_date;
  std::optional<std::string> title, source, url;
  uint32_t sentence = 0;      // 0-based index in the story
  std::string sentence_text;  // the sentence as written; empty when not kept (past the
                              // millionth sentence of a story)
  uint32_t sentence_begin = 0;
  Span source_span, verb_span, target_span, date_span;
  std::string pattern;
  std::vector<std::string> matched;  // "data/verbs/04-consult.txt:12", ...
  std::string dict_version;
};

// What `EventStore::Top` groups events by. kActor counts an event for its
// source and its target (once when they are the same); kDyad's key is
// "SOURCE->TARGET"; kMonth's is "2023-11", or "2023" for an event known only to
// the year; kCountry leaves out events with no place.
enum class TopKey { kActor, kSource, kTarget, kDyad, kCode, kRoot, kCountry, kMonth };
// "actor", "source", ... "month"; nullopt for anything else.
std::optional<TopKey> ParseTopKey(std::string_view name);

struct TopRow {
  std::string key;
  int64_t events = 0;
  int64_t mentions = 0;  // the events' mentions, summed
};

struct SeriesQuery {
  std::string source, target;    // actor code prefixes, comma lists; empty matches any actor
  bool both_directions = false;  // also count target -> source
  PeriodUnit unit = PeriodUnit::kMonth;
  std::optional<Date> from, to;
  // Only the events that also match this filter (code, root, quad class, place, text, ...);
  // its dyad, dates, cursor and limit are not read: the fields above say those.
  EventFilter also;
};

struct SeriesPoint {
  Date start;                            // the period's first day
  std::string label;                     // PeriodLabel: "2023-11", "2023-W45"
  std::array<int64_t, 4> quad_counts{};  // events of quad class 1..4
  int64_t events = 0;
  int64_t mentions = 0;
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // 0 when there are no events
  int64_t stories = 0;        // distinct stories reporting these events
};

struct StoreCounts {
  int64_t stories = 0, events = 0, mentions = 0;
};

enum class StoryChange { kAdded, kReplaced, kUnchanged };

// What the store holds under a story id.
struct StoredStoryHeader {
  Date date;
  std::string content_hash;  // StoryContentHash of the stored story
  std::string dict_version;  // of the dictionaries that coded it
  std::string opening;       // the first words of its text (at most about 60 bytes)
};

// What committed batches did to the set of events while tracked: an event
// removed and later added again (or the reverse) is in neither.
struct EventSetChanges {
  std::unordered_set<int64_t> gained;  // ids of events that were not stored
  // Events no longer stored, as they were before the batch that took their last mention (so
  // their counts are those that batch found, not those before the first batch).
  std::unordered_map<int64_t, StoredEvent> lost;
};

// Whether `location` names a PostgreSQL database (postgresql://... or postgres://...) rather
// than an SQLite file.
bool IsPostgresLocation(std::string_view location);
// `location` as messages show it: a URI without its password (the ":password" of its user part
// left out, a password=... parameter shown as password=***); a path as it is.
std::string RedactedLocation(std::string_view location);

class EventStore {
 public:
  enum Mode { kReadOnly, kReadWrite };
  // An SQLite file path, or a PostgreSQL URI (postgresql://user:password@host:port/dbname?...,
  // postgres:///dbname; libpq's URI syntax, its environment variables fill in what is left out).
  // kReadWrite creates the schema when missing (and the file, for SQLite). Fails when the file
  // is missing (kReadOnly) or the server cannot be reached, the database holds other tables
  // than a tacitus store (SQLite: any), has a newer schema, cannot be locked (SQLite), or
  // (kReadWrite, SQLite) is damaged.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& location, Mode mode);
  // Rolls back a batch begun and not committed.
  virtual ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  virtual Status BeginBatch() = 0;
  // Whether `story` is stored as is, coded by `dict_version`: AddStory would
  // change nothing.
  Result<bool> IsStored(const Story& story, std::string_view dict_version);
  // The story stored under `story_id`; nullopt when there is none.
  virtual Result<std::optional<StoredStoryHeader>> FindStory(std::string_view story_id) = 0;
  // Stores the story and its events (from EventPipeline::Process on it). Inside
  // a batch. A story or event date outside 0001-01-01..9999-12-31 (the dates the store can
  // hold) fails with kInvalidArgument, naming the event, and nothing of the story is written:
  // the batch goes on. So does (PostgreSQL) a story whose text, title, source or url holds a
  // NUL byte or is not UTF-8, which PostgreSQL text cannot hold.
  virtual Result<StoryChange> AddStory(const Story& story, std::span<const Event> events,
                                       std::string_view dict_version) = 0;
  // Adds more events of the story that AddStory stored (added or replaced) last in this batch:
  // a story coded in parts (pipeline/story_parts.h) is stored whole by AddStory with its first
  // part's events, then each later part's events are added here, every event indexing the
  // whole story's text (PlaceInStory). Fails with kFailedPrecondition for any other story, and
  // with kInvalidArgument, writing nothing, for a date the store cannot hold.
  virtual Status AddMoreEvents(const Story& story, std::span<const Event> events,
                               std::string_view dict_version) = 0;
  // Brings the touched events' counts up to date, drops events left without
  // mentions, and commits. On failure the batch is rolled back.
  virtual Status CommitBatch() = 0;

  // How many stored stories were coded by other dictionaries than `dict_version`.
  virtual Result<int64_t> CountStoriesToRecode(std::string_view dict_version) = 0;
  // Pages through those stories in the order they were first stored: fills *stories (cleared
  // first) with up to `max` of them that come after *cursor (0 to start from the first), ending
  // the page early after the story whose text brings the page's to `max_bytes`, and moves
  // *cursor past them. An empty page is the end. Fields not stored (file, line, parse) are
  // empty.
  virtual Status ReadStoriesToRecode(std::string_view dict_version, int64_t* cursor, size_t max,
                                     size_t max_bytes, std::vector<Story>* stories) = 0;
  // From now on, each committed batch adds to *changes (which must outlive the tracking) the
  // events it added and removed; nullptr stops. Costs a read of each event a batch
  // takes a mention from.
  virtual void TrackEventChanges(EventSetChanges* changes) = 0;
  // The event with this id; nullopt when there is none.
  virtual Result<std::optional<StoredEvent>> FindEvent(int64_t id) = 0;
  // Up to `max` mentions of the event with this id, by story date, story id, then order in the
  // story; empty when there is no such event.
  virtual Result<std::vector<StoredMention>> MentionsOf(int64_t event_id, size_t max) = 0;
  // The story stored under `story_id` (id, date, text, title, source, url); nullopt when there
  // is none.
  virtual Result<std::optional<Story>> ReadStory(std::string_view story_id) = 0;

  // Calls `visit` for each matching event, by date then id, until it returns false (a
  // reader whose output failed stops reading). Stops at the first error.
  virtual Status ForEachEvent(const EventFilter& filter,
                              const std::function<bool(const StoredEvent&)>& visit) = 0;
  // The `n` largest groups of the matching events (filter.limit aside), by
  // events, then key.
  virtual Result<std::vector<TopRow>> Top(const EventFilter& filter, TopKey by, int64_t n) = 0;
  // One point per period from the first to the last period with an event (empty
  // periods included, with zeros), in order.
  virtual Result<std::vector<SeriesPoint>> Series(const SeriesQuery& query) = 0;

  virtual Result<StoreCounts> Counts() = 0;

 protected:
  EventStore() = default;
};

}  // namespace tacitus

#endif  // TACITUS_EVENT_STORE_H_
