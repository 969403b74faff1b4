#include "syntax/parse_tree.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tacitus {
namespace {

TEST(ParseTree, ReadsLeavesOfEveryTopLevelTree) {
  const std::string tree =
      "(ROOT (S (NP (NNP Oslo)) (VP (VBD wept) (-LRB- -LRB-) (NN rain) (-RRB- -RRB-)) (. .)))\n"
      "(ROOT (FRAG (NP (DT The) (NN end))))";
  std::vector<TreeLeaf> leaves;
  ASSERT_TRUE(ReadTreeLeaves(tree, &leaves).ok());
  ASSERT_EQ(leaves.size(), 8u);
  EXPECT_EQ(leaves[0].tag, "NNP");
  EXPECT_EQ(leaves[0].word, "Oslo");
  EXPECT_EQ(leaves[2].word, "-LRB-");
  EXPECT_EQ(leaves[5].sentence, 0u);
  EXPECT_EQ(leaves[6].sentence, 1u);
  EXPECT_EQ(leaves[7].word, "end");
}

TEST(ParseTree, RefusesMalformedTrees) {
  std::vector<TreeLeaf> leaves;
  EXPECT_FALSE(ReadTreeLeaves("(ROOT (S (NP (NNP Oslo)) (VP (VBD wept))", &leaves).ok());
  EXPECT_FALSE(ReadTreeLeaves("(ROOT (S (NP (NNP Oslo))))) )", &leaves).ok());
  EXPECT_FALSE(ReadTreeLeaves("(ROOT (S (NNP two words)))", &leaves).ok());
  EXPECT_FALSE(ReadTreeLeaves("(ROOT (S ( Oslo)))", &leaves).ok());
  EXPECT_FALSE(ReadTreeLeaves("  ", &leaves).ok());
}
}  // namespace
}  // namespace tacitus
