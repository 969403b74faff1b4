#include "text/document.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

TEST(NormalizedText, MapsReplacedBytesBackToTheOriginal) {
  // Original "a’s": 'a' at 0, U+2019 (3 bytes) at 1..4, 's' at 4.
  NormalizedText n;
  n.Append("A", 0);
  n.Append("'", 1);
  n.Append("s", 4);
  n.Finish(5);
  EXPECT_EQ(n.text(), "A's");
  EXPECT_EQ(n.folded(), "a's");
  EXPECT_EQ(n.ToOriginal({1, 3}), (Span{1, 5}));  // "'s" covers the curly apostrophe
  EXPECT_EQ(n.ToOriginal({0, 1}), (Span{0, 1}));
}

}  // namespace
}  // namespace tacitus
