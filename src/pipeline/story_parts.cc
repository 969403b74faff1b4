#include "pipeline/story_parts.h"

#include <string>
#include <utility>
#include <vector>

#include "base/code_points.h"

namespace tacitus {
namespace {

bool IsWhiteSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Where to cut the first `window` bytes of `rest` (more follow) when no sentence starts in
// their second half: after the last white space there, else at the start of the UTF-8
// character that the window's end falls in.
size_t CutInsideSentence(std::string_view rest, size_t window) {
  for (size_t at = window; at > window / 2; --at) {
    if (IsWhiteSpace(rest[at - 1])) return at;
  }
  size_t at = window;
  while (at > 1 && !StartsCodePoint(rest[at])) --at;
  return at;
}

}  // namespace

StoryParts::StoryParts(size_t part_bytes) : part_bytes_(part_bytes > 0 ? part_bytes : 1) {}

bool StoryParts::Next(const std::function<bool(Story*)>& read, Story* out) {
  if (long_story_.text.empty()) {
    if (!read(out)) return false;
    out->part = StoryPart{};
    if (!Cuts(*out)) return true;  // it fits, or has a tree, which covers it whole
    long_story_ = std::move(*out);
    next_ = StoryPart{};
  }
  NextPart(out);
  return true;
}

void StoryParts::NextPart(Story* out) {
  std::string text = std::move(long_story_.text);
  *out = long_story_;  // every field but the text
  const std::string_view rest = std::string_view(text).substr(next_.byte_offset);
  uint32_t sentences = 0;
  const size_t length = CutLength(rest, &sentences);
  out->text.assign(rest.substr(0, length));
  out->part = next_;
  out->part.last = length == rest.size();
  next_.byte_offset += static_cast<uint32_t>(length);
  next_.code_points_before += static_cast<int64_t>(CountCodePoints(out->text));
  next_.first_sentence += sentences;
  ++next_.index;
  if (out->part.last) text = std::string();  // the story is done: give its memory back
  long_story_.text = std::move(text);
}

size_t StoryParts::CutLength(std::string_view rest, uint32_t* sentences) {
  if (rest.size() <= part_bytes_) return rest.size();
  // Each cut lies in the second half of the window, so that cutting is linear in the text.
  const std::string_view window = rest.substr(0, part_bytes_);
  const size_t half = window.size() / 2;
  segmenter_.Segment(window, &window_);
  const std::vector<Sentence>& found = window_.sentences;
  size_t paragraph = found.empty() ? 0 : found.size() - 1;
  while (paragraph > 0 && found[paragraph].paragraph == found[paragraph - 1].paragraph) {
    --paragraph;
  }
  size_t cut = 0;
  if (paragraph > 0 && found[paragraph].span.begin >= half) {
    cut = found[paragraph].span.begin;
  } else if (found.size() >= 2 && found.back().span.begin >= half) {
    cut = found.back().span.begin;
  } else {
    cut = CutInsideSentence(rest, window.size());
  }
  for (const Sentence& sentence : found) *sentences += sentence.span.begin < cut ? 1 : 0;
  return cut;
}

void PlaceInStory(const StoryPart& part, std::span<Event> events) {
  if (part.byte_offset == 0 && part.first_sentence == 0)
    return;  // the first part, or a whole story
  const auto shift = [&](Span* span) {
    if (span->empty()) return;  // 0, 0 whatever part it is in
    span->begin += part.byte_offset;
    span->end += part.byte_offset;
  };
  for (Event& event : events) {
    event.sentence += part.first_sentence;
    for (Span* span : {&event.sentence_span, &event.source_span, &event.verb_span,
                       &event.target_span, &event.date.span}) {
      shift(span);
    }
    if (event.place) shift(&event.place->span);
  }
}

}  // namespace tacitus
