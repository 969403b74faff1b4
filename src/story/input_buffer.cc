#include "story/input_buffer.h"

namespace tacitus {

bool InputBuffer::ReadMore() {
  if (failed_ || !in_->good()) return false;
  // Reclaim the consumed prefix once it is at least half the buffer: each byte moves a
  // bounded number of times, so the copying stays linear in the input.
  if (begin_ > 0 && begin_ >= bytes_.size() / 2) {
    bytes_.erase(0, begin_);
    begin_ = 0;
  }
  const size_t old_size = bytes_.size();
  bytes_.resize(old_size + chunk_bytes_);
  in_->read(bytes_.data() + old_size, static_cast<std::streamsize>(chunk_bytes_));
  const size_t got = static_cast<size_t>(in_->gcount());
  bytes_.resize(old_size + got);
  if (in_->bad()) failed_ = true;
  return got > 0;
}

bool InputBuffer::Ensure(size_t n) {
  while (data().size() < n) {
    if (!ReadMore()) return false;
  }
  return true;
}

}  // namespace tacitus
