#include "story/format_reader.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "base/strings.h"
#include "story/input_buffer.h"

namespace tacitus {
namespace {

TEST(Messages, QuoteTextAndCutItShortAsExcerptsAre) {
  EXPECT_EQ(Quoted("yesterday"), "'yesterday'");
  EXPECT_EQ(Quoted(""), "''");
  const std::string longest(kExcerptBytes, 'x');
  EXPECT_EQ(Quoted(longest), "'" + longest + "'");
  EXPECT_EQ(Quoted(longest + "yz"), "'" + longest + "\u2026'");
  // Never half a UTF-8 character: the two-byte "é" that would straddle the cut goes whole.
  EXPECT_EQ(Quoted(std::string(kExcerptBytes - 1, 'x') + "\u00e9z"),
            "'" + std::string(kExcerptBytes - 1, 'x') + "\u2026'");
  EXPECT_EQ(LongerThan("story", 1048576), "story longer than 1048576 bytes");
}

TEST(Utf8, SaysWhereInTheInput) {
  EXPECT_EQ(CheckUtf8("ok", 100, 5), std::nullopt);
  EXPECT_EQ(CheckUtf8("a\nb\n\xFF", 100, 5), "invalid UTF-8 at byte 104 (line 7)");
}

// Reads `content` with `make` over an InputBuffer of `chunk` bytes; one line per story
// ("id line text") and per error.
template <typename MakeReader>
std::vector<std::string> ReadInChunks(const std::string& content, size_t chunk, MakeReader make) {
  std::vector<std::string> out;
  std::istringstream in(content);
  InputBuffer buffer(&in, chunk);
  ReadOptions options;
  options.max_story_bytes = 400;
  const ErrorSink sink = [&](StoryError e) { out.push_back("error " + e.ToString()); };
  std::unique_ptr<FormatReader> reader = make(&buffer, InputInfo{"in", "in"}, options, sink);
  Story story;
  while (reader->Next(&story)) {
    out.push_back(story.id + " " + std::to_string(story.line) + " " + story.text);
  }
  return out;
}

// Every tag, comment delimiter and line break of the input falls on a chunk boundary for some
// chunk size: the records, lines and errors must not change.
TEST(FormatReaders, CutTheSameStoriesWhateverTheChunkSize) {
  const std::string xml =
      "<?xml version=\"1.0\"?>\n<!-- <Sentence date=\"20080804\" id=\"C\"><Text>c</Text>"
      "</Sentence> -->\n<Sentences>\n"
      "<Sentence date = \"20080804\" id =\"A\"><!-- </Sentence> --><Text>\n a \n</Text>"
      "</Sentence>\n"
      "<Sentence date=\"20080804\" id=\"B\"><Text><![CDATA[b</Sentence>]]></Text></Sentence>"
      "</Sentence>\n"
      "<Sentence date=\"20080804\" id=\"U\"><Text>u</Text>\n"
      "<Sentence date=\"20080804\" id=\"S\"/>\n"
      "<Sentence date=\"20080804\" id=\"L\"><Text>" +
      std::string(500, 'l') +
      "</Text></Sentence>"
      "<Sentence date=\"20080804\" id=\"D\"><Text>d</Text></Sentence></Sentences>\n<!-- x";
  const std::vector<std::string> expected_xml = {
      "A 4 a",  // its text spans lines 4-6
      "B 7 b</Sentence>",
      "error in:7: story ?: </Sentence> without <Sentence>",
      "error in:8: story U: no </Sentence> before the <Sentence> on line 9",
      "error in:9: story S: no <Text> element",
      "error in:10: story L: record longer than 400 bytes",
      "D 10 d",
      "error in:11: story ?: comment not closed before the end of the input",
  };
  const std::string jsonl =
      "\n{\"id\":\"a\",\"date\":\"2023-11-08\",\"text\":\"A\"}\r\n  \n"
      "{\"id\":\"b\",\"date\":\"2023-11-08\",\"text\":\"" +
      std::string(500, 'b') +
      "\"}\n"
      "{\"id\":\"c\",\"date\":\"2023-11-08\",\"text\":\"C\"}";
  const std::vector<std::string> expected_jsonl = {
      "a 2 A",
      "error in:4: story ?: line longer than 400 bytes",
      "c 5 C",
  };
  for (size_t chunk = 1; chunk <= 64; ++chunk) {
    EXPECT_EQ(ReadInChunks(xml, chunk, NewPetrarchXmlReader), expected_xml) << chunk;
    EXPECT_EQ(ReadInChunks(jsonl, chunk, NewJsonLinesReader), expected_jsonl) << chunk;
  }
  EXPECT_EQ(ReadInChunks(xml, InputBuffer::kChunkBytes, NewPetrarchXmlReader), expected_xml);
  EXPECT_EQ(ReadInChunks(jsonl, InputBuffer::kChunkBytes, NewJsonLinesReader), expected_jsonl);
}

}  // namespace
}  // namespace tacitus
