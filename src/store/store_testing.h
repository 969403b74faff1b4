// Helpers for the store's tests: a temporary store of either kind (an SQLite file, a database on
// the PostgreSQL test server) and hand-made events, so the store is tested without the coder.
// A suite over both stores derives its fixture from StoreTest and instantiates it with
// INSTANTIATE_TEST_SUITE_P(Stores, Suite, kBothStores, StoreKindName).
#ifndef TACITUS_STORE_STORE_TESTING_H_
#define TACITUS_STORE_STORE_TESTING_H_

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/temp_dir_testing.h"
#include "tacitus/event_store.h"

namespace tacitus::testing {

// A database path in a fresh temporary directory, removed with everything SQLite wrote beside it
// (the -wal and -shm files) when the object dies. When the directory cannot be made the test
// has already failed (TempDir says why) and path() is empty, so nothing lands in the working
// directory.
class TempDb {
 public:
  TempDb() : path_(dir_.path().empty() ? "" : (dir_.path() / "events.db").string()) {}
  const std::string& path() const { return path_; }

  std::unique_ptr<EventStore> Open() {
    auto store = EventStore::Open(path_, EventStore::kReadWrite);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(store).value() : nullptr;
  }

 private:
  TempDir dir_;
  std::string path_;
};

enum class StoreKind { kSqlite, kPostgres };
inline const auto kBothStores = ::testing::Values(StoreKind::kSqlite, StoreKind::kPostgres);
// "Sqlite", "Postgres": the suffix of a parameterised test's name.
std::string StoreKindName(const ::testing::TestParamInfo<StoreKind>& info);

// A new empty store of `kind`: a file in a temporary directory (removed with the object), or a
// new database on the PostgreSQL test server (which the server's end removes). The server must
// be available (PostgresTestServer::Unavailable); location() is empty, and the test has failed,
// where the store could not be made.
class TestStore {
 public:
  explicit TestStore(StoreKind kind);
  const std::string& location() const { return location_; }
  StoreKind kind() const { return kind_; }
  // Opens the store for writing; fails the test (and returns null) on an error.
  std::unique_ptr<EventStore> Open();
  // The first column of the rows of `sql`, run on the store's database itself, as text.
  std::vector<std::string> Column(const std::string& sql);

 private:
  StoreKind kind_;
  std::optional<TempDb> file_;
  std::string location_;
};

// The fixture of a suite that runs over both stores: db_ is a new store of the parameter's
// kind; the PostgreSQL half is skipped, saying why, where no server can be started.
class StoreTest : public ::testing::TestWithParam<StoreKind> {
 protected:
  void SetUp() override;
  std::optional<TestStore> db_;
};

inline Story MakeStory(std::string id, std::string date, std::string text,
                       std::optional<std::string> source = std::nullopt) {
  Story story;
  story.id = std::move(id);
  story.date = *Date::ParseIso(date);
  story.text = std::move(text);
  story.source = std::move(source);
  return story;
}

// An event as the coder would give it; quad class and Goldstein as the caller says.
inline Event MakeEvent(const Story& story, std::string source, std::string target, std::string code,
                       int quad_class, double goldstein, std::string date = "",
                       std::string country = "") {
  Event event;
  event.story = story.id;
  event.story_date = story.date;
  event.date.date = date.empty() ? story.date : *Date::ParseIso(date);
  event.source = std::move(source);
  event.target = std::move(target);
  event.root = code.substr(0, 2);
  event.code = std::move(code);
  event.quad_class = quad_class;
  event.goldstein = goldstein;
  event.plover = "CONSULT";
  event.pattern = "meet +T";
  event.matched = {"data/verbs/04-consult.txt:17"};
  event.source_span = {0, 5};
  event.verb_span = {6, 9};
  event.target_span = {10, 12};
  event.sentence_span = {0, static_cast<uint32_t>(story.text.size())};  // a one-sentence story
  if (!country.empty()) event.place = EventPlace{.name = "Beijing", .country = country};
  return event;
}

// Stores `story` with `events` in a batch of its own; fails the test on an error.
inline void Add(EventStore* store, const Story& story, const std::vector<Event>& events,
                std::string_view version = "v1") {
  ASSERT_TRUE(store->BeginBatch().ok());
  auto change = store->AddStory(story, events, version);
  ASSERT_TRUE(change.ok()) << change.status().message();
  const Status commit = store->CommitBatch();
  ASSERT_TRUE(commit.ok()) << commit.message();
}

// The events that match `filter`, in query order; fails the test on an error.
inline std::vector<StoredEvent> All(EventStore* store, const EventFilter& filter = {}) {
  std::vector<StoredEvent> events;
  const Status status = store->ForEachEvent(filter, [&](const StoredEvent& e) {
    events.push_back(e);
    return true;
  });
  EXPECT_TRUE(status.ok()) << status.message();
  return events;
}

}  // namespace tacitus::testing

#endif  // TACITUS_STORE_STORE_TESTING_H_
