#include "tacitus/event_store.h"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "store/postgres/postgres_schema.h"
#include "store/sqlite.h"
#include "store/store_testing.h"

namespace tacitus {
namespace {

using testing::Add;
using testing::All;
using testing::MakeEvent;
using testing::MakeStory;
using testing::StoreKind;
using testing::StoreTest;
using testing::TempDb;

class EventStoreTest : public StoreTest {};

TEST_P(EventStoreTest, ReingestingTheSameStoryAddsNothing) {
  auto store = db_->Open();
  const Story story = MakeStory("a", "2023-11-08", "Putin met Xi.");
  const std::vector<Event> events = {MakeEvent(story, "RUSGOV", "CHNGOV", "040", 1, 1.0)};
  Add(store.get(), story, events);
  ASSERT_TRUE(store->BeginBatch().ok());
  auto change = store->AddStory(story, events, "v1");
  ASSERT_TRUE(change.ok());
  EXPECT_EQ(*change, StoryChange::kUnchanged);
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_TRUE(*store->IsStored(story, "v1"));
  EXPECT_FALSE(*store->IsStored(story, "v2"));  // new dictionaries code it again
  const StoreCounts counts = *store->Counts();
  EXPECT_EQ(counts.stories, 1);
  EXPECT_EQ(counts.events, 1);
  EXPECT_EQ(counts.mentions, 1);
}

TEST_P(EventStoreTest, AMentionKeepsItsIssues) {
  {
    auto store = db_->Open();
    const Story story = MakeStory("a", "2023-11-08", "Obama agreed to lift the sanctions.");
    Event event = MakeEvent(story, "USAGOV", "IRN", "085", 2, 7.0);
    event.issues = {{"SANCTIONS", 1}};
    Add(store.get(), story, {event, MakeEvent(story, "IRN", "USAGOV", "085", 2, 7.0)});
  }
  EXPECT_EQ(db_->Column("SELECT issues FROM mentions ORDER BY ordinal"),
            (std::vector<std::string>{"SANCTIONS,1", ""}));
  EXPECT_EQ(
      db_->Column(GetParam() == StoreKind::kSqlite ? "PRAGMA user_version"
                                                   : "SELECT version FROM tacitus_schema"),
      (std::vector<std::string>{std::to_string(
          GetParam() == StoreKind::kSqlite ? kStoreSchemaVersion : PostgresSchemaVersion())}));
}

TEST_P(EventStoreTest, DedupsTheSameEventAcrossStories) {
  auto store = db_->Open();
  const Story a = MakeStory("a", "2023-11-08", "Putin met Xi.", "AFP");
  const Story b = MakeStory("b", "2023-11-09", "Xi met Putin yesterday.", "AFP");
  const Story c = MakeStory("c", "2023-11-09", "Putin and Xi met.", "Reuters");
  Add(store.get(), a, {MakeEvent(a, "RUSGOV", "CHNGOV", "040", 1, 1.0)});
  // b reports the same meeting twice (two sentences) and dates it the day before.
  Add(store.get(), b,
      {MakeEvent(b, "RUSGOV", "CHNGOV", "040", 1, 1.0, "2023-11-08"),
       MakeEvent(b, "RUSGOV", "CHNGOV", "040", 1, 1.0, "2023-11-08")});
  // c dates it to its own day: another event.
  Add(store.get(), c, {MakeEvent(c, "RUSGOV", "CHNGOV", "040", 1, 1.0)});
  const std::vector<StoredEvent> events = All(store.get());
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].date.ToString(), "2023-11-08");
  EXPECT_EQ(events[0].num_mentions, 3);
  EXPECT_EQ(events[0].num_articles, 2);
  EXPECT_EQ(events[0].num_sources, 1);  // both from AFP
  EXPECT_EQ(events[0].first_seen.ToString(), "2023-11-08");
  EXPECT_EQ(events[0].last_seen.ToString(), "2023-11-09");
  EXPECT_EQ(events[0].first_story, "a");
  EXPECT_EQ(events[1].num_mentions, 1);
  EXPECT_EQ(events[1].first_story, "c");
}

TEST_P(EventStoreTest, TheFirstStoryIdAndUrlAreReadBackAsStored) {
  // Finding 9 of issue 14: the id and url came back joined by a tab and split on the first.
  auto store = db_->Open();
  Story story = MakeStory("wire\t17\nb", "2023-11-08", "Putin met Xi.");
  story.url = "https://example.org/a\tb";
  Add(store.get(), story, {MakeEvent(story, "RUSGOV", "CHNGOV", "040", 1, 1.0)});
  Story without_url = MakeStory("x\ty", "2023-11-09", "Xi met Putin.");
  Add(store.get(), without_url, {MakeEvent(without_url, "CHNGOV", "RUSGOV", "040", 1, 1.0)});
  const std::vector<StoredEvent> events = All(store.get());
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].first_story, "wire\t17\nb");
  EXPECT_EQ(events[0].first_url, "https://example.org/a\tb");
  EXPECT_EQ(events[1].first_story, "x\ty");
  EXPECT_EQ(events[1].first_url, "");
}

TEST_P(EventStoreTest, RefusesDatesItCannotHold) {
  // Finding 4 of issue 14: an event of 10000-01 was stored and read back as 1970-01.
  auto store = db_->Open();
  const Story story = MakeStory("a", "9999-12-31", "Putin will meet Xi next month.");
  Event next_month = MakeEvent(story, "RUSGOV", "CHNGOV", "040", 1, 1.0);
  next_month.date = {.date = Date{10000, 1, 1}, .precision = DatePrecision::kMonth, .span = {}};
  Event year_zero = MakeEvent(story, "RUSGOV", "CHNGOV", "040", 1, 1.0);
  year_zero.date.date = Date{0, 12, 31};
  const Event fine = MakeEvent(story, "CHNGOV", "RUSGOV", "040", 1, 1.0);
  ASSERT_TRUE(store->BeginBatch().ok());
  for (const Event& bad : {next_month, year_zero}) {
    auto refused = store->AddStory(story, std::vector<Event>{fine, bad}, "v1");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(refused.status().message().find("event 2 (RUSGOV 040 CHNGOV) dated " +
                                              bad.date.ToString() + " is outside 0001-01-01.."),
              std::string::npos)
        << refused.status().message();
  }
  // The batch goes on, and nothing of the refused story was written.
  const Story other = MakeStory("b", "9999-12-31", "Xi met Putin.");
  ASSERT_TRUE(store->AddStory(other, std::vector<Event>{fine}, "v1").ok());
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(store->Counts()->stories, 1);
  const std::vector<StoredEvent> events = All(store.get());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].DateString(), "9999-12-31");
  EXPECT_FALSE(store->FindStory("a")->has_value());
}

TEST(EventStore, PlaceCountryIsPartOfTheEventIdentity) {
  const Story a = MakeStory("a", "2023-11-08", "t");
  EXPECT_NE(EventKeyHash(MakeEvent(a, "RUS", "CHN", "040", 1, 1, "", "CHN")),
            EventKeyHash(MakeEvent(a, "RUS", "CHN", "040", 1, 1, "", "RUS")));
  EXPECT_EQ(EventKeyHash(MakeEvent(a, "RUS", "CHN", "040", 1, 1, "", "CHN")),
            EventKeyHash(MakeEvent(MakeStory("b", "2023-11-08", "u"), "RUS", "CHN", "040", 1, 1, "",
                                   "CHN")));
  EXPECT_GT(EventKeyHash(MakeEvent(a, "RUS", "CHN", "040", 1, 1)), 0);
}

TEST(EventStore, KeysAreStableAcrossBuilds) {
  // Stored databases keep these, so they must never change. The values are FNV-1a 64 over the
  // fields, each followed by a 0xff byte (an absent story field is "\x01"), worked out apart
  // from this code; an event id drops the top bit.
  const Story a = MakeStory("a", "2023-11-08", "Putin met Xi.", "AFP");
  EXPECT_EQ(EventKeyHash(MakeEvent(a, "RUS", "CHN", "040", 1, 1, "", "CHN")),
            int64_t{7246766437069118871});
  EXPECT_EQ(EventKeyHash(MakeEvent(a, "RUS", "CHN", "040", 1, 1)), int64_t{4948069769071938660});
  EXPECT_EQ(StoryContentHash(a), "16e70b428f7b1383");
}

TEST_P(EventStoreTest, ChangedTextReplacesTheOldMentions) {
  auto store = db_->Open();
  Story story = MakeStory("a", "2023-11-08", "Putin met Xi.");
  Add(store.get(), story,
      {MakeEvent(story, "RUSGOV", "CHNGOV", "040", 1, 1.0),
       MakeEvent(story, "WST", "CHN", "111", 3, -2.0)});
  story.text = "Western powers criticized China.";
  ASSERT_TRUE(store->BeginBatch().ok());
  auto change = store->AddStory(story, {{MakeEvent(story, "WST", "CHN", "111", 3, -2.0)}}, "v1");
  ASSERT_TRUE(change.ok());
  EXPECT_EQ(*change, StoryChange::kReplaced);
  ASSERT_TRUE(store->CommitBatch().ok());
  const std::vector<StoredEvent> events = All(store.get());
  ASSERT_EQ(events.size(), 1u);  // the meeting had no other mention: gone
  EXPECT_EQ(events[0].code, "111");
  EXPECT_EQ(events[0].num_mentions, 1);
  // The full-text index follows the new text.
  EXPECT_EQ(All(store.get(), {.text = "Putin"}).size(), 0u);
  EXPECT_EQ(All(store.get(), {.text = "criticized"}).size(), 1u);
  EXPECT_EQ(store->Counts()->stories, 1);
}

class EventStoreFilters : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    store_ = db_->Open();
    const Story a = MakeStory("a", "2023-11-08", "Putin met Xi in Beijing about oil.");
    const Story b = MakeStory("b", "2023-12-01", "Ukraine protested against Russia.");
    Add(store_.get(), a,
        {MakeEvent(a, "RUSGOV", "CHNGOV", "040", 1, 1.0, "", "CHN"),
         MakeEvent(a, "RUS", "CHN", "061", 2, 6.4)});
    Add(store_.get(), b, {MakeEvent(b, "UKR", "RUSGOV", "1411", 3, -6.5)});
    // Ordered by date, then source: RUS (061) before RUSGOV (040).
  }
  std::vector<std::string> Codes(const EventFilter& filter) {
    std::vector<std::string> codes;
    for (const StoredEvent& e : All(store_.get(), filter)) codes.push_back(e.code);
    return codes;
  }
  std::unique_ptr<EventStore> store_;
};

using CodeList = std::vector<std::string>;

TEST_P(EventStoreFilters, ActorsMatchAsPrefixes) {
  EXPECT_EQ(Codes({.source = "RUS"}), (CodeList{"061", "040"}));
  EXPECT_EQ(Codes({.source = "RUSGOV"}), (CodeList{"040"}));
  EXPECT_EQ(Codes({.target = "rus"}), (CodeList{"1411"}));
  EXPECT_EQ(Codes({.actor = "RUS"}), (CodeList{"061", "040", "1411"}));
  EXPECT_EQ(Codes({.actor = "CHN"}), (CodeList{"061", "040"}));
  EXPECT_EQ(Codes({.source = "RUS", .target = "CHNGOV"}), (CodeList{"040"}));
}

TEST_P(EventStoreFilters, PagesResumeAfterTheirCursor) {
  CodeList pages;
  EventFilter filter{.limit = 2};
  for (std::vector<StoredEvent> page = All(store_.get(), filter); !page.empty();
       page = All(store_.get(), filter)) {
    for (const StoredEvent& e : page) pages.push_back(e.code);
    pages.push_back("|");  // a page break
    filter.after = EventCursor::At(page.back());
  }
  EXPECT_EQ(pages, (CodeList{"061", "040", "|", "1411", "|"}));
  // The cursor goes with the other filters.
  EXPECT_EQ(Codes({.actor = "RUS", .after = EventCursor::At(All(store_.get()).front())}),
            (CodeList{"040", "1411"}));
}

TEST_P(EventStoreFilters, CodesRootsQuadClassesAndPlover) {
  EXPECT_EQ(Codes({.code = "14"}), (CodeList{"1411"}));
  EXPECT_EQ(Codes({.code = "040"}), (CodeList{"040"}));
  EXPECT_EQ(Codes({.root = "06"}), (CodeList{"061"}));
  EXPECT_EQ(Codes({.quad_class = 3}), (CodeList{"1411"}));
  EXPECT_EQ(Codes({.plover = "consult"}), (CodeList{"061", "040", "1411"}));
  EXPECT_EQ(Codes({.plover = "PROTEST"}), CodeList{});
}

TEST_P(EventStoreFilters, DatesPlacesAndText) {
  EXPECT_EQ(Codes({.from = Date::ParseIso("2023-11-09")}), (CodeList{"1411"}));
  EXPECT_EQ(Codes({.to = Date::ParseIso("2023-11-08")}), (CodeList{"061", "040"}));
  EXPECT_EQ(Codes({.from = Date::ParseIso("2023-11-08"), .to = Date::ParseIso("2023-11-08")}),
            (CodeList{"061", "040"}));
  EXPECT_EQ(Codes({.country = "chn"}), (CodeList{"040"}));
  EXPECT_EQ(Codes({.place = "beijing"}), (CodeList{"040"}));
  EXPECT_EQ(Codes({.text = "oil"}), (CodeList{"061", "040"}));
  EXPECT_EQ(Codes({.text = "protested Russia"}), (CodeList{"1411"}));  // both words
  EXPECT_EQ(Codes({.text = "protested OR oil"}), (CodeList{"061", "040", "1411"}));
  EXPECT_EQ(Codes({.actor = "RUS", .text = "Ukraine"}), (CodeList{"1411"}));
  EXPECT_EQ(Codes({.story_text = "protested"}), (CodeList{"1411"}));
  EXPECT_EQ(Codes({.limit = 1}), (CodeList{"061"}));
}

TEST_P(EventStoreFilters, AVisitorThatReturnsFalseStopsTheRead) {
  CodeList codes;
  const Status status = store_->ForEachEvent({}, [&](const StoredEvent& e) {
    codes.push_back(e.code);
    return codes.size() < 2;  // as a reader whose output has failed
  });
  EXPECT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(codes, (CodeList{"061", "040"}));
}

TEST_P(EventStoreFilters, CommaListsMatchAnyOfTheirItems) {
  EXPECT_EQ(Codes({.source = "UKR,CHN"}), (CodeList{"1411"}));
  EXPECT_EQ(Codes({.source = "ukr, RUSGOV"}), (CodeList{"040", "1411"}));
  EXPECT_EQ(Codes({.target = "CHNGOV,RUSGOV"}), (CodeList{"040", "1411"}));
  EXPECT_EQ(Codes({.actor = "UKR,CHNGOV"}), (CodeList{"040", "1411"}));
  EXPECT_EQ(Codes({.code = "14,06"}), (CodeList{"061", "1411"}));
  EXPECT_EQ(Codes({.root = "04,14"}), (CodeList{"040", "1411"}));
  EXPECT_EQ(Codes({.source = ",,"}), (CodeList{"061", "040", "1411"}));  // no item: no filter
}

TEST_P(EventStoreFilters, BothDirectionsMatchesTheReverseDyad) {
  EXPECT_EQ(Codes({.source = "CHN", .target = "RUS"}), CodeList{});
  EXPECT_EQ(Codes({.source = "CHN", .target = "RUS", .both_directions = true}),
            (CodeList{"061", "040"}));
  EXPECT_EQ(Codes({.source = "RUSGOV", .target = "UKR", .both_directions = true}),
            (CodeList{"1411"}));
  // One side only: that actor on either side.
  EXPECT_EQ(Codes({.target = "UKR", .both_directions = true}), (CodeList{"1411"}));
}

TEST_P(EventStoreFilters, TopCountsEventsAndMentionsLargestFirst) {
  auto top = [&](const EventFilter& filter, TopKey by, int64_t n) {
    std::string rows;
    auto result = store_->Top(filter, by, n);
    EXPECT_TRUE(result.ok()) << result.status().message();
    if (!result.ok()) return rows;
    for (const TopRow& row : *result) {
      rows +=
          row.key + " " + std::to_string(row.events) + " " + std::to_string(row.mentions) + "; ";
    }
    return rows;
  };
  // RUSGOV is the source of 040 and the target of 1411; ties go by key.
  EXPECT_EQ(top({}, TopKey::kActor, 0), "RUSGOV 2 2; CHN 1 1; CHNGOV 1 1; RUS 1 1; UKR 1 1; ");
  EXPECT_EQ(top({}, TopKey::kActor, 2), "RUSGOV 2 2; CHN 1 1; ");
  EXPECT_EQ(top({}, TopKey::kTarget, 0), "CHN 1 1; CHNGOV 1 1; RUSGOV 1 1; ");
  EXPECT_EQ(top({.source = "RUS"}, TopKey::kDyad, 0), "RUS->CHN 1 1; RUSGOV->CHNGOV 1 1; ");
  EXPECT_EQ(top({}, TopKey::kRoot, 1), "04 1 1; ");
  EXPECT_EQ(top({}, TopKey::kMonth, 0), "2023-11 2 2; 2023-12 1 1; ");
  EXPECT_EQ(top({}, TopKey::kCountry, 0), "CHN 1 1; ");  // events with no place left out
  EXPECT_EQ(top({.actor = "UKR"}, TopKey::kCode, 0), "1411 1 1; ");
}

// A story of two sentences, each reporting an event.
struct TwoSentences {
  Story story =
      MakeStory("a", "2023-11-08", "Putin met Xi. Police issued an arrest warrant for Navalny.");
  Event met = MakeEvent(story, "RUSGOV", "CHNGOV", "040", 1, 1.0);
  Event warrant = MakeEvent(story, "RUSCOP", "RUSOPP", "173", 4, -5.0);
  TwoSentences() {
    met.sentence_span = {0, 13};
    warrant.sentence = 1;
    warrant.sentence_span = {14, static_cast<uint32_t>(story.text.size())};
    warrant.source_span = {14, 20};
    warrant.verb_span = {21, 27};
  }
};

TEST_P(EventStoreTest, AStoryInPartsIsStoredAsOneStoryWithAllItsMentions) {
  auto store = db_->Open();
  const auto [story, met, warrant] = TwoSentences();
  ASSERT_TRUE(store->BeginBatch().ok());
  ASSERT_TRUE(store->AddStory(story, std::vector<Event>{met}, "v1").ok());
  const Status more = store->AddMoreEvents(story, std::vector<Event>{warrant}, "v1");
  ASSERT_TRUE(more.ok()) << more.message();
  ASSERT_TRUE(store->CommitBatch().ok());

  const StoreCounts counts = *store->Counts();
  EXPECT_EQ(counts.stories, 1);
  EXPECT_EQ(counts.events, 2);
  EXPECT_EQ(counts.mentions, 2);
  // The later part's mention follows the first's (ordinal, sentence, source_begin), and its
  // sentence is searchable.
  EXPECT_EQ(db_->Column("SELECT ordinal || ' ' || sentence || ' ' || source_begin FROM mentions "
                        "ORDER BY ordinal"),
            (std::vector<std::string>{"0 0 0", "1 1 14"}));
  EXPECT_EQ(All(store.get(), {.text = "\"arrest warrant\""}).size(), 1u);
  EXPECT_TRUE(*store->IsStored(story, "v1"));
}

TEST_P(EventStoreTest, MoreEventsGoOnlyToTheStoryStoredLastInTheBatch) {
  auto store = db_->Open();
  const Story a = MakeStory("a", "2023-11-08", "Putin met Xi.");
  const Story b = MakeStory("b", "2023-11-09", "Xi met Putin.");
  const std::vector<Event> events = {MakeEvent(a, "RUSGOV", "CHNGOV", "040", 1, 1.0)};
  EXPECT_EQ(store->AddMoreEvents(a, events, "v1").code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(store->AddMoreEvents(a, events, "v1").code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store->AddStory(a, events, "v1").ok());
  ASSERT_TRUE(store->AddStory(b, {}, "v1").ok());
  EXPECT_EQ(store->AddMoreEvents(a, events, "v1").code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store->CommitBatch().ok());
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(store->AddMoreEvents(b, events, "v1").code(), StatusCode::kFailedPrecondition);
  // Stored as it is: nothing was written, so nothing may be added.
  ASSERT_EQ(*store->AddStory(b, {}, "v1"), StoryChange::kUnchanged);
  EXPECT_EQ(store->AddMoreEvents(b, events, "v1").code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(store->Counts()->mentions, 1);
}

TEST_P(EventStoreTest, MentionsSayWhereTheirStoriesReportedTheEvent) {
  auto store = db_->Open();
  const auto [story, met, warrant] = TwoSentences();
  Add(store.get(), story, {met, warrant});
  Story other = MakeStory("b", "2023-11-07", "Earlier: Police issued an arrest warrant for him.");
  other.title = "Warrant";
  other.url = "https://example.org/b";
  Event same = warrant;
  same.story = "b";
  same.sentence = 0;
  same.sentence_span = {9, static_cast<uint32_t>(other.text.size())};
  same.verb_span = {16, 22};
  same.matched = {"data/verbs/17-coerce.txt:3", "data/agents.txt:9"};
  Add(store.get(), other, {same});

  const StoredEvent event = All(store.get(), {.code = "173"}).front();
  auto mentions = store->MentionsOf(event.id, 10);
  ASSERT_TRUE(mentions.ok()) << mentions.status().message();
  ASSERT_EQ(mentions->size(), 2u);
  const StoredMention& first = (*mentions)[0];  // the earlier story first
  EXPECT_EQ(first.story_id, "b");
  EXPECT_EQ(first.title, "Warrant");
  EXPECT_EQ(first.url, "https://example.org/b");
  EXPECT_EQ(first.sentence_text, "Police issued an arrest warrant for him.");
  EXPECT_EQ(first.sentence_begin, 9u);
  EXPECT_EQ(first.verb_span, (Span{16, 22}));
  EXPECT_EQ(first.matched,
            (std::vector<std::string>{"data/verbs/17-coerce.txt:3", "data/agents.txt:9"}));
  const StoredMention& second = (*mentions)[1];
  EXPECT_EQ(second.story_id, "a");
  EXPECT_EQ(second.sentence, 1u);
  EXPECT_EQ(second.sentence_begin, 14u);
  EXPECT_FALSE(second.title.has_value());
  EXPECT_EQ(store->MentionsOf(event.id, 1)->size(), 1u);
  EXPECT_TRUE(store->MentionsOf(12345, 10)->empty());
}

TEST_P(EventStoreTest, ReadsAStoryBackWhole) {
  auto store = db_->Open();
  Story story = MakeStory("a", "2023-11-08", "Putin met Xi.", "wire");
  story.title = "Talks";
  Add(store.get(), story, {});
  auto read = store->ReadStory("a");
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_TRUE(read->has_value());
  EXPECT_EQ((*read)->text, "Putin met Xi.");
  EXPECT_EQ((*read)->date.ToString(), "2023-11-08");
  EXPECT_EQ((*read)->title, "Talks");
  EXPECT_EQ((*read)->source, "wire");
  EXPECT_FALSE((*read)->url.has_value());
  EXPECT_FALSE(store->ReadStory("b")->has_value());
}

TEST_P(EventStoreTest, TextMatchesTheSentenceThatReportedTheEvent) {
  auto store = db_->Open();
  const auto [story, met, warrant] = TwoSentences();
  Add(store.get(), story, {met, warrant});
  auto codes = [&](const EventFilter& filter) {
    CodeList result;
    for (const StoredEvent& e : All(store.get(), filter)) result.push_back(e.code);
    return result;
  };
  EXPECT_EQ(codes({.text = "\"arrest warrant\""}), (CodeList{"173"}));
  EXPECT_EQ(codes({.text = "Xi"}), (CodeList{"040"}));
  EXPECT_EQ(codes({.text = "Xi warrant"}), CodeList{});  // not in one sentence
  EXPECT_EQ(codes({.story_text = "\"arrest warrant\""}), (CodeList{"173", "040"}));  // RUSCOP first
}

TEST_P(EventStoreFilters, ValuesAreBoundNotSpliced) {
  EXPECT_EQ(Codes({.source = "RUS' OR 1=1 --"}), CodeList{});
  EXPECT_EQ(store_->Counts()->events, 3);
}

TEST_P(EventStoreFilters, EachStoreTakesItsEnginesFullTextSyntax) {
  const Status status =
      store_->ForEachEvent({.text = "oil AND AND"}, [](const StoredEvent&) { return true; });
  if (GetParam() == StoreKind::kSqlite) {
    // FTS5: operators in capitals, and a malformed query is an error with SQLite's message.
    EXPECT_EQ(Codes({.text = "protested AND Russia"}), (CodeList{"1411"}));
    EXPECT_EQ(Codes({.text = "oil NOT Putin"}), CodeList{});
    EXPECT_EQ(Codes({.text = "prot*"}), (CodeList{"1411"}));
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_NE(status.message().find("syntax error"), std::string::npos) << status.message();
  } else {
    // websearch_to_tsquery: -word for NOT, AND a word like any other, nothing malformed.
    EXPECT_EQ(Codes({.text = "oil -Putin"}), CodeList{});
    EXPECT_EQ(Codes({.text = "oil -Ukraine"}), (CodeList{"061", "040"}));
    EXPECT_EQ(Codes({.text = "protested AND Russia"}), CodeList{});  // no "and" in the sentence
    EXPECT_TRUE(status.ok()) << status.message();
  }
}

TEST_P(EventStoreTest, SeriesAggregatesByIsoWeekAcrossTheYearBoundary) {
  auto store = db_->Open();
  // 2024-12-29 is a Sunday (week 2024-W52); 2024-12-30 and 2025-01-05 are in 2025-W01.
  const Story a = MakeStory("a", "2024-12-29", "x");
  const Story b = MakeStory("b", "2024-12-30", "y");
  const Story c = MakeStory("c", "2025-01-05", "z");
  const Story d = MakeStory("d", "2025-01-20", "w");
  Add(store.get(), a, {MakeEvent(a, "RUSGOV", "CHN", "040", 1, 1.0)});
  Add(store.get(), b,
      {MakeEvent(b, "RUS", "CHNGOV", "061", 2, 6.4), MakeEvent(b, "CHN", "RUS", "111", 3, -2.0)});
  Add(store.get(), c, {MakeEvent(c, "RUS", "CHN", "173", 4, -5.0)});
  Add(store.get(), d, {MakeEvent(d, "USA", "CHN", "173", 4, -5.0)});

  auto series = store->Series({.source = "RUS", .target = "CHN", .unit = PeriodUnit::kWeek});
  ASSERT_TRUE(series.ok()) << series.status().message();
  ASSERT_EQ(series->size(), 2u);
  EXPECT_EQ((*series)[0].label, "2024-W52");
  EXPECT_EQ((*series)[0].events, 1);
  EXPECT_EQ((*series)[1].label, "2025-W01");
  EXPECT_EQ((*series)[1].quad_counts, (std::array<int64_t, 4>{0, 1, 0, 1}));
  EXPECT_DOUBLE_EQ((*series)[1].goldstein_sum, 1.4);
  EXPECT_DOUBLE_EQ((*series)[1].goldstein_mean, 0.7);
  EXPECT_EQ((*series)[1].stories, 2);

  auto both = store->Series(
      {.source = "RUS", .target = "CHN", .both_directions = true, .unit = PeriodUnit::kMonth});
  ASSERT_TRUE(both.ok());
  ASSERT_EQ(both->size(), 2u);
  EXPECT_EQ((*both)[0].label, "2024-12");
  EXPECT_EQ((*both)[0].events, 3);  // with CHN -> RUS 111
  EXPECT_EQ((*both)[0].stories, 2);
  EXPECT_EQ((*both)[1].label, "2025-01");
  EXPECT_EQ((*both)[1].events, 1);  // USA -> CHN is not the dyad

  auto years = store->Series({.target = "CHN", .unit = PeriodUnit::kYear});
  ASSERT_TRUE(years.ok());
  ASSERT_EQ(years->size(), 2u);
  EXPECT_EQ((*years)[1].label, "2025");
  EXPECT_EQ((*years)[1].events, 2);
}

TEST_P(EventStoreTest, SeriesFillsEmptyPeriods) {
  auto store = db_->Open();
  const Story a = MakeStory("a", "2023-01-31", "x");
  const Story b = MakeStory("b", "2023-04-01", "y");
  Add(store.get(), a, {MakeEvent(a, "RUS", "CHN", "040", 1, 1.0)});
  Add(store.get(), b, {MakeEvent(b, "RUS", "CHN", "040", 1, 1.0)});
  auto series = store->Series({.source = "RUS", .target = "CHN", .unit = PeriodUnit::kMonth});
  ASSERT_TRUE(series.ok());
  ASSERT_EQ(series->size(), 4u);
  EXPECT_EQ((*series)[1].label, "2023-02");
  EXPECT_EQ((*series)[1].events, 0);
  EXPECT_EQ((*series)[1].goldstein_mean, 0);
  EXPECT_EQ((*series)[3].label, "2023-04");
}

TEST(EventStore, RefusesWhatIsNotAnEventStore) {
  TempDb db;
  { std::ofstream(db.path()) << "this is not a database, just text long enough to check........."; }
  auto store = EventStore::Open(db.path(), EventStore::kReadWrite);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kDataError) << store.status().message();
  auto missing = EventStore::Open(db.path() + ".missing", EventStore::kReadOnly);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound) << missing.status().message();
}

// Fills the store with stories enough for a table of many pages, then overwrites the root page
// of the events table with garbage: the schema is sound, the events are not.
void WriteDamagedStore(TempDb* db) {
  {
    auto store = db->Open();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->BeginBatch().ok());
    for (int i = 0; i < 400; ++i) {
      const Story story = MakeStory(std::to_string(i), "2023-11-08", "Putin met Xi.");
      ASSERT_TRUE(store
                      ->AddStory(story,
                                 std::vector<Event>{MakeEvent(story, "RUSGOV", "CHNGOV",
                                                              std::to_string(40 + i % 50), 1, 1,
                                                              "2023-11-08", std::to_string(i))},
                                 "v1")
                      .ok());
    }
    ASSERT_TRUE(store->CommitBatch().ok());
  }  // closed: the write-ahead log is checkpointed into the file and removed
  int64_t page = 0, page_size = 0;
  {
    auto raw = SqliteDb::Open(db->path(), /*read_only=*/true);
    ASSERT_TRUE(raw.ok()) << raw.status().message();
    page = *raw->QueryInt("SELECT rootpage FROM sqlite_schema WHERE name = 'events'");
    page_size = *raw->QueryInt("PRAGMA page_size");
    ASSERT_GT(*raw->QueryInt("SELECT count(*) FROM events"), 300);
  }
  ASSERT_GT(page, 1);
  std::fstream file(db->path(), std::ios::in | std::ios::out | std::ios::binary);
  file.seekp((page - 1) * page_size);
  file << std::string(page_size, '\x5a');
  ASSERT_TRUE(file.good());
}

TEST(EventStore, WritersOpeningOneNewFileAtOnceAllOpenIt) {
  // Two ingests started at once on a new file: each reads schema version 0 before either
  // takes the write lock; the second must find the schema the first created, not create it
  // again ("table stories already exists").
  constexpr int kRounds = 10, kWriters = 4;
  for (int round = 0; round < kRounds; ++round) {
    TempDb db;
    std::atomic<int> ready = 0, opened = 0;
    std::vector<std::string> errors(kWriters);
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
      writers.emplace_back([&, w] {
        ++ready;
        while (ready < kWriters) std::this_thread::yield();
        auto store = EventStore::Open(db.path(), EventStore::kReadWrite);
        if (store.ok()) {
          ++opened;
        } else {
          errors[w] = store.status().message();
        }
      });
    }
    for (std::thread& t : writers) t.join();
    for (const std::string& e : errors) EXPECT_EQ(e, "") << "round " << round;
    ASSERT_EQ(opened, kWriters) << "round " << round;
  }
}

TEST(EventStore, RefusesToWriteIntoADamagedDatabase) {
  // Finding 7 of issue 14: ingest into a damaged database exited 0 and left it malformed.
  TempDb db;
  ASSERT_NO_FATAL_FAILURE(WriteDamagedStore(&db));
  auto store = EventStore::Open(db.path(), EventStore::kReadWrite);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kDataError);
  const std::string& message = store.status().message();
  EXPECT_TRUE(message.starts_with(db.path() + ": ")) << message;
  EXPECT_NE(message.find("damaged (nothing was written to it)"), std::string::npos) << message;
  EXPECT_NE(message.find("sqlite3 " + db.path() + " .recover"), std::string::npos) << message;
}

TEST(EventStore, AReadThatMeetsDamageSaysSo) {
  TempDb db;
  ASSERT_NO_FATAL_FAILURE(WriteDamagedStore(&db));
  auto store = EventStore::Open(db.path(), EventStore::kReadOnly);
  ASSERT_TRUE(store.ok()) << store.status().message();
  const Status status = (*store)->ForEachEvent({}, [](const StoredEvent&) { return true; });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kDataError);
  EXPECT_NE(status.message().find("the events read before it are not all that match"),
            std::string::npos)
      << status.message();
  auto series = (*store)->Series({.unit = PeriodUnit::kDay});
  ASSERT_FALSE(series.ok());
  EXPECT_NE(series.status().message().find(".recover"), std::string::npos)
      << series.status().message();
}

TEST(EventStore, ALockedDatabaseIsAnErrorNotAHang) {
  TempDb db;
  auto writer = db.Open();
  ASSERT_TRUE(writer->BeginBatch().ok());
  auto other = db.Open();
  ASSERT_NE(other, nullptr);
  const Status status = other->BeginBatch();
  EXPECT_EQ(status.code(), StatusCode::kIoError) << status.message();
  EXPECT_NE(status.message().find("locked"), std::string::npos) << status.message();
  ASSERT_TRUE(writer->CommitBatch().ok());
}

INSTANTIATE_TEST_SUITE_P(Stores, EventStoreTest, testing::kBothStores, testing::StoreKindName);
INSTANTIATE_TEST_SUITE_P(Stores, EventStoreFilters, testing::kBothStores, testing::StoreKindName);

}  // namespace
}  // namespace tacitus
