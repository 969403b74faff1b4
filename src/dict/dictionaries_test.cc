#include "dict/dictionaries.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostic_testing.h"
#include "base/temp_dir_testing.h"
#include "dict/cameo_tables_testing.h"
#include "dict/data_dir.h"
#include "dict/entry_parser.h"
#include "syntax/analyzer.h"
#include "text/segmenter.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;

const std::string kRealData = TACITUS_SOURCE_DIR "/data";

// A data directory in a temporary folder: the real CAMEO tables plus the given files. It is
// named "data" because the loader names files relative to its parent ("data/agents.txt:1").
// The parts a dictionary must have and the test does not give (actors/, agents.txt, verbs/)
// get one entry each, in files of their own, which no test looks for.
class TempData {
 public:
  explicit TempData(std::initializer_list<std::pair<std::string, std::string>> files) {
    testing::CopyCameoTables(dir());
    bool actors = false, agents = false, verbs = false;
    for (const auto& [path, text] : files) {
      Write(path, text);
      actors |= path.starts_with("actors/");
      agents |= path == "agents.txt";
      verbs |= path.starts_with("verbs/");
    }
    if (!actors) Write("actors/given.txt", "country ISL Iceland\n");
    if (!agents) Write("agents.txt", "agent AGR farmer\n");
    if (!verbs) Write("verbs/given.txt", "verb 042 visit +T\n");
  }

  void Write(const std::string& path, const std::string& text) const {
    temp_.Write("data/" + path, text);
  }
  fs::path dir() const { return temp_.path() / "data"; }

 private:
  testing::TempDir temp_;
};

// Where loading `data` found errors ("error data/agents.txt:2:7"), or an empty list when it
// loads. The failed load's Status holds every one of them.
std::vector<std::string> LoadErrorsOf(const TempData& data) {
  Diagnostics diagnostics;
  auto dicts = Dictionaries::Load(data.dir().string(), &diagnostics);
  EXPECT_EQ(dicts.ok(), !diagnostics.has_errors());
  if (!dicts.ok()) {
    EXPECT_EQ(dicts.status().code(), StatusCode::kDataError);
    EXPECT_EQ(dicts.status().message(), diagnostics.ToStatus().message());
  }
  return testing::Located(diagnostics);
}

std::shared_ptr<const Dictionaries> LoadOk(const TempData& data) {
  auto dicts = Dictionaries::Load(data.dir().string());
  EXPECT_TRUE(dicts.ok()) << dicts.status().message();
  return dicts.ok() ? *dicts : nullptr;
}

const std::shared_ptr<const Dictionaries>& RealData() {
  static const auto* dicts = [] {
    auto loaded = Dictionaries::Load(kRealData);
    return new std::shared_ptr<const Dictionaries>(loaded.ok() ? *loaded : nullptr);
  }();
  return *dicts;
}

// Tokens of `text` as the segmenter cuts them; `lemmas` (word -> lemma) stand in for lex/.
class Tokens {
 public:
  explicit Tokens(
      std::string_view text,
      std::initializer_list<std::pair<std::string_view, std::string_view>> lemmas = {}) {
    segmenter_.Segment(text, &doc_);
    for (Token& token : doc_.tokens) {
      for (const auto& [word, lemma] : lemmas) {
        if (token.lower == word) token.lemma = lemma;
      }
    }
  }
  std::span<const Token> span() const { return doc_.tokens; }

 private:
  TextSegmenter segmenter_;
  Document doc_;
};

// ------------------------------------------------------------------ the real data

TEST(Dictionaries, RealDataLoadsWithoutErrors) {
  auto dicts = Dictionaries::Load(kRealData);
  ASSERT_TRUE(dicts.ok()) << dicts.status().message();
  const Dictionaries::Sizes sizes = (*dicts)->sizes();
  EXPECT_GT(sizes.countries, 190u);
  EXPECT_GT(sizes.persons, 100u);
  EXPECT_GT(sizes.agent_names, 50u);
  EXPECT_EQ(sizes.event_types, 318u);  // 20 roots, 149 three-digit, 149 four-digit codes
  EXPECT_EQ((*dicts)->version().size(), 16u);
}

TEST(Dictionaries, RoleOnHalfOpenBoundaries) {
  const auto& dicts = RealData();
  ASSERT_NE(dicts, nullptr);
  const Actor* medvedev = nullptr;
  for (const Actor& actor : dicts->actors()) {
    if (actor.name == "Dmitry Medvedev") medvedev = &actor;
  }
  ASSERT_NE(medvedev, nullptr);
  // President until Putin's inauguration on 7 May 2012, prime minister from 8 May.
  const DatedRole* role = medvedev->RoleOn(*Date::ParseIso("2012-05-06"));
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->words, "president");
  EXPECT_EQ(medvedev->RoleOn(*Date::ParseIso("2012-05-07")), nullptr);
  role = medvedev->RoleOn(*Date::ParseIso("2012-05-08"));
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->words, "prime minister");
  EXPECT_EQ(role->code, "RUSGOV");
  EXPECT_EQ(medvedev->RoleOn(*Date::ParseIso("2000-01-01")), nullptr);
}

TEST(Dictionaries, FindEventTypeGivesReferenceScores) {
  const auto& dicts = RealData();
  ASSERT_NE(dicts, nullptr);
  // shared/reference: cameo_goldstein.tsv 111 -2.0; root 11 is verbal conflict (quad 3);
  // CAMEO2PLOVER maps 111 to ACCUSE, mode disapprove.
  const EventType* criticize = dicts->FindEventType("111");
  ASSERT_NE(criticize, nullptr);
  EXPECT_EQ(criticize->goldstein, -2.0);
  EXPECT_EQ(criticize->quad_class, 3);
  EXPECT_EQ(criticize->root, "11");
  EXPECT_EQ(criticize->plover_type, "ACCUSE");
  EXPECT_EQ(criticize->label, "Criticize or denounce");
  // 1213 is not in GDELT's table: its parent 121 gives -4.0.
  ASSERT_NE(dicts->FindEventType("1213"), nullptr);
  EXPECT_EQ(dicts->FindEventType("1213")->goldstein, -4.0);
  // 04 consult: +1.0, verbal cooperation; 20: -10, material conflict.
  EXPECT_EQ(dicts->FindEventType("04")->goldstein, 1.0);
  EXPECT_EQ(dicts->FindEventType("04")->quad_class, 1);
  EXPECT_EQ(dicts->FindEventType("20")->quad_class, 4);
  EXPECT_EQ(dicts->FindEventType("010")->plover_type, "DROPPED");
  EXPECT_EQ(dicts->FindEventType("0841")->plover_type, "RETREAT");
  EXPECT_EQ(dicts->FindEventType("11"), dicts->FindEventType("11"));
  EXPECT_NE(dicts->FindEventType("01"), dicts->FindEventType("010"));
  EXPECT_EQ(dicts->FindEventType("999"), nullptr);
  EXPECT_EQ(dicts->FindEventType("1a1"), nullptr);
  EXPECT_EQ(dicts->FindEventType(""), nullptr);
}

TEST(Dictionaries, ActorCodesDecompose) {
  const auto& dicts = RealData();
  ASSERT_NE(dicts, nullptr);
  EXPECT_TRUE(dicts->IsActorCode("RUS"));
  EXPECT_TRUE(dicts->IsActorCode("RUSGOV"));
  EXPECT_TRUE(dicts->IsActorCode("IGOUNO"));
  EXPECT_TRUE(dicts->IsActorCode("IGOUNOHCR"));
  EXPECT_TRUE(dicts->IsActorCode("IGOEUREEC"));
  EXPECT_TRUE(dicts->IsActorCode("PSEREBISJ"));
  EXPECT_TRUE(dicts->IsActorCode("WST"));
  EXPECT_TRUE(dicts->IsActorCode("NGOAMN"));
  EXPECT_FALSE(dicts->IsActorCode("GOV"));     // no location
  EXPECT_FALSE(dicts->IsActorCode("RUSXYZ"));  // XYZ is nothing
  EXPECT_FALSE(dicts->IsActorCode("RUSGO"));   // not 3-letter parts
  EXPECT_FALSE(dicts->IsActorCode("XXXGOV"));
  EXPECT_FALSE(dicts->IsActorCode(""));
}

TEST(Dictionaries, AgentsMatchOnLemmasFromTheAnalyzer) {
  const auto& dicts = RealData();
  ASSERT_NE(dicts, nullptr);
  auto analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().message();
  Analysis analysis;
  (*analyzer)->Analyze("Chinese soldiers crossed the border.", &analysis);
  const std::span<const Token> tokens = analysis.document.tokens;
  ASSERT_GE(tokens.size(), 2u);
  const PhraseMatch adjective = dicts->actor_names().LongestAt(tokens, 0);
  ASSERT_EQ(adjective.length, 1u);
  EXPECT_EQ(dicts->actors()[adjective.ids[0]].code, "CHN");
  const PhraseMatch agent = dicts->agent_names().LongestAt(tokens, 1);
  ASSERT_EQ(agent.length, 1u);
  EXPECT_EQ(dicts->agents()[agent.ids[0]].code, "MIL");
  EXPECT_EQ(dicts->actor_names().LongestAt(tokens, 1).length, 0u);
}

TEST(Dictionaries, VerbAndNounPatternsByHead) {
  TempData data({{"verbs/a.txt",
                  "verb 042:043 visit +T   # Putin visited China\n"
                  "verb 163 {impose/slap} {sanction/embargo} on +T\n"
                  "noun 042:043 visit to +T\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  ASSERT_EQ(dicts->VerbPatternsFor("visit").size(), 1u);
  const VerbPattern& visit = *dicts->VerbPatternsFor("visit")[0];
  EXPECT_EQ(visit.code, "042");
  EXPECT_EQ(visit.paired_code, "043");
  EXPECT_FALSE(visit.nominal);
  EXPECT_EQ(visit.origin.ToString(), "data/verbs/a.txt:1");
  ASSERT_EQ(dicts->VerbPatternsFor("slap").size(), 1u);
  EXPECT_EQ(dicts->VerbPatternsFor("slap")[0]->text, "{impose/slap} {sanction/embargo} on +T");
  EXPECT_EQ(dicts->VerbPatternsFor("impose")[0]->paired_code, "");
  ASSERT_EQ(dicts->NounPatternsFor("visit").size(), 1u);
  EXPECT_TRUE(dicts->NounPatternsFor("visit")[0]->nominal);
  EXPECT_TRUE(dicts->VerbPatternsFor("meet").empty());
  EXPECT_EQ(dicts->sizes().verb_patterns, 2u);
  EXPECT_EQ(dicts->sizes().noun_patterns, 1u);
}

TEST(Dictionaries, APatternIsIndexedWithTheFirstWordItNeeds) {
  TempData data({{"verbs/a.txt",
                  "verb 172 {impose/slap} (new) {sanction/embargo} on +T\n"
                  "verb 040 discuss with +T\n"
                  "verb 042:043 visit +T\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  ASSERT_EQ(dicts->VerbPatternsFor("impose").size(), 1u);
  // "(new)" is optional: "sanction" or "embargo" is the first word needed.
  EXPECT_EQ(dicts->VerbPatternsFor("impose")[0]->needed_word_bits,
            LemmaBit("sanction") | LemmaBit("embargo"));
  // "discussed the crisis" matches `discuss with +T` without "with"; "visit +T" needs no word.
  EXPECT_EQ(dicts->VerbPatternsFor("discuss")[0]->needed_word_bits, 0u);
  EXPECT_EQ(dicts->VerbPatternsFor("visit")[0]->needed_word_bits, 0u);
}

TEST(Dictionaries, APlusAddsASecondEventInTheSameDirection) {
  TempData data({{"verbs/a.txt", "verb 040+114 summon ambassador\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  ASSERT_EQ(dicts->VerbPatternsFor("summon").size(), 1u);
  const VerbPattern& summon = *dicts->VerbPatternsFor("summon")[0];
  EXPECT_EQ(summon.code, "040");
  EXPECT_EQ(summon.also_code, "114");
  EXPECT_EQ(summon.paired_code, "");
}

TEST(Dictionaries, ANounPatternIsFiledUnderItsHeadAfterItsModifiers) {
  TempData data({{"verbs/a.txt",
                  "noun 041:041 {phone/telephone} call with +T\n"
                  "noun 195 air strike {on/against} +T\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  EXPECT_TRUE(dicts->NounPatternsFor("phone").empty());
  ASSERT_EQ(dicts->NounPatternsFor("call").size(), 1u);
  const VerbPattern& call = *dicts->NounPatternsFor("call")[0];
  ASSERT_EQ(call.modifiers.size(), 1u);
  EXPECT_EQ(call.modifiers[0].lemmas, (std::vector<std::string>{"phone", "telephone"}));
  ASSERT_EQ(call.elements.size(), 2u);  // with +T
  ASSERT_EQ(dicts->NounPatternsFor("strike").size(), 1u);
  EXPECT_EQ(dicts->NounPatternsFor("strike")[0]->modifiers.size(), 1u);
}

TEST(Dictionaries, VersionFollowsTheBytes) {
  TempData data({{"agents.txt", "agent MIL troops\n"}});
  auto first = LoadOk(data);
  data.Write("agents.txt", "agent MIL troops | soldier\n");
  auto second = LoadOk(data);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_NE(first->version(), second->version());
  EXPECT_EQ(first->version(), LoadOk(TempData({{"agents.txt", "agent MIL troops\n"}}))->version());
}

// ------------------------------------------------------------------ validation

TEST(DictionaryErrors, UnknownEventCode) {
  TempData data(
      {{"verbs/x.txt", "verb 999 frobnicate +T\nverb 042:998 visit +T\nverb 111 criticize +T\n"}});
  // At the unknown code: 999, and 998 after "042:".
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/verbs/x.txt:1:6", "error data/verbs/x.txt:2:10"));
}

TEST(DictionaryErrors, ASecondCodeIsCheckedAndIsPairedOrAddedNotBoth) {
  TempData data({{"verbs/x.txt",
                  "verb 040+998 summon ambassador\nverb 040: meet +T\n"
                  "verb 040:040+114 meet +T\nverb 111 criticize +T\n"}});
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/verbs/x.txt:1:10", "error data/verbs/x.txt:2",
                          "error data/verbs/x.txt:3:6"));
}

TEST(DictionaryErrors, AnIntentLineMapsAnActToACodeOfIntent) {
  TempData data({{"verbs/x.txt",
                  "intent 04 036\n"      // good
                  "intent 04\n"          // one code
                  "intent 16 163\n"      // 163 states no intent
                  "intent 99 036\n"      // no such act
                  "intent 04 0361 x\n"   // a third field
                  "intent 04 030\n"}});  // 04 again
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/verbs/x.txt:2", "error data/verbs/x.txt:3:11",
                          "error data/verbs/x.txt:4:8", "error data/verbs/x.txt:5:16",
                          "error data/verbs/x.txt:6:8"));
}

TEST(Dictionaries, TheLongestIntentPrefixOfAnActWins) {
  TempData data({{"verbs/x.txt", "intent 16 131\nintent 163 1312\nintent 04 036\n"}});
  const auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  ASSERT_NE(dicts->IntentCodeFor("1631"), nullptr);
  EXPECT_EQ(dicts->IntentCodeFor("1631")->intent, "1312");
  EXPECT_EQ(dicts->IntentCodeFor("161")->intent, "131");
  EXPECT_EQ(dicts->IntentCodeFor("040")->intent, "036");
  EXPECT_EQ(dicts->IntentCodeFor("040")->origin.line, 3u);
  EXPECT_EQ(dicts->IntentCodeFor("111"), nullptr);
  EXPECT_EQ(dicts->sizes().intent_codes, 3u);
}

TEST(DictionaryErrors, ActorCodesThatDoNotDecompose) {
  TempData data({{"actors/a.txt",
                  "seat RUSGOV the Kremlin\n"
                  "seat RUSFOO Foo House\n"
                  "org IGOUNO United Nations\n"
                  "org GOVUNO Odd Body\n"
                  "org PSEREBISJ Islamic Jihad\n"
                  "country XYZ Xyzland\n"
                  "country WST Westland\n"
                  "adjective WST Western\n"}});
  // RUSFOO (no part FOO), GOVUNO (a type first), XYZ (no such country), WST (a region).
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/actors/a.txt:2:6", "error data/actors/a.txt:4:5",
                          "error data/actors/a.txt:6:9", "error data/actors/a.txt:7:9"));
}

TEST(DictionaryErrors, RegionMustBeARegion) {
  TempData data({{"actors/a.txt", "region RUS Russian lands\nregion WST the West\n"}});
  EXPECT_THAT(LoadErrorsOf(data), ElementsAre("error data/actors/a.txt:1:8"));
}

TEST(DictionaryErrors, AgentCodesAreRolesWithoutPlace) {
  TempData data({{"agents.txt",
                  "agent MIL troops\nagent RUSMIL Russian troops\nagent GOVMIL defence "
                  "minister\nagent XYZ whatever\n"}});
  // RUSMIL has a place; XYZ is no role.
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/agents.txt:2:7", "error data/agents.txt:4:7"));
}

TEST(Dictionaries, ADoerGivesTheAgentTypeOfAVerbWhoseReportNamesNoDoer) {
  TempData data({{"agents.txt", "agent COP police\ndoer COP arrest | detain\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  const Doer* arrest = dicts->DoerOf("arrest");
  ASSERT_NE(arrest, nullptr);
  EXPECT_EQ(arrest->code, "COP");
  EXPECT_EQ(arrest->origin.line, 2u);
  EXPECT_EQ(dicts->DoerOf("detain")->code, "COP");
  EXPECT_EQ(dicts->DoerOf("kill"), nullptr);
}

TEST(DictionaryErrors, BadDoers) {
  TempData data({{"agents.txt",
                  "doer COP arrest\n"
                  "doer RUSCOP detain\n"   // a role has no place
                  "doer JUD take in\n"     // one lemma
                  "doer JUD arrest\n"}});  // another doer for "arrest"
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/agents.txt:2:6", "error data/agents.txt:3",
                          "error data/agents.txt:4"));
}

TEST(DictionaryErrors, BadDatesAndRanges) {
  TempData data({{"actors/people.txt",
                  "person A ; RUSGOV 2008-02-30..2012-05-07 president\n"
                  "person B ; RUSGOV 2008-05-07..20120507 president\n"
                  "person C ; RUSGOV 2012-05-07..2012-05-07 president\n"
                  "person D ; RUSGOV 2012-05-08..2012-05-07 president\n"
                  "person E ; RUSGOV 2012-05-07 president\n"
                  "person F ; RUSGOV 2012-05-07.. president\n"
                  "person G\n"}});
  // At the range (19), or at its bad TO date (31); F's open range is good; G has no role.
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/actors/people.txt:1:19", "error data/actors/people.txt:2:31",
                          "error data/actors/people.txt:3:19", "error data/actors/people.txt:4:19",
                          "error data/actors/people.txt:5:19", "error data/actors/people.txt:7"));
}

TEST(DictionaryErrors, OverlappingRolesOfOnePerson) {
  TempData data(
      {{"actors/people.txt",
        "person A ; RUSGOV 2000-01-01..2004-01-01 president ; RUSGOV 2004-01-01.. prime minister\n"
        "person B ; RUSGOV 2000-01-01..2004-01-02 president ; RUSGOV 2004-01-01..2005-01-01 prime "
        "minister\n"
        "person C ; RUSGOV 2010-01-01.. president ; RUSGOV 2000-01-01..2020-01-01 envoy\n"}});
  // A's roles touch (TO is the first day no longer held); B's and C's overlap.
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/actors/people.txt:2", "error data/actors/people.txt:3"));
}

TEST(DictionaryErrors, NameGivenTwiceWithDifferentCodes) {
  TempData data({{"actors/a.txt",
                  "country GEO Georgia\n"
                  "country USA United States | Georgia\n"  // same kind, other code
                  "capital GEO Tbilisi | Georgia\n"        // another kind: allowed
                  "country GEO georgia\n"                  // same code: allowed
                  "region WST the West\n"
                  "region EUR West\n"},  // "the" is optional: same name
                 {"agents.txt", "agent MIL troops\nagent GOV troops\n"},
                 {"actors/people.txt",
                  "person John Smith | Smith ; USAGOV 2000-01-01..2004-01-01 president\n"
                  "person Jane Smith | Smith ; GBRGOV 2002-01-01..2003-01-01 prime minister\n"
                  "person Jim Smith | Smith ; USAGOV 2001-01-01..2002-01-01 envoy\n"}});
  // Jane Smith (GBRGOV) overlaps John Smith (USAGOV); Jim Smith shares John's code. The
  // clash of people is found once all are read, so it comes last.
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/actors/a.txt:2", "error data/actors/a.txt:6",
                          "error data/agents.txt:2", "error data/actors/people.txt:2"));
}

TEST(DictionaryErrors, MalformedPatterns) {
  TempData data({{"verbs/v.txt",
                  "verb 111 criticize +T +T\n"
                  "verb 111 (criticize +T\n"
                  "verb 111 {slam/lambaste +T\n"
                  "verb 111 slam/lambaste} +T\n"
                  "verb 111 +T criticize\n"
                  "verb 111 criticize +X\n"
                  "verb 111 criticize (+T)\n"
                  "verb 111 condemn +T | denounce +S +S\n"
                  "verb 111\n"
                  "verb 111 criticize +T\n"
                  "verb 112 criticize +T\n"}});
  // At the pattern that is wrong (on line 8 the second, at 23); line 9 has none; line 11
  // gives line 10's pattern another code.
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/verbs/v.txt:1:10", "error data/verbs/v.txt:2:10",
                          "error data/verbs/v.txt:3:10", "error data/verbs/v.txt:4:10",
                          "error data/verbs/v.txt:5:10", "error data/verbs/v.txt:6:10",
                          "error data/verbs/v.txt:7:10", "error data/verbs/v.txt:8:23",
                          "error data/verbs/v.txt:9", "error data/verbs/v.txt:11"));
}

TEST(DictionaryErrors, UnknownKindAndBadDiscards) {
  TempData data(
      {{"actors/a.txt", "contry RUS Russia\nagent MIL troops\n"},
       {"agents.txt", "agnet MIL troops\n"},
       {"discards.txt", "discard match football match\ndiscard story stock market | | Dow\n"}});
  // An agent is no entry of an actor file; "match" is no discard scope; "| |" names nothing.
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/actors/a.txt:1:1", "error data/actors/a.txt:2:1",
                          "error data/agents.txt:1:1", "error data/discards.txt:1:9",
                          "error data/discards.txt:2"));
}

TEST(Evaluations, WordsAndDeniedWordsWithTheirLines) {
  TempData data({{"evaluations.txt",
                  "# blame\n"
                  "evaluation 111 reckless | not lawful\n"
                  "evaluation 112 criminal\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  const VerbPattern* reckless = dicts->EvaluationFor("reckless", false);
  ASSERT_NE(reckless, nullptr);
  EXPECT_EQ(reckless->code, "111");
  EXPECT_EQ(reckless->origin.line, 2u);
  EXPECT_EQ(dicts->EvaluationFor("reckless", true), nullptr);  // "not reckless" is no blame
  const VerbPattern* unlawful = dicts->EvaluationFor("lawful", true);
  ASSERT_NE(unlawful, nullptr);
  EXPECT_EQ(unlawful->text, "not lawful");
  EXPECT_EQ(dicts->EvaluationFor("lawful", false), nullptr);  // "lawful" is no blame
  EXPECT_EQ(dicts->EvaluationFor("criminal", false)->code, "112");
  EXPECT_EQ(dicts->sizes().evaluations, 3u);
}

TEST(DictionaryErrors, BadEvaluations) {
  TempData data({{"evaluations.txt",
                  "evaluation 051 admirable\n"         // praise is no disapproval
                  "evaluation 111 very bad | Cruel\n"  // two words; not lower case
                  "evaluation 111 cruel | cruel\n"     // given twice
                  "evaluate 111 harsh\n"}});
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/evaluations.txt:1:12", "error data/evaluations.txt:2",
                          "error data/evaluations.txt:2", "error data/evaluations.txt:3",
                          "error data/evaluations.txt:4:1"));
}

TEST(DictionaryErrors, AllErrorsAtOnceAndGoodEntriesAroundThemStillChecked) {
  TempData data({{"actors/a.txt",
                  "country RUS Russia          # good\n"
                  "country RUX Ruxia           # bad code\n"
                  "\n"
                  "# a comment line\n"
                  "seat RUSGOV the Kremlin     # good\n"
                  "seat RUSGOV\n"
                  "country CHN China\n"},
                 {"agents.txt", "agent MIL troops\nagent MIX mixers\n"},
                 {"verbs/a.txt", "verb 040 meet +T\nverb 04x meet with +T\n"}});
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/actors/a.txt:2:9", "error data/actors/a.txt:6",
                          "error data/agents.txt:2:7", "error data/verbs/a.txt:2:6"));
  // The good lines load once the bad ones are gone.
  data.Write("actors/a.txt", "country RUS Russia\nseat RUSGOV the Kremlin\ncountry CHN China\n");
  data.Write("agents.txt", "agent MIL troops\n");
  data.Write("verbs/a.txt", "verb 040 meet +T\n");
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  EXPECT_EQ(dicts->sizes().countries, 2u);
  EXPECT_EQ(dicts->sizes().seats, 1u);
}

TEST(DictionaryWarnings, BarInATrailingCommentWarnsOfALostAlternative) {
  TempData data({{"verbs/v.txt",
                  "verb 040 meet +T   # talks | meet with +T\n"  // the second pattern is lost
                  "verb 040 visit +T  # a state visit\n"
                  "# whole-line comment: | is fine here\n"
                  "verb 111 criticize +T +T  # twice | again\n"},  // an error, then a warning
                 {"actors/a.txt", "country RUS Russia # Rossiya | Russian Federation\n"}});
  Diagnostics diagnostics;
  auto dicts = Dictionaries::Load(data.dir().string(), &diagnostics);
  // Columns of the '|': a warning, so only line 4's error refuses the load.
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("warning data/actors/a.txt:1:30", "warning data/verbs/v.txt:1:28",
                          "error data/verbs/v.txt:4:10", "warning data/verbs/v.txt:4:35"));
  EXPECT_FALSE(dicts.ok());

  data.Write("verbs/v.txt", "verb 040 meet +T   # talks | meet with +T\n");
  diagnostics = Diagnostics();
  dicts = Dictionaries::Load(data.dir().string(), &diagnostics);
  ASSERT_TRUE(dicts.ok()) << dicts.status().message();
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("warning data/actors/a.txt:1:30", "warning data/verbs/v.txt:1:28"));
  // What the warning is about: the pattern after the comment is not there.
  EXPECT_EQ((*dicts)->sizes().verb_patterns, 1u);
}

TEST(DictionaryErrors, MissingCodeTablesStopTheLoad) {
  TempData data({{"agents.txt", "agent MIL troops\n"}});
  fs::remove(data.dir() / "cameo" / "actor_codes.tsv");
  EXPECT_THAT(LoadErrorsOf(data), ElementsAre("error data/cameo/actor_codes.tsv"));
  Diagnostics diagnostics;
  EXPECT_EQ(Dictionaries::Load((data.dir() / "nowhere").string(), &diagnostics).status().code(),
            StatusCode::kNotFound);
  EXPECT_TRUE(diagnostics.empty());
}

// The rules every dictionary loader applies (base/data_file.h); `dict check` and `code` load
// through this one Load, so what holds here holds for both.
TEST(DictionaryErrors, MissingPartsAreNamed) {
  TempData data({});
  fs::remove_all(data.dir() / "verbs");
  fs::remove_all(data.dir() / "actors");
  fs::create_directories(data.dir() / "actors");
  fs::remove(data.dir() / "agents.txt");
  Diagnostics diagnostics;
  auto dicts = Dictionaries::Load(data.dir().string(), &diagnostics);
  ASSERT_FALSE(dicts.ok());
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("error data/actors", "warning data/agents.txt", "error data/verbs"));
  EXPECT_EQ(dicts.status().message(),
            "data/actors: no .txt file in it: a dictionary needs actors and verb patterns\n"
            "data/verbs: missing: a dictionary needs actors/ and verbs/, each with .txt files "
            "(docs/dictionaries.md)");
}

TEST(DictionaryWarnings, AFileWithNoEntriesIsWarnedOf) {
  TempData data({{"verbs/empty.txt", ""}, {"actors/none.txt", "# to do\n\n"}});
  Diagnostics diagnostics;
  ASSERT_TRUE(Dictionaries::Load(data.dir().string(), &diagnostics).ok());
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("warning data/actors/none.txt", "warning data/verbs/empty.txt"));
}

TEST(DictionaryErrors, NulAndBadUtf8AreRefusedWhereTheyStand) {
  const char kAgents[] = "agent MIL troops\nagent GOV offi\0cial\n";
  TempData data({{"agents.txt", std::string(kAgents, sizeof kAgents - 1)},
                 {"actors/a.txt",
                  "country RUS Russia\ncountry FRA Fran\xE7"
                  "e\n"}});
  EXPECT_THAT(LoadErrorsOf(data),
              ElementsAre("error data/actors/a.txt:2:17", "error data/agents.txt:2:15"));
}

// A FIFO with no writer would block the load for ever if it were opened; a FIFO in actors/
// was skipped unsaid. Both are refused by name.
TEST(DictionaryErrors, FifosAreRefusedWithoutBeingOpened) {
  TempData data({});
  ASSERT_EQ(::mkfifo((data.dir() / "actors" / "pipe.txt").c_str(), 0600), 0);
  fs::remove(data.dir() / "agents.txt");
  ASSERT_EQ(::mkfifo((data.dir() / "agents.txt").c_str(), 0600), 0);
  Diagnostics diagnostics;
  EXPECT_FALSE(Dictionaries::Load(data.dir().string(), &diagnostics).ok());
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("error data/actors/pipe.txt", "error data/agents.txt"));
  EXPECT_EQ(diagnostics[0].reason, "not a regular file (a FIFO)");
}

// A 10 MB line is quoted as its first 80 bytes and "…", not whole.
TEST(DictionaryErrors, ALongLineIsQuotedShort) {
  TempData data({{"actors/a.txt", "country RUS Russia\n" + std::string(10 << 20, 'x') + " RUS\n"},
                 {"verbs/v.txt", "verb 040 " + std::string(1 << 20, 'y') + "(\n"}});
  Diagnostics diagnostics;
  EXPECT_FALSE(Dictionaries::Load(data.dir().string(), &diagnostics).ok());
  ASSERT_EQ(diagnostics.error_count(), 2u);
  for (const Diagnostic& diagnostic : diagnostics) {
    EXPECT_LT(diagnostic.reason.size(), 300u) << diagnostic.reason.substr(0, 300);
  }
  EXPECT_EQ(diagnostics[0].reason, "unknown entry kind '" + std::string(80, 'x') +
                                       "\u2026' (expected country, adjective, people, capital, "
                                       "seat, region, org, person or tabari-actor)");
}

// ------------------------------------------------------------------ patterns and names

TEST(VerbPatternParser, EveryElementKind) {
  std::vector<PatternElement> e;
  ASSERT_EQ(ParsePatternElements("receive (official) {visit/delegation} from +S to +T", &e), "");
  ASSERT_EQ(e.size(), 7u);
  EXPECT_THAT(e[0].lemmas, ElementsAre("receive"));
  EXPECT_TRUE(e[1].optional);
  EXPECT_THAT(e[1].lemmas, ElementsAre("official"));
  EXPECT_FALSE(e[2].optional);
  EXPECT_THAT(e[2].lemmas, ElementsAre("visit", "delegation"));
  EXPECT_EQ(e[3].kind, PatternElement::Kind::kWord);
  EXPECT_EQ(e[4].kind, PatternElement::Kind::kSource);
  EXPECT_EQ(e[6].kind, PatternElement::Kind::kTarget);
  EXPECT_TRUE(e[6].lemmas.empty());
  ASSERT_EQ(ParsePatternElements("Pull ({out/away}) of +T", &e), "");
  EXPECT_THAT(e[0].lemmas, ElementsAre("pull"));  // lemmas are lower case
  EXPECT_TRUE(e[1].optional);
  EXPECT_THAT(e[1].lemmas, ElementsAre("out", "away"));
  EXPECT_NE(ParsePatternElements("", &e), "");
  EXPECT_NE(ParsePatternElements("meet {a//b} +T", &e), "");
}

TEST(PhraseIndex, LongestNameWins) {
  TempData data({{"actors/a.txt",
                  "org IGOUNO Security Council\n"
                  "seat USAGOV National Security Council\n"
                  "org IGOUNO the United Nations\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  const PhraseIndex& names = dicts->actor_names();
  Tokens nsc("the National Security Council met");
  PhraseMatch m = names.LongestAt(nsc.span(), 1);
  EXPECT_EQ(m.length, 3u);
  ASSERT_EQ(m.ids.size(), 1u);
  EXPECT_EQ(dicts->actors()[m.ids[0]].code, "USAGOV");
  m = names.LongestAt(nsc.span(), 2);  // a caller that starts inside gets the shorter name
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(names.LongestAt(nsc.span(), 0).length, 0u);
  Tokens un("The United Nations and United Nations agencies");
  EXPECT_EQ(names.LongestAt(un.span(), 0).length, 3u);  // "The" as written in the text
  EXPECT_EQ(names.LongestAt(un.span(), 1).length, 2u);
  EXPECT_EQ(names.LongestAt(un.span(), 4).length, 2u);
  EXPECT_EQ(names.LongestAt(un.span(), 99).length, 0u);
}

TEST(PhraseIndex, CapitalsOnlyNamesMatchOnlyCapitals) {
  TempData data(
      {{"actors/a.txt",
        "country USA United States | US | U.S.\norg IGOICC ICC\ncapital NLD The Hague\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  const PhraseIndex& names = dicts->actor_names();
  Tokens text(
      "US officials told us that the U.S. and the ICC and the icc met in The Hague and Hague");
  const std::span<const Token> t = text.span();
  auto at = [&](std::string_view word, int nth = 0) {
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i].text == word && nth-- == 0) return i;
    }
    ADD_FAILURE() << word;
    return t.size();
  };
  EXPECT_EQ(names.LongestAt(t, at("US")).length, 1u);
  EXPECT_EQ(names.LongestAt(t, at("us")).length, 0u);
  EXPECT_EQ(names.LongestAt(t, at("U.S.")).length, 1u);
  EXPECT_EQ(names.LongestAt(t, at("ICC")).length, 1u);
  EXPECT_EQ(names.LongestAt(t, at("icc")).length, 0u);
  EXPECT_EQ(names.LongestAt(t, at("The")).length, 2u);
  EXPECT_EQ(names.LongestAt(t, at("Hague", 1)).length, 0u);  // "The" of "The Hague" is needed
}

TEST(PhraseIndex, LemmasOnlyWhereAsked) {
  TempData data({{"agents.txt", "agent MIL soldier | armed forces\n"},
                 {"actors/a.txt", "country RUS soldier\n"},
                 {"discards.txt", "discard sentence football match\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  Tokens text(
      "soldiers of the armed forces watched football matches",
      {{"soldiers", "soldier"}, {"armed", "arm"}, {"forces", "force"}, {"matches", "match"}});
  EXPECT_EQ(dicts->agent_names().LongestAt(text.span(), 0).length, 1u);
  EXPECT_EQ(dicts->agent_names().LongestAt(text.span(), 3).length, 2u);  // on the words as written
  EXPECT_EQ(dicts->actor_names().LongestAt(text.span(), 0).length, 0u);  // actors: no lemmas
  const PhraseMatch discard = dicts->discard_phrases().LongestAt(text.span(), 6);
  ASSERT_EQ(discard.length, 2u);
  EXPECT_FALSE(dicts->discards()[discard.ids[0]].whole_story);
}

TEST(PhraseIndex, SharedNamesKeepEveryEntry) {
  TempData data({{"actors/a.txt", "country DJI Djibouti\ncapital DJI Djibouti\n"}});
  auto dicts = LoadOk(data);
  ASSERT_NE(dicts, nullptr);
  Tokens text("Djibouti");
  const PhraseMatch m = dicts->actor_names().LongestAt(text.span(), 0);
  ASSERT_EQ(m.ids.size(), 2u);
  EXPECT_EQ(dicts->actors()[m.ids[0]].kind, ActorKind::kCountry);
  EXPECT_EQ(dicts->actors()[m.ids[1]].kind, ActorKind::kCapital);
}

TEST(FindDataDir, EnvironmentFirst) {
  TempData data({});
  ::setenv("TACITUS_DATA", data.dir().c_str(), 1);
  EXPECT_EQ(FindDataDir(nullptr), data.dir().string());
  ::unsetenv("TACITUS_DATA");
}

}  // namespace
}  // namespace tacitus
