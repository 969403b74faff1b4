#include "syntax/dump.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "syntax/clause_parser.h"
#include "syntax/testing.h"

namespace tacitus {
namespace {

constexpr std::string_view kMet =
    "Putin/NNP did/VBD/do n't/RB meet/VB Xi/NNP 's/POS envoy/NN in/IN Beijing/NNP ./. | "
    "He/PRP left/VBD/leave ./.";

TEST(MakeTaggedDocument, BuildsConsistentTokens) {
  Document doc;
  ASSERT_TRUE(testing::MakeTaggedDocument(kMet, &doc));
  EXPECT_EQ(doc.normalized.text(), "Putin didn't meet Xi's envoy in Beijing. He left.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[1].first_token, 10u);  // ten tokens before "He"
  const Token& nt = doc.tokens[2];
  EXPECT_EQ(nt.text, "n't");
  EXPECT_FALSE(nt.has(kSpaceBefore));
  EXPECT_EQ(doc.normalized.text().substr(nt.offset, 3), "n't");
  EXPECT_EQ(doc.tokens[1].lemma, "do");
  EXPECT_EQ(doc.tokens[4].lemma, "xi");  // defaults to the lower-cased word
  EXPECT_EQ(doc.tokens[4].tag, PosTag::kNNP);
  EXPECT_TRUE(doc.tokens[10].has(kSentenceInitial));
  EXPECT_TRUE(doc.tokens[0].has(kCapitalized));
}

TEST(MakeTaggedDocument, RejectsUnknownTags) {
  Document doc;
  EXPECT_FALSE(testing::MakeTaggedDocument("Putin/NNP met/VERB", &doc));
  EXPECT_FALSE(testing::MakeTaggedDocument("Putin", &doc));
}

TEST(DumpSyntax, PrintsTokensAndChunksWhenAsked) {
  Document doc;
  ASSERT_TRUE(testing::MakeTaggedDocument(kMet, &doc));
  Syntax syntax;
  ClauseParser().Parse(doc, &syntax);
  EXPECT_EQ(DumpSyntax(doc, syntax, {.tokens = true, .chunks = true}),
            "s0 tokens: Putin/NNP did/VBD:do n't/RB meet/VB Xi/NNP 's/POS envoy/NN in/IN "
            "Beijing/NNP ./.\n"
            "s0 chunks: [NP Putin] [VG didn't meet] [NP Xi's envoy] [P in] [NP Beijing] [PUNCT .]\n"
            "s0 c0 main: subj=\"Putin\" | verb=\"didn't meet\" lemma=meet past neg | "
            "obj=\"Xi's envoy\"{poss=\"Xi\"} | pp: in \"Beijing\"\n"
            "s1 tokens: He/PRP left/VBD:leave ./.\n"
            "s1 chunks: [NP He] [VG left] [PUNCT .]\n"
            "s1 c0 main: subj=\"He\" | verb=\"left\" lemma=leave past\n");
}

TEST(SyntaxToJson, CarriesRolesTokensAndSpans) {
  Document doc;
  ASSERT_TRUE(testing::MakeTaggedDocument(kMet, &doc));
  Syntax syntax;
  ClauseParser().Parse(doc, &syntax);
  const nlohmann::json json = nlohmann::json::parse(SyntaxToJson(doc, syntax));
  ASSERT_EQ(json["sentences"].size(), 2u);
  const nlohmann::json& s0 = json["sentences"][0];
  EXPECT_EQ(s0["text"], "Putin didn't meet Xi's envoy in Beijing.");
  EXPECT_EQ(s0["tokens"][1]["lemma"], "do");
  const nlohmann::json& clause = s0["clauses"][0];
  EXPECT_EQ(clause["kind"], "main");
  EXPECT_TRUE(clause["parent"].is_null());
  EXPECT_EQ(clause["verb"]["lemma"], "meet");
  EXPECT_EQ(clause["verb"]["tense"], "past");
  EXPECT_TRUE(clause["verb"]["negated"]);
  EXPECT_EQ(clause["subject"]["text"], "Putin");
  EXPECT_EQ(clause["object"]["text"], "Xi's envoy");
  EXPECT_EQ(clause["object"]["possessor"]["text"], "Xi");
  EXPECT_EQ(clause["object"]["span"], nlohmann::json::array({18, 28}));
  EXPECT_EQ(clause["attachments"][0]["preposition"], "in");
  EXPECT_EQ(clause["attachments"][0]["object"]["text"], "Beijing");
  EXPECT_TRUE(clause["agent"].is_null());
}

}  // namespace
}  // namespace tacitus
