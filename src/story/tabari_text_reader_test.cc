// TABARI's text records ("YYMMDD id", text, blank line) through StoryReader, from stdin.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "story/format_reader.h"
#include "story/input_buffer.h"
#include "tacitus/story.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct Read {
  std::vector<Story> stories;
  std::vector<std::string> errors;
};

Read ReadStdin(const std::string& input, StoryFormat format = StoryFormat::kAuto,
               size_t max_story_bytes = size_t{10} << 20) {
  std::istringstream in(input);
  ReadOptions options;
  options.format = format;
  options.max_story_bytes = max_story_bytes;
  Read read;
  StoryReader reader(
      {"-"}, options, [&](const StoryError& e) { read.errors.push_back(e.ToString()); }, &in);
  Story story;
  while (reader.Next(&story)) read.stories.push_back(story);
  return read;
}

// Every story as "id date line: text".
std::vector<std::string> Shown(const Read& read) {
  std::vector<std::string> shown;
  for (const Story& s : read.stories) {
    shown.push_back(s.id + " " + s.date.ToString() + " " + std::to_string(s.line) + ": " + s.text);
  }
  return shown;
}

TEST(TabariText, ReadsRecordsOfADateAnIdAndLinesOfText) {
  const Read read = ReadStdin(
      "950101 DEMO-01\nArnor is about to restore ties\nwith Gondor.\n\n"
      "\n  \t\n080806 g0-2 AFP serial\nA court in Guyana has issued warrants.\n");
  EXPECT_THAT(read.errors, IsEmpty());
  EXPECT_THAT(Shown(read),
              ElementsAre("DEMO-01 1995-01-01 1: Arnor is about to restore ties\nwith Gondor.",
                          "g0-2 AFP serial 2008-08-06 7: A court in Guyana has issued warrants."));
}

TEST(TabariText, YearsUpTo30AreThisCenturysAndFourDigitYearsAreRead) {
  const Read read = ReadStdin("300101 A-1\nx\n\n310101 A-2\ny\n\n20150609 A-3\nz\n");
  EXPECT_THAT(read.errors, IsEmpty());
  ASSERT_EQ(read.stories.size(), 3u);
  EXPECT_EQ(read.stories[0].date.ToString(), "2030-01-01");
  EXPECT_EQ(read.stories[1].date.ToString(), "1931-01-01");
  EXPECT_EQ(read.stories[2].date.ToString(), "2015-06-09");
}

TEST(TabariText, CommentsAreBlankedOutKeepingOffsets) {
  const Read read = ReadStdin("950101 D-1\nArnor met Gondor. /* {ARN GON 031}\n*/ Done.\n");
  ASSERT_EQ(read.stories.size(), 1u);
  EXPECT_EQ(read.stories[0].text, "Arnor met Gondor. " + std::string(16, ' ') + "\n   Done.");
}

TEST(TabariText, BadRecordsAreReportedAndTheRestIsRead) {
  const Read read = ReadStdin(
      "950101 OK-1\ngood\n\n"
      "Arnor without a header\n\n"     // line 4
      "951131 BAD-DATE\ntext\n\n"      // line 6: no 31 November
      "950102 NO-TEXT\n\n"             // line 9
      "950103\nno id\n\n"              // line 11
      "950104 BAD-UTF8\n\xff\xfe\n\n"  // line 14
      "950105 OK-2\nalso good\n");
  EXPECT_THAT(read.errors,
              ElementsAre(::testing::StartsWith("-:4: story ?: expected 'YYMMDD id'"),
                          "-:6: story BAD-DATE: invalid date '951131' (want YYMMDD or YYYYMMDD)",
                          "-:9: story NO-TEXT: empty text",
                          ::testing::StartsWith("-:11: story ?: expected 'YYMMDD id'"),
                          ::testing::StartsWith("-:14: story BAD-UTF8: invalid UTF-8")));
  EXPECT_THAT(Shown(read), ElementsAre("OK-1 1995-01-01 1: good", "OK-2 1995-01-05 17: also good"));
}

TEST(TabariText, ARecordLongerThanTheLimitIsSkippedWithoutHoldingIt) {
  std::string input = "950101 LONG-1\n";
  for (int i = 0; i < 50; ++i) input += "a line of text that makes the record long\n";
  input += "\n950102 SHORT-1\nshort\n";
  const Read read = ReadStdin(input, StoryFormat::kTabari, 256);
  EXPECT_THAT(read.errors, ElementsAre("-:1: story LONG-1: record longer than 256 bytes"));
  EXPECT_THAT(Shown(read), ElementsAre("SHORT-1 1995-01-02 53: short"));
}

TEST(TabariText, IsDetectedByItsFirstLineOnly) {
  EXPECT_TRUE(LooksTabari("950101 DEMO-01\ntext"));
  EXPECT_TRUE(LooksTabari("950101*INTRO\ntext"));
  EXPECT_FALSE(LooksTabari("200101 people marched in the capital\n"));  // plain text
  EXPECT_FALSE(LooksTabari("951399 D-1\ntext"));                        // no date
  EXPECT_FALSE(LooksTabari("950101 D-1"));                              // no text after it
  const Read plain = ReadStdin("200101 people marched\n");
  EXPECT_THAT(plain.errors, ElementsAre("-:1: story stdin: plain text needs --date YYYY-MM-DD"));
}

TEST(TabariText, ReadsInChunksAsSmallAsAByte) {
  const std::string input = "950101 D-1\nfirst\nstory\n\n950102 D-2\nsecond\n";
  for (size_t chunk : {1, 2, 3, 7}) {
    std::istringstream in(input);
    InputBuffer buffer(&in, chunk);
    ReadOptions options;
    std::vector<std::string> errors;
    const ErrorSink sink = [&](StoryError e) { errors.push_back(e.ToString()); };
    auto reader = NewTabariTextReader(&buffer, InputInfo{"-", "stdin"}, options, sink);
    std::vector<std::string> texts;
    Story story;
    while (reader->Next(&story)) texts.push_back(story.id + ":" + story.text);
    EXPECT_THAT(errors, IsEmpty()) << chunk;
    EXPECT_THAT(texts, ElementsAre("D-1:first\nstory", "D-2:second")) << chunk;
  }
}

}  // namespace
}  // namespace tacitus
