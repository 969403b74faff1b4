#include "text/document.h"

#include "base/strings.h"

namespace tacitus {

void NormalizedText::Append(std::string_view bytes, uint32_t original_offset) {
  text_.append(bytes);
  for (char c : bytes) {
    folded_.push_back(AsciiToLower(c));
    to_original_.push_back(original_offset);
  }
}

void NormalizedText::AppendVerbatim(std::string_view bytes, uint32_t first_original_offset) {
  const size_t start = text_.size();
  text_.append(bytes);
  folded_.resize(start + bytes.size());
  to_original_.resize(start + bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i) {
    folded_[start + i] = AsciiToLower(bytes[i]);
    to_original_[start + i] = first_original_offset + static_cast<uint32_t>(i);
  }
}

void NormalizedText::Finish(uint32_t original_size) { to_original_.push_back(original_size); }

}  // namespace tacitus
