#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/files.h"
#include "base/temp_dir_testing.h"
#include "story/input_buffer.h"
#include "tacitus/story.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;

using testing::TempDir;

struct ReadResult {
  std::vector<Story> stories;
  std::vector<StoryError> errors;
  size_t skipped = 0;

  std::vector<std::string> Ids() const {
    std::vector<std::string> ids;
    for (const Story& s : stories) ids.push_back(s.id);
    return ids;
  }
  std::vector<std::string> ErrorLines() const {
    std::vector<std::string> lines;
    for (const StoryError& e : errors) lines.push_back(e.ToString());
    return lines;
  }
};

ReadResult ReadAll(std::vector<std::string> inputs, ReadOptions options = {},
                   std::istream* in = &std::cin) {
  ReadResult result;
  StoryReader reader(
      std::move(inputs), options, [&](const StoryError& e) { result.errors.push_back(e); }, in);
  Story story;
  while (reader.Next(&story)) result.stories.push_back(story);
  result.skipped = reader.skipped();
  return result;
}

ReadOptions WithFormat(StoryFormat format) {
  ReadOptions options;
  options.format = format;
  return options;
}

// ---------------------------------------------------------------------------- names

TEST(StoryFormat, NamesRoundTrip) {
  for (StoryFormat f : {StoryFormat::kAuto, StoryFormat::kDated, StoryFormat::kJsonLines,
                        StoryFormat::kPlainText, StoryFormat::kPetrarchXml, StoryFormat::kTabari}) {
    EXPECT_EQ(ParseStoryFormat(StoryFormatName(f)), f);
  }
  EXPECT_EQ(ParseStoryFormat("jsonl"), StoryFormat::kJsonLines);
  EXPECT_EQ(ParseStoryFormat("petrarch"), StoryFormat::kPetrarchXml);
  EXPECT_EQ(ParseStoryFormat("xml"), std::nullopt);
  EXPECT_EQ(ParseStoryFormat(""), std::nullopt);
}

TEST(StoryError, PrintsFileLineIdReason) {
  EXPECT_EQ((StoryError{"a.jsonl", 7, "AFP_1", "invalid date"}).ToString(),
            "a.jsonl:7: story AFP_1: invalid date");
  EXPECT_EQ((StoryError{"-", 3, "", "malformed JSON"}).ToString(), "-:3: story ?: malformed JSON");
  EXPECT_EQ((StoryError{"gone.txt", 0, "", "cannot open: No such file or directory"}).ToString(),
            "gone.txt: cannot open: No such file or directory");
}

// ---------------------------------------------------------------------------- dated

TEST(DatedStory, ReadsTheExample) {
  const std::string path = TACITUS_SOURCE_DIR "/examples/putin-xi-beijing.txt";
  std::string content;
  const Status read = ReadWholeFile(path, &content);
  ASSERT_TRUE(read.ok()) << read.message();
  const ReadResult r = ReadAll({path});
  ASSERT_TRUE(r.errors.empty()) << r.ErrorLines()[0];
  ASSERT_EQ(r.stories.size(), 1u);
  const Story& s = r.stories[0];
  EXPECT_EQ(s.id, "putin-xi-beijing");
  EXPECT_EQ(s.date, (Date{2023, 11, 8}));
  EXPECT_EQ(s.file, path);
  EXPECT_EQ(s.line, 1u);
  // Everything after " date 2023-11-08 ", byte for byte, paragraph breaks included.
  EXPECT_EQ(s.text, content.substr(content.find("Russian President")));
  EXPECT_NE(s.text.find("allies like China.\n\nThe two leaders"), std::string::npos);
  EXPECT_FALSE(s.source.has_value());
}

TEST(DatedStory, TakesTextFromTheFollowingLines) {
  TempDir dir;
  const std::string path = dir.Write("s1.story", "\n  date 2024-02-29\n\nFirst.\n\nSecond.\n");
  const ReadResult r = ReadAll({path});
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "s1");
  EXPECT_EQ(r.stories[0].date, (Date{2024, 2, 29}));
  EXPECT_EQ(r.stories[0].text, "First.\n\nSecond.\n");
  EXPECT_EQ(r.skipped, 0u);
}

TEST(DatedStory, ReportsAnInvalidDate) {
  TempDir dir;
  const std::string feb30 = dir.Write("feb30.txt", "date 2023-02-30 Text.");
  const std::string word = dir.Write("word.txt", "date yesterday Text.");
  ReadResult r = ReadAll({feb30});
  EXPECT_TRUE(r.stories.empty());
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{
                feb30 + ":1: story feb30: invalid date '2023-02-30' (want YYYY-MM-DD)"});
  EXPECT_EQ(r.skipped, 1u);

  r = ReadAll({word}, WithFormat(StoryFormat::kDated));
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{word +
                                     ":1: story word: invalid date 'yesterday' (want YYYY-MM-DD)"});
}

TEST(DatedStory, ReportsInvalidUtf8WithItsOffset) {
  TempDir dir;
  // Byte 26 (0-based) is a lone continuation byte on line 3.
  const std::string path = dir.Write("bad.txt", "date 2023-11-08\n\nCaf\xC3\xA9 ok \x80 bad.\n");
  ASSERT_EQ(std::string_view("date 2023-11-08\n\nCaf\xC3\xA9 ok ").size(), 26u);
  const ReadResult r = ReadAll({path});
  EXPECT_TRUE(r.stories.empty());
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{path + ":1: story bad: invalid UTF-8 at byte 26 (line 3)"});
}

TEST(DatedStory, ReportsEmptyText) {
  TempDir dir;
  const std::string path = dir.Write("empty.txt", "date 2023-11-08  \n \n\t\n");
  const ReadResult r = ReadAll({path});
  EXPECT_TRUE(r.stories.empty());
  EXPECT_EQ(r.ErrorLines(), std::vector<std::string>{path + ":1: story empty: empty text"});
}

TEST(DatedStory, SkipsAByteOrderMark) {
  TempDir dir;
  const std::string path = dir.Write("bom.txt",
                                     "\xEF\xBB\xBF"
                                     "date 2023-11-08 Text.");
  const ReadResult r = ReadAll({path});
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].text, "Text.");
}

// ---------------------------------------------------------------------------- plain text

TEST(PlainText, IsOneStoryDatedByTheOption) {
  TempDir dir;
  const std::string path = dir.Write("notes.txt", "Putin met Xi.\n\nThey talked.\n");
  ReadOptions options;
  options.date = Date{2023, 11, 8};
  const ReadResult r = ReadAll({path}, options);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "notes");
  EXPECT_EQ(r.stories[0].date, (Date{2023, 11, 8}));
  EXPECT_EQ(r.stories[0].text, "Putin met Xi.\n\nThey talked.\n");
}

TEST(PlainText, NeedsADate) {
  TempDir dir;
  const std::string path = dir.Write("notes.txt", "Putin met Xi.\n");
  const ReadResult r = ReadAll({path});
  EXPECT_TRUE(r.stories.empty());
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{path + ":1: story notes: plain text needs --date YYYY-MM-DD"});
}

TEST(PlainText, ReportsEmptyText) {
  TempDir dir;
  const std::string path = dir.Write("blank.txt", "  \n\n");
  ReadOptions options;
  options.date = Date{2023, 11, 8};
  const ReadResult r = ReadAll({path}, options);
  // Said of the file, with or without --date (SaysAnEmptyFileIsEmpty).
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{path + ":1: story blank: file holds only white space"});
}

TEST(PlainText, ReportsAStoryOverTheSizeLimit) {
  TempDir dir;
  const std::string path = dir.Write("long.txt", std::string(300, 'x'));
  ReadOptions options;
  options.date = Date{2023, 11, 8};
  options.max_story_bytes = 200;
  const ReadResult r = ReadAll({path}, options);
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{path + ":1: story long: story longer than 200 bytes"});
}

// ---------------------------------------------------------------------------- JSON Lines

TEST(JsonLines, ReadsEveryGoodLineAroundBadOnes) {
  TempDir dir;
  const std::string path =
      dir.Write("feed.jsonl",
                "{\"id\":\"a\",\"date\":\"2023-11-08\",\"text\":\"Putin met Xi.\"}\n"   // 1
                "\n"                                                                    // 2
                "{\"id\":\"b\",\"date\":\"2023-11-08\",\"text\":\n"                     // 3
                "[1,2]\n"                                                               // 4
                "{\"id\":\"c\",\"date\":\"2023-11-08\"}\n"                              // 5
                "{\"id\":\"d\",\"date\":20231108,\"text\":\"x\"}\n"                     // 6
                "{\"id\":\"e\",\"date\":\"2023-02-30\",\"text\":\"x\"}\n"               // 7
                "{\"id\":\"f\",\"date\":\"2023-11-08\",\"text\":\" \\n \"}\n"           // 8
                "{\"id\":\"g\",\"date\":\"2023-11-08\",\"text\":\"bad \xFF byte\"}\n"   // 9
                "{\"id\":\"h\",\"date\":\"2023-11-08\",\"text\":\"Xi hosted Putin.\","  // 10
                "\"source\":\"AFP\",\"url\":\"https://example.org/h\",\"title\":null}\r\n"
                "{\"date\":\"2023-11-08\",\"text\":\"x\"}\n"                               // 11
                "{\"id\":\"j\",\"date\":\"2023-11-08\",\"text\":\"x\",\"title\":7}\n"      // 12
                "{\"id\":7,\"date\":\"2023-11-08\",\"text\":\"x\"}\n"                      // 13
                "  \n"                                                                     // 14
                "{\"id\":\"k\",\"date\":\"2024-02-29\",\"text\":\"Last, no newline.\"}");  // 15
  const ReadResult r = ReadAll({path});
  EXPECT_EQ(r.Ids(), (std::vector<std::string>{"a", "h", "k"}));
  ASSERT_EQ(r.stories.size(), 3u);
  EXPECT_EQ(r.stories[0].line, 1u);
  EXPECT_EQ(r.stories[0].text, "Putin met Xi.");
  EXPECT_EQ(r.stories[0].file, path);
  EXPECT_EQ(r.stories[1].line, 10u);
  EXPECT_EQ(r.stories[1].source, "AFP");
  EXPECT_EQ(r.stories[1].url, "https://example.org/h");
  EXPECT_EQ(r.stories[1].title, std::nullopt);
  EXPECT_EQ(r.stories[2].line, 15u);
  EXPECT_EQ(r.stories[2].date, (Date{2024, 2, 29}));
  EXPECT_EQ(r.stories[2].source, std::nullopt);  // not left over from story h

  ASSERT_EQ(r.errors.size(), 10u);
  const std::vector<std::pair<uint32_t, std::string>> expected = {
      {3, "?"}, {4, "?"}, {5, "c"},  {6, "d"},  {7, "e"},
      {8, "f"}, {9, "?"}, {11, "?"}, {12, "j"}, {13, "?"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(r.errors[i].file, path);
    EXPECT_EQ(r.errors[i].line, expected[i].first) << r.errors[i].ToString();
    EXPECT_EQ(r.errors[i].story_id.empty() ? "?" : r.errors[i].story_id, expected[i].second)
        << r.errors[i].ToString();
  }
  EXPECT_TRUE(r.errors[0].reason.starts_with("malformed JSON: ")) << r.errors[0].reason;
  EXPECT_EQ(r.errors[1].reason, "expected a JSON object, not array");
  EXPECT_EQ(r.errors[2].reason, "missing \"text\"");
  EXPECT_EQ(r.errors[3].reason, "\"date\" is not a string");
  EXPECT_EQ(r.errors[4].reason,
            "invalid date '2023-02-30' (want YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)");
  EXPECT_EQ(r.errors[5].reason, "empty text");
  // Line 9 starts after lines 1..8; the bad byte is 49 bytes into it.
  const std::string_view before_9 =
      "{\"id\":\"a\",\"date\":\"2023-11-08\",\"text\":\"Putin met Xi.\"}\n\n"
      "{\"id\":\"b\",\"date\":\"2023-11-08\",\"text\":\n[1,2]\n"
      "{\"id\":\"c\",\"date\":\"2023-11-08\"}\n{\"id\":\"d\",\"date\":20231108,\"text\":\"x\"}\n"
      "{\"id\":\"e\",\"date\":\"2023-02-30\",\"text\":\"x\"}\n"
      "{\"id\":\"f\",\"date\":\"2023-11-08\",\"text\":\" \\n \"}\n";
  const size_t bad_byte =
      before_9.size() +
      std::string_view("{\"id\":\"g\",\"date\":\"2023-11-08\",\"text\":\"bad ").size();
  EXPECT_EQ(r.errors[6].reason, "invalid UTF-8 at byte " + std::to_string(bad_byte) + " (line 9)");
  EXPECT_EQ(r.errors[7].reason, "missing \"id\"");
  EXPECT_EQ(r.errors[8].reason, "\"title\" is not a string");
  EXPECT_EQ(r.errors[9].reason, "\"id\" is not a string");
  EXPECT_EQ(r.skipped, 10u);
}

// Found by the fuzzer (with an earlier JSON library, which threw a different exception for
// it): a number too large for a double is malformed JSON, reported briefly.
TEST(JsonLines, ReportsANumberTooLargeAsMalformed) {
  TempDir dir;
  const std::string path =
      dir.Write("huge.jsonl", "{\"id\":\"a\",\"n\":2e" + std::string(300, '1') +
                                  ",\"date\":\"2023-11-08\",\"text\":\"x\"}\n"
                                  "{\"id\":\"b\",\"date\":\"2023-11-08\",\"text\":\"y\"}\n");
  const ReadResult r = ReadAll({path});
  EXPECT_EQ(r.Ids(), std::vector<std::string>{"b"});
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_TRUE(r.errors[0].reason.starts_with("malformed JSON: ")) << r.errors[0].reason;
  EXPECT_NE(r.errors[0].reason.find("number"), std::string::npos) << r.errors[0].reason;
  EXPECT_LT(r.errors[0].reason.size(), 200u);
}

TEST(JsonLines, SkipsALineOverTheSizeLimitWithoutLosingTheNext) {
  TempDir dir;
  const std::string long_line =
      "{\"id\":\"long\",\"date\":\"2023-11-08\",\"text\":\"" + std::string(200000, 'x') + "\"}\n";
  const std::string path = dir.Write(
      "big.jsonl", long_line + "{\"id\":\"next\",\"date\":\"2023-11-08\",\"text\":\"Short.\"}\n");
  ReadOptions options;
  options.max_story_bytes = 1000;
  const ReadResult r = ReadAll({path}, options);
  EXPECT_EQ(r.Ids(), std::vector<std::string>{"next"});
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].line, 2u);
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{path + ":1: story ?: line longer than 1000 bytes"});
}

TEST(JsonLines, ReadsManyLinesAcrossReadChunks) {
  TempDir dir;
  std::string content;
  const int kStories = 5000;  // about 450 KB: several 64 KiB chunks
  for (int i = 0; i < kStories; ++i) {
    content += "{\"id\":\"s" + std::to_string(i) + "\",\"date\":\"2023-11-08\",\"text\":\"" +
               std::string(static_cast<size_t>(i % 97), 'y') + "z\"}\n";
  }
  const ReadResult r = ReadAll({dir.Write("many.jsonl", content)});
  ASSERT_EQ(r.stories.size(), static_cast<size_t>(kStories));
  for (int i = 0; i < kStories; ++i) {
    // Not "s" + std::to_string(i), which trips g++ 12's -Wrestrict.
    ASSERT_EQ(r.stories[i].id, std::string("s").append(std::to_string(i)));
    ASSERT_EQ(r.stories[i].line, static_cast<uint32_t>(i + 1));
    ASSERT_EQ(r.stories[i].text.size(), static_cast<size_t>(i % 97 + 1));
  }
}

// ---------------------------------------------------------------------------- shards

TEST(StoryShard, ParsesAnIndexBelowTheCount) {
  const auto parsed = StoryShard::Parse("3/4");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->index, 3u);
  EXPECT_EQ(parsed->count, 4u);
  EXPECT_TRUE(StoryShard::Parse("0/1").has_value());
  for (std::string_view bad : {"4/4", "1/0", "0/0", "a/2", "1/2/3", "", "/2", "1/", "-1/2", "1"}) {
    EXPECT_FALSE(StoryShard::Parse(bad).has_value()) << bad;
  }
}

// The values come from the rule written out in Python (FNV-1a 64, SplitMix64's finaliser, the
// remainder), not from this code: a shard must not move between builds or machines.
TEST(StoryShard, ShardOfAnIdIsTheDocumentedHash) {
  EXPECT_EQ(StoryShard::Of("AFP_ENG_20231107.0001", 1000), 934u);
  EXPECT_EQ(StoryShard::Of("story-1", 1000), 413u);
  EXPECT_EQ(StoryShard::Of("AFP_ENG_20231107.0001", 4), 2u);
  EXPECT_EQ(StoryShard::Of("anything", 1), 0u);
}

TEST(StoryShard, ShardsTogetherReadEveryStoryAndReportEveryErrorOnce) {
  TempDir dir;
  std::string content;
  const int kStories = 400;
  for (int i = 0; i < kStories; ++i) {
    content += "{\"id\":\"s" + std::to_string(i) + "\",\"date\":\"2023-11-08\",\"text\":\"x\"}\n";
    if (i % 50 == 0) content += "{not json\n";  // 8 bad lines, with no id
    if (i % 80 == 0) content += "{\"id\":\"bad" + std::to_string(i) + "\",\"date\":\"x\"}\n";
  }
  const std::string path = dir.Write("corpus.jsonl", content);
  const ReadResult whole = ReadAll({path});
  ASSERT_EQ(whole.stories.size(), static_cast<size_t>(kStories));
  ASSERT_EQ(whole.errors.size(), 13u);
  for (uint32_t count : {1u, 3u, 4u}) {
    std::multiset<std::string> ids, errors;
    for (uint32_t index = 0; index < count; ++index) {
      ReadOptions options;
      options.shard = StoryShard{index, count};
      const ReadResult shard = ReadAll({path}, options);
      EXPECT_GE(shard.stories.size(), static_cast<size_t>(kStories / count / 2))
          << "shard " << index << "/" << count << " holds too few: the hash is not spread";
      EXPECT_EQ(shard.skipped, shard.errors.size());
      for (const std::string& id : shard.Ids()) ids.insert(id);
      for (const std::string& line : shard.ErrorLines()) errors.insert(line);
    }
    const std::vector<std::string> whole_ids = whole.Ids(), whole_errors = whole.ErrorLines();
    EXPECT_EQ(ids, std::multiset<std::string>(whole_ids.begin(), whole_ids.end())) << count;
    EXPECT_EQ(errors, std::multiset<std::string>(whole_errors.begin(), whole_errors.end()))
        << count;
  }
}

// ---------------------------------------------------------------------------- PETRARCH XML

constexpr std::string_view kPetrarchRecords =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                                          // 1
    "<!-- header\n"                                                                         // 2
    "<Sentence date=\"20080804\" id=\"COMMENTED\"><Text>no</Text></Sentence>\n"             // 3
    "-->\n"                                                                                 // 4
    "<Sentences>\n"                                                                         // 5
    "<Sentence date = \"20080804\" id =\"GOOD_1\" source = \"AFP\" sentence = \"True\">\n"  // 6
    "<!-- a comment that mentions </Sentence> -->\n"                                        // 7
    "<Text>\n"                                                                              // 8
    "  The stopover came as the US leader \n"                                               // 9
    "prepared to attend the Olympics. \n"                                                   // 10
    "</Text>\n"                                                                             // 11
    "<Parse>(S (NP (DT The)))</Parse>\n"                                                    // 12
    "</Sentence>\n"                                                                         // 21
    "<Sentence date=\"20080805\" id=\"MISMATCH\"><Text>Fish</Txet></Sentence>\n"            // 14
    "<Sentence date=\"20080231\" id=\"BADDATE\"><Text>x</Text></Sentence>\n"                // 15
    "<Sentence date=\"20080805\" id=\"EMPTY\"><Text>\n  \n</Text></Sentence>\n"             // 16-18
    "<Sentence date=\"20080805\" id=\"UNCLOSED\"><Text>x</Text>\n"                          // 19
    "<Sentence date=\"20080805\" id=\"GOOD_2\"><Text><![CDATA[a </Sentence> b]]>"           // 20
    " &amp; c</Text></Sentence>\n"
    "</Sentence>\n"                                                                  // 21
    "<Sentence date=\"20080805\" id=\"NOTEXT\"/>\n"                                  // 22
    "<Sentence id=\"NODATE\"><Text>x</Text></Sentence>\n"                            // 23
    "<Sentence date=\"20080805\"><Text>x</Text></Sentence>\n"                        // 24
    "<Sentence date=\"20080805\" id=\"UTF8\"><Text>caf\xE9</Text></Sentence>\n"      // 25
    "<Sentence date=\"20080806\" id=\"GOOD_3\">\n<Text>Last.</Text>\n</Sentence>\n"  // 26-28
    "</Sentences>\n";

TEST(PetrarchXml, ReadsGoodRecordsAndReportsEachBadOne) {
  TempDir dir;
  const std::string path = dir.Write("records.xml", kPetrarchRecords);
  const ReadResult r = ReadAll({path});
  EXPECT_EQ(r.Ids(), (std::vector<std::string>{"GOOD_1", "GOOD_2", "GOOD_3"}));
  ASSERT_EQ(r.stories.size(), 3u);
  const Story& first = r.stories[0];
  EXPECT_EQ(first.line, 6u);
  EXPECT_EQ(first.date, (Date{2008, 8, 4}));
  EXPECT_EQ(first.source, "AFP");
  EXPECT_EQ(first.text, "The stopover came as the US leader \nprepared to attend the Olympics.");
  EXPECT_EQ(first.parse, "(S (NP (DT The)))");
  EXPECT_EQ(r.stories[1].line, 20u);
  EXPECT_EQ(r.stories[1].text, "a </Sentence> b & c");
  EXPECT_EQ(r.stories[1].source, std::nullopt);
  EXPECT_EQ(r.stories[1].parse, std::nullopt);
  EXPECT_EQ(r.stories[2].line, 26u);
  EXPECT_EQ(r.stories[2].date, (Date{2008, 8, 6}));

  const size_t utf8_byte = kPetrarchRecords.find("caf\xE9") + 3;
  const std::vector<std::string> expected = {
      "",  // pugixml's wording, checked below
      path + ":15: story BADDATE: invalid date '20080231' (want YYYYMMDD)",
      path + ":16: story EMPTY: empty text",
      path + ":19: story UNCLOSED: no </Sentence> before the <Sentence> on line 20",
      path + ":21: story ?: </Sentence> without <Sentence>",
      path + ":22: story NOTEXT: no <Text> element",
      path + ":23: story NODATE: missing date attribute",
      path + ":24: story ?: missing id attribute",
      path + ":25: story UTF8: invalid UTF-8 at byte " + std::to_string(utf8_byte) + " (line 25)",
  };
  const std::vector<std::string> got = r.ErrorLines();
  ASSERT_EQ(got.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    if (i == 0) {
      // pugixml's wording is its own; what matters is which record and where.
      EXPECT_TRUE(got[i].starts_with(path + ":14: story MISMATCH: malformed XML record: "))
          << got[i];
      EXPECT_TRUE(got[i].ends_with(" (line 14)")) << got[i];
      continue;
    }
    EXPECT_EQ(got[i], expected[i]);
  }
  EXPECT_EQ(r.skipped, expected.size());
}

TEST(PetrarchXml, ReportsARecordCutOffByTheEndOfTheInput) {
  TempDir dir;
  const std::string path =
      dir.Write("cut.xml",
                "<Sentences>\n<Sentence date=\"20080804\" id=\"A\"><Text>a</Text></Sentence>\n"
                "<Sentence date=\"20080804\" id=\"B\"><Text>b</Text>\n");
  const ReadResult r = ReadAll({path});
  EXPECT_EQ(r.Ids(), std::vector<std::string>{"A"});
  EXPECT_EQ(r.ErrorLines(), std::vector<std::string>{
                                path + ":3: story B: no </Sentence> before the end of the input"});
}

TEST(PetrarchXml, ReportsAnUnclosedComment) {
  TempDir dir;
  const std::string path = dir.Write(
      "comment.xml",
      "<Sentences>\n<Sentence date=\"20080804\" id=\"A\"><Text>a</Text></Sentence>\n<!-- \n"
      "<Sentence date=\"20080804\" id=\"B\"><Text>b</Text></Sentence>\n");
  const ReadResult r = ReadAll({path});
  EXPECT_EQ(r.Ids(), std::vector<std::string>{"A"});
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{
                path + ":3: story ?: comment not closed before the end of the input"});
}

// Records, comments and tags straddle the 64 KiB read chunks; every record and line must
// come out right, and the records inside the long comment must not.
TEST(PetrarchXml, CutsRecordsAcrossReadChunks) {
  std::string content = "<Sentences>\n";
  uint32_t line = 2;
  std::vector<uint32_t> lines;
  const int kRecords = 3000;
  for (int i = 0; i < kRecords; ++i) {
    if (i == 1000) {
      content += "<!--\n";
      for (int k = 0; k < 2000; ++k) {
        content += "<Sentence date=\"20080804\" id=\"HIDDEN\"><Text>h</Text></Sentence>\n";
      }
      content += "-->\n";
      line += 2002;
    }
    lines.push_back(line);
    content += "<Sentence date=\"20080804\" id=\"R" + std::to_string(i) + "\">\n<Text>" +
               std::string(static_cast<size_t>(i % 53), 't') + "!</Text>\n</Sentence>\n";
    line += 3;
  }
  content += "</Sentences>\n";
  std::istringstream in(content);
  const ReadResult r = ReadAll({"-"}, {}, &in);
  EXPECT_TRUE(r.errors.empty()) << r.ErrorLines()[0];
  ASSERT_EQ(r.stories.size(), static_cast<size_t>(kRecords));
  for (int i = 0; i < kRecords; ++i) {
    // Not "R" + std::to_string(i), which trips g++ 12's -Wrestrict.
    ASSERT_EQ(r.stories[i].id, std::string("R").append(std::to_string(i)));
    ASSERT_EQ(r.stories[i].line, lines[i]) << i;
    ASSERT_EQ(r.stories[i].text.size(), static_cast<size_t>(i % 53 + 1));
  }
}

TEST(PetrarchXml, SkipsARecordOverTheSizeLimit) {
  TempDir dir;
  const std::string path = dir.Write(
      "big.xml", "<Sentences>\n<Sentence date=\"20080804\" id=\"BIG\"><Text>" +
                     std::string(300000, 'b') +
                     "</Text></Sentence>\n<Sentence date=\"20080804\" id=\"SMALL\"><Text>s"
                     "</Text></Sentence>\n"
                     // Too long and never closed: one report, not two.
                     "<Sentence date=\"20080804\" id=\"BIG2\"><Text>" +
                     std::string(300000, 'b') +
                     "\n<Sentence date=\"20080804\" id=\"SMALL2\"><Text>s</Text></Sentence>\n"
                     "</Sentences>\n");
  ReadOptions options;
  options.max_story_bytes = 1000;
  const ReadResult r = ReadAll({path}, options);
  EXPECT_EQ(r.Ids(), (std::vector<std::string>{"SMALL", "SMALL2"}));
  EXPECT_EQ(r.ErrorLines(),
            (std::vector<std::string>{path + ":2: story BIG: record longer than 1000 bytes",
                                      path + ":4: story BIG2: record longer than 1000 bytes"}));
  ASSERT_EQ(r.stories.size(), 2u);
  EXPECT_EQ(r.stories[1].line, 5u);
}

TEST(PetrarchXml, ReadsTheGigawordSample) {
  const std::string path = TACITUS_SHARED_DIR "/peer/petrarch2/GigaWord.sample.PETR.xml";
  if (!fs::exists(path)) GTEST_SKIP() << "peer data absent: " << path;
  const ReadResult r = ReadAll({path});
  // 76 records; nine (TEST_1..TEST_9) have an empty <Text> and only a parse tree.
  EXPECT_EQ(r.stories.size() + r.skipped, 76u);
  ASSERT_EQ(r.errors.size(), 9u);
  for (size_t i = 0; i < r.errors.size(); ++i) {
    EXPECT_EQ(r.errors[i].story_id, "TEST_" + std::to_string(i + 1));
    EXPECT_EQ(r.errors[i].reason, "empty text");
  }
  EXPECT_EQ(r.errors[0].line, 630u);
  ASSERT_EQ(r.stories.size(), 67u);
  const Story& first = r.stories[0];
  EXPECT_EQ(first.id, "AFP0808020625_4");
  EXPECT_EQ(first.line, 13u);
  EXPECT_EQ(first.date, (Date{2008, 8, 4}));
  EXPECT_EQ(first.source, "AFP");
  EXPECT_EQ(first.text,
            "The stopover came as the US leader prepared to attend the Beijing Olympics, an \n"
            "event which will test his vow to keep politics out of the Games.");
  ASSERT_TRUE(first.parse.has_value());
  EXPECT_TRUE(first.parse->find("(NP (DT The) (NN stopover))") != std::string::npos);
  EXPECT_EQ(r.stories.back().id, "COOP_0");
}

TEST(PetrarchXml, ReadsTheValidationRecords) {
  const std::string path =
      TACITUS_SHARED_DIR "/peer/petrarch1-validation/PETR.UnitTest.records.xml";
  if (!fs::exists(path)) GTEST_SKIP() << "peer data absent: " << path;
  const ReadResult r = ReadAll({path});
  EXPECT_TRUE(r.errors.empty()) << r.ErrorLines()[0];
  ASSERT_EQ(r.stories.size(), 281u);
  EXPECT_EQ(r.stories.front().id, "DEMO-00");
  EXPECT_EQ(r.stories.front().line, 61u);
  EXPECT_EQ(r.stories.front().date, (Date{1995, 1, 1}));
  EXPECT_EQ(r.stories.front().text,
            "Arnor is about to restore full diplomatic ties with Gondor almost \n"
            "five years after crowds trashed its embassy.");
  EXPECT_EQ(r.stories.back().id, "FINAL-RECORD");
  EXPECT_EQ(r.stories.back().line, 11591u);
}

// ---------------------------------------------------------------------------- inputs

TEST(StoryReader, ReportsAMissingFileAndReadsTheRest) {
  TempDir dir;
  const std::string good = dir.Write("good.txt", "date 2023-11-08 Text.");
  const std::string missing = (dir.path() / "missing.txt").string();
  const ReadResult r = ReadAll({missing, good});
  EXPECT_EQ(r.Ids(), std::vector<std::string>{"good"});
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{missing + ": cannot open: No such file or directory"});
  EXPECT_EQ(r.skipped, 1u);
}

TEST(StoryReader, ReportsAnUnreadableDirectory) {
  TempDir dir;
  dir.Write("locked/a.txt", "date 2023-11-08 Text.");
  const std::string locked = (dir.path() / "locked").string();
  fs::permissions(locked, fs::perms::none);
  if (access(locked.c_str(), R_OK) == 0) GTEST_SKIP() << "running with permission to read anything";
  const ReadResult r = ReadAll({locked});
  EXPECT_TRUE(r.stories.empty());
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{locked + ": cannot read directory: Permission denied"});
}

TEST(StoryReader, ReportsAPathThroughAFile) {
  TempDir dir;
  const std::string file = dir.Write("file.txt", "date 2023-11-08 Text.");
  const ReadResult r = ReadAll({file + "/story.txt"});
  EXPECT_TRUE(r.stories.empty());
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{file + "/story.txt: cannot open: Not a directory"});
}

// A stream buffer that yields `good`, then fails as a broken disk or pipe would.
class FailingBuffer : public std::streambuf {
 public:
  explicit FailingBuffer(std::string good) : good_(std::move(good)) {
    setg(good_.data(), good_.data(), good_.data() + good_.size());
  }

 protected:
  int_type underflow() override { throw std::ios_base::failure("device error"); }

 private:
  std::string good_;
};

// Stories wholly read before a read error are kept; the one cut short by it is not reported
// as malformed, only the read error is.
TEST(StoryReader, ReportsAReadError) {
  const std::string line = "{\"id\":\"s\",\"date\":\"2023-11-08\",\"text\":\"One.\"}\n";
  std::string good;
  while (good.size() < 100000) good += line;
  FailingBuffer buffer(good);
  std::istream in(&buffer);
  const ReadResult r = ReadAll({"-"}, {}, &in);
  // The first chunk is read whole; the read after it fails.
  const size_t chunk = InputBuffer::kChunkBytes;
  ASSERT_LT(chunk, good.size());
  EXPECT_EQ(r.stories.size(), chunk / line.size());
  const std::string read_error = "-: read error after byte " + std::to_string(chunk);
  EXPECT_EQ(r.ErrorLines(), std::vector<std::string>{read_error});
  EXPECT_EQ(r.skipped, 1u);

  FailingBuffer dated_buffer("date 2023-11-08 " + std::string(chunk + 100, 'x'));
  std::istream dated_in(&dated_buffer);
  const ReadResult dated = ReadAll({"-"}, {}, &dated_in);
  EXPECT_TRUE(dated.stories.empty());
  EXPECT_EQ(dated.ErrorLines(), std::vector<std::string>{read_error});
}

TEST(StoryReader, ReadsDirectoriesRecursivelyInPathOrder) {
  TempDir dir;
  dir.Write("b.txt", "date 2023-11-02 B.");
  dir.Write("b/x.txt", "date 2023-11-03 X.");
  dir.Write("a.txt", "date 2023-11-01 A.");
  dir.Write("c/d/e.jsonl",
            "{\"id\":\"e1\",\"date\":\"2023-11-04\",\"text\":\"E1.\"}\n"
            "{\"id\":\"e2\",\"date\":\"2023-11-05\",\"text\":\"E2.\"}\n");
  dir.Write("c/bad.txt", "date 2023-13-01 Bad.");
  dir.Write("d.xml",
            "<Sentences><Sentence date=\"20231106\" id=\"D\"><Text>D.</Text>"
            "</Sentence></Sentences>");
  dir.Write(".hidden.txt", "date 2023-11-07 Hidden.");
  dir.Write(".git/objects.txt", "date 2023-11-07 Hidden.");
  fs::create_directory_symlink(dir.path(), dir.path() / "c/loop");  // not followed
  fs::create_symlink(dir.path() / "a.txt", dir.path() / "z.txt");   // followed: a file
  const ReadResult r = ReadAll({dir.path().string()});
  // fs::path order: "b" sorts before "b.txt", so b/x.txt comes before b.txt.
  EXPECT_EQ(r.Ids(), (std::vector<std::string>{"a", "x", "b", "e1", "e2", "D", "z"}));
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{(dir.path() / "c/bad.txt").string() +
                                     ":1: story bad: invalid date '2023-13-01' (want YYYY-MM-DD)"});
  ASSERT_EQ(r.stories.size(), 7u);
  EXPECT_EQ(r.stories[1].file, (dir.path() / "b/x.txt").string());
}

TEST(StoryReader, ReadsStdin) {
  std::istringstream jsonl(
      "{\"id\":\"s1\",\"date\":\"2023-11-08\",\"text\":\"One.\"}\n"
      "{\"id\":\"s2\",\"date\":\"2023-11-09\",\"text\":\"Two.\"}\n");
  ReadResult r = ReadAll({"-"}, {}, &jsonl);
  EXPECT_EQ(r.Ids(), (std::vector<std::string>{"s1", "s2"}));
  ASSERT_EQ(r.stories.size(), 2u);
  EXPECT_EQ(r.stories[1].file, "-");
  EXPECT_EQ(r.stories[1].line, 2u);

  std::istringstream dated("  date 2023-11-08\nPutin met Xi.\n");
  r = ReadAll({"-"}, {}, &dated);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "stdin");
  EXPECT_EQ(r.stories[0].text, "Putin met Xi.\n");

  std::istringstream bad("{\"id\":\"s1\",\"date\":\"yesterday\",\"text\":\"One.\"}\n");
  r = ReadAll({"-"}, {}, &bad);
  EXPECT_EQ(r.ErrorLines(),
            std::vector<std::string>{"-:1: story s1: invalid date 'yesterday' (want YYYY-MM-DD or "
                                     "YYYY-MM-DDThh:mm:ssZ)"});
}

TEST(JsonLines, TakesIsoTimestampsAsDates) {
  std::istringstream in(
      "{\"id\":\"z\",\"date\":\"2022-02-24T05:00:00Z\",\"text\":\"One.\"}\n"
      "{\"id\":\"o\",\"date\":\"2022-02-24T23:30:00.25-05:00\",\"text\":\"Two.\"}\n"
      "{\"id\":\"c\",\"date\":\"2022-02-24 07:15+0200\",\"text\":\"Three.\"}\n"
      "{\"id\":\"d\",\"date\":\"2022-02-24\",\"text\":\"Four.\"}\n"
      "{\"id\":\"h\",\"date\":\"2022-02-24T25:00:00Z\",\"text\":\"Bad hour.\"}\n"
      "{\"id\":\"t\",\"date\":\"2022-02-24Tnoon\",\"text\":\"Bad time.\"}\n");
  const ReadResult r = ReadAll({"-"}, {}, &in);
  ASSERT_EQ(r.Ids(), (std::vector<std::string>{"z", "o", "c", "d"}));
  for (const Story& story : r.stories) EXPECT_EQ(story.date, (Date{2022, 2, 24})) << story.id;
  EXPECT_EQ(r.stories[0].time, "05:00:00Z");
  EXPECT_EQ(r.stories[1].time, "23:30:00.25-05:00");  // the date as written, not UTC's
  EXPECT_EQ(r.stories[2].time, "07:15+0200");
  EXPECT_EQ(r.stories[3].time, std::nullopt);
  EXPECT_EQ(r.ErrorLines(),
            (std::vector<std::string>{
                "-:5: story h: invalid date '2022-02-24T25:00:00Z' (want YYYY-MM-DD or "
                "YYYY-MM-DDThh:mm:ssZ)",
                "-:6: story t: invalid date '2022-02-24Tnoon' (want YYYY-MM-DD or "
                "YYYY-MM-DDThh:mm:ssZ)"}));
}

TEST(StoryReader, DetectsTheFormat) {
  TempDir dir;
  ReadOptions dated_plain;
  dated_plain.date = Date{2020, 1, 1};
  // No telling extension: the content decides.
  const std::string jsonl =
      dir.Write("one", "\n {\"id\":\"J\",\"date\":\"2023-11-08\",\"text\":\"Json.\"}\n");
  const std::string xml =
      dir.Write("two",
                "<Sentences><Sentence date=\"20231108\" id=\"X\"><Text>Xml.</Text></Sentence>"
                "</Sentences>");
  const std::string dated = dir.Write("three", "date 2023-11-08 Dated.");
  const std::string plain = dir.Write("four", "date night in Paris.");
  // The extension decides over the content.
  const std::string json_ext =
      dir.Write("five.json", "{\"id\":\"F\",\"date\":\"2023-11-08\",\"text\":\"Five.\"}");
  const ReadResult r = ReadAll({jsonl, xml, dated, plain, json_ext}, dated_plain);
  EXPECT_TRUE(r.errors.empty()) << r.ErrorLines()[0];
  ASSERT_EQ(r.stories.size(), 5u);
  EXPECT_EQ(r.stories[0].id, "J");
  EXPECT_EQ(r.stories[0].line, 2u);
  EXPECT_EQ(r.stories[1].id, "X");
  EXPECT_EQ(r.stories[2].id, "three");
  EXPECT_EQ(r.stories[2].date, (Date{2023, 11, 8}));
  EXPECT_EQ(r.stories[3].id, "four");
  EXPECT_EQ(r.stories[3].date, (Date{2020, 1, 1}));
  EXPECT_EQ(r.stories[3].text, "date night in Paris.");
  EXPECT_EQ(r.stories[4].id, "F");

  std::istringstream xml_in("<Sentence date=\"20231108\" id=\"S\"><Text>Stdin.</Text></Sentence>");
  const ReadResult from_stdin = ReadAll({"-"}, {}, &xml_in);
  EXPECT_EQ(from_stdin.Ids(), std::vector<std::string>{"S"});
}

TEST(StoryReader, SaysAnEmptyFileIsEmpty) {
  TempDir dir;
  const std::string empty = dir.Write("empty.txt", "");
  const std::string blank = dir.Write("blank.txt", " \n\n");
  const ReadResult r = ReadAll({empty, blank});  // no --date: not the reason given
  EXPECT_EQ(r.ErrorLines(), (std::vector<std::string>{empty + ":1: story empty: empty file",
                                                      blank + ":1: story blank: file holds only "
                                                              "white space"}));
}

TEST(StoryReader, TakesAMisspelledDateLineForADateLine) {
  TempDir dir;
  const std::string slashes = dir.Write("slashes.txt", " date 24/02/2022\nRussia attacked.");
  const std::string dots = dir.Write("dots.txt", "date 2022.02.24 Russia attacked.");
  EXPECT_EQ(ReadAll({slashes, dots}).ErrorLines(),
            (std::vector<std::string>{
                slashes + ":1: story slashes: invalid date '24/02/2022' (want YYYY-MM-DD)",
                dots + ":1: story dots: invalid date '2022.02.24' (want YYYY-MM-DD)"}));
}

TEST(StoryReader, ForcedFormatOverridesDetection) {
  TempDir dir;
  const std::string path =
      dir.Write("feed.txt", "{\"id\":\"J\",\"date\":\"2023-11-08\",\"text\":\"Json.\"}\n");
  EXPECT_EQ(ReadAll({path}).Ids(), std::vector<std::string>{"J"});  // detected by content
  ReadOptions plain = WithFormat(StoryFormat::kPlainText);
  plain.date = Date{2023, 11, 8};
  const ReadResult r = ReadAll({path}, plain);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "feed");
  EXPECT_EQ(r.stories[0].text, "{\"id\":\"J\",\"date\":\"2023-11-08\",\"text\":\"Json.\"}\n");

  const ReadResult dated = ReadAll({path}, WithFormat(StoryFormat::kDated));
  EXPECT_EQ(
      dated.ErrorLines(),
      std::vector<std::string>{path + ":1: story feed: expected 'date YYYY-MM-DD' at the start"});
}

}  // namespace
}  // namespace tacitus
