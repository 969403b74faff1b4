// The store's side of recoding and of story identity: dictionary versions on mentions and
// events, paging through the stories to recode, the events a recode gains and loses, what
// FindStory tells about a stored id, and the upgrade of a schema 2 store.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/sqlite.h"
#include "store/store_testing.h"
#include "tacitus/event_store.h"

namespace tacitus {
namespace {

using testing::Add;
using testing::All;
using testing::MakeEvent;
using testing::MakeStory;
using testing::StoreTest;

class EventStoreRecode : public StoreTest {};

TEST_P(EventStoreRecode, EventsAndMentionsKeepTheirDictionaryVersion) {
  auto store = db_->Open();
  const Story a = MakeStory("a", "2023-11-08", "Putin met Xi.");
  const Story b = MakeStory("b", "2023-11-08", "Xi met Putin.");
  const Event meeting = MakeEvent(a, "RUSGOV", "CHNGOV", "040", 1, 1.0);
  Add(store.get(), a, {meeting}, "v1");
  Add(store.get(), b, {meeting, MakeEvent(b, "CHNGOV", "RUSGOV", "040", 1, 1.0)}, "v2");
  EXPECT_EQ(db_->Column("SELECT dict_version FROM mentions ORDER BY story, ordinal"),
            (std::vector<std::string>{"v1", "v2", "v2"}));
  const std::vector<StoredEvent> events = All(store.get());
  ASSERT_EQ(events.size(), 2u);
  // In query order: CHNGOV->RUSGOV, only in b (v2), then the meeting both report.
  EXPECT_EQ(events[0].dict_version, "v2");
  EXPECT_TRUE(events[1].dict_version == "v1,v2" || events[1].dict_version == "v2,v1")
      << events[1].dict_version;
  EXPECT_EQ(All(store.get(), {.dict_version = "v1"}).size(), 1u);
  EXPECT_EQ(All(store.get(), {.dict_version = "v2"}).size(), 2u);
  EXPECT_TRUE(All(store.get(), {.dict_version = "v"}).empty());  // a version, not a prefix
}

TEST_P(EventStoreRecode, PagesThroughTheStoriesOtherDictionariesCoded) {
  auto store = db_->Open();
  for (const char* id : {"a", "b", "c", "d", "e"}) {
    Add(store.get(), MakeStory(id, "2023-11-08", std::string("Story ") + id + "."), {},
        std::string(id) == "c" ? "v2" : "v1");
  }
  EXPECT_EQ(*store->CountStoriesToRecode("v2"), 4);
  EXPECT_EQ(*store->CountStoriesToRecode("v3"), 5);
  int64_t cursor = 0;
  std::vector<Story> page;
  std::vector<std::string> ids;
  do {
    ASSERT_TRUE(store->ReadStoriesToRecode("v2", &cursor, 2, SIZE_MAX, &page).ok());
    EXPECT_LE(page.size(), 2u);
    for (const Story& story : page) ids.push_back(story.id);
  } while (!page.empty());
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "d", "e"}));
  cursor = 0;
  ASSERT_TRUE(store->ReadStoriesToRecode("v2", &cursor, 1, SIZE_MAX, &page).ok());
  ASSERT_EQ(page.size(), 1u);
  EXPECT_EQ(page[0].text, "Story a.");
  EXPECT_EQ(page[0].date.ToString(), "2023-11-08");
  EXPECT_FALSE(page[0].source.has_value());
}

TEST_P(EventStoreRecode, APageEndsAfterTheStoryThatReachesItsBytes) {
  auto store = db_->Open();
  for (const char* id : {"a", "b", "c", "d", "e"}) {  // 8 bytes of text each
    Add(store.get(), MakeStory(id, "2023-11-08", std::string("Story ") + id + "."), {}, "v1");
  }
  int64_t cursor = 0;
  std::vector<Story> page;
  std::vector<size_t> sizes;
  do {
    ASSERT_TRUE(store->ReadStoriesToRecode("v2", &cursor, 10, 10, &page).ok());
    sizes.push_back(page.size());
  } while (!page.empty());
  EXPECT_EQ(sizes, (std::vector<size_t>{2, 2, 1, 0}));
}

TEST_P(EventStoreRecode, RecodingAStoryKeepsItsTextSearchable) {
  auto store = db_->Open();
  const Story a = MakeStory("a", "2023-11-08", "Putin met Xi in Beijing.");
  Add(store.get(), a, {MakeEvent(a, "RUSGOV", "CHNGOV", "040", 1, 1.0)}, "v1");
  Add(store.get(), a, {MakeEvent(a, "RUSGOV", "CHNGOV", "042", 1, 1.9)}, "v2");
  const std::vector<StoredEvent> found = All(store.get(), {.text = "Beijing"});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].code, "042");
  EXPECT_EQ(*store->CountStoriesToRecode("v2"), 0);
}

TEST_P(EventStoreRecode, TracksTheEventsABatchGainsAndLoses) {
  auto store = db_->Open();
  const Story a = MakeStory("a", "2023-11-08", "Putin met Xi.", "AFP");
  const Story b = MakeStory("b", "2023-11-09", "Xi met Putin.", "AFP");
  const Event kept = MakeEvent(a, "RUSGOV", "CHNGOV", "040", 1, 1.0);
  const Event dropped = MakeEvent(a, "RUSGOV", "CHNGOV", "111", 3, -2.0);
  const Event shared = MakeEvent(a, "CHNGOV", "RUSGOV", "036", 1, 4.0);
  Add(store.get(), a, {kept, dropped, shared}, "v1");
  Add(store.get(), b, {shared}, "v1");

  EventSetChanges changes;
  store->TrackEventChanges(&changes);
  const Event added = MakeEvent(a, "RUSGOV", "CHNGOV", "042", 1, 1.9);
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->AddStory(a, std::vector<Event>{kept, added}, "v2")
                  .ok());  // loses `dropped` and a mention
  ASSERT_TRUE(store->AddStory(b, std::vector<Event>{shared}, "v2").ok());  // the same events again
  ASSERT_TRUE(store->CommitBatch().ok());
  store->TrackEventChanges(nullptr);

  EXPECT_EQ(changes.gained, (std::unordered_set<int64_t>{EventKeyHash(added)}));
  ASSERT_EQ(changes.lost.size(), 1u);
  const StoredEvent& lost = changes.lost.begin()->second;
  EXPECT_EQ(lost.id, EventKeyHash(dropped));
  // As it was before the batch: its counts, story and version.
  EXPECT_EQ(lost.code, "111");
  EXPECT_EQ(lost.num_mentions, 1);
  EXPECT_EQ(lost.first_story, "a");
  EXPECT_EQ(lost.dict_version, "v1");
  EXPECT_FALSE(store->FindEvent(EventKeyHash(dropped))->has_value());
  const auto found = store->FindEvent(EventKeyHash(added));
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->code, "042");
  EXPECT_EQ((*found)->dict_version, "v2");
}

TEST_P(EventStoreRecode, AnEventLostThenGainedAgainIsNoChange) {
  auto store = db_->Open();
  const Story a = MakeStory("a", "2023-11-08", "Putin met Xi.");
  const Event meeting = MakeEvent(a, "RUSGOV", "CHNGOV", "040", 1, 1.0);
  const Event other = MakeEvent(a, "RUSGOV", "CHNGOV", "042", 1, 1.9);
  Add(store.get(), a, {meeting}, "v1");
  EventSetChanges changes;
  store->TrackEventChanges(&changes);
  Add(store.get(), a, {other}, "v2");  // one batch loses it ...
  EXPECT_EQ(changes.lost.size(), 1u);
  EXPECT_EQ(changes.gained.size(), 1u);
  Add(store.get(), a, {meeting}, "v3");  // ... a later one gains it back
  EXPECT_TRUE(changes.lost.empty());
  EXPECT_TRUE(changes.gained.empty());
}

TEST_P(EventStoreRecode, ARolledBackBatchChangesNothingTracked) {
  auto store = db_->Open();
  const Story a = MakeStory("a", "2023-11-08", "Putin met Xi.");
  Add(store.get(), a, {MakeEvent(a, "RUSGOV", "CHNGOV", "040", 1, 1.0)}, "v1");
  EventSetChanges changes;
  {
    auto second = db_->Open();  // a batch left open is rolled back when its store closes
    second->TrackEventChanges(&changes);
    ASSERT_TRUE(second->BeginBatch().ok());
    ASSERT_TRUE(second->AddStory(a, std::vector<Event>{}, "v2").ok());
  }
  store->TrackEventChanges(&changes);
  Add(store.get(), MakeStory("b", "2023-11-08", "Xi met Putin."), {}, "v2");
  EXPECT_TRUE(changes.lost.empty());
  EXPECT_TRUE(changes.gained.empty());
  EXPECT_EQ(All(store.get()).size(), 1u);
}

TEST_P(EventStoreRecode, FindStoryTellsWhatAnIdHolds) {
  auto store = db_->Open();
  const Story a = MakeStory("a", "2023-11-08",
                            "Russian President Vladimir Putin met Chinese President Xi Jinping "
                            "in Beijing on Tuesday.");
  Add(store.get(), a, {}, "v1");
  auto found = store->FindStory("a");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->date.ToString(), "2023-11-08");
  EXPECT_EQ((*found)->content_hash, StoryContentHash(a));
  EXPECT_EQ((*found)->dict_version, "v1");
  // Cut after a word, within about 60 bytes, and marked as cut.
  EXPECT_EQ((*found)->opening, "Russian President Vladimir Putin met Chinese President Xi...");
  EXPECT_FALSE(store->FindStory("b")->has_value());
  Add(store.get(), MakeStory("b", "2023-11-09", "Short."), {}, "v1");
  EXPECT_EQ((*store->FindStory("b"))->opening, "Short.");
}

TEST(EventStoreRecode, UpgradesASchema2StoreWhenOpenedForWriting) {
  testing::TestStore db(testing::StoreKind::kSqlite);
  {
    auto store = db.Open();
    const Story a = MakeStory("a", "2023-11-08", "Putin met Xi.");
    Add(store.get(), a, {MakeEvent(a, "RUSGOV", "CHNGOV", "040", 1, 1.0)}, "v1");
  }
  {
    // Back to what schema 2 had: no versions on mentions and events, no index on versions, no
    // index of sentences.
    auto raw = SqliteDb::Open(db.location(), /*read_only=*/false);
    ASSERT_TRUE(raw.ok());
    ASSERT_TRUE(raw->Exec("DROP INDEX stories_dict_version; DROP TABLE sentence_text; "
                          "ALTER TABLE mentions DROP COLUMN dict_version; "
                          "ALTER TABLE events DROP COLUMN dict_version; PRAGMA user_version=2")
                    .ok());
  }
  auto read_only = EventStore::Open(db.location(), EventStore::kReadOnly);
  ASSERT_FALSE(read_only.ok());
  EXPECT_NE(read_only.status().message().find("schema 2"), std::string::npos);
  EXPECT_NE(read_only.status().message().find("tacitus recode --db"), std::string::npos);
  auto store = db.Open();
  ASSERT_NE(store, nullptr);
  const std::vector<StoredEvent> events = All(store.get(), {.dict_version = "v1"});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].dict_version, "v1");
  EXPECT_EQ(db.Column("SELECT dict_version FROM mentions"), (std::vector<std::string>{"v1"}));
  EXPECT_EQ(db.Column("PRAGMA user_version"),
            (std::vector<std::string>{std::to_string(kStoreSchemaVersion)}));
  // The sentences of a story stored from now on are searchable.
  const Story b = MakeStory("b", "2023-11-09", "Xi met Putin.");
  Add(store.get(), b, {MakeEvent(b, "CHNGOV", "RUSGOV", "040", 1, 1.0)}, "v1");
  EXPECT_EQ(All(store.get(), {.text = "Xi"}).size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Stores, EventStoreRecode, testing::kBothStores, testing::StoreKindName);

}  // namespace
}  // namespace tacitus
