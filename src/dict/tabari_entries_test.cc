// tabari-* entries (tabari_entries.h) and `dict convert --from tabari` (tabari_convert.h): what
// TABARI's readers make of small files written here, written in our format and read back, is
// what they made (parse(write(x)) == x), element by element; what our format cannot hold is a
// comment, counted; a converted directory loads and is coded by TABARI's rules.
#include "dict/tabari_entries.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "base/temp_dir_testing.h"
#include "dict/dictionaries.h"
#include "dict/petrarch_dictionaries.h"
#include "dict/tabari_actors.h"
#include "dict/tabari_convert.h"
#include "dict/tabari_project.h"
#include "dict/tabari_verbs.h"

namespace tacitus {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// Every field of an element that matching reads, as one string, independent of the writer.
std::string Dump(const PatternElement& element) {
  std::string out = "[kind " + std::to_string(static_cast<int>(element.kind));
  if (element.optional) out += " optional";
  if (element.adjacent) out += " adjacent";
  if (element.stems) out += " stems";
  if (element.in_group) out += " in_group";
  for (const std::string& lemma : element.lemmas) {
    out += " '";  // piece by piece: g++ 12's -Wrestrict misreads " '" + lemma
    out += lemma;
    out += '\'';
  }
  out += " keys";
  for (uint64_t key : element.first_word_keys) {
    out += ' ';
    out += std::to_string(key);
  }
  return out + "]";
}

std::string Dump(const VerbPattern& pattern) {
  std::string out = pattern.code + ":" + pattern.paired_code + "+" + pattern.also_code + " head '" +
                    pattern.head + "'" + (pattern.petrarch ? " petrarch" : "") +
                    (pattern.nominal ? " nominal" : "") + " before";
  for (const PatternElement& element : pattern.before) out += Dump(element);
  out += " after";
  for (const PatternElement& element : pattern.elements) out += Dump(element);
  return out;
}

// What the assembly into Dictionaries reads (petrarch_dictionaries.h): each form in order with
// its default pattern and its block, blocks numbered as their forms first name them, then
// each block's patterns.
std::string Dump(const PetrarchVerbDictionary& verbs) {
  std::vector<int> number(verbs.blocks.size(), -1);
  std::vector<uint32_t> order;
  std::string out;
  for (const PetrarchVerbForm& form : verbs.forms) {
    if (number[form.block] < 0) {
      number[form.block] = static_cast<int>(order.size());
      order.push_back(form.block);
    }
    out += "form '" + form.form + "'" + (form.stem ? " stem" : "") + " block " +
           std::to_string(number[form.block]) + ": " + Dump(verbs.patterns[form.default_pattern]) +
           "\n";
  }
  for (size_t i = 0; i < order.size(); ++i) {
    for (uint32_t index : verbs.blocks[order[i]]) {
      out += "block " + std::to_string(i) + ": " + Dump(verbs.patterns[index]) + "\n";
    }
  }
  return out;
}

std::string Dump(const PetrarchEntries& entries) {
  std::string out;
  for (const Actor& actor : entries.actors) {
    out += "actor " + std::string(ActorKindName(actor.kind)) + " '" + actor.code + "' '" +
           actor.name + "'";
    for (const DatedRole& role : actor.roles) {
      out += " " + role.code + " " + role.from.ToString() + ".." +
             (role.to ? role.to->ToString() : "") + " '" + role.words + "'";
    }
    out += "\n";
  }
  for (const NamedEntry& name : entries.actor_names) {
    out += "actor name '" + name.name + "' " + std::to_string(name.id) + "\n";
  }
  for (const Agent& agent : entries.agents) {
    out += "agent " + agent.code + (agent.prefix ? " prefix" : "") + " '" + agent.name + "'\n";
  }
  for (const NamedEntry& name : entries.agent_names) {
    out += "agent name '" + name.name + "' " + std::to_string(name.id) + "\n";
  }
  return out + "agent lines " + std::to_string(entries.agent_lines) + "\n";
}

// Reads our-format `text` (tabari-* lines) as EntryParser would, one file.
TabariEntries ReadOurs(const std::string& text, Diagnostics* diagnostics) {
  TabariEntryParser parser(diagnostics);
  std::string_view rest = text;
  Origin origin{"ours.txt", 0};
  while (!rest.empty()) {
    const size_t end = std::min(rest.find('\n'), rest.size());
    std::string_view line = rest.substr(0, end);
    rest = end < rest.size() ? rest.substr(end + 1) : std::string_view();
    ++origin.line;
    line = line.substr(0, line.find('#'));
    const size_t blank = line.find(' ');
    if (blank == std::string_view::npos) continue;
    EXPECT_TRUE(parser.Parse(line.substr(0, blank), line.substr(blank + 1), origin)) << line;
  }
  return std::move(parser).Finish();
}

// Every syntax element of TABARI's verb files that our format holds.
constexpr std::string_view kVerbs =
    "<SYNSETS>\n"
    "&TIETYPES\n"
    "+MILITARY\n"
    "+DIPLOMATIC_RELATIONS\n"
    "</SYNSETS>\n"
    "ACCUS  [112]          ; a stem: accused, accusing\n"
    "- $ * + OF_ WAR_CRIMES [1123]\n"
    "- * &TIETYPES WITH + [060]\n"
    "BREAK_ {BROKE_ BROKEN_} [1717]\n"
    "- * TREATY [161]\n"
    "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]\n"
    "MEET_ [040:040]\n"
    "- % * [040:040]\n"
    "- * ^ WITH + [040]\n"
    "- * DIPLOMAT~IC + [041]\n"
    "ATTACK [###]\n"
    "CORDON_OFF [0874]\n"
    "{CORDONED_OFF}\n";

TEST(TabariEntries, VerbsReadBackAsTabariReadThem) {
  PetrarchVerbDictionary tabari;
  std::vector<TabariTimeShift> times;
  Diagnostics read;
  ParseTabariVerbs("v.verbs", kVerbs, &tabari, &times, &read);
  ASSERT_FALSE(read.has_errors());
  ASSERT_EQ(tabari.verbs, 5u);
  std::string ours;
  NotExpressible left_out;
  EXPECT_EQ(WriteTabariVerbs(tabari, &ours, &left_out), 8u);  // {a|b} gives two
  EXPECT_THAT(left_out, IsEmpty());
  Diagnostics diagnostics;
  const TabariEntries back = ReadOurs(ours, &diagnostics);
  EXPECT_FALSE(diagnostics.has_errors()) << diagnostics.ToStatus().message() << "\n" << ours;
  EXPECT_EQ(Dump(back.verbs), Dump(tabari)) << ours;
  EXPECT_EQ(back.verbs.verbs, 5u);
  // The elements as written, so that the file says what TABARI's means.
  EXPECT_THAT(ours, HasSubstr("tabari-verb 112 accus ; accus*\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-pattern 1123 $ * + of war ~crimes*\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-pattern 060 * military/diplomatic_relations with* +\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-pattern 111 ~suggested + * demand ~geneva ~conventions*\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-pattern 040:040 % *\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-pattern 040 * ^ with* +\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-pattern 041 * diplomat* ~ic* +\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-verb --- attack ; attack*\n"));  // [###] as TABARI reads it
  EXPECT_THAT(ours, HasSubstr("tabari-verb 0874 cordon ~off* ; cordon | cordons"));
  EXPECT_THAT(ours, HasSubstr("tabari-form 1717 broke ; broke | brokes"));
}

TEST(TabariEntries, WhatOurFormatCannotHoldIsACommentCounted) {
  PetrarchVerbDictionary tabari;
  std::vector<TabariTimeShift> times;
  Diagnostics read;
  ParseTabariVerbs("v.verbs", "PLAY_ [040]\n- * 24/7 [042]\n- * TOGETHER [043]\n", &tabari, &times,
                   &read);
  ASSERT_FALSE(read.has_errors()) << read.ToStatus().message();
  std::string ours;
  NotExpressible left_out;
  EXPECT_EQ(WriteTabariVerbs(tabari, &ours, &left_out), 1u);
  ASSERT_EQ(left_out.size(), 1u);
  EXPECT_EQ(left_out.begin()->second, 1u);
  EXPECT_THAT(left_out.begin()->first, HasSubstr("'/'"));
  EXPECT_THAT(ours, HasSubstr("# not expressible (a word holds"));
  EXPECT_THAT(ours, HasSubstr("v.verbs:2"));
  Diagnostics diagnostics;
  EXPECT_EQ(ReadOurs(ours, &diagnostics).verbs.patterns.size(), 2u);  // play, together
  EXPECT_FALSE(diagnostics.has_errors());
}

TEST(TabariEntries, ActorsWithDatedCodesReadBack) {
  PetrarchEntries tabari;
  Diagnostics read;
  ParseTabariActors("a.actors",
                    "UNITED_STATES_ [USA]\n"
                    "+U.S._\n"
                    "BILL_CLINTON_\n"
                    "\t[USAGOV 930120-010120]\n"
                    "\t[USAELI >010121]\n"
                    "GOLLUM [HOB <950601]\n"
                    "SMEAGOL [HOB] [HOBREB >950601]\n"
                    "MARIJUANA [###]\n"
                    "REAGAN [### > 890120] [USA]\n",
                    &tabari, &read);
  ASSERT_FALSE(read.has_errors());
  ASSERT_EQ(tabari.actors.size(), 6u);
  std::string ours;
  NotExpressible left_out;
  EXPECT_EQ(WriteTabariActors(tabari, &ours, &left_out), 6u);
  EXPECT_THAT(left_out, IsEmpty());
  EXPECT_THAT(ours, HasSubstr("tabari-actor USA united states | u.s.\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-actor - bill clinton ; USAGOV 1993-01-20..2001-01-21 ; "
                              "USAELI 2001-01-21..\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-actor - gollum ; HOB 0001-01-01..1995-06-01\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-actor HOB smeagol ; HOBREB 1995-06-01..\n"));
  // TABARI's discard code, which "#" would make a comment.
  EXPECT_THAT(ours, HasSubstr("tabari-actor DISCARD marijuana\n"));
  EXPECT_THAT(ours, HasSubstr("tabari-actor USA reagan ; DISCARD 1989-01-20..\n"));
  Diagnostics diagnostics;
  const TabariEntries back = ReadOurs(ours, &diagnostics);
  EXPECT_FALSE(diagnostics.has_errors()) << diagnostics.ToStatus().message();
  EXPECT_EQ(Dump(back.entries), Dump(tabari));
}

TEST(TabariEntries, AgentsWithPluralsAndPlacedCodesReadBack) {
  PetrarchEntries tabari;
  Diagnostics read;
  ParseTabariAgents("a.agents",
                    "SOLDIER_ {SOLDIERS_ TROOPS_} [~MIL]\n"
                    "AID_AGENCY_ [NGO~]\n"
                    "POLICE [~COP]\n",
                    &tabari, &read);
  ASSERT_FALSE(read.has_errors());
  std::string ours;
  NotExpressible left_out;
  EXPECT_EQ(WriteTabariAgents(tabari, &ours, &left_out), 3u);
  EXPECT_THAT(ours, HasSubstr("tabari-agent ~MIL soldier"));
  EXPECT_THAT(ours, HasSubstr(" | troops"));
  EXPECT_THAT(ours, HasSubstr("tabari-agent NGO~ aid agencies | aid agency\n"));
  Diagnostics diagnostics;
  const TabariEntries back = ReadOurs(ours, &diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_EQ(Dump(back.entries), Dump(tabari));
}

TEST(TabariEntries, MalformedLinesAreErrorsAtTheirLine) {
  Diagnostics diagnostics;
  ReadOurs(
      "tabari-pattern 040 * +\n"  // no verb before it
      "tabari-verb 040 meet\n"    // no forms
      "tabari-verb 040 meet ; meet\n"
      "tabari-pattern 040 + with\n"                 // no "*"
      "tabari-pattern x: * +\n"                     // code
      "tabari-actor USA\n"                          // no name
      "tabari-actor - gollum ; HOB 1995-13-01..\n"  // bad date
      "tabari-agent MIL troops\n",                  // no "~"
      &diagnostics);
  std::vector<uint32_t> lines;
  for (const Diagnostic& diagnostic : diagnostics) {
    EXPECT_EQ(diagnostic.severity, Severity::kError);
    lines.push_back(diagnostic.line);
  }
  EXPECT_EQ(lines, (std::vector<uint32_t>{1, 2, 4, 5, 6, 7, 8}));
}

// The patterns a verb form keys, each dumped.
std::string DumpAll(std::span<const VerbPattern* const> patterns) {
  std::string out;
  for (const VerbPattern* pattern : patterns) out += Dump(*pattern) + "\n";
  return out;
}

// A TABARI project converted: our loader reads it back into what TABARI's readers give
// (LoadPetrarchDictionaries), coded by TABARI's rules.
TEST(TabariConvert, WritesADirectoryOurLoaderReadsAsTabari) {
  testing::TempDir dir;
  dir.Write("p/v.verbs", std::string(kVerbs) + "<TIME>\nLAST_WEEK [-7]\n</TIME>\n");
  dir.Write("p/a.actors", "UNITED_STATES_ [USA]\nST._KITTS_&_NEVIS_ [KNA]\nRUSSIA [RUS]\n");
  dir.Write("p/a.agents", "SOLDIER_ {TROOPS_} [~MIL]\n");
  const std::string project = dir.Write(
      "p/x.project", "<verbsfile> v.verbs\n<actorsfile> a.actors\n<agentsfile> a.agents\n");
  const std::string out = (dir.path() / "out").string();
  Diagnostics diagnostics;
  auto summary = ConvertTabariProject(project, TACITUS_SOURCE_DIR "/data", out, &diagnostics);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->verbs, 5u);
  EXPECT_EQ(summary->patterns, 8u);
  EXPECT_EQ(summary->actors, 2u);
  EXPECT_EQ(summary->agent_lines, 1u);
  EXPECT_EQ(summary->refused, 1u);  // the "&" name, as --tabari-project refuses it
  EXPECT_EQ(summary->time_shifts, 1u);
  EXPECT_THAT(summary->ToString(),
              HasSubstr("8 verb patterns written (5 verbs), 2 actors (0 dated codes), 1 agent "
                        "lines; 0 not expressible; 1 source lines refused"));
  // verbs, actors, agents.txt; the two CAMEO tables and places.txt
  EXPECT_EQ(summary->files, 6u);
  EXPECT_TRUE(std::filesystem::exists(out + "/verbs/01-v.verbs.txt"));
  EXPECT_TRUE(std::filesystem::exists(out + "/actors/01-a.actors.txt"));
  EXPECT_TRUE(std::filesystem::exists(out + "/places.txt"));

  Diagnostics loaded;
  auto ours = Dictionaries::Load(out, &loaded);
  ASSERT_TRUE(ours.ok()) << ours.status().message();
  EXPECT_TRUE((*ours)->tabari_rules());
  auto project_files = ReadTabariProject(project, &diagnostics);
  ASSERT_TRUE(project_files.ok());
  auto tabari = LoadPetrarchDictionaries(project_files->files);
  ASSERT_TRUE(tabari.ok());
  const Dictionaries& want = *tabari->dictionaries;
  EXPECT_FALSE(want.tabari_rules());  // chosen by --tabari-project, not by the files
  for (const char* word : {"accused", "accus", "attacking", "meet", "meets"}) {
    EXPECT_EQ(DumpAll((*ours)->VerbPatternsByStem(word)), DumpAll(want.VerbPatternsByStem(word)))
        << word;
  }
  for (const char* form : {"break", "broken", "broke", "cordon", "cordoned", "meet", "meeting"}) {
    EXPECT_THAT(DumpAll(want.VerbPatternsFor(form)), Not(IsEmpty())) << form;
    EXPECT_EQ(DumpAll((*ours)->VerbPatternsFor(form)), DumpAll(want.VerbPatternsFor(form))) << form;
  }
  EXPECT_EQ((*ours)->actors().size(), want.actors().size());
  ASSERT_EQ((*ours)->agents().size(), want.agents().size());
  for (size_t i = 0; i < want.agents().size(); ++i) {
    EXPECT_EQ((*ours)->agents()[i].name, want.agents()[i].name);
  }

  // Written once: a second conversion into it is refused, nothing stale mixed in.
  auto again = ConvertTabariProject(project, TACITUS_SOURCE_DIR "/data", out, &diagnostics);
  ASSERT_FALSE(again.ok());
  EXPECT_THAT(again.status().message(), HasSubstr("not an empty directory"));
}

void CopyCameoTables(const std::filesystem::path& data) {
  std::filesystem::create_directories(data);
  std::filesystem::copy(TACITUS_SOURCE_DIR "/data/cameo", data / "cameo",
                        std::filesystem::copy_options::recursive);
}

TEST(TabariConvert, OurEntriesBesideTabariOnesAreAnError) {
  testing::TempDir dir;
  CopyCameoTables(dir.path() / "data");
  dir.Write("data/actors/a.txt", "tabari-actor USA united states\ncountry RUS Russia\n");
  dir.Write("data/verbs/v.txt", "tabari-verb 040 meet ; meet\n");
  dir.Write("data/agents.txt", "tabari-agent ~MIL troops\n");
  Diagnostics diagnostics;
  auto dicts = Dictionaries::Load((dir.path() / "data").string(), &diagnostics);
  ASSERT_FALSE(dicts.ok());
  EXPECT_THAT(dicts.status().message(), HasSubstr("data/actors/a.txt:2"));
  EXPECT_THAT(dicts.status().message(), HasSubstr("coded either by our rules or by TABARI's"));
}

TEST(TabariConvert, TabariLinesInTheWrongFileAreUnknownEntries) {
  testing::TempDir dir;
  CopyCameoTables(dir.path() / "data");
  dir.Write("data/actors/a.txt", "tabari-verb 040 meet ; meet\n");
  dir.Write("data/verbs/v.txt", "tabari-verb 040 meet ; meet\n");
  Diagnostics diagnostics;
  auto dicts = Dictionaries::Load((dir.path() / "data").string(), &diagnostics);
  ASSERT_FALSE(dicts.ok());
  EXPECT_THAT(dicts.status().message(), HasSubstr("a.txt:1:1: unknown entry kind 'tabari-verb'"));
  EXPECT_THAT(dicts.status().message(), Not(HasSubstr("v.txt")));
}

}  // namespace
}  // namespace tacitus
