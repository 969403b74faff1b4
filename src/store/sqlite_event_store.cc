#include "store/sqlite_event_store.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/strings.h"
#include "store/event_query.h"
#include "store/event_sql.h"
#include "store/sqlite.h"
#include "store/store_writes.h"

namespace tacitus {
namespace {

constexpr std::string_view kSchema = R"sql(
CREATE TABLE stories(
  id INTEGER PRIMARY KEY,
  story_id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  source TEXT, url TEXT, title TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  dict_version TEXT NOT NULL);
CREATE INDEX stories_dict_version ON stories(dict_version);
CREATE VIRTUAL TABLE story_text USING fts5(title, text, content='stories', content_rowid='id');
CREATE TRIGGER stories_insert AFTER INSERT ON stories BEGIN
  INSERT INTO story_text(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER stories_delete AFTER DELETE ON stories BEGIN
  INSERT INTO story_text(story_text, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER stories_update AFTER UPDATE OF title, text ON stories BEGIN
  INSERT INTO story_text(story_text, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO story_text(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  precision TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT NOT NULL,
  country TEXT NOT NULL,
  place TEXT, admin1 TEXT, lat REAL, lon REAL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT, last_seen TEXT,
  dict_version TEXT NOT NULL DEFAULT '');
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source, target, date);
CREATE INDEX events_target ON events(target, source, date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_country ON events(country);
CREATE TABLE mentions(
  story INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  event INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  source_begin INTEGER NOT NULL, source_end INTEGER NOT NULL,
  verb_begin INTEGER NOT NULL, verb_end INTEGER NOT NULL,
  target_begin INTEGER NOT NULL, target_end INTEGER NOT NULL,
  date_begin INTEGER NOT NULL, date_end INTEGER NOT NULL,
  pattern TEXT NOT NULL,
  matched TEXT NOT NULL,
  issues TEXT NOT NULL,
  dict_version TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(story, ordinal)) WITHOUT ROWID;
CREATE INDEX mentions_event ON mentions(event, story);
CREATE VIRTUAL TABLE sentence_text USING fts5(text);
)sql";

// Schema 2 to 4: the dictionary version moves from the story to its mentions and events;
// recoding a story (a new dictionary version, the same text) no longer indexes its text again;
// the sentences that reported events get their full-text index, empty for the stories stored
// before (they fill it when they are coded again: ingest of changed text, recode).
constexpr std::string_view kUpgradeFrom2 = R"sql(
ALTER TABLE mentions ADD COLUMN dict_version TEXT NOT NULL DEFAULT '';
UPDATE mentions SET dict_version = (SELECT s.dict_version FROM stories s WHERE s.id = mentions.story);
ALTER TABLE events ADD COLUMN dict_version TEXT NOT NULL DEFAULT '';
UPDATE events SET dict_version = coalesce(
  (SELECT group_concat(DISTINCT m.dict_version) FROM mentions m WHERE m.event = events.id), '');
CREATE INDEX stories_dict_version ON stories(dict_version);
DROP TRIGGER stories_update;
CREATE TRIGGER stories_update AFTER UPDATE OF title, text ON stories BEGIN
  INSERT INTO story_text(story_text, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO story_text(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE VIRTUAL TABLE sentence_text USING fts5(text);
)sql";

// What a damaged database means for this call (`consequence`) and what to do about it, after
// the message that says what is wrong.
std::string RecoveryAdvice(const std::string& path, std::string_view consequence) {
  return "; the database is damaged (" + std::string(consequence) +
         "). Ingest the input again into a new file, or recover what it holds: sqlite3 " + path +
         " .recover | sqlite3 recovered.db";
}

constexpr std::string_view kNothingWritten = "nothing was written to it";
constexpr std::string_view kReadStopped = "the read stopped at the damage";
constexpr std::string_view kEventsCut =
    "the read stopped at the damage: the events read before it are not all that match";

// `status` (a read of `path` that failed) with its file and the recovery advice when it says
// the database is damaged (a kDataError from SQLite: malformed or not a database).
Status WithRecoveryAdvice(Status status, const std::string& path, std::string_view consequence) {
  if (status.code() != StatusCode::kDataError) return status;
  std::string message = status.message();
  if (!message.starts_with(path + ": ")) message = path + ": " + message;
  return Status::Error(StatusCode::kDataError, message + RecoveryAdvice(path, consequence));
}

// Fails, with the first problems SQLite finds and how to recover, unless the database's pages
// and indexes are sound (PRAGMA quick_check: a read of the whole file, without the slower
// check of index contents that integrity_check adds).
Status CheckIntegrity(SqliteDb* db) {
  auto check = db->Prepare("PRAGMA quick_check(3)");
  if (!check.ok()) return WithRecoveryAdvice(check.status(), db->path(), kNothingWritten);
  Status status;
  std::string problems;
  while (check->Step(&status)) {
    if (check->Text(0) == "ok") continue;
    // One problem a line, and a row may hold several: the message is one line.
    for (std::string_view line : SplitOn(check->Text(0), '\n')) {
      problems += (problems.empty() ? "" : "; ") + std::string(line);
    }
  }
  if (!status.ok()) return WithRecoveryAdvice(status, db->path(), kNothingWritten);
  if (problems.empty()) return Status::Ok();
  return Status::Error(StatusCode::kDataError, db->path() + ": quick_check: " + problems +
                                                   RecoveryAdvice(db->path(), kNothingWritten));
}

class SqliteEventStore final : public EventStore {
 public:
  explicit SqliteEventStore(SqliteDb db) : sqlite_(std::move(db)) {}
  ~SqliteEventStore() override;

  Status BeginBatch() override;
  Result<std::optional<StoredStoryHeader>> FindStory(std::string_view story_id) override;
  Result<StoryChange> AddStory(const Story& story, std::span<const Event> events,
                               std::string_view dict_version) override;
  Status AddMoreEvents(const Story& story, std::span<const Event> events,
                       std::string_view dict_version) override;
  Status CommitBatch() override;
  Result<int64_t> CountStoriesToRecode(std::string_view dict_version) override;
  Status ReadStoriesToRecode(std::string_view dict_version, int64_t* cursor, size_t max,
                             size_t max_bytes, std::vector<Story>* stories) override;
  void TrackEventChanges(EventSetChanges* changes) override { tracked_ = changes; }
  Result<std::optional<StoredEvent>> FindEvent(int64_t id) override;
  Result<std::vector<StoredMention>> MentionsOf(int64_t event_id, size_t max) override;
  Result<std::optional<Story>> ReadStory(std::string_view story_id) override;
  Status ForEachEvent(const EventFilter& filter,
                      const std::function<bool(const StoredEvent&)>& visit) override;
  Result<std::vector<TopRow>> Top(const EventFilter& filter, TopKey by, int64_t n) override;
  Result<std::vector<SeriesPoint>> Series(const SeriesQuery& query) override;
  Result<StoreCounts> Counts() override;

  // Prepares the statements below.
  Status Prepare();
  SqliteDb* db() { return &sqlite_; }

 private:
  // Deletes the mentions of stored story `story`, marking their events for a count at the
  // commit and, with tracking on, keeping each as it was before the batch.
  Status ForgetMentions(int64_t story);
  // Deletes the story's sentences from sentence_text.
  Status ForgetSentences(int64_t story);
  // Adds the sentences that report `events` to sentence_text.
  Status StoreSentences(int64_t story, const Story& text, std::span<const Event> events);
  // Inserts the story, or overwrites the one of `rowid`, with its content hash and version.
  Status WriteStory(const Story& story, std::optional<int64_t> rowid, const std::string& hash,
                    std::string_view dict_version);
  // Adds the event (once) and the story's mention of it; the event's counts wait for the commit.
  Status AddMention(int64_t story, size_t ordinal, const Event& event,
                    std::string_view dict_version);

  SqliteDb sqlite_;
  SqliteStatement find_story_, insert_story_, update_story_, update_story_version_, old_mentions_,
      delete_mentions_, insert_event_, insert_mention_, refresh_event_, delete_empty_event_,
      delete_sentences_, insert_sentence_, find_event_, stories_to_recode_;
  std::unordered_set<int64_t> touched_;  // events whose counts this batch changed
  bool in_batch_ = false;
  std::optional<OpenStory> open_story_;
  // Tracking (TrackEventChanges): where committed batches go, and what this batch did.
  EventSetChanges* tracked_ = nullptr;
  BatchChanges batch_changes_;
};

}  // namespace

// Puts the database in write-ahead-log mode (kept in the file: a no-op once done). Switching a
// new database needs it alone for a moment, and SQLite answers "database is locked" at once,
// without its busy wait, while other connections opening it hold a read lock (several ingests
// started at once on a new file); the switch is tried again for up to 5 s.
Status SwitchToWal(SqliteDb* db) {
  constexpr int kTries = 100;
  constexpr auto kPause = std::chrono::milliseconds(50);
  for (int attempt = 1;; ++attempt) {
    Status switched = db->Exec("PRAGMA journal_mode=WAL");
    if (switched.ok() || !db->Busy() || attempt == kTries) return switched;
    std::this_thread::sleep_for(kPause);
  }
}

// Brings a database opened for writing to kStoreSchemaVersion, under the write lock: creates
// the schema in an empty database, upgrades schema 2. The version is read again under the lock,
// since another writer may have done the work since it was first read (two ingests started at
// once on a new file) — then nothing is done. Returns the version the database then holds (a
// newer one is left as it is, for the caller to refuse). Fails on a database with tables that
// is not an event store (kDataError), or when SQLite does; nothing is then written.
Result<int64_t> MigrateForWriting(SqliteDb* db, const std::string& path) {
  TACITUS_RETURN_IF_ERROR(db->Exec("BEGIN IMMEDIATE"));
  auto migrated = [&]() -> Result<int64_t> {
    auto version = db->QueryInt("PRAGMA user_version");
    if (!version.ok()) return version.status();
    const std::string to_current = "PRAGMA user_version=" + std::to_string(kStoreSchemaVersion);
    if (*version == 2) {
      TACITUS_RETURN_IF_ERROR(db->Exec(std::string(kUpgradeFrom2) + to_current));
      return kStoreSchemaVersion;
    }
    if (*version != 0) return version;
    auto tables = db->QueryInt("SELECT count(*) FROM sqlite_schema");
    if (!tables.ok()) return tables.status();
    if (*tables != 0) return Status::Error(path + ": not a tacitus event store");
    TACITUS_RETURN_IF_ERROR(db->Exec(std::string(kSchema) + to_current));
    return kStoreSchemaVersion;
  }();
  TACITUS_RETURN_IF_ERROR(db->Exec(migrated.ok() ? "COMMIT" : "ROLLBACK"));
  return migrated;
}

Result<std::unique_ptr<EventStore>> OpenSqliteEventStore(const std::string& path,
                                                         EventStore::Mode mode) {
  if (mode == EventStore::kReadOnly && !std::filesystem::exists(path)) {
    return Status::Error(StatusCode::kNotFound,
                         path + ": no such database (create it with tacitus ingest)");
  }
  auto opened = SqliteDb::Open(path, mode == EventStore::kReadOnly);
  if (!opened.ok()) return opened.status();
  auto store = std::make_unique<SqliteEventStore>(std::move(opened).value());
  SqliteDb* const db = store->db();
  auto version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (mode == EventStore::kReadWrite && *version != 0) {
    // Writing into a damaged database would damage it further, and hide the damage behind a
    // successful run.
    TACITUS_RETURN_IF_ERROR(CheckIntegrity(db));
  }
  if (mode == EventStore::kReadWrite && *version != kStoreSchemaVersion) {
    version = MigrateForWriting(db, path);
    if (!version.ok()) return version.status();
  }
  if (*version == 0) {
    auto tables = db->QueryInt("SELECT count(*) FROM sqlite_schema");
    if (!tables.ok()) return tables.status();
    if (*tables != 0) return Status::Error(path + ": not a tacitus event store");
    return Status::Error(path + ": empty database, not an event store");
  }
  if (*version == 2) {
    return Status::Error(path + ": event store schema 2, this tacitus reads schema " +
                         std::to_string(kStoreSchemaVersion) +
                         "; upgrade it by opening it for writing once: tacitus recode --db " +
                         path);
  }
  if (*version != kStoreSchemaVersion) {
    return Status::Error(path + ": event store schema " + std::to_string(*version) +
                         ", this tacitus reads schema " + std::to_string(kStoreSchemaVersion));
  }
  if (mode == EventStore::kReadWrite) {
    // WAL with synchronous=NORMAL survives a killed process; only a power cut
    // can cost the last batches, and never consistency.
    TACITUS_RETURN_IF_ERROR(SwitchToWal(db));
    TACITUS_RETURN_IF_ERROR(db->Exec("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;"));
  }
  TACITUS_RETURN_IF_ERROR(store->Prepare());
  return std::unique_ptr<EventStore>(std::move(store));
}

SqliteEventStore::~SqliteEventStore() {
  if (in_batch_) (void)sqlite_.Exec("ROLLBACK");
}

Status SqliteEventStore::Prepare() {
  struct Named {
    SqliteStatement* statement;
    std::string_view sql;
  };
  const std::string find_event_sql = StoredEventSelect() + " WHERE e.id = ?1";
  const Named statements[] = {
      {&find_story_,
       "SELECT id, content_hash, dict_version, date, substr(text, 1, 200) FROM stories "
       "WHERE story_id = ?1"},
      {&insert_story_,
       "INSERT INTO stories(story_id, date, source, url, title, text, content_hash, dict_version) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
      {&update_story_,
       "UPDATE stories SET date = ?2, source = ?3, url = ?4, title = ?5, text = ?6, "
       "content_hash = ?7, dict_version = ?8 WHERE id = ?1"},
      {&update_story_version_, "UPDATE stories SET dict_version = ?2 WHERE id = ?1"},
      {&old_mentions_, "SELECT DISTINCT event FROM mentions WHERE story = ?1"},
      {&delete_mentions_, "DELETE FROM mentions WHERE story = ?1"},
      {&insert_event_,
       "INSERT OR IGNORE INTO events(id, date, precision, source, target, code, quad_class, "
       "goldstein, plover, country, place, admin1, lat, lon) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
      {&insert_mention_,
       "INSERT INTO mentions(story, ordinal, event, sentence, source_begin, source_end, "
       "verb_begin, verb_end, target_begin, target_end, date_begin, date_end, "
       "pattern, matched, issues, dict_version) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"},
      {&refresh_event_,
       "UPDATE events SET (num_mentions, num_articles, num_sources, first_seen, last_seen, "
       "dict_version) = "
       "(SELECT count(*), count(DISTINCT m.story), count(DISTINCT coalesce(s.source, '')), "
       "min(s.date), max(s.date), coalesce(group_concat(DISTINCT m.dict_version), '') "
       "FROM mentions m JOIN stories s ON s.id = m.story WHERE m.event = ?1) WHERE id = ?1"},
      {&delete_empty_event_, "DELETE FROM events WHERE id = ?1 AND num_mentions = 0"},
      {&delete_sentences_, "DELETE FROM sentence_text WHERE rowid >= ?1 AND rowid < ?2"},
      {&insert_sentence_, "INSERT INTO sentence_text(rowid, text) VALUES (?1, ?2)"},
      {&stories_to_recode_,
       "SELECT id, story_id, date, title, source, url, text FROM stories "
       "WHERE id > ?1 AND dict_version != ?2 ORDER BY id LIMIT ?3"},
      {&find_event_, find_event_sql},
  };
  for (const Named& named : statements) {
    auto prepared = sqlite_.Prepare(named.sql);
    if (!prepared.ok()) return prepared.status();
    *named.statement = std::move(prepared).value();
  }
  return Status::Ok();
}

Status SqliteEventStore::BeginBatch() {
  if (in_batch_) {
    return Status::Error(StatusCode::kFailedPrecondition, "EventStore: batch already begun");
  }
  TACITUS_RETURN_IF_ERROR(sqlite_.Exec("BEGIN IMMEDIATE"));
  in_batch_ = true;
  return Status::Ok();
}

Result<std::optional<StoredStoryHeader>> SqliteEventStore::FindStory(std::string_view story_id) {
  find_story_.Bind(1, story_id);
  Status status;
  std::optional<StoredStoryHeader> stored;
  if (find_story_.Step(&status)) {
    stored = StoredStoryHeader{.date = DateOrEpoch(find_story_.Text(3)),
                               .content_hash = std::string(find_story_.Text(1)),
                               .dict_version = std::string(find_story_.Text(2)),
                               .opening = Opening(find_story_.Text(4))};
    find_story_.Reset();
  }
  if (!status.ok()) return status;
  return stored;
}

Result<StoryChange> SqliteEventStore::AddStory(const Story& story, std::span<const Event> events,
                                               std::string_view dict_version) {
  if (!in_batch_) {
    return Status::Error(StatusCode::kFailedPrecondition, "EventStore: AddStory outside a batch");
  }
  open_story_.reset();
  TACITUS_RETURN_IF_ERROR(CheckDatesStorable(story, events));
  const std::string hash = StoryContentHash(story);
  Status status;
  std::optional<int64_t> rowid;
  bool same_content = false;
  find_story_.Bind(1, story.id);
  if (find_story_.Step(&status)) {
    rowid = find_story_.Int(0);
    same_content = find_story_.Text(1) == hash;
    const bool same = same_content && find_story_.Text(2) == dict_version;
    find_story_.Reset();
    if (same) return StoryChange::kUnchanged;
  }
  if (!status.ok()) return status;

  const bool replaced = rowid.has_value();
  if (same_content) {
    // Recoded: only the version changes, so the text is not indexed again.
    update_story_version_.Bind(1, *rowid);
    update_story_version_.Bind(2, dict_version);
    TACITUS_RETURN_IF_ERROR(update_story_version_.Run());
  } else {
    TACITUS_RETURN_IF_ERROR(WriteStory(story, rowid, hash, dict_version));
  }
  if (replaced) {
    TACITUS_RETURN_IF_ERROR(ForgetMentions(*rowid));
  } else {
    rowid = sqlite_.LastInsertRowid();
  }
  for (size_t ordinal = 0; ordinal < events.size(); ++ordinal) {
    TACITUS_RETURN_IF_ERROR(AddMention(*rowid, ordinal, events[ordinal], dict_version));
  }
  TACITUS_RETURN_IF_ERROR(ForgetSentences(*rowid));
  TACITUS_RETURN_IF_ERROR(StoreSentences(*rowid, story, events));
  open_story_ = OpenStory{.id = story.id, .rowid = *rowid, .next_ordinal = events.size()};
  return replaced ? StoryChange::kReplaced : StoryChange::kAdded;
}

Status SqliteEventStore::AddMoreEvents(const Story& story, std::span<const Event> events,
                                       std::string_view dict_version) {
  TACITUS_RETURN_IF_ERROR(CheckMoreEvents(in_batch_, open_story_, story.id));
  TACITUS_RETURN_IF_ERROR(CheckDatesStorable(story, events));
  OpenStory& open = *open_story_;
  for (const Event& event : events) {
    TACITUS_RETURN_IF_ERROR(AddMention(open.rowid, open.next_ordinal, event, dict_version));
    ++open.next_ordinal;
  }
  return StoreSentences(open.rowid, story, events);
}

Status SqliteEventStore::WriteStory(const Story& story, std::optional<int64_t> rowid,
                                    const std::string& hash, std::string_view dict_version) {
  SqliteStatement& write = rowid ? update_story_ : insert_story_;
  if (rowid) {
    write.Bind(1, *rowid);
  } else {
    write.Bind(1, story.id);
  }
  write.Bind(2, story.date.ToString());
  write.BindOptional(3, story.source);
  write.BindOptional(4, story.url);
  write.BindOptional(5, story.title);
  write.Bind(6, story.text);
  write.Bind(7, hash);
  write.Bind(8, dict_version);
  return write.Run();
}

Status SqliteEventStore::ForgetMentions(int64_t story) {
  old_mentions_.Bind(1, story);
  std::vector<int64_t> unseen;  // events this batch touches for the first time
  Status status;
  while (old_mentions_.Step(&status)) {
    const int64_t id = old_mentions_.Int(0);
    if (touched_.insert(id).second) unseen.push_back(id);
  }
  if (!status.ok()) return status;
  if (tracked_ != nullptr) {
    // Untouched until now, the event is as it was before the batch.
    for (const int64_t id : unseen) {
      auto before = FindEvent(id);
      if (!before.ok()) return before.status();
      if (before->has_value()) batch_changes_.Before(id, std::move(**before));
    }
  }
  delete_mentions_.Bind(1, story);
  return delete_mentions_.Run();
}

Status SqliteEventStore::AddMention(int64_t story, size_t ordinal, const Event& event,
                                    std::string_view dict_version) {
  const int64_t id = EventKeyHash(event);
  touched_.insert(id);
  insert_event_.Bind(1, id);
  insert_event_.Bind(2, event.date.date.ToString());
  insert_event_.Bind(3, DatePrecisionName(event.date.precision));
  insert_event_.Bind(4, event.source);
  insert_event_.Bind(5, event.target);
  insert_event_.Bind(6, event.code);
  insert_event_.Bind(7, event.quad_class);
  insert_event_.Bind(8, event.goldstein);
  insert_event_.Bind(9, event.plover);
  if (event.place) {
    insert_event_.Bind(10, AsciiUppercase(event.place->country));
    insert_event_.BindOptional(11, std::optional<std::string>(event.place->name));
    insert_event_.BindOptional(12, std::optional<std::string>(event.place->admin1));
    insert_event_.BindOptional(13, event.place->lat);
    insert_event_.BindOptional(14, event.place->lon);
  } else {
    insert_event_.Bind(10, std::string_view());
    for (int i = 11; i <= 14; ++i) insert_event_.BindNull(i);
  }
  TACITUS_RETURN_IF_ERROR(insert_event_.Run());
  if (tracked_ != nullptr && sqlite_.Changes() > 0) batch_changes_.Created(id);
  insert_mention_.Bind(1, story);
  insert_mention_.Bind(2, static_cast<int64_t>(ordinal));
  insert_mention_.Bind(3, id);
  insert_mention_.Bind(4, static_cast<int64_t>(event.sentence));
  int column = 5;
  for (const Span& span :
       {event.source_span, event.verb_span, event.target_span, event.date.span}) {
    insert_mention_.Bind(column++, static_cast<int64_t>(span.begin));
    insert_mention_.Bind(column++, static_cast<int64_t>(span.end));
  }
  insert_mention_.Bind(13, event.pattern);
  insert_mention_.Bind(14, MatchedText(event));
  insert_mention_.Bind(15, IssuesText(event.issues));
  insert_mention_.Bind(16, dict_version);
  return insert_mention_.Run();
}

Status SqliteEventStore::ForgetSentences(int64_t story) {
  const int64_t first = story << kSentenceRowidBits;
  delete_sentences_.Bind(1, first);
  delete_sentences_.Bind(2, first + kMaxSentences);
  return delete_sentences_.Run();
}

Status SqliteEventStore::StoreSentences(int64_t story, const Story& text,
                                        std::span<const Event> events) {
  const int64_t first = story << kSentenceRowidBits;
  std::set<uint32_t> stored;
  for (const Event& event : events) {
    const Span span = event.sentence_span;
    // Sentences past the millionth of a story do not fit the rowid: they are not searchable.
    if (event.sentence >= kMaxSentences || span.end > text.text.size()) continue;
    if (!stored.insert(event.sentence).second) continue;
    insert_sentence_.Bind(1, first + event.sentence);
    insert_sentence_.Bind(2, std::string_view(text.text).substr(span.begin, span.size()));
    TACITUS_RETURN_IF_ERROR(insert_sentence_.Run());
  }
  return Status::Ok();
}

Status SqliteEventStore::CommitBatch() {
  if (!in_batch_) {
    return Status::Error(StatusCode::kFailedPrecondition, "EventStore: no batch to commit");
  }
  open_story_.reset();
  Status status;
  for (const int64_t id : touched_) {
    refresh_event_.Bind(1, id);
    status = refresh_event_.Run();
    if (!status.ok()) break;
    delete_empty_event_.Bind(1, id);
    status = delete_empty_event_.Run();
    if (!status.ok()) break;
    if (tracked_ != nullptr && sqlite_.Changes() > 0) batch_changes_.Deleted(id);
  }
  touched_.clear();
  if (status.ok()) status = sqlite_.Exec("COMMIT");
  if (!status.ok()) {
    (void)sqlite_.Exec("ROLLBACK");
    batch_changes_.Clear();
    in_batch_ = false;
    return status;
  }
  batch_changes_.CommitTo(tracked_);
  in_batch_ = false;
  return Status::Ok();
}

Result<int64_t> SqliteEventStore::CountStoriesToRecode(std::string_view dict_version) {
  auto count = sqlite_.Prepare("SELECT count(*) FROM stories WHERE dict_version != ?1");
  if (!count.ok()) return count.status();
  count->Bind(1, dict_version);
  Status status;
  int64_t stories = 0;
  if (count->Step(&status)) {
    stories = count->Int(0);
    count->Reset();
  }
  if (!status.ok()) return status;
  return stories;
}

Status SqliteEventStore::ReadStoriesToRecode(std::string_view dict_version, int64_t* cursor,
                                             size_t max, size_t max_bytes,
                                             std::vector<Story>* stories) {
  stories->clear();
  SqliteStatement& page = stories_to_recode_;
  page.Bind(1, *cursor);
  page.Bind(2, dict_version);
  page.Bind(3, static_cast<int64_t>(max));
  Status status;
  size_t bytes = 0;
  while (bytes < max_bytes && page.Step(&status)) {
    *cursor = page.Int(0);
    Story& story = stories->emplace_back();
    ReadStoredStory(page, 1, &story);
    bytes += story.text.size();
  }
  page.Reset();  // the page may end before the statement's rows do
  return status;
}

Result<std::optional<StoredEvent>> SqliteEventStore::FindEvent(int64_t id) {
  find_event_.Bind(1, id);
  Status status;
  std::optional<StoredEvent> event;
  if (find_event_.Step(&status)) {
    ReadStoredEvent(find_event_, &event.emplace());
    find_event_.Reset();
  }
  if (!status.ok()) return status;
  return event;
}

Result<std::vector<StoredMention>> SqliteEventStore::MentionsOf(int64_t event_id, size_t max) {
  auto rows = sqlite_.Prepare(
      MentionSelect("f.text") + " LEFT JOIN sentence_text f ON f.rowid = (m.story << " +
      std::to_string(kSentenceRowidBits) +
      ") + m.sentence WHERE m.event = ?1 ORDER BY s.date, s.story_id, m.ordinal LIMIT ?2");
  if (!rows.ok()) return rows.status();
  rows->Bind(1, event_id);
  rows->Bind(2, static_cast<int64_t>(std::min<size_t>(max, INT64_MAX)));
  std::vector<StoredMention> mentions;
  Status status;
  while (rows->Step(&status)) ReadStoredMention(*rows, &mentions.emplace_back());
  if (!status.ok()) return WithRecoveryAdvice(status, sqlite_.path(), kReadStopped);
  return mentions;
}

Result<std::optional<Story>> SqliteEventStore::ReadStory(std::string_view story_id) {
  auto row = sqlite_.Prepare(std::string(kStorySelect) + " WHERE story_id = ?1");
  if (!row.ok()) return row.status();
  row->Bind(1, story_id);
  Status status;
  std::optional<Story> story;
  if (row->Step(&status)) ReadStoredStory(*row, 0, &story.emplace());
  if (!status.ok()) return WithRecoveryAdvice(status, sqlite_.path(), kReadStopped);
  return story;
}

Status SqliteEventStore::ForEachEvent(const EventFilter& filter,
                                      const std::function<bool(const StoredEvent&)>& visit) {
  return WithRecoveryAdvice(ForEachStoredEvent(&sqlite_, filter, visit), sqlite_.path(),
                            kEventsCut);
}

Result<std::vector<TopRow>> SqliteEventStore::Top(const EventFilter& filter, TopKey by, int64_t n) {
  auto rows = QueryTop(&sqlite_, filter, by, n);
  if (!rows.ok()) return WithRecoveryAdvice(rows.status(), sqlite_.path(), kReadStopped);
  return rows;
}

Result<std::vector<SeriesPoint>> SqliteEventStore::Series(const SeriesQuery& query) {
  auto series = QuerySeries(&sqlite_, query);
  if (!series.ok()) return WithRecoveryAdvice(series.status(), sqlite_.path(), kReadStopped);
  return series;
}

Result<StoreCounts> SqliteEventStore::Counts() {
  StoreCounts counts;
  for (auto [table, count] :
       {std::pair{"stories", &counts.stories}, std::pair{"events", &counts.events},
        std::pair{"mentions", &counts.mentions}}) {
    auto n = sqlite_.QueryInt(std::string("SELECT count(*) FROM ") + table);
    if (!n.ok()) return n.status();
    *count = *n;
  }
  return counts;
}

}  // namespace tacitus
