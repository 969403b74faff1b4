#include "queue/story_entry.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "tacitus/event_store.h"

namespace tacitus {
namespace {

using ::testing::HasSubstr;

Story SampleStory() {
  Story story;
  story.id = "afp-2023-11-08-1";
  story.date = *Date::ParseIso("2023-11-08");
  story.time = "05:00:00Z";
  story.text = "Putin met Xi in Beijing.\n\"Quoted\" \t words, and é.";
  story.source = "AFP";
  story.title = "Putin, Xi";
  story.file = "corpus/news.jsonl";
  story.line = 12;
  return story;
}

StreamEntry EntryOf(const Story& story) {
  return {.id = "1700000000000-0", .fields = StoryEntryFields(story)};
}

TEST(StoryEntry, RoundTripsEveryFieldTheReaderKeeps) {
  const Story story = SampleStory();
  auto decoded = DecodeStoryEntry(EntryOf(story), "stories");
  ASSERT_TRUE(decoded.ok()) << decoded.status().message();
  EXPECT_EQ(decoded->id, story.id);
  EXPECT_EQ(decoded->date, story.date);
  EXPECT_EQ(decoded->time, story.time);
  EXPECT_EQ(decoded->text, story.text);
  EXPECT_EQ(decoded->source, story.source);
  EXPECT_EQ(decoded->url, std::nullopt);
  EXPECT_EQ(decoded->title, story.title);
  // Where the story was read, for reports.
  EXPECT_EQ(decoded->file, "corpus/news.jsonl");
  EXPECT_EQ(decoded->line, 12u);
  // The same content, so the store sees the same story (IsStored, dedup).
  EXPECT_EQ(StoryContentHash(*decoded), StoryContentHash(story));
}

TEST(StoryEntry, IsAJsonLineTheStoryReaderReads) {
  const Story story = SampleStory();
  const std::string json = StoryJson(story);
  EXPECT_EQ(json.find('\n'), std::string::npos);
  std::istringstream in(json + "\n");
  StoryReader reader(
      {"-"}, {.format = StoryFormat::kJsonLines},
      [](const StoryError& error) { FAIL() << error.ToString(); }, &in);
  Story read;
  ASSERT_TRUE(reader.Next(&read));
  EXPECT_EQ(read.id, story.id);
  EXPECT_EQ(read.text, story.text);
  EXPECT_EQ(read.time, story.time);
}

TEST(StoryEntry, WithoutFromNamesTheStreamAndEntry) {
  StreamEntry entry = EntryOf(SampleStory());
  entry.fields.pop_back();
  auto decoded = DecodeStoryEntry(entry, "stories");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->file, "stories entry 1700000000000-0");
}

TEST(StoryEntry, RefusesWhatIsNotAStoryWithTheReason) {
  const std::pair<std::vector<std::pair<std::string, std::string>>, const char*> cases[] = {
      {{{"text", "hello"}}, "no \"story\" field"},
      {{{"story", "not json"}}, "malformed JSON"},
      {{{"story", "[1,2]"}}, "expected a JSON object"},
      {{{"story", R"({"id":"x","text":"Hi."})"}}, "story x: missing \"date\""},
      {{{"story", R"({"id":"x","date":"2023-02-30","text":"Hi."})"}}, "invalid date"},
      {{{"story", R"({"id":"x","date":"2023-02-03","text":"  "})"}}, "empty text"},
      {{{"story", R"({"id":"x","date":"2023-02-03","text":"a"})"
                  "\n"
                  R"({"id":"y","date":"2023-02-03","text":"b"})"}},
       "not one line"},
      {{{"story", ""}}, "empty"},
  };
  for (const auto& [fields, why] : cases) {
    auto decoded = DecodeStoryEntry({.id = "1-0", .fields = fields}, "stories");
    ASSERT_FALSE(decoded.ok()) << why;
    EXPECT_THAT(decoded.status().message(), HasSubstr(why));
  }
}

TEST(DeadLetter, AfterMoreDeliveriesThanAllowed) {
  EXPECT_EQ(DeliveryFailure(1, 5), std::nullopt);
  EXPECT_EQ(DeliveryFailure(5, 5), std::nullopt);
  const std::optional<std::string> failure = DeliveryFailure(6, 5);
  ASSERT_TRUE(failure);
  EXPECT_THAT(*failure, HasSubstr("delivered 6 times, more than --max-deliveries 5"));
  EXPECT_TRUE(DeliveryFailure(2, 1));
}

TEST(DeadLetter, KeepsTheReasonTheOriginAndTheFields) {
  const StreamEntry entry{.id = "5-1", .fields = {{"story", "oops"}, {"from", "a.jsonl:3"}}};
  const auto fields = DeadLetterFields(entry, "stories", "not a story: malformed JSON");
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"reason", "not a story: malformed JSON"},
      {"stream", "stories"},
      {"entry", "5-1"},
      {"story", "oops"},
      {"from", "a.jsonl:3"}};
  EXPECT_EQ(fields, expected);
}

}  // namespace
}  // namespace tacitus
