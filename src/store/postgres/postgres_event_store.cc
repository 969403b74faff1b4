#include "store/postgres/postgres_event_store.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "base/strings.h"
#include "base/utf8.h"
#include "store/event_sql.h"
#include "store/postgres/postgres_schema.h"
#include "store/postgres/postgres_session.h"
#include "store/store_writes.h"

namespace tacitus {
namespace {

// The columns of an event that identify and describe it, without its counts: what the commit
// upserts.
constexpr std::string_view kEventColumns =
    "id, date, precision, source, target, code, quad_class, goldstein, plover, country, place, "
    "admin1, lat, lon";
constexpr size_t kEventColumnCount = 14;

// Rows a multi-row INSERT carries at most: PostgreSQL takes up to 65535 parameters.
constexpr size_t kRowsPerInsert = 1000;

struct EventRow {
  std::string date, precision, source, target, code;
  int64_t quad_class = 0;
  double goldstein = 0;
  std::string plover, country;
  std::optional<std::string> place, admin1;
  std::optional<double> lat, lon;
};

std::optional<std::string> NullIfEmpty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

EventRow RowOf(const Event& event) {
  EventRow row{.date = event.date.date.ToString(),
               .precision = std::string(DatePrecisionName(event.date.precision)),
               .source = event.source,
               .target = event.target,
               .code = event.code,
               .quad_class = event.quad_class,
               .goldstein = event.goldstein,
               .plover = event.plover,
               .country = "",
               .place = std::nullopt,
               .admin1 = std::nullopt,
               .lat = std::nullopt,
               .lon = std::nullopt};
  if (event.place) {
    row.country = AsciiUppercase(event.place->country);
    row.place = NullIfEmpty(event.place->name);
    row.admin1 = NullIfEmpty(event.place->admin1);
    row.lat = event.place->lat;
    row.lon = event.place->lon;
  }
  return row;
}

// "($1, $2, ...), ($15, ...)": `rows` rows of `columns` parameters.
std::string ValuesList(size_t rows, size_t columns) {
  std::string values;
  size_t next = 1;
  for (size_t row = 0; row < rows; ++row) {
    values += row ? ", (" : "(";
    for (size_t column = 0; column < columns; ++column) {
      if (column) values += ", ";
      values += '$';
      values += std::to_string(next++);
    }
    values += ")";
  }
  return values;
}

// The parameters of the statements insert_story and update_story: `key` ($1: the story id, or
// the rowid of the story to overwrite), then the story's fields, its content hash and version.
PgParams StoryParams(std::string_view key, const Story& story, const std::string& hash,
                     std::string_view dict_version) {
  PgParams params;
  params.Add(key).Add(story.date.ToString()).AddOptional(story.source).AddOptional(story.url);
  params.AddOptional(story.title).Add(story.text).Add(hash).Add(dict_version);
  return params;
}

// kInvalidArgument, writing nothing, for a story PostgreSQL text cannot hold.
Status CheckStorableText(const Story& story) {
  const auto bad = [](std::string_view text) {
    return text.find('\0') != std::string_view::npos ||
           FindInvalidUtf8(text) != std::string_view::npos;
  };
  if (bad(story.id)) {
    return Status::Error(StatusCode::kInvalidArgument,
                         "the story id holds a NUL byte or is not UTF-8, which the PostgreSQL "
                         "store cannot hold");
  }
  for (const auto& [field, name] :
       {std::pair{&story.title, "title"}, std::pair{&story.source, "source"},
        std::pair{&story.url, "url"}}) {
    if (field->has_value() && bad(**field)) {
      return Status::Error(StatusCode::kInvalidArgument,
                           std::string("the story's ") + name +
                               " holds a NUL byte or is not UTF-8, which the PostgreSQL store "
                               "cannot hold");
    }
  }
  if (bad(story.text)) {
    return Status::Error(StatusCode::kInvalidArgument,
                         "the story's text holds a NUL byte or is not UTF-8, which the "
                         "PostgreSQL store cannot hold");
  }
  return Status::Ok();
}

class PostgresEventStore final : public EventStore {
 public:
  PostgresEventStore(std::unique_ptr<pqxx::connection> connection, std::string location)
      : connection_(std::move(connection)), location_(std::move(location)) {}

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

 private:
  // Runs `body` on the batch's transaction, or else on a transaction of its own that it
  // commits; any libpqxx exception becomes a Status naming the location. A failure inside a
  // batch leaves the batch to fail at its commit (PostgreSQL refuses the rest of a failed
  // transaction).
  Status Run(const std::function<Status(pqxx::transaction_base&)>& body);
  // The story of `story_id`, locked until the batch ends: (rowid, content hash, dict version).
  std::optional<std::tuple<int64_t, std::string, std::string>> LockStory(
      pqxx::transaction_base& tx, const std::string& story_id);
  // Deletes the mentions and sentences of stored story `rowid`, marking their events for the
  // commit and, with tracking on, keeping each as it was before the batch.
  Status ForgetMentions(pqxx::transaction_base& tx, int64_t rowid);
  // Writes the mentions of `events` from `first_ordinal` on, and their sentences, marking their
  // events for the commit.
  void AddMentions(pqxx::transaction_base& tx, int64_t rowid, const Story& story,
                   std::span<const Event> events, size_t first_ordinal,
                   std::string_view dict_version);
  // Upserts the touched events in ascending id order (their row locks), counts them again,
  // deletes those without mentions.
  void SettleTouchedEvents(pqxx::transaction_base& tx);

  std::unique_ptr<pqxx::connection> connection_;
  std::string location_;  // redacted
  std::unique_ptr<pqxx::work> batch_;
  std::optional<OpenStory> open_story_;
  // Events whose counts this batch changed, by id (the order their locks are taken in), with
  // what the commit upserts.
  std::map<int64_t, EventRow> touched_;
  std::set<int64_t> sentences_stored_;  // of the open story
  EventSetChanges* tracked_ = nullptr;
  BatchChanges batch_changes_;
};

Status PostgresEventStore::Run(const std::function<Status(pqxx::transaction_base&)>& body) {
  try {
    if (batch_) return body(*batch_);
    pqxx::read_transaction tx(*connection_);
    Status status = body(tx);
    tx.commit();
    return status;
  } catch (...) {
    return CurrentPgError(location_);
  }
}

Status PostgresEventStore::BeginBatch() {
  if (batch_) {
    return Status::Error(StatusCode::kFailedPrecondition, "EventStore: batch already begun");
  }
  try {
    batch_ = std::make_unique<pqxx::work>(*connection_);
  } catch (...) {
    return CurrentPgError(location_);
  }
  return Status::Ok();
}

Result<std::optional<StoredStoryHeader>> PostgresEventStore::FindStory(std::string_view story_id) {
  std::optional<StoredStoryHeader> stored;
  if (story_id.find('\0') != std::string_view::npos ||
      FindInvalidUtf8(story_id) != std::string_view::npos) {
    return stored;  // an id the store cannot hold is not stored
  }
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    const pqxx::result rows = tx.exec_prepared("find_story", PgParams().Add(story_id).Dynamic());
    if (!rows.empty()) {
      const PgRow row(rows[0]);
      stored = StoredStoryHeader{.date = DateOrEpoch(row.Text(0)),
                                 .content_hash = std::string(row.Text(1)),
                                 .dict_version = std::string(row.Text(2)),
                                 .opening = Opening(row.Text(3))};
    }
    return Status::Ok();
  }));
  return stored;
}

std::optional<std::tuple<int64_t, std::string, std::string>> PostgresEventStore::LockStory(
    pqxx::transaction_base& tx, const std::string& story_id) {
  const pqxx::result rows = tx.exec_params(
      "SELECT id, content_hash, dict_version FROM stories WHERE story_id = $1 FOR UPDATE",
      story_id);
  if (rows.empty()) return std::nullopt;
  return std::tuple{rows[0][0].as<int64_t>(), rows[0][1].as<std::string>(),
                    rows[0][2].as<std::string>()};
}

Result<StoryChange> PostgresEventStore::AddStory(const Story& story, std::span<const Event> events,
                                                 std::string_view dict_version) {
  if (!batch_) {
    return Status::Error(StatusCode::kFailedPrecondition, "EventStore: AddStory outside a batch");
  }
  open_story_.reset();
  TACITUS_RETURN_IF_ERROR(CheckDatesStorable(story, events));
  TACITUS_RETURN_IF_ERROR(CheckStorableText(story));
  const std::string hash = StoryContentHash(story);
  StoryChange change = StoryChange::kAdded;
  int64_t rowid = 0;
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    // A new story is inserted at once; a stored one (by this writer or another, who is waited
    // for) is locked, to be replaced.
    std::optional<std::tuple<int64_t, std::string, std::string>> stored;
    const pqxx::result inserted = tx.exec_prepared(
        "insert_story", StoryParams(story.id, story, hash, dict_version).Dynamic());
    if (!inserted.empty()) {
      rowid = inserted[0][0].as<int64_t>();
    } else {
      stored = LockStory(tx, story.id);
      if (!stored) {
        return Status::Error(StatusCode::kIoError,
                             location_ + ": story " + story.id +
                                 " was stored by another writer, then removed; store it again");
      }
    }
    if (!stored) return Status::Ok();
    const auto& [stored_rowid, stored_hash, stored_version] = *stored;
    rowid = stored_rowid;
    if (stored_hash == hash && stored_version == dict_version) {
      change = StoryChange::kUnchanged;
      return Status::Ok();
    }
    change = StoryChange::kReplaced;
    if (stored_hash == hash) {
      // Recoded: only the version changes, so the text is not indexed again.
      tx.exec_params("UPDATE stories SET dict_version = $2 WHERE id = $1", rowid,
                     std::string(dict_version));
    } else {
      tx.exec_prepared("update_story",
                       StoryParams(std::to_string(rowid), story, hash, dict_version).Dynamic());
    }
    return ForgetMentions(tx, rowid);
  }));
  if (change == StoryChange::kUnchanged) return change;
  sentences_stored_.clear();
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    AddMentions(tx, rowid, story, events, 0, dict_version);
    return Status::Ok();
  }));
  open_story_ = OpenStory{.id = story.id, .rowid = rowid, .next_ordinal = events.size()};
  return change;
}

Status PostgresEventStore::AddMoreEvents(const Story& story, std::span<const Event> events,
                                         std::string_view dict_version) {
  TACITUS_RETURN_IF_ERROR(CheckMoreEvents(batch_ != nullptr, open_story_, story.id));
  TACITUS_RETURN_IF_ERROR(CheckDatesStorable(story, events));
  OpenStory& open = *open_story_;
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    AddMentions(tx, open.rowid, story, events, open.next_ordinal, dict_version);
    return Status::Ok();
  }));
  open.next_ordinal += events.size();
  return Status::Ok();
}

Status PostgresEventStore::ForgetMentions(pqxx::transaction_base& tx, int64_t rowid) {
  const pqxx::result old =
      tx.exec_params("SELECT " + std::string(kEventColumns) +
                         " FROM events WHERE id IN (SELECT event FROM mentions WHERE story = $1)",
                     rowid);
  std::vector<int64_t> unseen;  // events this batch touches for the first time
  for (const pqxx::row& found : old) {
    const PgRow row(found);
    const int64_t id = row.Int(0);
    EventRow event{.date = std::string(row.Text(1)),
                   .precision = std::string(row.Text(2)),
                   .source = std::string(row.Text(3)),
                   .target = std::string(row.Text(4)),
                   .code = std::string(row.Text(5)),
                   .quad_class = row.Int(6),
                   .goldstein = row.Real(7),
                   .plover = std::string(row.Text(8)),
                   .country = std::string(row.Text(9)),
                   .place = row.OptionalText(10),
                   .admin1 = row.OptionalText(11),
                   .lat = row.OptionalReal(12),
                   .lon = row.OptionalReal(13)};
    if (touched_.emplace(id, std::move(event)).second) unseen.push_back(id);
  }
  if (tracked_ != nullptr) {
    // Untouched until now, the event is as it was before the batch.
    for (const int64_t id : unseen) {
      auto before = FindEvent(id);
      if (!before.ok()) return before.status();
      if (before->has_value()) batch_changes_.Before(id, std::move(**before));
    }
  }
  tx.exec_params("DELETE FROM mentions WHERE story = $1", rowid);
  tx.exec_params("DELETE FROM sentences WHERE story = $1", rowid);
  return Status::Ok();
}

void PostgresEventStore::AddMentions(pqxx::transaction_base& tx, int64_t rowid, const Story& story,
                                     std::span<const Event> events, size_t first_ordinal,
                                     std::string_view dict_version) {
  constexpr size_t kMentionColumns = 16;
  for (size_t begin = 0; begin < events.size(); begin += kRowsPerInsert) {
    const size_t end = std::min(events.size(), begin + kRowsPerInsert);
    PgParams params;
    for (size_t i = begin; i < end; ++i) {
      const Event& event = events[i];
      const int64_t id = EventKeyHash(event);
      touched_.try_emplace(id, RowOf(event));
      params.Add(rowid).Add(static_cast<int64_t>(first_ordinal + i)).Add(id);
      params.Add(static_cast<int64_t>(event.sentence));
      for (const Span& span :
           {event.source_span, event.verb_span, event.target_span, event.date.span}) {
        params.Add(static_cast<int64_t>(span.begin)).Add(static_cast<int64_t>(span.end));
      }
      params.Add(event.pattern).Add(MatchedText(event)).Add(IssuesText(event.issues));
      params.Add(dict_version);
    }
    tx.exec_params(
        "INSERT INTO mentions(story, ordinal, event, sentence, source_begin, source_end, "
        "verb_begin, verb_end, target_begin, target_end, date_begin, date_end, pattern, "
        "matched, issues, dict_version) VALUES " +
            ValuesList(end - begin, kMentionColumns),
        params.Dynamic());
  }
  // The sentences that report them, each once; past the millionth of a story they are not
  // kept, as in the SQLite store.
  PgParams sentences;
  size_t rows = 0;
  for (const Event& event : events) {
    const Span span = event.sentence_span;
    if (event.sentence >= kMaxSentences || span.end > story.text.size()) continue;
    if (!sentences_stored_.insert(event.sentence).second) continue;
    sentences.Add(rowid).Add(static_cast<int64_t>(event.sentence));
    sentences.Add(std::string_view(story.text).substr(span.begin, span.size()));
    ++rows;
  }
  if (rows > 0) {
    tx.exec_params("INSERT INTO sentences(story, sentence, text) VALUES " + ValuesList(rows, 3),
                   sentences.Dynamic());
  }
}

void PostgresEventStore::SettleTouchedEvents(pqxx::transaction_base& tx) {
  // Every touched event's row lock, in ascending id order: the upsert inserts a new event (other
  // writers of it wait for this commit) or locks the stored row (DO UPDATE).
  std::vector<int64_t> ids;
  ids.reserve(touched_.size());
  auto next = touched_.begin();
  while (next != touched_.end()) {
    PgParams params;
    size_t rows = 0;
    for (; next != touched_.end() && rows < kRowsPerInsert; ++next) {
      ids.push_back(next->first);
      const EventRow& e = next->second;
      params.Add(next->first).Add(e.date).Add(e.precision).Add(e.source).Add(e.target);
      params.Add(e.code).Add(e.quad_class).Add(e.goldstein).Add(e.plover).Add(e.country);
      params.AddOptional(e.place).AddOptional(e.admin1).AddOptional(e.lat).AddOptional(e.lon);
      ++rows;
    }
    const pqxx::result upserted = tx.exec_params(
        "INSERT INTO events(" + std::string(kEventColumns) + ") VALUES " +
            ValuesList(rows, kEventColumnCount) +
            " ON CONFLICT (id) DO UPDATE SET id = excluded.id RETURNING id, xmax = 0",
        params.Dynamic());
    if (tracked_ == nullptr) continue;
    for (const pqxx::row& row : upserted) {
      if (row[1].as<bool>()) batch_changes_.Created(row[0].as<int64_t>());
    }
  }
  // A statement of its own, so a snapshot taken with the locks held: it sees the mentions of
  // every writer that committed these events before.
  tx.exec_params(
      "UPDATE events e SET num_mentions = c.mentions, num_articles = c.articles, "
      "num_sources = c.sources, first_seen = c.first_seen, last_seen = c.last_seen, "
      "dict_version = c.versions FROM (SELECT t.id, count(m.event) AS mentions, "
      "count(DISTINCT m.story) AS articles, "
      "count(DISTINCT coalesce(s.source, '')) FILTER (WHERE s.id IS NOT NULL) AS sources, "
      "min(s.date) AS first_seen, max(s.date) AS last_seen, "
      "coalesce(string_agg(DISTINCT m.dict_version, ','), '') AS versions "
      "FROM unnest($1::bigint[]) AS t(id) LEFT JOIN mentions m ON m.event = t.id "
      "LEFT JOIN stories s ON s.id = m.story GROUP BY t.id) c WHERE e.id = c.id",
      PgParams().AddArray(ids).Dynamic());
  const pqxx::result deleted = tx.exec_params(
      "DELETE FROM events WHERE id = ANY($1::bigint[]) AND num_mentions = 0 RETURNING id",
      PgParams().AddArray(ids).Dynamic());
  if (tracked_ != nullptr) {
    for (const pqxx::row& row : deleted) batch_changes_.Deleted(row[0].as<int64_t>());
  }
}

Status PostgresEventStore::CommitBatch() {
  if (!batch_) {
    return Status::Error(StatusCode::kFailedPrecondition, "EventStore: no batch to commit");
  }
  open_story_.reset();
  Status status;
  try {
    SettleTouchedEvents(*batch_);
    batch_->commit();
  } catch (...) {
    status = CurrentPgError(location_);
  }
  touched_.clear();
  batch_.reset();  // rolls back what was not committed
  if (!status.ok()) {
    batch_changes_.Clear();
    return status;
  }
  batch_changes_.CommitTo(tracked_);
  return Status::Ok();
}

Result<int64_t> PostgresEventStore::CountStoriesToRecode(std::string_view dict_version) {
  int64_t count = 0;
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    count = tx.exec_params("SELECT count(*) FROM stories WHERE dict_version <> $1",
                           std::string(dict_version))[0][0]
                .as<int64_t>();
    return Status::Ok();
  }));
  return count;
}

Status PostgresEventStore::ReadStoriesToRecode(std::string_view dict_version, int64_t* cursor,
                                               size_t max, size_t max_bytes,
                                               std::vector<Story>* stories) {
  stories->clear();
  return Run([&](pqxx::transaction_base& tx) {
    // The server drops the stories past the one that brings the page to max_bytes, so that
    // their texts are never sent (a page of long stories would otherwise arrive whole).
    const pqxx::result page = tx.exec_params(
        "SELECT id, story_id, date, title, source, url, text FROM ("
        " SELECT id, story_id, date, title, source, url, text,"
        "  sum(octet_length(text)) OVER (ORDER BY id) - octet_length(text) AS bytes_before"
        " FROM stories WHERE id > $1 AND dict_version <> $2 ORDER BY id LIMIT $3) page "
        "WHERE bytes_before < $4 ORDER BY id",
        PgParams()
            .Add(*cursor)
            .Add(dict_version)
            .Add(static_cast<int64_t>(std::min<size_t>(max, INT64_MAX)))
            .Add(static_cast<int64_t>(std::min<size_t>(max_bytes, INT64_MAX)))
            .Dynamic());
    size_t bytes = 0;
    for (const pqxx::row& found : page) {
      if (bytes >= max_bytes) break;
      const PgRow row(found);
      *cursor = row.Int(0);
      Story& story = stories->emplace_back();
      ReadStoredStory(row, 1, &story);
      bytes += story.text.size();
    }
    return Status::Ok();
  });
}

Result<std::optional<StoredEvent>> PostgresEventStore::FindEvent(int64_t id) {
  std::optional<StoredEvent> event;
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    const pqxx::result rows = tx.exec_prepared("find_event", id);
    if (!rows.empty()) ReadStoredEvent(PgRow(rows[0]), &event.emplace());
    return Status::Ok();
  }));
  return event;
}

Result<std::vector<StoredMention>> PostgresEventStore::MentionsOf(int64_t event_id, size_t max) {
  std::vector<StoredMention> mentions;
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    const pqxx::result rows = tx.exec_params(
        MentionSelect("f.text") +
            " LEFT JOIN sentences f ON f.story = m.story AND f.sentence = m.sentence "
            "WHERE m.event = $1 ORDER BY s.date, s.story_id, m.ordinal LIMIT $2",
        event_id, static_cast<int64_t>(std::min<size_t>(max, INT64_MAX)));
    for (const pqxx::row& row : rows) ReadStoredMention(PgRow(row), &mentions.emplace_back());
    return Status::Ok();
  }));
  return mentions;
}

Result<std::optional<Story>> PostgresEventStore::ReadStory(std::string_view story_id) {
  std::optional<Story> story;
  if (story_id.find('\0') != std::string_view::npos ||
      FindInvalidUtf8(story_id) != std::string_view::npos) {
    return story;
  }
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    const pqxx::result rows =
        tx.exec_params(std::string(kStorySelect) + " WHERE story_id = $1", std::string(story_id));
    if (!rows.empty()) ReadStoredStory(PgRow(rows[0]), 0, &story.emplace());
    return Status::Ok();
  }));
  return story;
}

Status PostgresEventStore::ForEachEvent(const EventFilter& filter,
                                        const std::function<bool(const StoredEvent&)>& visit) {
  const WhereClause where = BuildWhere(filter, SqlDialect::kPostgres);
  std::string sql = StoredEventSelect() + where.sql() + std::string(kEventOrder);
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  PgParams params;
  for (const std::string& value : where.values()) params.Add(value);
  return Run([&](pqxx::transaction_base& tx) {
    StoredEvent event;
    ForEachRow(tx, sql, params, [&](const pqxx::row& row) {
      ReadStoredEvent(PgRow(row), &event);
      return visit(event);
    });
    return Status::Ok();
  });
}

Result<std::vector<TopRow>> PostgresEventStore::Top(const EventFilter& filter, TopKey by,
                                                    int64_t n) {
  const WhereClause where = TopWhere(filter, by, SqlDialect::kPostgres);
  PgParams params;
  for (const std::string& value : where.values()) params.Add(value);
  std::vector<TopRow> rows;
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    for (const pqxx::row& found : tx.exec_params(TopSql(where, by, n), params.Dynamic())) {
      const PgRow row(found);
      rows.push_back(
          {.key = std::string(row.Text(0)), .events = row.Int(1), .mentions = row.Int(2)});
    }
    return Status::Ok();
  }));
  return rows;
}

Result<std::vector<SeriesPoint>> PostgresEventStore::Series(const SeriesQuery& query) {
  const WhereClause where = BuildWhere(SeriesFilter(query), SqlDialect::kPostgres);
  PgParams params;
  for (const std::string& value : where.values()) params.Add(value);
  SeriesBuilder series(query.unit);
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    ForEachRow(tx, SeriesSql(where), params, [&](const pqxx::row& found) {
      const PgRow row(found);
      series.Add(row.Int(0), row.Text(1), row.Int(2), row.Real(3), row.Int(4), row.Int(5));
      return true;
    });
    return Status::Ok();
  }));
  return series.Finish();
}

Result<StoreCounts> PostgresEventStore::Counts() {
  StoreCounts counts;
  TACITUS_RETURN_IF_ERROR(Run([&](pqxx::transaction_base& tx) {
    const pqxx::row row = tx.exec(
        "SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM mentions)")[0];
    counts = {.stories = row[0].as<int64_t>(),
              .events = row[1].as<int64_t>(),
              .mentions = row[2].as<int64_t>()};
    return Status::Ok();
  }));
  return counts;
}

}  // namespace

Result<std::unique_ptr<EventStore>> OpenPostgresEventStore(const std::string& uri,
                                                           EventStore::Mode mode) {
  const std::string location = RedactedLocation(uri);
  try {
    auto connection = std::make_unique<pqxx::connection>(uri);
    connection->set_variable("client_min_messages", "warning");
    TACITUS_RETURN_IF_ERROR(EnsurePostgresSchema(*connection, location, mode));
    connection->prepare("find_story",
                        "SELECT date, content_hash, dict_version, left(text, 200) FROM stories "
                        "WHERE story_id = $1");
    connection->prepare("insert_story",
                        "INSERT INTO stories(story_id, date, source, url, title, text, "
                        "content_hash, dict_version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
                        "ON CONFLICT (story_id) DO NOTHING RETURNING id");
    connection->prepare("update_story",
                        "UPDATE stories SET date = $2, source = $3, url = $4, title = $5, "
                        "text = $6, content_hash = $7, dict_version = $8 WHERE id = $1");
    connection->prepare("find_event", StoredEventSelect() + " WHERE e.id = $1");
    return std::unique_ptr<EventStore>(new PostgresEventStore(std::move(connection), location));
  } catch (...) {
    return CurrentPgError(location);
  }
}

}  // namespace tacitus
