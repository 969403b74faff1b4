#include "syntax/temporal_phrases.h"

#include <gtest/gtest.h>

#include <string_view>

#include "syntax/chunker.h"
#include "syntax/testing.h"

namespace tacitus {
namespace {

using syntax_internal::ChunkSentence;
using syntax_internal::IsTemporal;
using syntax_internal::SentenceView;

struct Case {
  std::string_view annotated;  // one noun phrase
  bool after_preposition;
  bool before_ago;
  bool temporal;
};

TEST(TemporalPhrases, WhichNounPhrasesNameATime) {
  const Case cases[] = {
      {"yesterday/NN", false, false, true},
      {"Tuesday/NNP", false, false, true},
      {"last/JJ week/NN", false, false, true},
      {"this/DT year/NN", false, false, true},
      {"the/DT week/NN", false, false, false},  // no modifier points it
      {"two/CD days/NNS/day", false, false, false},
      {"two/CD days/NNS/day", false, true, true},  // "two days ago"
      {"two/CD days/NNS/day", true, false, true},  // "for two days"
      {"March/NNP", true, false, true},            // "in March"
      {"march/NN", true, false, false},            // "on the march" is no month
      {"March/NNP", false, false, false},          // a month needs its preposition
      {"2022/CD", true, false, true},              // "in 2022"
      {"2022/CD", false, false, false},
      {"300/CD", true, false, false},  // "by 300" is no year
      {"the/DT summit/NN", true, false, false},
  };
  for (const Case& c : cases) {
    Document doc;
    ASSERT_TRUE(testing::MakeTaggedDocument(c.annotated, &doc));
    Syntax syntax;
    const TokenRange chunks = ChunkSentence(doc, 0, &syntax);
    ASSERT_EQ(syntax.phrases.size(), 1u) << c.annotated;
    const SentenceView view(doc, 0, syntax.chunks, chunks);
    EXPECT_EQ(IsTemporal(view, syntax.phrases[0], c.after_preposition, c.before_ago), c.temporal)
        << c.annotated << " after_preposition=" << c.after_preposition
        << " before_ago=" << c.before_ago;
  }
}

}  // namespace
}  // namespace tacitus
