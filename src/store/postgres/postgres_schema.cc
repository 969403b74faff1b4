#include "store/postgres/postgres_schema.h"

#include <string_view>
#include <vector>

#include "store/event_sql.h"

namespace tacitus {
namespace {

// Migration 1, the first schema: stories, events, mentions and sentences.
std::string FirstSchema() {
  return R"sql(
CREATE TABLE tacitus_schema(version integer NOT NULL);
CREATE TABLE stories(
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  story_id text COLLATE "C" NOT NULL UNIQUE,
  date text COLLATE "C" NOT NULL,
  source text COLLATE "C", url text COLLATE "C", title text COLLATE "C",
  text text COLLATE "C" NOT NULL,
  content_hash text COLLATE "C" NOT NULL,
  dict_version text COLLATE "C" NOT NULL);
CREATE INDEX stories_dict_version ON stories(dict_version);
CREATE INDEX stories_words ON stories USING gin ()sql" +
         std::string(kPostgresStoryWords) + R"sql();
CREATE TABLE events(
  id bigint PRIMARY KEY,
  date text COLLATE "C" NOT NULL,
  precision text COLLATE "C" NOT NULL,
  source text COLLATE "C" NOT NULL,
  target text COLLATE "C" NOT NULL,
  code text COLLATE "C" NOT NULL,
  quad_class integer NOT NULL,
  goldstein double precision NOT NULL,
  plover text COLLATE "C" NOT NULL,
  country text COLLATE "C" NOT NULL,
  place text COLLATE "C", admin1 text COLLATE "C", lat double precision, lon double precision,
  num_mentions bigint NOT NULL DEFAULT 0,
  num_sources bigint NOT NULL DEFAULT 0,
  num_articles bigint NOT NULL DEFAULT 0,
  first_seen text COLLATE "C", last_seen text COLLATE "C",
  dict_version text COLLATE "C" NOT NULL DEFAULT '');
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source ON events(source, target, date);
CREATE INDEX events_target ON events(target, source, date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_country ON events(country);
CREATE TABLE mentions(
  story bigint NOT NULL,
  ordinal integer NOT NULL,
  event bigint NOT NULL,
  sentence integer NOT NULL,
  source_begin bigint NOT NULL, source_end bigint NOT NULL,
  verb_begin bigint NOT NULL, verb_end bigint NOT NULL,
  target_begin bigint NOT NULL, target_end bigint NOT NULL,
  date_begin bigint NOT NULL, date_end bigint NOT NULL,
  pattern text COLLATE "C" NOT NULL,
  matched text COLLATE "C" NOT NULL,
  issues text COLLATE "C" NOT NULL,
  dict_version text COLLATE "C" NOT NULL,
  PRIMARY KEY(story, ordinal));
CREATE INDEX mentions_event ON mentions(event, story);
CREATE TABLE sentences(
  story bigint NOT NULL,
  sentence integer NOT NULL,
  text text COLLATE "C" NOT NULL,
  PRIMARY KEY(story, sentence));
CREATE INDEX sentences_words ON sentences USING gin ()sql" +
         std::string(kPostgresSentenceWords) + ");\n";
}

// The migrations in order: Migrations()[i] takes version i to version i + 1. A later schema
// appends its ALTERs here; a written one never changes.
const std::vector<std::string>& Migrations() {
  static const auto* const migrations = new std::vector<std::string>{FirstSchema()};
  return *migrations;
}

// The tables of a store: a database that holds one of them without tacitus_schema is something
// else, which the store does not write into.
constexpr std::string_view kStoreTables = "'stories', 'events', 'mentions', 'sentences'";

// Any number that other users of the database are unlikely to lock: "tacitus" in ASCII.
constexpr std::string_view kSchemaLock = "SELECT pg_advisory_xact_lock(127961628505205)";

}  // namespace

int PostgresSchemaVersion() { return static_cast<int>(Migrations().size()); }

Status EnsurePostgresSchema(pqxx::connection& connection, const std::string& location,
                            EventStore::Mode mode) {
  const int latest = PostgresSchemaVersion();
  const bool writing = mode == EventStore::kReadWrite;
  pqxx::work tx(connection);
  if (writing) tx.exec(std::string(kSchemaLock));  // one process creates or migrates at a time
  int version = 0;
  if (tx.exec("SELECT to_regclass('tacitus_schema')")[0][0].is_null()) {
    const pqxx::result others = tx.exec(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND "
        "tablename IN (" +
        std::string(kStoreTables) + ")");
    if (others[0][0].as<int64_t>() != 0) {
      return Status::Error(location +
                           ": not a tacitus event store (it has tables of the store's "
                           "names but no tacitus_schema)");
    }
    if (!writing) {
      return Status::Error(StatusCode::kNotFound,
                           location +
                               ": no event store in this database (create it with tacitus "
                               "ingest)");
    }
  } else {
    version = tx.exec("SELECT max(version) FROM tacitus_schema")[0][0].as<int>(0);
  }
  if (version > latest) {
    return Status::Error(location + ": event store schema " + std::to_string(version) +
                         ", this tacitus reads schema " + std::to_string(latest));
  }
  if (version == latest) return Status::Ok();
  if (!writing) {
    return Status::Error(location + ": event store schema " + std::to_string(version) +
                         ", this tacitus reads schema " + std::to_string(latest) +
                         "; upgrade it by opening it for writing once: tacitus recode --db URI");
  }
  for (int next = version; next < latest; ++next) tx.exec(Migrations()[next]);
  tx.exec("DELETE FROM tacitus_schema; INSERT INTO tacitus_schema VALUES (" +
          std::to_string(latest) + ")");
  tx.commit();
  return Status::Ok();
}

}  // namespace tacitus
