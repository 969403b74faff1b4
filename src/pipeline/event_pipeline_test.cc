// The whole pipeline on the bundled example story with the project's own data: the golden
// dates and places of DESIGN.md's table; and what Create tells of the dictionaries it loads.
#include "tacitus/event_pipeline.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostic_testing.h"
#include "base/temp_dir_testing.h"
#include "dict/cameo_tables_testing.h"
#include "dict/dictionaries.h"
#include "syntax/analyzer.h"

namespace tacitus {
namespace {

std::vector<Event> CodeExample() {
  auto pipeline = EventPipeline::Create({.data_dir = TACITUS_SOURCE_DIR "/data"});
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().message();
  if (!pipeline.ok()) return {};
  std::vector<Story> stories;
  StoryReader reader({TACITUS_SOURCE_DIR "/examples/putin-xi-beijing.txt"}, {},
                     [](const StoryError& e) { ADD_FAILURE() << e.ToString(); });
  Story story;
  EXPECT_TRUE(reader.Next(&story));
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  (*pipeline)->Process(story, &scratch, &events);
  return events;
}

TEST(EventPipeline, ExampleStoryDatesAndPlaces) {
  const std::vector<Event> events = CodeExample();
  int meetings = 0, warrants = 0, later_meetings = 0, present_acts = 0;
  for (const Event& e : events) {
    EXPECT_EQ(e.story_date, (Date{2023, 11, 8}));
    if (e.sentence == 0 && e.root == "04") {
      ++meetings;
      EXPECT_EQ(e.date.ToString(), "2023-11-07") << e.source << " " << e.target;
      EXPECT_EQ(e.date.precision, DatePrecision::kDay);
      ASSERT_TRUE(e.place.has_value());
      EXPECT_EQ(e.place->name, "Beijing");
      EXPECT_EQ(e.place->country, "CHN");
      ASSERT_TRUE(e.place->lat && e.place->lon);
      EXPECT_NEAR(*e.place->lat, 39.9, 0.1);
      EXPECT_NEAR(*e.place->lon, 116.4, 0.1);
    }
    if (e.sentence == 1 && e.root == "17") {
      ++warrants;
      EXPECT_EQ(e.date.ToString(), "2023");
      EXPECT_EQ(e.date.precision, DatePrecision::kYear);
      EXPECT_FALSE(e.place.has_value());
    }
    if (e.sentence == 2) {
      // "The two leaders discussed ..." opens the next paragraph on the actors of the meeting:
      // the meeting's day, set by "yesterday".
      EXPECT_EQ(e.date.ToString(), "2023-11-07") << e.sentence;
      EXPECT_FALSE(e.date.span.empty());  // "yesterday", in the first sentence
    }
    if (e.sentence >= 3 && e.root == "04") {
      // "Putin's visit to China", "the meeting between Putin and Xi": the episode the lead
      // reports, on the day it names ("yesterday").
      ++later_meetings;
      EXPECT_EQ(e.date.ToString(), "2023-11-07") << e.sentence;
      EXPECT_FALSE(e.date.span.empty());
    }
    if (e.code == "061" || e.code == "111") {
      // "Russia currently exports oil", "Western powers have criticized": told in the present,
      // of the story's day; nothing says when: the story date, no place.
      ++present_acts;
      EXPECT_EQ(e.date.ToString(), "2023-11-08") << e.sentence;
      EXPECT_TRUE(e.date.span.empty());
      EXPECT_FALSE(e.place.has_value());
    }
  }
  EXPECT_EQ(meetings, 2);  // Putin meets Xi, Xi meets Putin
  EXPECT_EQ(warrants, 1);
  EXPECT_GE(later_meetings, 2);  // the visit, the meeting
  EXPECT_EQ(present_acts, 2);    // the oil exports, the Western criticism
}

TEST(EventPipeline, AgentsTakeTheCountryOfADatelinesCityFromTheGazetteer) {
  auto pipeline = EventPipeline::Create({.data_dir = TACITUS_SOURCE_DIR "/data"});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  Story story;
  story.id = "city-dateline";
  story.date = Date{2021, 3, 8};
  story.text = "MANDALAY (Reuters) - Police arrested dozens of students on Monday.";
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  (*pipeline)->Process(story, &scratch, &events);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events[0].source, "MMRCOP");
  EXPECT_EQ(events[0].root, "17");
}

TEST(EventPipeline, ScratchKeepsTheLastAnalysisWhenMoved) {
  auto pipeline = EventPipeline::Create({.data_dir = TACITUS_SOURCE_DIR "/data"});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  const Story story{.id = "s", .date = {2023, 11, 8}, .text = "Putin met Xi. Xi hosted Putin."};
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  (*pipeline)->Process(story, &scratch, &events);
  EventPipeline::Scratch moved(std::move(scratch));
  EXPECT_EQ(moved.analysis().document.sentences.size(), 2u);
  scratch = std::move(moved);  // a moved-from Scratch takes a new state and works again
  (*pipeline)->Process(story, &scratch, &events);
  EXPECT_EQ(scratch.analysis().document.sentences.size(), 2u);
}

TEST(EventPipeline, ReadsTheLexiconWhereTheOptionsSay) {
  const testing::TempDir dir;
  auto pipeline = EventPipeline::Create(
      {.data_dir = TACITUS_SOURCE_DIR "/data", .tagger_dir = (dir.path() / "tagger").string()});
  ASSERT_FALSE(pipeline.ok());
  EXPECT_EQ(pipeline.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(pipeline.status().message(),
              ::testing::StartsWith((dir.path() / "tagger" / "words.yml").string()));
}

TEST(EventPipeline, KeepsThePetrarchLoadersDiagnostics) {
  const testing::TempDir dir;
  const std::string config = dir.Write("PETR_config.ini",
                                       "[Dictionaries]\n"
                                       "verbfile_name = verbs.txt\n"
                                       "actorfile_list = actors.txt\n"
                                       "agentfile_name = agents.txt\n"
                                       "stray line\n");
  dir.Write("verbs.txt", "--- MEET [040] ---\nMEET\n");
  dir.Write("agents.txt", "OFFICIAL [~GOV]\n");
  const std::string actors = dir.Write("actors.txt",
                                       "RUSSIA [RUS]\n"
                                       "ATLANTIS [ATL 2004017-20061201] [ATL]\n"
                                       "CHI\x1aNA [CHN]\n");
  Diagnostics diagnostics;
  auto pipeline = EventPipeline::Create(
      {.data_dir = TACITUS_SOURCE_DIR "/data", .petrarch_config = config}, &diagnostics);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  // The config's stray line and the control byte are warnings; the malformed date's line is
  // skipped, an error, and the rest loads.
  EXPECT_THAT(testing::Located(diagnostics),
              ::testing::ElementsAre("warning " + config + ":5", "error " + actors + ":2",
                                     "warning " + actors + ":3"));
  EXPECT_EQ((*pipeline)->dictionaries().actors().size(), 3u);
}

TEST(EventPipeline, FailsWithTheErrorsOfOurDictionaries) {
  const testing::TempDir dir;
  testing::CopyCameoTables(dir.path() / "data");
  dir.Write("data/actors/a.txt", "country RUS Russia\ncountry XXQ Atlantis\n");
  dir.Write("data/agents.txt", "agent MIL troops\n");
  dir.Write("data/verbs/v.txt", "verb 040 meet +T\n");
  Diagnostics diagnostics;
  auto pipeline = EventPipeline::Create({.data_dir = (dir.path() / "data").string()}, &diagnostics);
  ASSERT_FALSE(pipeline.ok());
  EXPECT_EQ(pipeline.status().code(), StatusCode::kDataError);
  EXPECT_EQ(pipeline.status().message(), diagnostics.ToStatus().message());
  EXPECT_THAT(testing::Located(diagnostics), ::testing::ElementsAre("error data/actors/a.txt:2:9"));
}

}  // namespace
}  // namespace tacitus
