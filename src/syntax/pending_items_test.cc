#include "syntax/pending_items.h"

#include <gtest/gtest.h>

#include <cstdint>

namespace tacitus {
namespace {

using syntax_internal::AddPendingItem;
using syntax_internal::EmitPendingItems;
using syntax_internal::GiveAwaitingItems;

// A Syntax with two clauses and two phrases and no attachments yet. Items are told apart by
// their range: {n, n + 1}.
Syntax TwoClausesTwoPhrases() {
  Syntax syntax;
  syntax.clauses.resize(2);
  syntax.phrases.resize(2);
  return syntax;
}

TokenRange Range(uint32_t n) { return {n, n + 1}; }

TEST(PendingItems, EachOwnersAttachmentsAreOneRunInTheOrderMet) {
  Syntax syntax = TwoClausesTwoPhrases();
  SyntaxScratch* scratch = &syntax.scratch;
  AddPendingItem(scratch, 1, -1, false, Range(0), 10);  // clause 1
  AddPendingItem(scratch, 0, -1, false, Range(1), 11);  // clause 0
  AddPendingItem(scratch, 1, 1, false, Range(2), 12);   // phrase 1 (the phrase wins)
  AddPendingItem(scratch, 1, -1, false, Range(3), 13);  // clause 1 again
  AddPendingItem(scratch, -1, 0, false, Range(4), 14);  // phrase 0
  EmitPendingItems(&syntax);
  // Phrases' attachments first, then clauses', each owner's in the order met.
  ASSERT_EQ(syntax.attachments.size(), 5u);
  const uint32_t expected[] = {4, 2, 1, 0, 3};
  for (size_t k = 0; k < 5; ++k) {
    EXPECT_EQ(syntax.attachments[k].preposition, Range(expected[k])) << k;
    EXPECT_EQ(syntax.attachments[k].object, static_cast<int32_t>(10 + expected[k])) << k;
  }
  EXPECT_EQ(syntax.phrases[0].first_attachment, 0u);
  EXPECT_EQ(syntax.phrases[0].attachment_count, 1u);
  EXPECT_EQ(syntax.phrases[1].first_attachment, 1u);
  EXPECT_EQ(syntax.clauses[0].first_attachment, 2u);
  EXPECT_EQ(syntax.clauses[0].attachment_count, 1u);
  EXPECT_EQ(syntax.clauses[1].first_attachment, 3u);
  EXPECT_EQ(syntax.clauses[1].attachment_count, 2u);
  EXPECT_TRUE(syntax.adverbials.empty());
}

TEST(PendingItems, AwaitingItemsGoToTheClauseThatTakesThem) {
  Syntax syntax = TwoClausesTwoPhrases();
  SyntaxScratch* scratch = &syntax.scratch;
  AddPendingItem(scratch, -1, -1, false, Range(0), 10);  // "In Beijing, ..."
  AddPendingItem(scratch, -1, -1, true, Range(1), -1);   // "Yesterday, ..."
  AddPendingItem(scratch, 0, -1, false, Range(2), 12);
  GiveAwaitingItems(scratch, 1);
  EXPECT_TRUE(scratch->awaiting.empty());
  AddPendingItem(scratch, -1, -1, true, Range(3), -1);   // never taken: dropped
  AddPendingItem(scratch, -1, -1, false, Range(4), 14);  // never taken: dropped
  EmitPendingItems(&syntax);
  ASSERT_EQ(syntax.attachments.size(), 2u);
  EXPECT_EQ(syntax.attachments[0].preposition, Range(2));  // clause 0's
  EXPECT_EQ(syntax.attachments[1].preposition, Range(0));  // clause 1's
  EXPECT_EQ(syntax.clauses[1].first_attachment, 1u);
  EXPECT_EQ(syntax.clauses[1].attachment_count, 1u);
  ASSERT_EQ(syntax.adverbials.size(), 1u);
  EXPECT_EQ(syntax.adverbials[0], Range(1));
  EXPECT_EQ(syntax.clauses[1].first_adverbial, 0u);
  EXPECT_EQ(syntax.clauses[1].adverbial_count, 1u);
  EXPECT_EQ(syntax.clauses[0].adverbial_count, 0u);
}

}  // namespace
}  // namespace tacitus
