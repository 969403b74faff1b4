// Reading gold and events files: what each line gives, and bad lines reported by file:line
// while the rest is read.
#include "eval/jsonl_inputs.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

GoldFile Gold(const std::string& jsonl) {
  std::istringstream in(jsonl);
  return ReadGold(in, "gold.jsonl");
}

EventsFile Events(const std::string& jsonl) {
  std::istringstream in(jsonl);
  return ReadEvents(in, "events.jsonl");
}

TEST(ReadGold, TakesValuesAndAlternatives) {
  const GoldFile gold = Gold(
      R"({"article": "news-001", "source": "DZAGOV", "target": "DZAMIL", "code": "0831", "root": "08", "date": "2019-04-02", "dyadic": true, "salience": "key", "sentence": "Algerians woke up.", "alt": {"code": ["083", "", null, "080"], "target": "DZA", "date": []}, "note": "ignored"}
)");
  ASSERT_THAT(gold.errors, IsEmpty());
  ASSERT_EQ(gold.events.size(), 1u);
  const GoldEvent& event = gold.events[0];
  EXPECT_EQ(event.article, "news-001");
  EXPECT_EQ(event.line, 1u);
  EXPECT_TRUE(event.key);
  EXPECT_TRUE(event.dyadic);
  EXPECT_EQ(event.sentence, "Algerians woke up.");
  EXPECT_THAT(event.sources, ElementsAre("DZAGOV"));
  EXPECT_THAT(event.targets, ElementsAre("DZAMIL", "DZA"));
  EXPECT_THAT(event.codes, ElementsAre("0831", "083", "080"));  // empty and null left out
  EXPECT_THAT(event.dates, ElementsAre("2019-04-02"));
}

TEST(ReadGold, NullSidesAndDefaults) {
  const GoldFile gold = Gold(
      R"({"article": "a", "source": "USA", "target": null, "code": "042", "date": null, "dyadic": false}

{"article": "b", "code": "042"}
)");
  ASSERT_THAT(gold.errors, IsEmpty());
  ASSERT_EQ(gold.events.size(), 2u);
  EXPECT_EQ(gold.events[0].target, "");
  EXPECT_THAT(gold.events[0].targets, IsEmpty());
  EXPECT_THAT(gold.events[0].dates, IsEmpty());
  EXPECT_FALSE(gold.events[0].dyadic);
  EXPECT_TRUE(gold.events[1].dyadic);  // absent: dyadic
  EXPECT_FALSE(gold.events[1].key);
  EXPECT_EQ(gold.events[1].line, 3u);  // the blank line is counted, not read
}

TEST(ReadGold, ReportsBadLinesAndReadsTheRest) {
  const GoldFile gold = Gold(
      R"({"article": "a", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
{"article": "b", "source": "USA"
["not", "an", "object"]
{"source": "USA", "target": "RUS", "code": "042"}
{"article": "c", "source": "USA", "target": "RUS", "code": 42}
{"article": "d", "source": "USA", "target": "RUS", "code": "042", "dyadic": "yes"}
{"article": "e", "source": "USA", "target": "RUS", "code": "042", "alt": {"code": 43}}
{"article": "f", "source": "USA", "target": "RUS", "code": "042", "alt": ["042"]}
{"article": "g", "source": "USA", "target": "RUS", "code": "042", "date": "2020-01-02"}
)");
  EXPECT_THAT(
      gold.errors,
      ElementsAre("gold.jsonl:2: not valid JSON (byte 33)", "gold.jsonl:3: not a JSON object",
                  "gold.jsonl:4: \"article\" must be a string",
                  "gold.jsonl:5: \"code\" must be a string",
                  "gold.jsonl:6: \"dyadic\" must be true or false",
                  "gold.jsonl:7: \"alt.code\" must be a string or a list of strings",
                  "gold.jsonl:8: \"alt\" must be an object"));
  ASSERT_EQ(gold.events.size(), 2u);
  EXPECT_EQ(gold.events[0].article, "a");
  EXPECT_EQ(gold.events[1].article, "g");
  EXPECT_EQ(gold.events[1].line, 9u);
}

TEST(ReadGoldFile, FailsOnlyWhenTheFileCannotBeRead) {
  const Result<GoldFile> gold = ReadGoldFile("/nonexistent/gold.jsonl");
  ASSERT_FALSE(gold.ok());
  EXPECT_EQ(gold.status().message(), "/nonexistent/gold.jsonl: cannot open");
}

TEST(ReadEvents, TakesTheFieldsAsScorePyDoes) {
  const EventsFile events = Events(
      R"({"story": "s1", "date": "2023-11-07", "sentence": 3, "source": "RUSGOV", "target": "CHNGOV", "code": "042"}
{"story": null, "story_id": 7, "source": null, "target": "CHN", "code": 0}
{"article": "s3", "id": "ignored", "source": "USA", "target": "RUS", "code": 111, "sentence": "They met."}
)");
  ASSERT_THAT(events.errors, IsEmpty());
  ASSERT_EQ(events.predictions.size(), 3u);
  const Prediction& first = events.predictions[0];
  EXPECT_EQ(first.story, "s1");
  EXPECT_EQ(first.source, "RUSGOV");
  EXPECT_EQ(first.target, "CHNGOV");
  EXPECT_EQ(first.code, "042");
  EXPECT_EQ(first.date, "2023-11-07");
  EXPECT_EQ(first.sentence_index, 3);
  const Prediction& second = events.predictions[1];
  EXPECT_EQ(second.story, "7");  // the first story key that is not null, as text
  EXPECT_EQ(second.source, "");  // null: empty, so the scorer drops it
  EXPECT_EQ(second.code, "");    // 0 is false to Python: empty
  EXPECT_EQ(second.date, "");
  EXPECT_EQ(second.sentence_index, -1);
  const Prediction& third = events.predictions[2];
  EXPECT_EQ(third.story, "s3");
  EXPECT_EQ(third.code, "111");
  EXPECT_EQ(third.sentence, "They met.");
}

TEST(ReadEvents, ReportsBadLinesAndReadsTheRest) {
  const EventsFile events = Events(
      R"({"source": "USA", "target": "RUS", "code": "042"}
{"story": "s2", "source": ["USA"], "target": "RUS", "code": "042"}
{"story": 1.5, "source": "USA", "target": "RUS", "code": "042"}
{"story": "s4", "source": "USA", "target": "RUS", "code": "042"}
)");
  EXPECT_THAT(
      events.errors,
      ElementsAre("events.jsonl:1: no story id (\"story\", \"story_id\", \"article\" or \"id\")",
                  "events.jsonl:2: \"source\" must be a string",
                  "events.jsonl:3: \"story\" must be a string"));
  ASSERT_EQ(events.predictions.size(), 1u);
  EXPECT_EQ(events.predictions[0].story, "s4");
}

}  // namespace
}  // namespace tacitus
