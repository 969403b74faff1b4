#include "dict/petrarch_dictionaries.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "base/diagnostic_testing.h"
#include "base/temp_dir_testing.h"
#include "dict/petrarch_actors.h"
#include "dict/petrarch_verbs.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;

TEST(PetrarchVerbs, ReadsBlocksFormsSynsetsAndPatterns) {
  const std::string text =
      "&TIETYPES\n+MILITARY\n+ECONOMIC_\n\n"
      "--- BREAK [1717] ---\n"
      "BREAK { BROKE BROKEN }\n"
      "DOWNPLAY [014]\n"
      "+CORDON_OFF\n"
      "- + KNOWN_* IN_$  [076]  # comment\n"
      "- * &TIETYPES TIES [902:903]\n"
      "- * (TO BORDER) [154]\n"
      "- NO STAR HERE [111]\n"
      "- * &UNKNOWN [111]\n";
  PetrarchVerbDictionary verbs;
  Diagnostics diagnostics;
  ParsePetrarchVerbs("v.txt", text, &verbs, &diagnostics);
  // No '*' on line 12, an unknown synset on 13: refused.
  EXPECT_THAT(testing::Located(diagnostics), ElementsAre("error v.txt:12", "error v.txt:13"));
  ASSERT_EQ(verbs.blocks.size(), 1u);
  ASSERT_EQ(verbs.blocks[0].size(), 3u);
  EXPECT_EQ(verbs.synsets, 1u);

  const VerbPattern& known = verbs.patterns[verbs.blocks[0][0]];
  EXPECT_EQ(known.code, "076");
  ASSERT_EQ(known.before.size(), 2u);
  EXPECT_EQ(known.before[0].kind, PatternElement::Kind::kTarget);
  EXPECT_FALSE(known.before[0].adjacent);
  EXPECT_EQ(known.before[1].lemmas, std::vector<std::string>{"known"});
  EXPECT_TRUE(known.before[1].adjacent);  // KNOWN_*: no word between it and the verb
  ASSERT_EQ(known.elements.size(), 2u);
  EXPECT_EQ(known.elements[0].lemmas, std::vector<std::string>{"in"});
  EXPECT_EQ(known.elements[1].kind, PatternElement::Kind::kSource);
  EXPECT_TRUE(known.elements[1].adjacent);  // IN_ $

  const VerbPattern& ties = verbs.patterns[verbs.blocks[0][1]];
  EXPECT_EQ(ties.code, "902");
  EXPECT_EQ(ties.paired_code, "903");
  // MILITARY gets PETRARCH's plural; ECONOMIC_ does not.
  EXPECT_EQ(ties.elements[0].lemmas,
            (std::vector<std::string>{"military", "militaries", "economic"}));
  ASSERT_EQ(ties.elements[0].first_word_keys.size(), 3u);  // parallel to the lemmas
  EXPECT_EQ(ties.elements[0].first_word_keys[1], WordKey("militaries"));
  EXPECT_EQ(ties.elements[1].first_word_keys, std::vector<uint64_t>{WordKey("ties")});
  const VerbPattern& border = verbs.patterns[verbs.blocks[0][2]];
  ASSERT_EQ(border.elements.size(), 2u);
  EXPECT_EQ(border.elements[1].lemmas, std::vector<std::string>{"border"});
  // A PETRARCH-2 group: its first word anywhere after the verb, the rest inside its phrase.
  EXPECT_FALSE(border.elements[0].in_group);
  EXPECT_TRUE(border.elements[1].in_group);

  std::vector<std::string> forms;
  for (const PetrarchVerbForm& form : verbs.forms) forms.push_back(form.form);
  EXPECT_EQ(forms, (std::vector<std::string>{"break", "broke", "broken", "downplay", "downplays",
                                             "downplayed", "downplaying", "cordon", "cordons",
                                             "cordoned", "cordoning"}));
  EXPECT_EQ(verbs.patterns[verbs.forms[3].default_pattern].code, "014");
  const VerbPattern& cordon = verbs.patterns[verbs.forms[7].default_pattern];
  EXPECT_EQ(cordon.code, "1717");
  ASSERT_EQ(cordon.elements.size(), 1u);
  EXPECT_EQ(cordon.elements[0].lemmas, std::vector<std::string>{"off"});
}

TEST(PetrarchActors, ReadsDatedCodesSynonymsAndRefusesBadLines) {
  const std::string text =
      "<!-- a comment\n over lines -->\n"
      "UNITED_STATES [USA] ; TABARI comment\n"
      "+U.S.\n"
      "GOLLUM  # pas\n"
      "+SMEAGOL\n"
      "\t[HOB < 950601]\n"
      "\t[HOBGOV 19950601 - 19990815]\n"
      "\t[HOBREB > 990816]\n"
      "NASGUL [###]\n"
      "BAD_DATE [ABC 2004017-20061201] [DEF]\n"
      "LORIEN [ELR/GAL]\n"
      "JAN_STRASK\x1aY [CZE]\n"
      "NO_CODE\n";
  PetrarchEntries entries;
  Diagnostics diagnostics;
  ParsePetrarchActors("a.txt", text, &entries, &diagnostics);
  // A malformed date (11) and an actor without a code (14) are refused; the control byte of
  // line 13 is dropped, and the line loaded, with a warning.
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("error a.txt:11", "warning a.txt:13", "error a.txt:14"));

  ASSERT_EQ(entries.actors.size(), 6u);
  EXPECT_EQ(entries.actors[0].code, "USA");
  EXPECT_EQ(entries.actor_names[1].name, "u.s.");
  const Actor& gollum = entries.actors[1];
  EXPECT_EQ(gollum.kind, ActorKind::kPerson);
  ASSERT_EQ(gollum.roles.size(), 3u);
  EXPECT_EQ(gollum.RoleOn(*Date::FromYmd(1995, 5, 31))->code, "HOB");
  EXPECT_EQ(gollum.RoleOn(*Date::FromYmd(1999, 8, 15))->code, "HOBGOV");  // end included
  EXPECT_EQ(gollum.RoleOn(*Date::FromYmd(2001, 1, 1))->code, "HOBREB");
  EXPECT_EQ(entries.actors[2].code, "###");  // "#" inside a code is no comment
  EXPECT_EQ(entries.actors[3].code, "DEF");  // the bad dated code refused, the rest kept
  EXPECT_EQ(entries.actors[4].code, "ELR/GAL");
  EXPECT_EQ(entries.actor_names.back().name, "jan strasky");
}

TEST(PetrarchActors, ReadsAgentsWithMacrosPrefixesAndPlurals) {
  const std::string text =
      "!PERSON! = MAN, WOMAN\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "MSF {}  [NGO~] # prefix\n"
      "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
      "NO_CODE_HERE\n"
      "UNCLOSED {PLURALS [~GOV]\n"
      "NO_TILDE [GOV]\n"
      "[~GOV]\n"
      "EMPTY_CODE [~]\n"
      "VICE_!TITLE! [~GOV]\n";
  PetrarchEntries entries;
  Diagnostics diagnostics;
  ParsePetrarchAgents("g.txt", text, &entries, &diagnostics);
  // No code, '{' unclosed, no '~', no name, an empty code, a macro never defined: refused.
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("error g.txt:5", "error g.txt:6", "error g.txt:7", "error g.txt:8",
                          "error g.txt:9", "error g.txt:10"));
  EXPECT_EQ(entries.agent_lines, 3u);
  std::vector<std::string> names;
  for (const NamedEntry& name : entries.agent_names) names.push_back(name.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"congressmen", "congressman", "congresswomen",
                                      "congresswoman", "msf", "golden goose", "golden geese"}));
  EXPECT_EQ(entries.agents[0].code, "LEG");
  EXPECT_FALSE(entries.agents[0].prefix);
  EXPECT_EQ(entries.agents[4].code, "NGO");
  EXPECT_TRUE(entries.agents[4].prefix);
}

TEST(PetrarchIssues, ReadsPhrasesMarkersAndExclusions) {
  PetrarchEntries entries;
  Diagnostics diagnostics;
  ParsePetrarchIssues("i.txt",
                      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
                      "pre+n:school [EARLY_EDUCATION]\n"
                      "v:block m:site [CENSORSHIP]\n"
                      "~a head start\n"
                      "no code here\n",
                      &entries, &diagnostics);
  EXPECT_THAT(testing::Located(diagnostics), ElementsAre("error i.txt:5"));
  ASSERT_EQ(entries.issues.size(), 3u);
  EXPECT_EQ(entries.issues[0].phrase, "pre school");
  EXPECT_EQ(entries.issues[0].code, "EARLY_EDUCATION");
  EXPECT_EQ(entries.issues[1].phrase, "block site");
  EXPECT_TRUE(entries.issues[2].exclusion);
  EXPECT_EQ(entries.issues[2].phrase, "a head start");
  EXPECT_EQ(entries.issues[2].code, "");
}

TEST(PetrarchDate, ReadsBothWidths) {
  EXPECT_EQ(*ParsePetrarchDate("950601"), *Date::FromYmd(1995, 6, 1));
  EXPECT_EQ(*ParsePetrarchDate("070723"), *Date::FromYmd(2007, 7, 23));
  EXPECT_EQ(*ParsePetrarchDate("20121109"), *Date::FromYmd(2012, 11, 9));
  EXPECT_FALSE(ParsePetrarchDate("2004017"));
  EXPECT_FALSE(ParsePetrarchDate("19950231"));
}

TEST(PetrarchDictionaries, TakesGoldsteinAndQuadClassFromOurCameoTable) {
  const testing::TempDir dir;
  const std::string verbs = dir.Write("verbs.txt", "--- ACCUSE  [112] ---\nACCUSE\n");
  PetrarchFiles files;
  files.verbs.push_back(verbs);
  files.actors.push_back(dir.Write("actors.txt", "RUSSIA [RUS]\n"));
  files.agents.push_back(dir.Write("agents.txt", "OFFICIAL [~GOV]\n"));
  auto bare = LoadPetrarchDictionaries(files);
  ASSERT_TRUE(bare.ok()) << bare.status().message();
  EXPECT_EQ(bare->dictionaries->FindEventType("112"), nullptr);  // PETRARCH ships no table

  files.event_codes = TACITUS_SOURCE_DIR "/data/cameo/event_codes.tsv";
  auto loaded = LoadPetrarchDictionaries(files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_TRUE(loaded->diagnostics.empty());
  const EventType* accuse = loaded->dictionaries->FindEventType("112");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(accuse->quad_class, 3);  // verbal conflict
  EXPECT_LT(accuse->goldstein, 0.0);
  files.event_codes = verbs + ".absent";
  EXPECT_EQ(LoadPetrarchDictionaries(files).status().code(), StatusCode::kNotFound);
}

// The rules every dictionary loader applies (base/data_file.h), here for PETRARCH's, whose
// errors skip a line rather than refuse the load.
TEST(PetrarchDictionaries, NeedVerbsAndActorsAndWarnWithoutAgents) {
  const testing::TempDir dir;
  PetrarchFiles files;
  files.verbs.push_back(dir.Write("verbs.txt", "--- ACCUSE  [112] ---\nACCUSE\n"));
  auto loaded = LoadPetrarchDictionaries(files);
  EXPECT_EQ(loaded.status().code(), StatusCode::kDataError);
  EXPECT_EQ(loaded.status().message(), "no actor file given (actorfile_list)");
  files.actors.push_back(dir.Write("actors.txt", "RUSSIA [RUS]\n"));
  loaded = LoadPetrarchDictionaries(files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_THAT(testing::Located(loaded->diagnostics), ElementsAre("warning " + files.verbs[0]));
}

TEST(PetrarchDictionaries, SkipLinesWithANulOrBadUtf8AndWarnOfEmptyFiles) {
  const testing::TempDir dir;
  PetrarchFiles files;
  files.verbs.push_back(dir.Write("verbs.txt", "--- ACCUSE  [112] ---\nACCUSE\n"));
  // TABARI's CountryInfo.120116.actors has this NUL on its line 20623.
  const char kActors[] = "RUSSIA [RUS]\nTIRUCHIR\0PPALLI_  [IND]\nCHINA [CHN]\n";
  files.actors.push_back(dir.Write("actors.txt", std::string(kActors, sizeof kActors - 1)));
  files.agents.push_back(dir.Write("agents.txt", "OFFICIAL [~GOV]\nWERE\xC2 [~GOV]\n"));
  files.discards.push_back(dir.Write("discards.txt", "# none yet\n"));
  auto loaded = LoadPetrarchDictionaries(files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_THAT(testing::Located(loaded->diagnostics),
              ElementsAre("error " + files.actors[0] + ":2:9", "error " + files.agents[0] + ":2:5",
                          "warning " + files.discards[0]));
  EXPECT_EQ(loaded->dictionaries->actors().size(), 2u);  // RUSSIA and CHINA
  EXPECT_EQ(loaded->dictionaries->sizes().agents, 1u);   // OFFICIAL
}

TEST(PetrarchDictionaries, RefuseAFifoWithoutOpeningIt) {
  const testing::TempDir dir;
  PetrarchFiles files;
  files.verbs.push_back(dir.Write("verbs.txt", "--- ACCUSE  [112] ---\nACCUSE\n"));
  files.actors.push_back((dir.path() / "actors.txt").string());
  ASSERT_EQ(::mkfifo(files.actors[0].c_str(), 0600), 0) << std::strerror(errno);
  auto loaded = LoadPetrarchDictionaries(files);
  EXPECT_EQ(loaded.status().code(), StatusCode::kIoError);
  EXPECT_EQ(loaded.status().message(), files.actors[0] + ": not a regular file (a FIFO)");

  Diagnostics diagnostics;
  EXPECT_EQ(ReadPetrarchConfig(files.actors[0], "", &diagnostics).status().message(),
            files.actors[0] + ": not a regular file (a FIFO)");
}

// A 10 MB line is quoted in its message as its first 80 bytes and "…", not whole.
TEST(PetrarchDictionaries, QuoteALongLineShort) {
  const testing::TempDir dir;
  PetrarchFiles files;
  files.verbs.push_back(dir.Write("verbs.txt", "--- ACCUSE  [112] ---\nACCUSE\n"));
  files.actors.push_back(
      dir.Write("actors.txt", "RUSSIA [RUS]\nLONG [" + std::string(10 << 20, 'X') + " 1]\n"));
  auto loaded = LoadPetrarchDictionaries(files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  ASSERT_TRUE(loaded->diagnostics.has_errors());
  for (const Diagnostic& diagnostic : loaded->diagnostics) {
    EXPECT_LT(diagnostic.reason.size(), 200u) << diagnostic.reason.substr(0, 200);
  }
}

TEST(PetrarchConfig, ReadsFilesAndOptionsAndWarnsOfStrayLines) {
  const testing::TempDir dir;
  const std::string config = dir.Write("PETR_config.ini",
                                       "[Dictionaries]\n"
                                       "verbfile_name = v.txt\n"
                                       "actorfile_list = a.txt,\n"
                                       "    b.txt\n"
                                       "just some words\n"
                                       "[Options]\n"
                                       "require_dyad = False\n");
  Diagnostics diagnostics;
  auto files = ReadPetrarchConfig(config, "dicts", &diagnostics);
  ASSERT_TRUE(files.ok()) << files.status().message();
  EXPECT_THAT(files->verbs, ElementsAre("dicts/v.txt"));
  EXPECT_THAT(files->actors, ElementsAre("dicts/a.txt", "dicts/b.txt"));
  ASSERT_EQ(files->options.size(), 1u);
  EXPECT_EQ(files->options[0].second, "False");
  EXPECT_THAT(testing::Located(diagnostics), ElementsAre("warning " + config + ":5"));

  const std::string no_verbs = dir.Write("none.ini", "[Dictionaries]\nagentfile_name = g.txt\n");
  EXPECT_EQ(ReadPetrarchConfig(no_verbs, "", &diagnostics).status().code(), StatusCode::kDataError);
  EXPECT_EQ(ReadPetrarchConfig(config + ".absent", "", &diagnostics).status().code(),
            StatusCode::kNotFound);
}

TEST(PetrarchDictionaries, LoadsPhoenixFromTheConfig) {
  const std::string dir = TACITUS_SHARED_DIR "/peer/petrarch2";
  if (!std::filesystem::exists(dir + "/PETR_config.ini")) {
    GTEST_SKIP() << dir << " is absent";
  }
  Diagnostics config_diagnostics;
  auto files = ReadPetrarchConfig(dir + "/PETR_config.ini", dir, &config_diagnostics);
  ASSERT_TRUE(files.ok()) << files.status().message();
  EXPECT_TRUE(config_diagnostics.empty());
  EXPECT_EQ(files->actors.size(), 3u);
  EXPECT_EQ(files->issues.size(), 1u);
  // [Options], as written, for the coder.
  const auto option = [&](const std::string& key) {
    for (const auto& [k, v] : files->options) {
      if (k == key) return v;
    }
    return std::string("(absent)");
  };
  EXPECT_EQ(option("new_actor_length"), "0");
  EXPECT_EQ(option("require_dyad"), "True");
  EXPECT_EQ(option("comma_emax"), "8");
  auto loaded = LoadPetrarchDictionaries(*files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  // The two stray 0x1A bytes of Phoenix.Countries.actors.txt are warned about, by line.
  std::vector<std::string> warnings;
  for (const Diagnostic& diagnostic : loaded->diagnostics) {
    if (diagnostic.severity == Severity::kWarning) warnings.push_back(diagnostic.Where());
  }
  EXPECT_THAT(warnings, ElementsAre(dir + "/Phoenix.Countries.actors.txt:745",
                                    dir + "/Phoenix.Countries.actors.txt:12159"));
  // Lines PETRARCH's own loader would not take are skipped, as errors; the rest loads.
  EXPECT_GT(loaded->diagnostics.error_count(), 0u);
  const Dictionaries& dicts = *loaded->dictionaries;
  EXPECT_GT(dicts.actors().size(), 10000u);
  EXPECT_FALSE(dicts.VerbPatternsFor("accelerate").empty());
  EXPECT_FALSE(dicts.VerbPatternsFor("hurried").empty());  // an irregular form given
  EXPECT_GT(dicts.issues().size(), 100u);
}

}  // namespace
}  // namespace tacitus
