// Verbs and nouns with no pattern of their own coded through WordNet (dict/borrowed_patterns.h),
// on sentences written for this test, with the project's data and with a small dictionary.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "base/temp_dir_testing.h"
#include "dict/cameo_tables_testing.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/story.h"

namespace tacitus {
namespace {

// "SOURCE TARGET CODE first-matched-entry" of each event of `text` (a story of 2024-03-15).
std::vector<std::string> Coded(const EventPipeline& pipeline, const std::string& text) {
  Story story;
  story.id = "test";
  story.date = *Date::ParseIso("2024-03-15");
  story.text = text;
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  pipeline.Process(story, &scratch, &events);
  std::vector<std::string> lines;
  for (const Event& e : events) {
    lines.push_back(e.source + " " + e.target + " " + e.code + " " +
                    (e.matched.empty() ? "" : e.matched[0]));
  }
  return lines;
}

const EventPipeline& ProjectPipeline() {
  static const std::unique_ptr<const EventPipeline> pipeline = [] {
    auto created = EventPipeline::Create({.data_dir = TACITUS_SOURCE_DIR "/data"});
    EXPECT_TRUE(created.ok()) << created.status().message();
    return created.ok() ? std::move(created).value() : nullptr;
  }();
  return *pipeline;
}

// The substring of `line` from " via": which word lent the pattern.
std::string Via(const std::string& line) {
  const size_t via = line.find(" via ");
  return via == std::string::npos ? "" : line.substr(via + 1);
}

TEST(WordNetCoverage, VerbWithNoPatternIsCodedByItsSynonyms) {
  // "revile" has no pattern; it shares vilify's first sense (vilify, revile, vituperate).
  const auto lines =
      Coded(ProjectPipeline(), "The Kenyan president reviled the Ugandan government on Monday.");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].starts_with("KENGOV UGAGOV 111 data/verbs/11-disapprove.txt:")) << lines[0];
  EXPECT_EQ(Via(lines[0]), "via WordNet 'vilify'");
}

TEST(WordNetCoverage, NominalisationIsCodedByItsVerb) {
  const auto lines = Coded(ProjectPipeline(), "Russia's coercion of Georgia drew wide criticism.");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].starts_with("RUS GEO 170 data/verbs/17-coerce.txt:")) << lines[0];
  EXPECT_EQ(Via(lines[0]), "via WordNet 'coerce'");
}

TEST(WordNetCoverage, GeneralVerbBorrowsNothing) {
  // "help" shares its first sense with "assist" and "aid", but is too general to be aid.
  const testing::TempDir temp;
  testing::CopyCameoTables(temp.path() / "data");
  temp.Write("data/actors/test.txt", "country RUS Russia\ncountry SYR Syria\n");
  temp.Write("data/verbs/test.txt", "verb 070 assist +T | aid +T\n");
  auto created = EventPipeline::Create({.data_dir = (temp.path() / "data").string()});
  ASSERT_TRUE(created.ok()) << created.status().message();
  EXPECT_EQ(Coded(**created, "Russia assisted Syria."),
            std::vector<std::string>{"RUS SYR 070 data/verbs/test.txt:1"});
  EXPECT_TRUE(Coded(**created, "Russia helped Syria.").empty());
}

}  // namespace
}  // namespace tacitus
