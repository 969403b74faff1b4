#include "tacitus/event_store.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/hash.h"
#include "base/strings.h"
#include "store/event_query.h"
#include "store/sqlite.h"

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

// The first words of `text`, cut at a space after at most kOpeningBytes bytes.
std::string Opening(std::string_view text) {
  constexpr size_t kOpeningBytes = 60;
  if (text.size() <= kOpeningBytes) return std::string(text);
  const size_t space = text.rfind(' ', kOpeningBytes);
  return std::string(text.substr(
             0, space == std::string_view::npos || space == 0 ? kOpeningBytes : space)) +
         "...";
}

constexpr uint32_t kMaxSentences = uint32_t{1} << kSentenceRowidBits;

// Hashes `field` and then a separator byte, so ("ab","c") and ("a","bc") differ. 0xff never
// occurs in UTF-8 text.
void AddField(std::string_view field, Fnv1a64* hash) {
  hash->Add(field);
  hash->Add("\xff");
}

// The store keeps dates as "YYYY-MM-DD" text, which sorts as dates and reads back only for
// years 0001..9999: a date outside is refused rather than stored as something else.
Status CheckDatesStorable(const Story& story, std::span<const Event> events) {
  constexpr std::string_view kRange =
      " is outside 0001-01-01..9999-12-31, the dates the store holds";
  const auto outside = [](const Date& date) { return date.year < 1 || date.year > 9999; };
  if (outside(story.date)) {
    return Status::Error(StatusCode::kInvalidArgument,
                         "story date " + story.date.ToString() + std::string(kRange));
  }
  for (size_t i = 0; i < events.size(); ++i) {
    if (outside(events[i].date.date)) {
      return Status::Error(StatusCode::kInvalidArgument,
                           "event " + std::to_string(i + 1) + " (" + events[i].source + " " +
                               events[i].code + " " + events[i].target + ") dated " +
                               events[i].date.ToString() + std::string(kRange));
    }
  }
  return Status::Ok();
}

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

}  // namespace

int64_t EventKeyHash(const Event& event) {
  Fnv1a64 hash;
  AddField(event.date.ToString(), &hash);
  AddField(event.source, &hash);
  AddField(event.target, &hash);
  AddField(event.code, &hash);
  AddField(event.place ? std::string_view(event.place->country) : std::string_view(), &hash);
  const int64_t id = static_cast<int64_t>(hash.value() & 0x7fffffffffffffffull);
  return id == 0 ? 1 : id;
}

std::string StoryContentHash(const Story& story) {
  Fnv1a64 hash;
  AddField(story.date.ToString(), &hash);
  AddField(story.text, &hash);
  for (const auto* field : {&story.title, &story.source, &story.url}) {
    AddField(field->has_value() ? std::string_view(**field) : std::string_view("\x01"), &hash);
  }
  return HexDigits16(hash.value());
}

std::string StoredEvent::DateString() const {
  return EventDate{.date = date, .precision = precision, .span = {}}.ToString();
}

struct EventStore::Database {
  explicit Database(SqliteDb db) : sqlite(std::move(db)) {}
  // Prepares the statements below.
  Status Prepare();
  // Deletes the story's sentences from sentence_text.
  Status ForgetSentences(int64_t story);
  // Adds the sentences that report `events` to sentence_text.
  Status StoreSentences(int64_t story, const Story& text, std::span<const Event> events);
  // With tracking on, records what the committed batch did in *tracked and forgets the batch.
  void MergeBatchChanges();
  // Inserts the story, or overwrites the one of `rowid`, with its content hash and version.
  Status WriteStory(const Story& story, std::optional<int64_t> rowid, const std::string& hash,
                    std::string_view dict_version);
  // Adds the event (once) and the story's mention of it; the event's counts wait for the commit.
  Status AddMention(int64_t story, size_t ordinal, const Event& event,
                    std::string_view dict_version);

  SqliteDb sqlite;
  SqliteStatement find_story, insert_story, update_story, update_story_version, old_mentions,
      delete_mentions, insert_event, insert_mention, refresh_event, delete_empty_event,
      delete_sentences, insert_sentence, find_event, stories_to_recode;
  std::unordered_set<int64_t> touched;  // events whose counts this batch changed
  bool in_batch = false;
  // The story AddStory stored last in this batch, which AddMoreEvents adds to.
  struct OpenStory {
    std::string id;
    int64_t rowid = 0;
    size_t next_ordinal = 0;  // of its next mention
  };
  std::optional<OpenStory> open_story;
  // Tracking (TrackEventChanges): where committed batches go, and what this batch did.
  EventSetChanges* tracked = nullptr;
  std::unordered_set<int64_t> batch_created;
  std::vector<int64_t> batch_deleted;
  std::unordered_map<int64_t, StoredEvent> batch_before;  // events as they were before the batch
};

EventStore::EventStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& path, Mode mode) {
  if (mode == kReadOnly && !std::filesystem::exists(path)) {
    return Status::Error(StatusCode::kNotFound,
                         path + ": no such database (create it with tacitus ingest)");
  }
  auto opened = SqliteDb::Open(path, mode == kReadOnly);
  if (!opened.ok()) return opened.status();
  auto db = std::make_unique<Database>(std::move(opened).value());
  auto version = db->sqlite.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (mode == kReadWrite && *version != 0) {
    // Writing into a damaged database would damage it further, and hide the damage behind a
    // successful run.
    TACITUS_RETURN_IF_ERROR(CheckIntegrity(&db->sqlite));
  }
  if (*version == 0) {
    auto tables = db->sqlite.QueryInt("SELECT count(*) FROM sqlite_schema");
    if (!tables.ok()) return tables.status();
    if (*tables != 0) return Status::Error(path + ": not a tacitus event store");
    if (mode == kReadOnly) return Status::Error(path + ": empty database, not an event store");
    TACITUS_RETURN_IF_ERROR(db->sqlite.Exec("PRAGMA journal_mode=WAL"));
    TACITUS_RETURN_IF_ERROR(db->sqlite.Exec(
        "BEGIN IMMEDIATE;" + std::string(kSchema) +
        "PRAGMA user_version=" + std::to_string(kStoreSchemaVersion) + "; COMMIT;"));
  } else if (*version == 2 && mode == kReadWrite) {
    TACITUS_RETURN_IF_ERROR(db->sqlite.Exec(
        "BEGIN IMMEDIATE;" + std::string(kUpgradeFrom2) +
        "PRAGMA user_version=" + std::to_string(kStoreSchemaVersion) + "; COMMIT;"));
  } else if (*version == 2) {
    return Status::Error(path + ": event store schema 2, this tacitus reads schema " +
                         std::to_string(kStoreSchemaVersion) +
                         "; upgrade it by opening it for writing once: tacitus recode --db " +
                         path);
  } else if (*version != kStoreSchemaVersion) {
    return Status::Error(path + ": event store schema " + std::to_string(*version) +
                         ", this tacitus reads schema " + std::to_string(kStoreSchemaVersion));
  }
  if (mode == kReadWrite) {
    // WAL with synchronous=NORMAL survives a killed process; only a power cut
    // can cost the last batches, and never consistency.
    TACITUS_RETURN_IF_ERROR(
        db->sqlite.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                        "PRAGMA cache_size=-32768;"));
  }
  TACITUS_RETURN_IF_ERROR(db->Prepare());
  return std::unique_ptr<EventStore>(new EventStore(std::move(db)));
}

EventStore::~EventStore() {
  if (db_->in_batch) (void)db_->sqlite.Exec("ROLLBACK");
}

Status EventStore::Database::Prepare() {
  struct Named {
    SqliteStatement* statement;
    std::string_view sql;
  };
  const std::string find_event_sql = StoredEventSelect() + " WHERE e.id = ?1";
  const Named statements[] = {
      {&find_story,
       "SELECT id, content_hash, dict_version, date, substr(text, 1, 200) FROM stories "
       "WHERE story_id = ?1"},
      {&insert_story,
       "INSERT INTO stories(story_id, date, source, url, title, text, content_hash, dict_version) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
      {&update_story,
       "UPDATE stories SET date = ?2, source = ?3, url = ?4, title = ?5, text = ?6, "
       "content_hash = ?7, dict_version = ?8 WHERE id = ?1"},
      {&update_story_version, "UPDATE stories SET dict_version = ?2 WHERE id = ?1"},
      {&old_mentions, "SELECT DISTINCT event FROM mentions WHERE story = ?1"},
      {&delete_mentions, "DELETE FROM mentions WHERE story = ?1"},
      {&insert_event,
       "INSERT OR IGNORE INTO events(id, date, precision, source, target, code, quad_class, "
       "goldstein, plover, country, place, admin1, lat, lon) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
      {&insert_mention,
       "INSERT INTO mentions(story, ordinal, event, sentence, source_begin, source_end, "
       "verb_begin, verb_end, target_begin, target_end, date_begin, date_end, "
       "pattern, matched, issues, dict_version) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"},
      {&refresh_event,
       "UPDATE events SET (num_mentions, num_articles, num_sources, first_seen, last_seen, "
       "dict_version) = "
       "(SELECT count(*), count(DISTINCT m.story), count(DISTINCT coalesce(s.source, '')), "
       "min(s.date), max(s.date), coalesce(group_concat(DISTINCT m.dict_version), '') "
       "FROM mentions m JOIN stories s ON s.id = m.story WHERE m.event = ?1) WHERE id = ?1"},
      {&delete_empty_event, "DELETE FROM events WHERE id = ?1 AND num_mentions = 0"},
      {&delete_sentences, "DELETE FROM sentence_text WHERE rowid >= ?1 AND rowid < ?2"},
      {&insert_sentence, "INSERT INTO sentence_text(rowid, text) VALUES (?1, ?2)"},
      {&stories_to_recode,
       "SELECT id, story_id, date, source, url, title, text FROM stories "
       "WHERE id > ?1 AND dict_version != ?2 ORDER BY id LIMIT ?3"},
      {&find_event, find_event_sql},
  };
  for (const Named& named : statements) {
    auto prepared = sqlite.Prepare(named.sql);
    if (!prepared.ok()) return prepared.status();
    *named.statement = std::move(prepared).value();
  }
  return Status::Ok();
}

Status EventStore::BeginBatch() {
  if (db_->in_batch) {
    return Status::Error(StatusCode::kFailedPrecondition, "EventStore: batch already begun");
  }
  TACITUS_RETURN_IF_ERROR(db_->sqlite.Exec("BEGIN IMMEDIATE"));
  db_->in_batch = true;
  return Status::Ok();
}

Result<bool> EventStore::IsStored(const Story& story, std::string_view dict_version) {
  auto stored = FindStory(story.id);
  if (!stored.ok()) return stored.status();
  return stored->has_value() && (*stored)->content_hash == StoryContentHash(story) &&
         (*stored)->dict_version == dict_version;
}

Result<std::optional<StoredStoryHeader>> EventStore::FindStory(std::string_view story_id) {
  db_->find_story.Bind(1, story_id);
  Status status;
  std::optional<StoredStoryHeader> stored;
  if (db_->find_story.Step(&status)) {
    stored = StoredStoryHeader{.date = DateOrEpoch(db_->find_story.Text(3)),
                               .content_hash = std::string(db_->find_story.Text(1)),
                               .dict_version = std::string(db_->find_story.Text(2)),
                               .opening = Opening(db_->find_story.Text(4))};
    db_->find_story.Reset();
  }
  if (!status.ok()) return status;
  return stored;
}

Result<StoryChange> EventStore::AddStory(const Story& story, std::span<const Event> events,
                                         std::string_view dict_version) {
  if (!db_->in_batch) {
    return Status::Error(StatusCode::kFailedPrecondition, "EventStore: AddStory outside a batch");
  }
  db_->open_story.reset();
  TACITUS_RETURN_IF_ERROR(CheckDatesStorable(story, events));
  const std::string hash = StoryContentHash(story);
  Status status;
  std::optional<int64_t> rowid;
  bool same_content = false;
  db_->find_story.Bind(1, story.id);
  if (db_->find_story.Step(&status)) {
    rowid = db_->find_story.Int(0);
    same_content = db_->find_story.Text(1) == hash;
    const bool same = same_content && db_->find_story.Text(2) == dict_version;
    db_->find_story.Reset();
    if (same) return StoryChange::kUnchanged;
  }
  if (!status.ok()) return status;

  const bool replaced = rowid.has_value();
  if (same_content) {
    // Recoded: only the version changes, so the text is not indexed again.
    db_->update_story_version.Bind(1, *rowid);
    db_->update_story_version.Bind(2, dict_version);
    TACITUS_RETURN_IF_ERROR(db_->update_story_version.Run());
  } else {
    TACITUS_RETURN_IF_ERROR(db_->WriteStory(story, rowid, hash, dict_version));
  }
  if (replaced) {
    TACITUS_RETURN_IF_ERROR(ForgetMentions(*rowid));
  } else {
    rowid = db_->sqlite.LastInsertRowid();
  }
  for (size_t ordinal = 0; ordinal < events.size(); ++ordinal) {
    TACITUS_RETURN_IF_ERROR(db_->AddMention(*rowid, ordinal, events[ordinal], dict_version));
  }
  TACITUS_RETURN_IF_ERROR(db_->ForgetSentences(*rowid));
  TACITUS_RETURN_IF_ERROR(db_->StoreSentences(*rowid, story, events));
  db_->open_story =
      Database::OpenStory{.id = story.id, .rowid = *rowid, .next_ordinal = events.size()};
  return replaced ? StoryChange::kReplaced : StoryChange::kAdded;
}

Status EventStore::AddMoreEvents(const Story& story, std::span<const Event> events,
                                 std::string_view dict_version) {
  if (!db_->in_batch || !db_->open_story || db_->open_story->id != story.id) {
    return Status::Error(StatusCode::kFailedPrecondition,
                         "EventStore: AddMoreEvents for story " + story.id +
                             ", which is not the story AddStory stored last in this batch");
  }
  TACITUS_RETURN_IF_ERROR(CheckDatesStorable(story, events));
  Database::OpenStory& open = *db_->open_story;
  for (const Event& event : events) {
    TACITUS_RETURN_IF_ERROR(db_->AddMention(open.rowid, open.next_ordinal, event, dict_version));
    ++open.next_ordinal;
  }
  return db_->StoreSentences(open.rowid, story, events);
}

Status EventStore::Database::WriteStory(const Story& story, std::optional<int64_t> rowid,
                                        const std::string& hash, std::string_view dict_version) {
  SqliteStatement& write = rowid ? update_story : insert_story;
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

Status EventStore::ForgetMentions(int64_t story) {
  db_->old_mentions.Bind(1, story);
  std::vector<int64_t> unseen;  // events this batch touches for the first time
  Status status;
  while (db_->old_mentions.Step(&status)) {
    const int64_t id = db_->old_mentions.Int(0);
    if (db_->touched.insert(id).second) unseen.push_back(id);
  }
  if (!status.ok()) return status;
  if (db_->tracked != nullptr) {
    // Untouched until now, the event is as it was before the batch.
    for (const int64_t id : unseen) {
      auto before = FindEvent(id);
      if (!before.ok()) return before.status();
      if (before->has_value()) db_->batch_before.emplace(id, std::move(**before));
    }
  }
  db_->delete_mentions.Bind(1, story);
  return db_->delete_mentions.Run();
}

Status EventStore::Database::AddMention(int64_t story, size_t ordinal, const Event& event,
                                        std::string_view dict_version) {
  const int64_t id = EventKeyHash(event);
  touched.insert(id);
  insert_event.Bind(1, id);
  insert_event.Bind(2, event.date.date.ToString());
  insert_event.Bind(3, DatePrecisionName(event.date.precision));
  insert_event.Bind(4, event.source);
  insert_event.Bind(5, event.target);
  insert_event.Bind(6, event.code);
  insert_event.Bind(7, event.quad_class);
  insert_event.Bind(8, event.goldstein);
  insert_event.Bind(9, event.plover);
  if (event.place) {
    insert_event.Bind(10, AsciiUppercase(event.place->country));
    insert_event.BindOptional(11, std::optional<std::string>(event.place->name));
    insert_event.BindOptional(12, std::optional<std::string>(event.place->admin1));
    insert_event.BindOptional(13, event.place->lat);
    insert_event.BindOptional(14, event.place->lon);
  } else {
    insert_event.Bind(10, std::string_view());
    for (int i = 11; i <= 14; ++i) insert_event.BindNull(i);
  }
  TACITUS_RETURN_IF_ERROR(insert_event.Run());
  if (tracked != nullptr && sqlite.Changes() > 0) batch_created.insert(id);
  std::string matched;
  for (const std::string& entry : event.matched) {
    if (!matched.empty()) matched += ';';
    matched += entry;
  }
  insert_mention.Bind(1, story);
  insert_mention.Bind(2, static_cast<int64_t>(ordinal));
  insert_mention.Bind(3, id);
  insert_mention.Bind(4, static_cast<int64_t>(event.sentence));
  int column = 5;
  for (const Span& span :
       {event.source_span, event.verb_span, event.target_span, event.date.span}) {
    insert_mention.Bind(column++, static_cast<int64_t>(span.begin));
    insert_mention.Bind(column++, static_cast<int64_t>(span.end));
  }
  insert_mention.Bind(13, event.pattern);
  insert_mention.Bind(14, matched);
  insert_mention.Bind(15, IssuesText(event.issues));
  insert_mention.Bind(16, dict_version);
  return insert_mention.Run();
}

Status EventStore::Database::ForgetSentences(int64_t story) {
  const int64_t first = story << kSentenceRowidBits;
  delete_sentences.Bind(1, first);
  delete_sentences.Bind(2, first + kMaxSentences);
  return delete_sentences.Run();
}

Status EventStore::Database::StoreSentences(int64_t story, const Story& text,
                                            std::span<const Event> events) {
  const int64_t first = story << kSentenceRowidBits;
  std::set<uint32_t> stored;
  for (const Event& event : events) {
    const Span span = event.sentence_span;
    // Sentences past the millionth of a story do not fit the rowid: they are not searchable.
    if (event.sentence >= kMaxSentences || span.end > text.text.size()) continue;
    if (!stored.insert(event.sentence).second) continue;
    insert_sentence.Bind(1, first + event.sentence);
    insert_sentence.Bind(2, std::string_view(text.text).substr(span.begin, span.size()));
    TACITUS_RETURN_IF_ERROR(insert_sentence.Run());
  }
  return Status::Ok();
}

Status EventStore::CommitBatch() {
  if (!db_->in_batch) {
    return Status::Error(StatusCode::kFailedPrecondition, "EventStore: no batch to commit");
  }
  db_->open_story.reset();
  Status status;
  for (const int64_t id : db_->touched) {
    db_->refresh_event.Bind(1, id);
    status = db_->refresh_event.Run();
    if (!status.ok()) break;
    db_->delete_empty_event.Bind(1, id);
    status = db_->delete_empty_event.Run();
    if (!status.ok()) break;
    if (db_->tracked != nullptr && db_->sqlite.Changes() > 0) db_->batch_deleted.push_back(id);
  }
  db_->touched.clear();
  if (status.ok()) status = db_->sqlite.Exec("COMMIT");
  if (!status.ok()) {
    (void)db_->sqlite.Exec("ROLLBACK");
    db_->batch_created.clear();
    db_->batch_deleted.clear();
    db_->batch_before.clear();
    db_->in_batch = false;
    return status;
  }
  db_->MergeBatchChanges();
  db_->in_batch = false;
  return Status::Ok();
}

void EventStore::Database::MergeBatchChanges() {
  if (tracked != nullptr) {
    for (const int64_t id : batch_deleted) {
      // Created and deleted in the batch: it never was.
      if (batch_created.erase(id) > 0) continue;
      if (tracked->gained.erase(id) > 0) continue;
      auto before = batch_before.find(id);
      if (before != batch_before.end()) tracked->lost.emplace(id, std::move(before->second));
    }
    for (const int64_t id : batch_created) {
      if (tracked->lost.erase(id) == 0) tracked->gained.insert(id);
    }
  }
  batch_created.clear();
  batch_deleted.clear();
  batch_before.clear();
}

Result<int64_t> EventStore::CountStoriesToRecode(std::string_view dict_version) {
  auto count = db_->sqlite.Prepare("SELECT count(*) FROM stories WHERE dict_version != ?1");
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

Status EventStore::ReadStoriesToRecode(std::string_view dict_version, int64_t* cursor, size_t max,
                                       size_t max_bytes, std::vector<Story>* stories) {
  stories->clear();
  SqliteStatement& page = db_->stories_to_recode;
  page.Bind(1, *cursor);
  page.Bind(2, dict_version);
  page.Bind(3, static_cast<int64_t>(max));
  Status status;
  size_t bytes = 0;
  while (bytes < max_bytes && page.Step(&status)) {
    *cursor = page.Int(0);
    Story& story = stories->emplace_back();
    story.id = page.Text(1);
    story.date = DateOrEpoch(page.Text(2));
    story.source = page.OptionalText(3);
    story.url = page.OptionalText(4);
    story.title = page.OptionalText(5);
    story.text = page.Text(6);
    bytes += story.text.size();
  }
  page.Reset();  // the page may end before the statement's rows do
  return status;
}

void EventStore::TrackEventChanges(EventSetChanges* changes) { db_->tracked = changes; }

Result<std::optional<StoredEvent>> EventStore::FindEvent(int64_t id) {
  db_->find_event.Bind(1, id);
  Status status;
  std::optional<StoredEvent> event;
  if (db_->find_event.Step(&status)) {
    ReadStoredEvent(db_->find_event, &event.emplace());
    db_->find_event.Reset();
  }
  if (!status.ok()) return status;
  return event;
}

Result<std::vector<StoredMention>> EventStore::MentionsOf(int64_t event_id, size_t max) {
  auto rows = db_->sqlite.Prepare(
      "SELECT s.story_id, s.date, s.title, s.source, s.url, m.sentence, f.text, s.text, "
      "m.source_begin, m.source_end, m.verb_begin, m.verb_end, m.target_begin, m.target_end, "
      "m.date_begin, m.date_end, m.pattern, m.matched, m.dict_version "
      "FROM mentions m JOIN stories s ON s.id = m.story "
      "LEFT JOIN sentence_text f ON f.rowid = (m.story << " +
      std::to_string(kSentenceRowidBits) +
      ") + m.sentence "
      "WHERE m.event = ?1 ORDER BY s.date, s.story_id, m.ordinal LIMIT ?2");
  if (!rows.ok()) return rows.status();
  rows->Bind(1, event_id);
  rows->Bind(2, static_cast<int64_t>(std::min<size_t>(max, INT64_MAX)));
  auto span = [&](int column) {
    return Span{static_cast<uint32_t>(rows->Int(column)),
                static_cast<uint32_t>(rows->Int(column + 1))};
  };
  std::vector<StoredMention> mentions;
  Status status;
  while (rows->Step(&status)) {
    StoredMention& mention = mentions.emplace_back();
    mention.story_id = rows->Text(0);
    mention.story_date = DateOrEpoch(rows->Text(1));
    mention.title = rows->OptionalText(2);
    mention.source = rows->OptionalText(3);
    mention.url = rows->OptionalText(4);
    mention.sentence = static_cast<uint32_t>(rows->Int(5));
    mention.sentence_text = rows->Text(6);
    mention.source_span = span(8);
    mention.verb_span = span(10);
    mention.target_span = span(12);
    mention.date_span = span(14);
    mention.pattern = rows->Text(16);
    for (std::string_view entry : SplitOn(rows->Text(17), ';')) {
      if (!entry.empty()) mention.matched.emplace_back(entry);
    }
    mention.dict_version = rows->Text(18);
    // The sentence holds the verb: it is the last copy of its text that starts at or before it.
    const std::string_view story_text = rows->Text(7);
    const size_t begin = story_text.rfind(mention.sentence_text, mention.verb_span.begin);
    mention.sentence_begin =
        begin == std::string_view::npos ? mention.verb_span.begin : static_cast<uint32_t>(begin);
  }
  if (!status.ok()) return WithRecoveryAdvice(status, db_->sqlite.path(), kReadStopped);
  return mentions;
}

Result<std::optional<Story>> EventStore::ReadStory(std::string_view story_id) {
  auto row = db_->sqlite.Prepare(
      "SELECT story_id, date, title, source, url, text FROM stories WHERE story_id = ?1");
  if (!row.ok()) return row.status();
  row->Bind(1, story_id);
  Status status;
  std::optional<Story> story;
  if (row->Step(&status)) {
    story.emplace();
    story->id = row->Text(0);
    story->date = DateOrEpoch(row->Text(1));
    story->title = row->OptionalText(2);
    story->source = row->OptionalText(3);
    story->url = row->OptionalText(4);
    story->text = row->Text(5);
  }
  if (!status.ok()) return WithRecoveryAdvice(status, db_->sqlite.path(), kReadStopped);
  return story;
}

Status EventStore::ForEachEvent(const EventFilter& filter,
                                const std::function<bool(const StoredEvent&)>& visit) {
  return WithRecoveryAdvice(ForEachStoredEvent(&db_->sqlite, filter, visit), db_->sqlite.path(),
                            kEventsCut);
}

Result<std::vector<TopRow>> EventStore::Top(const EventFilter& filter, TopKey by, int64_t n) {
  auto rows = QueryTop(&db_->sqlite, filter, by, n);
  if (!rows.ok()) return WithRecoveryAdvice(rows.status(), db_->sqlite.path(), kReadStopped);
  return rows;
}

Result<std::vector<SeriesPoint>> EventStore::Series(const SeriesQuery& query) {
  auto series = QuerySeries(&db_->sqlite, query);
  if (!series.ok()) return WithRecoveryAdvice(series.status(), db_->sqlite.path(), kReadStopped);
  return series;
}

Result<StoreCounts> EventStore::Counts() {
  StoreCounts counts;
  for (auto [table, count] :
       {std::pair{"stories", &counts.stories}, std::pair{"events", &counts.events},
        std::pair{"mentions", &counts.mentions}}) {
    auto n = db_->sqlite.QueryInt(std::string("SELECT count(*) FROM ") + table);
    if (!n.ok()) return n.status();
    *count = *n;
  }
  return counts;
}

}  // namespace tacitus
