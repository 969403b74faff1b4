// The TABARI readers (tabari_verbs.h, tabari_actors.h, tabari_project.h) on small files written
// here, one syntax element per test; and the shipped files under ../shared, where present.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostic_testing.h"
#include "base/temp_dir_testing.h"
#include "dict/petrarch_dictionaries.h"
#include "dict/tabari_actors.h"
#include "dict/tabari_project.h"
#include "dict/tabari_verbs.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct ParsedVerbs {
  PetrarchVerbDictionary verbs;
  std::vector<TabariTimeShift> times;
  Diagnostics diagnostics;
};

ParsedVerbs ParseVerbs(const std::string& text) {
  ParsedVerbs parsed;
  ParseTabariVerbs("v.verbs", text, &parsed.verbs, &parsed.times, &parsed.diagnostics);
  return parsed;
}

// The forms and whether each is a stem: "accus*", "break".
std::vector<std::string> Forms(const PetrarchVerbDictionary& verbs) {
  std::vector<std::string> forms;
  for (const PetrarchVerbForm& form : verbs.forms) {
    forms.push_back(form.form);
    if (form.stem) forms.back() += '*';
  }
  return forms;
}

// An element as one string: "$", "+", "%", "^", or its words joined by "|"; "_" after it when
// it must touch its neighbour towards the verb.
std::string Show(const PatternElement& element) {
  std::string shown;
  switch (element.kind) {
    case PatternElement::Kind::kSource:
      shown = "$";
      break;
    case PatternElement::Kind::kTarget:
      shown = "+";
      break;
    case PatternElement::Kind::kCompound:
      shown = "%";
      break;
    case PatternElement::Kind::kSkip:
      shown = "^";
      break;
    case PatternElement::Kind::kWord:
      for (const std::string& lemma : element.lemmas) {
        if (!shown.empty()) shown += '|';
        shown += lemma;
      }
      break;
  }
  if (element.adjacent) shown += '_';
  return shown;
}

// A pattern as "before... * after... [code:paired]".
std::string Show(const VerbPattern& pattern) {
  std::string shown;
  for (const PatternElement& e : pattern.before) {
    shown += Show(e);
    shown += ' ';
  }
  shown += '*';
  for (const PatternElement& e : pattern.elements) {
    shown += ' ';
    shown += Show(e);
  }
  shown += " [";
  shown += pattern.code;
  if (!pattern.paired_code.empty()) {
    shown += ':';
    shown += pattern.paired_code;
  }
  shown += ']';
  return shown;
}

std::vector<std::string> BlockPatterns(const PetrarchVerbDictionary& verbs, size_t block) {
  std::vector<std::string> shown;
  for (uint32_t index : verbs.blocks[block]) shown.push_back(Show(verbs.patterns[index]));
  return shown;
}

TEST(TabariVerbs, AVerbWithoutUnderscoreIsAStemAndWithOneTakesTheRegularEndings) {
  const ParsedVerbs parsed = ParseVerbs("ACCUS  [112] ;jw 11/14/91\nAGREE_ [081]\n");
  EXPECT_THAT(parsed.diagnostics, IsEmpty());
  EXPECT_THAT(Forms(parsed.verbs),
              ElementsAre("accus*", "agree", "agrees", "agreed", "agrees", "agreen", "agreeing"));
  ASSERT_EQ(parsed.verbs.blocks.size(), 2u);  // each verb line its own block
  EXPECT_EQ(parsed.verbs.patterns[parsed.verbs.forms[0].default_pattern].code, "112");
  EXPECT_EQ(parsed.verbs.forms[1].block, 1u);
}

TEST(TabariVerbs, IrregularFormsFollowTheirVerbOnALineOfTheirOwn) {
  const ParsedVerbs parsed = ParseVerbs("BREAK_ [1717]\n{BROKE_ BROKEN_}\n- * TREATY [161]\n");
  EXPECT_THAT(parsed.diagnostics, IsEmpty());
  const std::vector<std::string> forms = Forms(parsed.verbs);
  EXPECT_EQ(forms[6], "broke");
  EXPECT_EQ(forms[12], "broken");
  for (const PetrarchVerbForm& form : parsed.verbs.forms) EXPECT_EQ(form.block, 0u);
  EXPECT_THAT(BlockPatterns(parsed.verbs, 0), ElementsAre("* treaty* [161]"));
}

TEST(TabariVerbs, UnderscoresJoinAndEndWordsStemsKeepAStar) {
  const ParsedVerbs parsed = ParseVerbs(
      "ATTACK [122]\n"
      "- * CRITICISM OF_   [042]\n"
      "- *_HELICOPTERS    [---]\n"
      "- BRITISH_* [- - -]\n"
      "- * BACK~ POLICY [062]\n"
      "- + WAS * BY_ $ [123]\n");
  EXPECT_THAT(parsed.diagnostics, IsEmpty());
  EXPECT_THAT(BlockPatterns(parsed.verbs, 0),
              ElementsAre("* criticism* of [042]", "* helicopters*_ [---]", "british_ * [---]",
                          "* back* policy*_ [062]", "+ was* * by $ [123]"));
  EXPECT_TRUE(parsed.verbs.patterns[parsed.verbs.blocks[0][0]].elements[0].stems);
  EXPECT_FALSE(parsed.verbs.patterns[parsed.verbs.blocks[0][0]].elements[1].stems);
}

TEST(TabariVerbs, ActorTokensAndPairedCodes) {
  const ParsedVerbs parsed =
      ParseVerbs("MEET [040]\n- % * IN [031:032]\n- * IN ^ WITH + [036]\n- $ AND + * [043]\n");
  EXPECT_THAT(parsed.diagnostics, IsEmpty());
  EXPECT_THAT(BlockPatterns(parsed.verbs, 0),
              ElementsAre("% * in* [031:032]", "* in* ^ with* + [036]", "$ and* + * [043]"));
}

TEST(TabariVerbs, AlternativesGiveOnePatternEach) {
  const ParsedVerbs parsed = ParseVerbs(
      "ACCORD [---]\n"
      "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111]\n");
  EXPECT_THAT(parsed.diagnostics, IsEmpty());
  EXPECT_THAT(BlockPatterns(parsed.verbs, 0),
              ElementsAre("suggested_ + * demand geneva_ conventions*_ [111]",
                          "suggested_ + * demand international_ conventions*_ [111]"));
}

TEST(TabariVerbs, SynsetsExpandTheirMembersAndNestedSynsets) {
  const ParsedVerbs parsed = ParseVerbs(
      "<SYNSETS>\n&TIETYPES\n+MILITARY\n+ECONOMIC\n&TIEPHRASE\n+&TIETYPES_MEMOS\n"
      "+MEMOS_ON_&TIETYPES\n</SYNSETS>\n"
      "ABANDON [345]\n- * NEW_&TIETYPES_RELATIONS [903]\n- * &TIEPHRASE [904]\n"
      "- * &NOSUCH [905]\n");
  EXPECT_THAT(testing::Located(parsed.diagnostics), ElementsAre("error v.verbs:12"));
  EXPECT_EQ(parsed.verbs.synsets, 2u);
  // Synset members match whole words, without TABARI's endings.
  EXPECT_THAT(BlockPatterns(parsed.verbs, 0),
              ElementsAre("* new military|economic_ relations*_ [903]",
                          "* military memos|economic memos|memos on military|memos on economic "
                          "[904]"));
}

TEST(TabariVerbs, DiscardCodesCodeNothingAndMarkTheirPatternsDiscards) {
  const ParsedVerbs parsed = ParseVerbs("SAY [010]\n- * JOKE [###]\n- * HELLO [---]\n");
  EXPECT_THAT(parsed.diagnostics, IsEmpty());
  EXPECT_THAT(BlockPatterns(parsed.verbs, 0), ElementsAre("* joke* [---]", "* hello* [---]"));
  const std::vector<uint32_t>& block = parsed.verbs.blocks[0];
  EXPECT_TRUE(parsed.verbs.patterns[block[0]].discard);
  EXPECT_FALSE(parsed.verbs.patterns[block[1]].discard);
  EXPECT_FALSE(parsed.verbs.patterns[parsed.verbs.forms[0].default_pattern].discard);
}

TEST(TabariVerbs, TimeEntriesShiftDiscardOrLeaveTheDate) {
  const ParsedVerbs parsed = ParseVerbs(
      "<TIME>\nLAST_WEEK [-7]\nTOMORROW [+1]\n- * AND A WEEK [+8]\nONCE_UPON_A_TIME [###]\n"
      "WHEN_PEACE_COMES [+++]\nSOON [later]\nFOREVER [- - -]\nEONS_AGO [-9000]\n</TIME>\n");
  EXPECT_THAT(testing::Located(parsed.diagnostics),
              ElementsAre("error v.verbs:7", "warning v.verbs:9"));
  ASSERT_EQ(parsed.times.size(), 7u);
  EXPECT_EQ(parsed.times[0].phrase, "last week*");
  EXPECT_EQ(parsed.times[0].days, -7);
  EXPECT_EQ(parsed.times[1].days, 1);
  EXPECT_EQ(parsed.times[2].phrase, "and* a* week*");
  EXPECT_EQ(parsed.times[2].days, 8);
  EXPECT_TRUE(parsed.times[3].discard);
  EXPECT_EQ(parsed.times[4].days, 0);
  EXPECT_FALSE(parsed.times[4].discard);
  EXPECT_TRUE(parsed.times[4].complex);
  EXPECT_EQ(parsed.times[5].phrase, "forever*");  // [---]: does nothing
  EXPECT_EQ(parsed.times[5].days, 0);
  EXPECT_FALSE(parsed.times[5].discard || parsed.times[5].complex);
  EXPECT_EQ(parsed.times[6].days, 0);  // beyond TABARI's 8192 days
}

TEST(TabariVerbs, CommentsAndTheFinishMarkEndWhatIsRead) {
  const ParsedVerbs parsed =
      ParseVerbs("# a comment\n/ another\nURGE [102] ; pas\n~FINISH\nJUNK WITHOUT CODE\n");
  EXPECT_THAT(parsed.diagnostics, IsEmpty());
  EXPECT_THAT(Forms(parsed.verbs), ElementsAre("urge*"));
}

TEST(TabariVerbs, MalformedLinesAreRefusedAndTheRestLoads) {
  const ParsedVerbs parsed = ParseVerbs(
      "- * EARLY [010]\n"  // 1: before any verb
      "WARN [130]\n"
      "- * NO CODE\n"                    // 3
      "- NO STAR [111]\n"                // 4
      "- * TWO * STARS [111]\n"          // 5
      "- { WAS | WERE ] * BY $ [195]\n"  // 6: "]" for "}"
      "- * HEED [131]\n"
      "<NOSUCHSECTION>\n");  // 8
  EXPECT_THAT(testing::Located(parsed.diagnostics),
              ElementsAre("error v.verbs:1", "error v.verbs:3", "error v.verbs:4",
                          "error v.verbs:5", "error v.verbs:6", "error v.verbs:8"));
  EXPECT_THAT(BlockPatterns(parsed.verbs, 0), ElementsAre("* heed* [131]"));
}

TEST(TabariActors, AnAmpersandWordIsRefusedAsTabariRefusesIt) {
  PetrarchEntries entries;
  Diagnostics diagnostics;
  ParseTabariActors("a.actors", "ST._KITTS_&_NEVIS_ [KNA]\nAT&T_ [MNCUSA] ; R&D\nGONDOR_ [GON]\n",
                    &entries, &diagnostics);
  EXPECT_THAT(testing::Located(diagnostics), ElementsAre("error a.actors:1"));
  ASSERT_EQ(entries.actor_names.size(), 2u);
  EXPECT_EQ(entries.actor_names[0].name, "at&t");
  EXPECT_EQ(entries.actor_names[1].name, "gondor");
}

TEST(TabariActors, DatedCodesSynonymsAndDaysPastTheMonthsEnd) {
  PetrarchEntries entries;
  Diagnostics diagnostics;
  ParseTabariActors("a.actors",
                    "GOLLUM ; pas\n+SMEAGOL\n  [HOB <950601]\n  [HOBGOV 950601-991131]\n"
                    "  [HOBREB >991201]\n",
                    &entries, &diagnostics);
  // 991131 is no day; TABARI reads it, so it is read as 991130, with one warning.
  EXPECT_THAT(testing::Located(diagnostics), ElementsAre("warning a.actors:4"));
  ASSERT_EQ(entries.actors.size(), 1u);
  ASSERT_EQ(entries.actor_names.size(), 2u);
  EXPECT_EQ(entries.actor_names[1].name, "smeagol");
  const Actor& gollum = entries.actors[0];
  ASSERT_EQ(gollum.roles.size(), 3u);
  EXPECT_EQ(gollum.RoleOn(*Date::ParseIso("1999-11-30"))->code, "HOBGOV");
  EXPECT_EQ(gollum.RoleOn(*Date::ParseIso("1999-12-02"))->code, "HOBREB");
  EXPECT_EQ(gollum.RoleOn(*Date::ParseIso("1990-01-01"))->code, "HOB");
}

TEST(TabariActors, NounAndAdjectiveBlocksAndLinesAfterFinishAreNotLoaded) {
  PetrarchEntries entries;
  Diagnostics diagnostics;
  ParseTabariActors("a.actors",
                    "<NOUN>\nMINISTRY\nPOLICE\n</NOUN>\n<ADJECTIVE>\nGREAT\n</ADJECTIVE>\n"
                    "ARNOR [ARN]\n~~FINISH\nJUNK\n",
                    &entries, &diagnostics);
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("warning a.actors:1", "warning a.actors:5", "warning a.actors:9"));
  ASSERT_EQ(entries.actor_names.size(), 1u);
  EXPECT_EQ(entries.actor_names[0].name, "arnor");
}

TEST(TabariAgents, PluralsAndTheSideOfTheTilde) {
  PetrarchEntries entries;
  Diagnostics diagnostics;
  ParseTabariAgents("g.agents",
                    "POLICEMAN_ {POLICEMEN_} [~COP]\nHUMAN_RIGHTS_BODY [NGO~]\nNO_TILDE [GOV]\n",
                    &entries, &diagnostics);
  EXPECT_THAT(testing::Located(diagnostics), ElementsAre("error g.agents:3"));
  std::vector<std::string> names;
  for (const NamedEntry& name : entries.agent_names) names.push_back(name.name);
  // A name not ended by "_" takes the regular plural too (TABARI's -S ending).
  EXPECT_THAT(names,
              ElementsAre("policeman", "policemen", "human rights bodies", "human rights body"));
  EXPECT_EQ(entries.agents[entries.agent_names[1].id].code, "COP");
  EXPECT_FALSE(entries.agents[entries.agent_names[1].id].prefix);
  EXPECT_TRUE(entries.agents[entries.agent_names[3].id].prefix);
}

TEST(TabariProject, NamesTheFilesBesideItByTheirTagsFirstTwoLetters) {
  testing::TempDir dir;
  dir.Write("p/o.options", "SET: MINIMUM WORDS = 6\n");
  const std::string project = dir.Write(
      "p/x.project",
      "# comment\n<actorsfile> a.actors\n<actorfile> b.actors\n<verbsfile>\tv.verbs\n"
      "<agentsfile> g.agents\n<optionsfile> o.options\n<textfile> t.text\n<eventfile> out\n"
      "<issuesfile> i.issues\n<verbsfile>\n<session 1> <coder pas>\n");
  Diagnostics diagnostics;
  auto read = ReadTabariProject(project, &diagnostics);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre(::testing::StartsWith("warning"), ::testing::StartsWith("warning")));
  const std::string p = (dir.path() / "p").string();
  EXPECT_TRUE(read->files.tabari);
  EXPECT_THAT(read->files.actors, ElementsAre(p + "/a.actors", p + "/b.actors"));
  EXPECT_THAT(read->files.verbs, ElementsAre(p + "/v.verbs"));
  EXPECT_THAT(read->files.agents, ElementsAre(p + "/g.agents"));
  EXPECT_EQ(read->options_file, p + "/o.options");
  EXPECT_EQ(read->options.minimum_words, 6);
  EXPECT_THAT(read->text_files, ElementsAre(p + "/t.text"));
}

TEST(TabariProject, FailsWithoutVerbsOrActorsOrWhenUnreadable) {
  testing::TempDir dir;
  Diagnostics diagnostics;
  auto no_verbs = ReadTabariProject(dir.Write("a.project", "<actorsfile> a\n"), &diagnostics);
  ASSERT_FALSE(no_verbs.ok());
  EXPECT_THAT(no_verbs.status().message(), ::testing::HasSubstr("names no <verbsfile>"));
  auto missing = ReadTabariProject((dir.path() / "none.project").string(), &diagnostics);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST(TabariDictionaries, LoadsStemsApartFromExactForms) {
  testing::TempDir dir;
  dir.Write("d/a.actors", "ARNOR_ [ARN]\n");
  dir.Write("d/v.verbs", "ACCUS [112]\nACCUSED_OF_ [---]\n");
  const std::string project =
      dir.Write("d/x.project", "<actorsfile> a.actors\n<verbsfile> v.verbs\n");
  Diagnostics diagnostics;
  auto read = ReadTabariProject(project, &diagnostics);
  ASSERT_TRUE(read.ok());
  auto loaded = LoadPetrarchDictionaries(read->files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Dictionaries& dicts = *loaded->dictionaries;
  EXPECT_TRUE(dicts.VerbPatternsFor("accuses").empty());  // a stem is no exact form
  ASSERT_EQ(dicts.VerbPatternsByStem("accuses").size(), 1u);
  EXPECT_EQ(dicts.VerbPatternsByStem("accuses")[0]->code, "112");
  EXPECT_TRUE(dicts.VerbPatternsByStem("acc").empty());
  ASSERT_EQ(dicts.VerbPatternsFor("accused").size(), 1u);  // ACCUSED_OF_ is exact
  EXPECT_EQ(dicts.VerbPatternsFor("accused")[0]->code, "---");
}

// The shipped files: every line loads or is reported, counted once (README of the peer data:
// 7 + 121 lines with an "&" word, which TABARI itself cannot code).
TEST(TabariDictionaries, LoadsTheProductionProjectReportingWhatItRefuses) {
  const std::filesystem::path project =
      std::filesystem::path(TACITUS_SHARED_DIR) / "peer/tabari/TABARI.production.project";
  if (!std::filesystem::exists(project)) GTEST_SKIP() << project << " is absent";
  Diagnostics diagnostics;
  auto read = ReadTabariProject(project.string(), &diagnostics);
  ASSERT_TRUE(read.ok()) << read.status().message();
  auto loaded = LoadPetrarchDictionaries(read->files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  int ampersands = 0;
  for (const Diagnostic& d : loaded->diagnostics) {
    if (d.reason.find("TABARI itself cannot code") != std::string::npos) ++ampersands;
  }
  EXPECT_EQ(ampersands, 128);
  const Dictionaries::Sizes sizes = loaded->dictionaries->sizes();
  EXPECT_GT(sizes.verb_patterns, 15000u);
  EXPECT_GT(sizes.names, 35000u);
}

}  // namespace
}  // namespace tacitus
