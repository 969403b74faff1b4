// Chunked reading for the story formats: the bytes read and not yet consumed stay contiguous,
// so a format scans them as one string_view, and memory stays bounded by what the format
// keeps unconsumed plus one chunk.
#ifndef TACITUS_STORY_INPUT_BUFFER_H_
#define TACITUS_STORY_INPUT_BUFFER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

namespace tacitus {

class InputBuffer {
 public:
  static constexpr size_t kChunkBytes = size_t{64} << 10;

  // `in` is borrowed and must outlive the buffer. Tests read in tiny chunks to put every
  // token of a format across a chunk boundary.
  explicit InputBuffer(std::istream* in, size_t chunk_bytes = kChunkBytes)
      : in_(in), chunk_bytes_(chunk_bytes) {}

  // The bytes read and not consumed. Invalidated by ReadMore and Consume.
  std::string_view data() const { return std::string_view(bytes_).substr(begin_); }
  // Appends up to chunk_bytes to data(); false when nothing more came (end of input or error).
  bool ReadMore();
  // Reads until data() holds at least n bytes; false if the input ends first.
  bool Ensure(size_t n);
  // Drops the first n bytes of data().
  void Consume(size_t n) {
    begin_ += n;
    offset_ += n;
  }
  // Offset in the input of data()[0].
  uint64_t offset() const { return offset_; }
  // True once ReadMore met a read error rather than the end of the input.
  bool failed() const { return failed_; }

 private:
  std::istream* in_;
  size_t chunk_bytes_;
  std::string bytes_;
  size_t begin_ = 0;  // data() starts here in bytes_
  uint64_t offset_ = 0;
  bool failed_ = false;
};

}  // namespace tacitus

#endif  // TACITUS_STORY_INPUT_BUFFER_H_
