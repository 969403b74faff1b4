// Our verb and noun patterns matched on the layout of a clause or noun phrase, with the
// dictionaries of code_testing.h.
#include "code/pattern_layout.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "base/temp_dir_testing.h"
#include "code/code_testing.h"
#include "dict/cameo_tables_testing.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using testing::CopyCameoTables;
using testing::FindClause;
using testing::FindPhrase;
using testing::OurTestDictionaries;
using testing::PhraseWords;
using testing::SharedAnalyzer;
using testing::TempDir;

class PatternLayoutTest : public ::testing::Test {
 protected:
  // The best of the verb patterns of `lemma` on its clause in `text`; false when none matches.
  bool MatchClause(const std::string& text, std::string_view lemma) {
    text_ = text;
    SharedAnalyzer()->Analyze(text_, &analysis_);
    const int32_t c = FindClause(analysis_, lemma);
    EXPECT_GE(c, 0) << "no clause of " << lemma;
    if (c < 0) return false;
    layout_.OfClause(analysis_.document, analysis_.syntax, analysis_.syntax.clauses[c]);
    return layout_.Best(analysis_.document, OurTestDictionaries()->VerbPatternsFor(lemma), &match_);
  }
  std::string Words(int32_t phrase) const { return PhraseWords(analysis_, text_, phrase); }

  std::string text_;
  Analysis analysis_;
  PatternLayout layout_;
  PatternMatch match_;
};

TEST_F(PatternLayoutTest, TheMostSpecificMatchingPatternWins) {
  ASSERT_TRUE(MatchClause("Russia accused Ukraine of violating the ceasefire.", "accuse"));
  EXPECT_EQ(match_.pattern->code, "1123");
  EXPECT_EQ(Words(match_.target), "Ukraine");
  ASSERT_TRUE(MatchClause("Russia accused Ukraine of lying.", "accuse"));
  EXPECT_EQ(match_.pattern->code, "112");
}

TEST_F(PatternLayoutTest, APatternWordMaySkipWordsInsideAPhrase) {
  ASSERT_TRUE(MatchClause("Russia imposed new sanctions on Ukraine.", "impose"));
  EXPECT_EQ(match_.pattern->text, "impose sanction on +T");
  EXPECT_EQ(Words(match_.target), "Ukraine");
}

TEST_F(PatternLayoutTest, APatternWordPassesOverACountToWhatItCounts) {
  ASSERT_TRUE(MatchClause("China summoned dozens of ambassadors.", "summon"));
  EXPECT_EQ(match_.pattern->text, "summon ambassador");
  ASSERT_TRUE(MatchClause("China summoned tens of thousands of ambassadors.", "summon"));
  EXPECT_EQ(match_.pattern->text, "summon ambassador");
  // Only a count's "of": the ambassadors' wives are no ambassadors.
  EXPECT_FALSE(MatchClause("China summoned the wives of ambassadors.", "summon"));
}

TEST_F(PatternLayoutTest, APatternWordNeverSkipsAPreposition) {
  // "on" must follow "sanction"; here "sanctions" sits inside another preposition's phrase.
  EXPECT_FALSE(MatchClause("Russia imposed limits on sanctions on Ukraine.", "impose"));
}

TEST_F(PatternLayoutTest, OnlyAWordThePatternMustFindRulesItOut) {
  // Best rules out, before matching, a pattern with a word that no word of the clause has.
  ASSERT_TRUE(MatchClause("Russia accused Ukraine of breaking the ceasefire.", "accuse"));
  EXPECT_EQ(match_.pattern->code, "112");  // not `accuse +T of violate (the) ceasefire`
  // An optional word, or the "with" of a reciprocal tail, may be missing.
  ASSERT_TRUE(MatchClause("Russia accused Ukraine of violating a ceasefire.", "accuse"));
  EXPECT_EQ(match_.pattern->text, "accuse +T of violate (the) ceasefire");
  ASSERT_TRUE(MatchClause("Saudi Arabia and Iran agreed to restore relations.", "restore"));
  EXPECT_EQ(match_.pattern->text, "restore {relation/tie} with +T");
  EXPECT_TRUE(match_.reciprocal);
}

TEST_F(PatternLayoutTest, APatternPassesOverAClausesPhraseOfPlaceOrTime) {
  // `impose sanction on +T`: "in Minsk" and "at a summit" (with its own "of" phrase) are
  // passed over; "through" or "against" may be the verb's own and are not.
  ASSERT_TRUE(MatchClause("Russia imposed sanctions in Minsk on Ukraine.", "impose"));
  EXPECT_EQ(Words(match_.target), "Ukraine");
  ASSERT_TRUE(
      MatchClause("Russia imposed sanctions at a summit of its allies on Ukraine.", "impose"));
  EXPECT_EQ(Words(match_.target), "Ukraine");
  EXPECT_FALSE(MatchClause("Russia imposed sanctions through a decree on Ukraine.", "impose"));
  EXPECT_FALSE(MatchClause("Russia imposed sanctions against its will on Ukraine.", "impose"));
}

TEST_F(PatternLayoutTest, APartnerAfterANamedPlaceIsTheVerbsOwn) {
  // `meet with +T`: the parser hangs "with" on the place; a partner all the same. A common
  // noun keeps its own ("a meeting with Xi" is the meeting's partner, not the clause's).
  ASSERT_TRUE(MatchClause("Russia met in Moscow with China.", "meet"));
  EXPECT_EQ(Words(match_.target), "China");
  EXPECT_FALSE(match_.reciprocal);
  ASSERT_TRUE(MatchClause("Russia met at the Kremlin with China on Monday.", "meet"));
  EXPECT_EQ(Words(match_.target), "China");
  ASSERT_TRUE(MatchClause("Russia discussed the war after talks with China.", "discuss"));
  EXPECT_TRUE(match_.reciprocal);
}

TEST_F(PatternLayoutTest, APrepositionalPhraseBeforeTheVerbIsNoComplement) {
  ASSERT_TRUE(MatchClause("In Beijing, Russia criticized Ukraine.", "criticize"));
  EXPECT_EQ(Words(match_.target), "Ukraine");
  ASSERT_TRUE(MatchClause("Russia, at the summit, criticized Ukraine.", "criticize"));
  EXPECT_EQ(Words(match_.target), "Ukraine");
}

TEST_F(PatternLayoutTest, APatternReadsOnIntoThePrepositionalPhraseOfAPrepositionsObject) {
  ASSERT_TRUE(MatchClause("Ukraine called for the release of Russian sailors.", "call"));
  EXPECT_EQ(match_.pattern->code, "0253");
  EXPECT_EQ(Words(match_.target), "Russian sailors");
}

TEST_F(PatternLayoutTest, ASubjunctiveThatClauseReadsAsTheObjectAndItsVerb) {
  // What is demanded of whom: the that-clause's subject is the target, its verb a word.
  ASSERT_TRUE(MatchClause("China demanded that Russia withdraw its troops.", "demand"));
  EXPECT_EQ(match_.pattern->code, "1056");
  EXPECT_EQ(Words(match_.target), "Russia");
  ASSERT_TRUE(MatchClause("China demanded that the Russian troops leave.", "demand"));
  EXPECT_EQ(match_.pattern->code, "100");
  EXPECT_EQ(Words(match_.target), "the Russian troops");
}

TEST_F(PatternLayoutTest, TheBareInfinitiveAfterLetReadsAsTheObjectAndItsVerb) {
  // "let the sailors go" reads as "allowed the sailors to go": its subject is the target.
  ASSERT_TRUE(MatchClause("Russia let the Ukrainian sailors go.", "let"));
  EXPECT_EQ(match_.pattern->code, "0841");
  EXPECT_EQ(Words(match_.target), "the Ukrainian sailors");
}

TEST_F(PatternLayoutTest, TheAdjectiveThatCompletesTheObjectIsAWordOfTheLayout) {
  ASSERT_TRUE(MatchClause("China held Russia responsible for the attack.", "hold"));
  EXPECT_EQ(match_.pattern->code, "112");
  EXPECT_EQ(Words(match_.target), "Russia");
  ASSERT_TRUE(MatchClause("China held Russia fully responsible.", "hold"));
  EXPECT_EQ(Words(match_.target), "Russia");
  EXPECT_FALSE(MatchClause("China held talks with Russia.", "hold"));
}

TEST_F(PatternLayoutTest, WhatCompletesAPassivesSubjectFollowsItsVerb) {
  // The adjective or the noun that completes the active's object ("held Russia responsible",
  // "took the sailors hostage") comes right after the passive's verb.
  ASSERT_TRUE(MatchClause("Russia was held responsible for the attack.", "hold"));
  EXPECT_EQ(match_.pattern->code, "112");
  EXPECT_EQ(Words(match_.target), "Russia");
  ASSERT_TRUE(MatchClause("Russia was held fully responsible by China.", "hold"));
  EXPECT_EQ(Words(match_.target), "Russia");
  ASSERT_TRUE(MatchClause("Three Ukrainian sailors were taken hostage by the rebels.", "take"));
  EXPECT_EQ(match_.pattern->code, "181");
  EXPECT_EQ(Words(match_.target), "Three Ukrainian sailors");
  EXPECT_FALSE(MatchClause("Three Ukrainian sailors were taken to a hospital.", "take"));
}

TEST_F(PatternLayoutTest, TheAdjectiveAfterALinkingVerbIsAWordOfTheLayout) {
  static const std::shared_ptr<const Dictionaries> dictionaries = [] {
    const TempDir temp;
    CopyCameoTables(temp.path() / "data");
    temp.Write("data/actors/test.txt", "country RUS Russia\n");
    temp.Write("data/verbs/test.txt",
               "verb 111 be critical of +T\n"
               "verb 036 be open to talk with +T\n");
    auto loaded = Dictionaries::Load((temp.path() / "data").string());
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  ASSERT_NE(dictionaries, nullptr);
  const auto match_be = [&](const std::string& text) {
    text_ = text;
    SharedAnalyzer()->Analyze(text_, &analysis_);
    const int32_t c = FindClause(analysis_, "be");
    EXPECT_GE(c, 0) << text;
    if (c < 0) return false;
    layout_.OfClause(analysis_.document, analysis_.syntax, analysis_.syntax.clauses[c]);
    return layout_.Best(analysis_.document, dictionaries->VerbPatternsFor("be"), &match_);
  };
  ASSERT_TRUE(match_be("China was critical of Ukraine."));
  EXPECT_EQ(match_.pattern->code, "111");
  EXPECT_EQ(Words(match_.target), "Ukraine");
  ASSERT_TRUE(match_be("China is also sharply critical of Ukraine."));  // adverbs passed over
  EXPECT_EQ(Words(match_.target), "Ukraine");
  ASSERT_TRUE(match_be("China said it was open to talks with Ukraine."));
  EXPECT_EQ(match_.pattern->code, "036");
  EXPECT_EQ(Words(match_.target), "Ukraine");
  // No adjective, or one that is not the pattern's: nothing.
  EXPECT_FALSE(match_be("China was in talks with Ukraine."));
  EXPECT_FALSE(match_be("China was silent on the critical report of Ukraine."));
}

TEST_F(PatternLayoutTest, WhatAClauseNamesStandsForTheObject) {
  ASSERT_TRUE(MatchClause("China condemned what it called an invasion of Ukraine.", "condemn"));
  EXPECT_EQ(Words(match_.target), "an invasion");
  ASSERT_TRUE(
      MatchClause("China condemned what it described as an invasion of Ukraine.", "condemn"));
  EXPECT_EQ(Words(match_.target), "an invasion");
  // A clause that names nothing ("what it saw") leaves the verb without an object.
  EXPECT_FALSE(MatchClause("China condemned what it saw.", "condemn"));
}

TEST_F(PatternLayoutTest, WithActorsAPatternWhoseTargetNamesNoActorGoesLast) {
  const std::string text = "Russia struck Ukraine's city in the north.";
  ASSERT_TRUE(MatchClause(text, "strike"));  // without actors: the longest
  EXPECT_EQ(match_.pattern->text, "strike city in +T");
  StoryActors actors;
  actors.Resolve(*OurTestDictionaries(), analysis_.document, analysis_.syntax,
                 *Date::ParseIso("2023-11-08"));
  ASSERT_TRUE(layout_.Best(analysis_.document, OurTestDictionaries()->VerbPatternsFor("strike"),
                           &match_, &actors));
  EXPECT_EQ(match_.pattern->text, "strike +T");
  EXPECT_EQ(Words(match_.target), "Ukraine's city");
}

TEST_F(PatternLayoutTest, AMutualPatternWithNothingToBindIsReciprocal) {
  ASSERT_TRUE(MatchClause("Putin and Xi met in Beijing.", "meet"));
  EXPECT_TRUE(match_.reciprocal);
  EXPECT_EQ(match_.target, -1);
  ASSERT_TRUE(MatchClause("Putin met Xi in Beijing.", "meet"));
  EXPECT_FALSE(match_.reciprocal);
  EXPECT_EQ(Words(match_.target), "Xi");
}

TEST_F(PatternLayoutTest, AReciprocalTailOfAHostileCodeNeedsItsTarget) {
  // Sides that together threaten to cut ties threaten someone else, not each other.
  EXPECT_FALSE(MatchClause("Russia and Belarus threatened to cut ties.", "threaten"));
  ASSERT_TRUE(MatchClause("Russia threatened to cut ties with Ukraine.", "threaten"));
  EXPECT_EQ(match_.pattern->code, "1313");
  EXPECT_FALSE(match_.reciprocal);
  // A cooperative one still codes the sides with each other.
  ASSERT_TRUE(MatchClause("Saudi Arabia and Iran restored ties.", "restore"));
  EXPECT_TRUE(match_.reciprocal);
}

TEST_F(PatternLayoutTest, ATargetAfterTheObjectsNestedPhraseIsNoReciprocal) {
  // "with Kenya" hangs on "understanding", the object's own phrase's object: it is read, and
  // read before a reciprocal tail that binds nothing.
  ASSERT_TRUE(MatchClause("China inked a deal of understanding with Kenya.", "ink"));
  EXPECT_EQ(match_.pattern->code, "057");
  EXPECT_FALSE(match_.reciprocal);
  EXPECT_EQ(Words(match_.target), "Kenya");
  ASSERT_TRUE(MatchClause("China and Kenya inked a deal of understanding.", "ink"));
  EXPECT_TRUE(match_.reciprocal);
}

TEST_F(PatternLayoutTest, APatternWordReadsPastTheOfAfterAQuantity) {
  ASSERT_TRUE(MatchClause("Britain sent thousands of troops to Estonia.", "send"));
  EXPECT_EQ(match_.pattern->code, "154");
  EXPECT_EQ(Words(match_.target), "Estonia");
  // In the object's own phrase too: "with hundreds of drones".
  ASSERT_TRUE(MatchClause("Iran supplied Russia with hundreds of drones.", "supply"));
  EXPECT_EQ(match_.pattern->code, "072");
  EXPECT_EQ(Words(match_.target), "Russia");
  // An "of" after a noun that counts nothing is a preposition a word never skips.
  EXPECT_FALSE(MatchClause("Britain sent the families of troops to Estonia.", "send"));
  EXPECT_FALSE(MatchClause("Iran supplied Russia with photos of drones.", "supply"));
}

TEST_F(PatternLayoutTest, TheInfinitiveComplementReadsOnFromTheVerb) {
  ASSERT_TRUE(MatchClause("Russia threatened to impose sanctions on Ukraine.", "threaten"));
  EXPECT_EQ(match_.pattern->code, "1312");
  EXPECT_EQ(Words(match_.target), "Ukraine");
}

TEST_F(PatternLayoutTest, ANounPatternReadsThePhrasesPrepositionalPhrases) {
  text_ = "Putin's visit to China ended.";
  SharedAnalyzer()->Analyze(text_, &analysis_);
  const int32_t visit = FindPhrase(analysis_, text_, "Putin's visit");
  ASSERT_GE(visit, 0);
  layout_.OfNounPhrase(analysis_.syntax, analysis_.syntax.phrases[visit], -1);
  ASSERT_TRUE(
      layout_.Best(analysis_.document, OurTestDictionaries()->NounPatternsFor("visit"), &match_));
  EXPECT_EQ(match_.pattern->code, "042");
  EXPECT_EQ(Words(match_.target), "China");
}

TEST_F(PatternLayoutTest, ANounPatternsModifiersMustStandBeforeItsHead) {
  const auto match_noun = [&](const std::string& text, std::string_view words) {
    text_ = text;
    SharedAnalyzer()->Analyze(text_, &analysis_);
    const int32_t phrase = FindPhrase(analysis_, text_, words);
    EXPECT_GE(phrase, 0) << words;
    if (phrase < 0) return false;
    const NounPhrase& noun = analysis_.syntax.phrases[phrase];
    layout_.OfNounPhrase(analysis_.syntax, noun, -1);
    return layout_.Best(
        analysis_.document,
        OurTestDictionaries()->NounPatternsFor(analysis_.document.tokens[noun.head].lemma),
        &match_);
  };
  ASSERT_TRUE(match_noun("Xi's phone call with Putin ended.", "Xi's phone call"));
  EXPECT_EQ(match_.pattern->code, "041");
  EXPECT_EQ(Words(match_.target), "Putin");
  EXPECT_FALSE(match_noun("Xi's call with Putin ended.", "Xi's call"));
}

}  // namespace
}  // namespace tacitus
