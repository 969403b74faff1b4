// Long stories in parts: the parts cover the text exactly, end where sentences (or paragraphs)
// start, say where they lie in the story, and code to the same rows as the whole story.
#include "pipeline/story_parts.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "base/code_points.h"
#include "tacitus/event_format.h"
#include "tacitus/event_pipeline.h"
#include "text/segmenter.h"

namespace tacitus {
namespace {

Story MakeStory(std::string text) {
  Story story;
  story.id = "long";
  story.date = Date{2024, 5, 14};
  story.title = "A headline";
  story.source = "wire";
  story.file = "feed.jsonl";
  story.line = 7;
  story.text = std::move(text);
  return story;
}

// Every story and part StoryParts gives for `stories`, in order.
std::vector<Story> Cut(std::vector<Story> stories, size_t part_bytes) {
  StoryParts parts(part_bytes);
  size_t next = 0;
  const auto read = [&](Story* story) {
    if (next == stories.size()) return false;
    *story = stories[next++];
    return true;
  };
  std::vector<Story> out;
  Story story;
  while (parts.Next(read, &story)) out.push_back(story);
  return out;
}

// Sentences of a few lengths, some with a character of two bytes.
std::string Sentences(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += i % 3 == 0   ? "Officials in Ankara said nothing. "
            : i % 3 == 1 ? "The café near the ministry stayed open all week, witnesses said. "
                         : "Talks resumed. ";
  }
  return text;
}

TEST(StoryParts, PassesAStoryThatFitsAsRead) {
  Story story = MakeStory("Talks resumed.");
  story.part.index = 3;  // whatever the reader's Story held before
  const std::vector<Story> out = Cut({story}, 1000);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].text, "Talks resumed.");
  EXPECT_EQ(out[0].part.index, 0u);
  EXPECT_EQ(out[0].part.byte_offset, 0u);
  EXPECT_TRUE(out[0].part.last);
}

TEST(StoryParts, PassesAStoryWithAParseTreeWhole) {
  Story story = MakeStory(Sentences(200));
  story.parse = "(ROOT (S (NP (NNS Talks)) (VP (VBD resumed)) (. .)))";
  const std::vector<Story> out = Cut({story}, 1000);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].text, story.text);
  EXPECT_TRUE(out[0].part.last);
}

TEST(StoryParts, PartsCoverTheTextAndEachEndsWhereASentenceStarts) {
  const Story story = MakeStory(Sentences(200));
  const std::vector<Story> out = Cut({story, MakeStory("Talks resumed.")}, 1000);
  ASSERT_GT(out.size(), 8u);
  std::string joined;
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    const Story& part = out[i];
    SCOPED_TRACE("part " + std::to_string(i));
    EXPECT_LE(part.text.size(), 1000u);
    EXPECT_GE(part.text.size(), 500u);  // cut in the window's second half
    EXPECT_EQ(part.part.index, i);
    EXPECT_EQ(part.part.byte_offset, joined.size());
    EXPECT_EQ(part.part.code_points_before, static_cast<int64_t>(CountCodePoints(joined)));
    EXPECT_EQ(part.part.last, i + 2 == out.size());
    EXPECT_EQ(part.id, "long");
    EXPECT_EQ(part.date, story.date);
    EXPECT_EQ(part.title, story.title);
    EXPECT_EQ(part.line, 7u);
    EXPECT_EQ(part.text.back(), ' ');  // the next part starts with a sentence
    joined += part.text;
  }
  EXPECT_EQ(joined, story.text);
  EXPECT_EQ(out.back().text, "Talks resumed.");  // the next story, whole
  EXPECT_EQ(out.back().part.byte_offset, 0u);
}

TEST(StoryParts, EachPartsSentencesAreTheWholeStorysFromItsFirstSentence) {
  const Story story = MakeStory(Sentences(200));
  const TextSegmenter segmenter;
  Document whole;
  segmenter.Segment(story.text, &whole);
  uint32_t sentences_seen = 0;
  for (const Story& part : Cut({story}, 1000)) {
    Document own;
    segmenter.Segment(part.text, &own);
    EXPECT_EQ(part.part.first_sentence, sentences_seen);
    for (size_t s = 0; s < own.sentences.size(); ++s) {
      const Span span = own.sentences[s].span;
      const Span expected = whole.sentences[part.part.first_sentence + s].span;
      EXPECT_EQ(span.begin + part.part.byte_offset, expected.begin);
      EXPECT_EQ(span.end + part.part.byte_offset, expected.end);
    }
    sentences_seen += static_cast<uint32_t>(own.sentences.size());
  }
  EXPECT_EQ(sentences_seen, whole.sentences.size());
}

TEST(StoryParts, PrefersToEndWhereAParagraphStarts) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += Sentences(5) + "\n\n";
  const std::vector<Story> out = Cut({MakeStory(text)}, 1000);
  ASSERT_GT(out.size(), 3u);
  for (size_t i = 0; i + 1 < out.size(); ++i) {
    EXPECT_TRUE(out[i].text.ends_with("\n\n")) << "part " << i;
  }
}

TEST(StoryParts, CutsTextWithoutSentenceEndsAtWhiteSpace) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "word ";
  const std::vector<Story> out = Cut({MakeStory(text)}, 1001);
  ASSERT_GT(out.size(), 10u);
  for (size_t i = 0; i + 1 < out.size(); ++i) EXPECT_EQ(out[i].text.back(), ' ') << "part " << i;
}

TEST(StoryParts, NeverCutsInsideACharacter) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "é";  // two bytes each, no white space
  const std::vector<Story> out = Cut({MakeStory(text)}, 1001);
  ASSERT_GT(out.size(), 2u);
  std::string joined;
  for (const Story& part : out) {
    EXPECT_TRUE(StartsCodePoint(part.text.front()));
    EXPECT_EQ(part.part.code_points_before, static_cast<int64_t>(CountCodePoints(joined)));
    joined += part.text;
  }
  EXPECT_EQ(joined, text);
}

// The rows of `events`, coded from `story`, in the whole story's offsets.
std::vector<EventRow> Rows(const Story& story, const std::vector<Event>& events) {
  const StoryText text(story.text, story.part);
  std::vector<EventRow> rows;
  for (const Event& event : events) rows.push_back(EventToRow(event, text));
  return rows;
}

TEST(StoryParts, PartsCodeToTheRowsOfTheWholeStory) {
  auto pipeline = EventPipeline::Create({.data_dir = TACITUS_SOURCE_DIR "/data"});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  std::string text;
  for (int i = 0; i < 12; ++i) {
    text +=
        "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday. "
        "The café owner said nothing. "
        "Chinese President Xi Jinping met French President Emmanuel Macron in Beijing. "
        "Israeli police arrested 12 Palestinian protesters.\n\n";
  }
  const Story story = MakeStory(text);
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  (*pipeline)->Process(story, &scratch, &events);
  const std::vector<EventRow> whole = Rows(story, events);
  ASSERT_GE(whole.size(), 36u);  // three events or more per paragraph

  std::vector<EventRow> from_parts;
  const std::vector<Story> parts = Cut({story}, 700);
  ASSERT_GT(parts.size(), 3u);
  for (const Story& part : parts) {
    events.clear();
    (*pipeline)->Process(part, &scratch, &events);
    for (EventRow& row : Rows(part, events)) from_parts.push_back(std::move(row));
  }
  EXPECT_EQ(from_parts, whole);
}

// Where an event lies in its story and what it says.
using Placed = std::tuple<uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t,
                          std::string, std::string, std::string>;
std::vector<Placed> Placement(const std::vector<Event>& events) {
  std::vector<Placed> placed;
  for (const Event& e : events) {
    placed.emplace_back(e.sentence, e.sentence_span.begin, e.source_span.begin, e.verb_span.begin,
                        e.target_span.end, e.date.span.begin, e.place ? e.place->span.begin : 0u,
                        e.source, e.target, e.code);
  }
  return placed;
}

TEST(StoryParts, EventsOfPartsPlacedInTheStoryAreTheWholeStorys) {
  auto pipeline = EventPipeline::Create({.data_dir = TACITUS_SOURCE_DIR "/data"});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  std::string text;
  for (int i = 0; i < 10; ++i) {
    text +=
        "Police in Kyiv said Russian troops attacked Ukrainian positions near Kharkiv "
        "yesterday. Chinese President Xi Jinping met French President Emmanuel Macron.\n\n";
  }
  const Story story = MakeStory(text);
  EventPipeline::Scratch scratch;
  std::vector<Event> whole;
  (*pipeline)->Process(story, &scratch, &whole);
  ASSERT_GE(whole.size(), 20u);

  std::vector<Event> placed, events;
  const std::vector<Story> parts = Cut({story}, 600);
  ASSERT_GT(parts.size(), 3u);
  for (const Story& part : parts) {
    events.clear();
    (*pipeline)->Process(part, &scratch, &events);
    PlaceInStory(part.part, events);
    placed.insert(placed.end(), events.begin(), events.end());
  }
  EXPECT_EQ(Placement(placed), Placement(whole));
  // Something past the first part was moved: the last event lies in the last paragraph.
  EXPECT_GT(placed.back().verb_span.begin, text.size() - 200);
}

}  // namespace
}  // namespace tacitus
