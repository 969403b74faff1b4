#include "text/document.h"

namespace tacitus {

void NormalizedText::Append(std::string_view bytes, uint32_t original_offset) {
  text_.append(bytes);
  for (char c : bytes) {
    folded_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    to_original_.push_back(original_offset);
  }
}

void NormalizedText::Finish(uint32_t original_size) { to_original_.push_back(original_size); }

}  // namespace tacitus
