// A half-open byte range of a story's text: where a token, a sentence or an event's source,
// verb, target, date or place was written. Its own header so that the Event type needs no
// part of the text model.
#ifndef TACITUS_SPAN_H_
#define TACITUS_SPAN_H_

#include <cstdint>

namespace tacitus {

// A half-open byte range [begin, end).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace tacitus

#endif  // TACITUS_SPAN_H_
