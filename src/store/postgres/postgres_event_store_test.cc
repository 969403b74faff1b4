// What only the PostgreSQL store has to show: its location without the password, its schema
// versions, its failures as Status, and exact counts under several writers at once. The store's
// behaviour shared with SQLite is tested over both stores in ../event_store_test.cc and
// ../event_store_recode_test.cc.
#include "store/postgres/postgres_event_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <pqxx/pqxx>
#include <string>
#include <thread>
#include <vector>

#include "store/postgres/postgres_schema.h"
#include "store/postgres/postgres_session.h"
#include "store/postgres/postgres_testing.h"
#include "store/store_testing.h"

namespace tacitus {
namespace {

using testing::MakeEvent;
using testing::MakeStory;
using testing::PostgresTestServer;
using testing::StoreKind;
using testing::TestStore;

TEST(PostgresLocation, LeavesOutThePassword) {
  EXPECT_EQ(RedactedLocation("postgresql://ann:s3cret@db.example:5433/events"),
            "postgresql://ann@db.example:5433/events");
  EXPECT_EQ(RedactedLocation("postgres://db/events?sslmode=require&password=s3cret&x=1"),
            "postgres://db/events?sslmode=require&password=***&x=1");
  EXPECT_EQ(RedactedLocation("postgres:///events"), "postgres:///events");
  EXPECT_EQ(RedactedLocation("postgresql://ann@[::1]:5432/events"),
            "postgresql://ann@[::1]:5432/events");
}

TEST(PostgresLocation, OnlyPostgresUrisGoToThePostgresStore) {
  EXPECT_TRUE(IsPostgresLocation("postgresql://localhost/events"));
  EXPECT_TRUE(IsPostgresLocation("postgres:///events"));
  EXPECT_FALSE(IsPostgresLocation("events.db"));
  EXPECT_FALSE(IsPostgresLocation("postgres.db"));
  EXPECT_FALSE(IsPostgresLocation("./postgresql://x"));
}

class PostgresStore : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const std::string why = PostgresTestServer::Unavailable(); !why.empty()) {
      GTEST_SKIP() << why;
    }
    db_.emplace(StoreKind::kPostgres);
    ASSERT_FALSE(db_->location().empty());
  }
  // Runs `sql` on the store's database, outside the store.
  void Exec(const std::string& sql) {
    pqxx::connection connection(db_->location());
    pqxx::nontransaction(connection).exec(sql);
  }
  std::optional<TestStore> db_;
};

TEST_F(PostgresStore, AConnectionErrorNamesTheLocationWithoutThePassword) {
  // A port nothing listens on: the server's own port, plus one, is as good as any.
  const std::string uri = PostgresTestServer::Uri("events");
  const size_t port_at = uri.rfind(':') + 1;
  const int port = std::stoi(uri.substr(port_at)) + 1;
  const std::string port_text = std::to_string(port);
  const std::string location = "postgresql://tacitus:s3cret@127.0.0.1:" + port_text;
  auto store = EventStore::Open(location + "/events", EventStore::kReadWrite);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  const std::string& message = store.status().message();
  EXPECT_TRUE(message.starts_with("postgresql://tacitus@127.0.0.1:" + port_text + "/events: "))
      << message;
  EXPECT_EQ(message.find("s3cret"), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
}

TEST_F(PostgresStore, ReadingADatabaseWithoutAStoreIsNotFound) {
  auto store = EventStore::Open(db_->location(), EventStore::kReadOnly);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kNotFound) << store.status().message();
  EXPECT_NE(store.status().message().find("tacitus ingest"), std::string::npos);
  // Writing creates it; then reading works.
  ASSERT_NE(db_->Open(), nullptr);
  EXPECT_TRUE(EventStore::Open(db_->location(), EventStore::kReadOnly).ok());
}

TEST_F(PostgresStore, RefusesANewerSchema) {
  ASSERT_NE(db_->Open(), nullptr);
  Exec("UPDATE tacitus_schema SET version = 99");
  for (const auto mode : {EventStore::kReadOnly, EventStore::kReadWrite}) {
    auto store = EventStore::Open(db_->location(), mode);
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.status().message().find("event store schema 99, this tacitus reads schema " +
                                            std::to_string(PostgresSchemaVersion())),
              std::string::npos)
        << store.status().message();
  }
}

TEST_F(PostgresStore, RefusesTablesOfTheStoresNamesThatAreNotAStore) {
  Exec("CREATE TABLE events(x integer)");
  auto store = EventStore::Open(db_->location(), EventStore::kReadWrite);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not a tacitus event store"), std::string::npos)
      << store.status().message();
  EXPECT_EQ(db_->Column("SELECT count(*) FROM events"), std::vector<std::string>{"0"});
}

TEST_F(PostgresStore, WritersOpeningANewDatabaseAtOnceMakeOneSchema) {
  std::vector<std::thread> openers;
  std::vector<std::string> failures(4);
  for (size_t i = 0; i < failures.size(); ++i) {
    openers.emplace_back([&, i] {
      auto store = EventStore::Open(db_->location(), EventStore::kReadWrite);
      if (!store.ok()) failures[i] = store.status().message();
    });
  }
  for (std::thread& opener : openers) opener.join();
  EXPECT_EQ(failures, std::vector<std::string>(4));
  EXPECT_EQ(db_->Column("SELECT count(*) FROM tacitus_schema"), std::vector<std::string>{"1"});
}

TEST_F(PostgresStore, ALostConnectionIsAStatusAndAnotherOpenWorks) {
  auto store = db_->Open();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->BeginBatch().ok());
  const Story story = MakeStory("a", "2023-11-08", "Putin met Xi.");
  ASSERT_TRUE(
      store->AddStory(story, std::vector<Event>{MakeEvent(story, "RUS", "CHN", "040", 1, 1)}, "v1")
          .ok());
  // The server ends every other connection to the database, as a restart would.
  Exec(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
      "WHERE datname = current_database() AND pid <> pg_backend_pid()");
  const Status commit = store->CommitBatch();
  ASSERT_FALSE(commit.ok());
  EXPECT_EQ(commit.code(), StatusCode::kIoError) << commit.message();
  EXPECT_TRUE(commit.message().starts_with(db_->location() + ": ")) << commit.message();
  auto again = db_->Open();
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->Counts()->stories, 0);  // the batch was lost, whole
}

// Several writers, each with its own connection, store stories that report the same events, in
// batches whose events come in different orders, and replace some of their stories; the counts
// must be those that one writer storing the same stories leaves.
TEST_F(PostgresStore, ConcurrentWritersLeaveTheCountsOfOneWriter) {
  constexpr int kWriters = 6, kBatches = 50, kStoriesPerBatch = 2, kEvents = 4;
  // Story `story` of writer `writer`, in its `version` (0, or 1 when replaced), and its events.
  const auto story_of = [](int writer, int story, int version) {
    const std::string number = std::to_string(story);
    return MakeStory(
        std::string("w").append(std::to_string(writer)).append("-").append(number),
        std::string("2023-11-").append(std::to_string(10 + story % 5)),
        std::string("Story ").append(number).append(" version ").append(std::to_string(version)),
        std::string("wire").append(std::to_string(writer % 3)));
  };
  const auto events_of = [&](const Story& story, int writer, int index, int version) {
    std::vector<Event> events;
    for (int k = 0; k < 4; ++k) {
      // Events shared among writers; writers walk the pool in opposite directions.
      const int walk = writer % 2 == 0 ? index + k * 5 : version - index - k * 7;
      const int pick = (walk % kEvents + kEvents) % kEvents;
      events.push_back(MakeEvent(story, "RUS", "CHN", std::to_string(40 + pick), 1, 1.0,
                                 std::string("2023-11-0").append(std::to_string(1 + pick % 9))));
    }
    return events;
  };
  // What each writer does: its batches, each adding new stories and replacing an earlier one.
  const auto write = [&](EventStore* store, int writer) -> Status {
    int next = 0;
    for (int batch = 0; batch < kBatches; ++batch) {
      TACITUS_RETURN_IF_ERROR(store->BeginBatch());
      for (int i = 0; i < kStoriesPerBatch; ++i, ++next) {
        const Story story = story_of(writer, next, 0);
        auto added = store->AddStory(story, events_of(story, writer, next, 0), "v1");
        if (!added.ok()) return added.status();
      }
      if (batch > 0) {
        const int replaced = (batch - 1) * kStoriesPerBatch;
        const Story story = story_of(writer, replaced, 1);
        auto added = store->AddStory(story, events_of(story, writer, replaced, 1), "v1");
        if (!added.ok()) return added.status();
      }
      TACITUS_RETURN_IF_ERROR(store->CommitBatch());
    }
    return Status::Ok();
  };

  std::vector<std::thread> writers;
  std::vector<std::string> failures(kWriters);
  std::atomic<int> ready = 0;  // the writers start together, once all are connected
  for (int writer = 0; writer < kWriters; ++writer) {
    writers.emplace_back([&, writer] {
      auto store = EventStore::Open(db_->location(), EventStore::kReadWrite);
      ++ready;
      while (ready < kWriters) std::this_thread::yield();
      Status status = store.ok() ? write(store->get(), writer) : store.status();
      if (!status.ok()) failures[writer] = status.message();
    });
  }
  for (std::thread& thread : writers) thread.join();
  ASSERT_EQ(failures, std::vector<std::string>(kWriters));

  TestStore alone(StoreKind::kSqlite);
  auto one = alone.Open();
  ASSERT_NE(one, nullptr);
  for (int writer = 0; writer < kWriters; ++writer) {
    const Status status = write(one.get(), writer);
    ASSERT_TRUE(status.ok()) << status.message();
  }
  const auto shown = [](EventStore* store) {
    std::vector<std::string> rows;
    for (const StoredEvent& e : testing::All(store)) {
      rows.push_back(std::to_string(e.id) + " " + e.DateString() + " " + e.code + " mentions " +
                     std::to_string(e.num_mentions) + " articles " +
                     std::to_string(e.num_articles) + " sources " + std::to_string(e.num_sources) +
                     " " + e.first_seen.ToString() + ".." + e.last_seen.ToString() + " " +
                     e.first_story);
    }
    return rows;
  };
  auto shared = db_->Open();
  ASSERT_NE(shared, nullptr);
  const std::vector<std::string> expected = shown(one.get());
  ASSERT_EQ(expected.size(), size_t{kEvents});  // every event of the pool is reported
  EXPECT_EQ(shown(shared.get()), expected);
  const StoreCounts counts = *shared->Counts();
  EXPECT_EQ(counts.stories, kWriters * kBatches * kStoriesPerBatch);
  EXPECT_EQ(counts.mentions, one->Counts()->mentions);
}

}  // namespace
}  // namespace tacitus
