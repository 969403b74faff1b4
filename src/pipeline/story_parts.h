// Long stories in parts: a story longer than a part is handed on as runs of whole sentences,
// so that the analysis and the events held for output are bounded by the part, not by the
// story, however long it is.
//
//   StoryParts parts;                                   // one per reading thread
//   Story story;
//   while (parts.Next([&](Story* s) { return reader.Next(s); }, &story)) {
//     pipeline.Process(story, &scratch, &events);       // story.text: the part's text
//     const StoryText text(story.text, story.part);     // rows in the whole story's offsets
//     ...
//   }
//
// A story that fits in a part, or that carries a parse tree (PETRARCH's <Parse>, which covers
// the whole text), comes out as read, with StoryPart's defaults. A longer one comes
// out as parts, one per call, in order: each is a Story with the original's fields and a run
// of its text. A part ends where a paragraph starts in its second half, else where its last
// sentence starts (the sentence goes to the next part); a window of text without a sentence
// end is cut at its last white space, else at a UTF-8 character boundary. story.part says
// where the run lies (bytes, code points and sentences before it) and whether it is the last.
//
// What a part does not see: each is coded as a story of its own, so context from earlier
// parts (the dateline's country, whom a pronoun names, a story-wide discard) does not reach
// it. Real news stories are far shorter than a part and are never cut.
//
// Never fails. Memory: the story being cut, held once, plus one part's segmentation.
#ifndef TACITUS_PIPELINE_STORY_PARTS_H_
#define TACITUS_PIPELINE_STORY_PARTS_H_

#include <cstddef>
#include <functional>
#include <span>
#include <string_view>

#include "tacitus/event.h"
#include "tacitus/story.h"
#include "text/document.h"
#include "text/segmenter.h"

namespace tacitus {

class StoryParts {
 public:
  // 64 KiB: about ten times the longest wire story.
  static constexpr size_t kDefaultPartBytes = size_t{64} << 10;

  // `part_bytes` > 0: the longest part, in bytes of text.
  explicit StoryParts(size_t part_bytes = kDefaultPartBytes);

  // Fills *out with the next story or part and returns true; false once `read` gives no more
  // stories. `read` fills a Story and returns false at the end, as StoryReader::Next does.
  bool Next(const std::function<bool(Story*)>& read, Story* out);

  // Whether Next cuts `story` into parts (rather than passing it on as read).
  bool Cuts(const Story& story) const { return story.text.size() > part_bytes_ && !story.parse; }

 private:
  // The length of the part that starts `rest`, and the sentences that start in it.
  size_t CutLength(std::string_view rest, uint32_t* sentences);
  void NextPart(Story* out);

  size_t part_bytes_;
  TextSegmenter segmenter_;
  Document window_;   // the segmentation of the text a cut is looked for in
  Story long_story_;  // the story being cut; empty text when none
  StoryPart next_;    // where the next part of long_story_ starts
};

// Turns `events`, coded from the part `part` says, into events of the whole story: their
// sentence indices and byte spans then index the whole story's text (empty spans stay 0, 0).
// For what keeps events rather than writing them at once (the store); StoryText does the same
// on output.
void PlaceInStory(const StoryPart& part, std::span<Event> events);

}  // namespace tacitus

#endif  // TACITUS_PIPELINE_STORY_PARTS_H_
