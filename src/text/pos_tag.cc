#include "text/pos_tag.h"

#include <array>

namespace tacitus {
namespace {

constexpr std::array<std::string_view, kPosTagCount> kNames = {
#define TACITUS_POS_NAME(name, text) text,
    TACITUS_POS_TAGS(TACITUS_POS_NAME)
#undef TACITUS_POS_NAME
};

}  // namespace

std::string_view PosTagName(PosTag tag) { return kNames[static_cast<size_t>(tag)]; }

std::optional<PosTag> ParsePosTag(std::string_view name) {
  for (size_t i = 1; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<PosTag>(i);
  }
  return std::nullopt;
}

}  // namespace tacitus
