// The TABARI options reader (tabari_options.h) on small files written here, one command kind
// per test; the project's <optionsfile>; and the shipped options files under ../shared.
#include "dict/tabari_options.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "base/diagnostic_testing.h"
#include "base/temp_dir_testing.h"
#include "dict/tabari_project.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

struct ParsedOptions {
  TabariOptions options;
  Diagnostics diagnostics;
};

ParsedOptions Parse(const std::string& text) {
  ParsedOptions parsed;
  ParseTabariOptions("o.options", text, &parsed.options, &parsed.diagnostics);
  return parsed;
}

TEST(TabariOptions, WithoutCommandsTabarisDefaultsHold) {
  const ParsedOptions parsed = Parse("# nothing but a comment\n\n// and another\n");
  EXPECT_THAT(parsed.diagnostics, IsEmpty());
  EXPECT_EQ(parsed.options.minimum_words, 8);
  EXPECT_TRUE(parsed.options.time_shifting);
  EXPECT_EQ(parsed.options.complex_verbs, 0);
  EXPECT_EQ(parsed.options.complex_actors, 0);
  EXPECT_FALSE(parsed.options.complex);
}

TEST(TabariOptions, MinimumWordsAndTimeShiftingAreSet) {
  const ParsedOptions parsed =
      Parse("SET: MINIMUM WORDS = 5   # fragments\nset: time  shifting = f\n");
  EXPECT_THAT(parsed.diagnostics, IsEmpty());
  EXPECT_EQ(parsed.options.minimum_words, 5);
  EXPECT_FALSE(parsed.options.time_shifting);
  EXPECT_TRUE(Parse("SET: TIME SHIFTING = TRUE\n").options.time_shifting);
}

TEST(TabariOptions, ComplexVerbsAndActorsAreHonouredTheOtherConditionsReported) {
  // Commands are read by their first four letters: "COMP:" is COMPLEX.
  const ParsedOptions parsed = Parse("COMPLEX: VERBS[6] ACTORS[4] EXPLAIN\nCOMP: NOACTPRIOR\n");
  EXPECT_EQ(parsed.options.complex_verbs, 6);
  EXPECT_EQ(parsed.options.complex_actors, 4);
  EXPECT_TRUE(parsed.options.complex);
  // NOACTPRIOR is not honoured (line 2); EXPLAIN only changes TABARI's output (line 1, once).
  EXPECT_THAT(testing::Located(parsed.diagnostics),
              ElementsAre("warning o.options:2", "warning o.options:1"));
  EXPECT_THAT(parsed.diagnostics[0].reason, HasSubstr("not honoured"));
}

TEST(TabariOptions, OutputOnlyCommandsAreReportedOncePerCommandWithTheirCount) {
  const ParsedOptions parsed = Parse(
      "LABEL: 01=YIELD\nOUTPUT: ID\nLABEL: 02=COMMENT\nSET: HAIKU = FALSE\nLABEL: ARN=Arnor\n"
      "FORWARD: ^********^*** OFF\nSET: VERB USAGE = TRUE\n");
  EXPECT_THAT(testing::Located(parsed.diagnostics),
              ElementsAre("warning o.options:1", "warning o.options:2", "warning o.options:4",
                          "warning o.options:6", "warning o.options:7"));
  EXPECT_THAT(parsed.diagnostics[0].reason, HasSubstr("LABEL: 3 lines"));
  EXPECT_EQ(parsed.options.minimum_words, 8);
}

TEST(TabariOptions, CommandsThatWouldChangeCodingAreReportedNotHonouredEachLine) {
  const ParsedOptions parsed = Parse(
      "DEFAULT: SOURCE [USA] PRIOR\nCOMMA: MIN=2 MAX=10\nNONEVENTS: TRUE\nFORWARD: ***NNNSSS\n"
      "SET: CODE BY = SENTENCE\nSET: CONVERT AGENTS = TRUE\n");
  EXPECT_THAT(testing::Located(parsed.diagnostics),
              ElementsAre("warning o.options:1", "warning o.options:2", "warning o.options:3",
                          "warning o.options:4", "warning o.options:5", "warning o.options:6"));
  for (const Diagnostic& d : parsed.diagnostics) EXPECT_THAT(d.reason, HasSubstr("not honoured"));
}

TEST(TabariOptions, MalformedLinesAreErrorsAndTheRestLoads) {
  const ParsedOptions parsed = Parse(
      "FROBNICATE: ALL\n"                    // 1: unknown command
      "just words\n"                         // 2: no command
      "SET: MINIMUM WORDS = many\n"          // 3
      "SET: MINIMUM WORDS\n"                 // 4: no "="
      "SET: NO SUCH THING = 1\n"             // 5
      "COMPLEX: VERBS ACTORS[x] WHATEVER\n"  // 6: three errors
      "SET: TIME SHIFTING = MAYBE\n"         // 7
      "SET: MINIMUM WORDS = 3\n");
  EXPECT_THAT(testing::Located(parsed.diagnostics),
              ElementsAre("error o.options:1", "error o.options:2", "error o.options:3",
                          "error o.options:4", "error o.options:5", "error o.options:6",
                          "error o.options:6", "error o.options:6", "error o.options:7"));
  EXPECT_EQ(parsed.options.minimum_words, 3);
  EXPECT_TRUE(parsed.options.time_shifting);
  EXPECT_EQ(parsed.options.complex_verbs, 0);
}

TEST(TabariOptions, LinesAfterTheEndMarkAreReportedOnce) {
  const ParsedOptions parsed =
      Parse("SET: MINIMUM WORDS = 4\n~~~~~\nSET: MINIMUM WORDS = 9\nJUNK\n");
  EXPECT_THAT(testing::Located(parsed.diagnostics), ElementsAre("warning o.options:3"));
  EXPECT_EQ(parsed.options.minimum_words, 4);
}

TEST(TabariOptions, TheProjectReadsItsOptionsFile) {
  testing::TempDir dir;
  dir.Write("p/o.options", "SET: MINIMUM WORDS = 3\nSET: TIME SHIFTING = FALSE\n");
  const std::string project = dir.Write(
      "p/x.project", "<actorsfile> a.actors\n<verbsfile> v.verbs\n<optionsfile> o.options\n");
  Diagnostics diagnostics;
  auto read = ReadTabariProject(project, &diagnostics);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_THAT(diagnostics, IsEmpty());
  EXPECT_EQ(read->options.minimum_words, 3);
  EXPECT_FALSE(read->files.time_shifting);

  const std::string missing = dir.Write(
      "q/x.project", "<actorsfile> a.actors\n<verbsfile> v.verbs\n<optionsfile> none.options\n");
  auto failed = ReadTabariProject(missing, &diagnostics);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), StatusCode::kNotFound);
  EXPECT_THAT(failed.status().message(), HasSubstr("none.options"));
}

// The shipped options files: every line is loaded or reported, and the production run's
// COMPLEX: VERBS[6] ACTORS[6] is honoured.
TEST(TabariOptions, TheShippedOptionsFilesLoadOrReportEveryLine) {
  const std::filesystem::path dir = std::filesystem::path(TACITUS_SHARED_DIR) / "peer/tabari";
  if (!std::filesystem::exists(dir / "TABARI.production.project")) {
    GTEST_SKIP() << dir << " is absent";
  }
  Diagnostics diagnostics;
  auto production = ReadTabariProject((dir / "TABARI.production.project").string(), &diagnostics);
  ASSERT_TRUE(production.ok()) << production.status().message();
  EXPECT_EQ(production->options.complex_verbs, 6);
  EXPECT_EQ(production->options.complex_actors, 6);
  EXPECT_EQ(production->options.minimum_words, 8);
  // One line, a LABEL's, holds bytes that are not UTF-8 ("third" in Windows quotes).
  EXPECT_EQ(diagnostics.error_count(), 1u);
  Diagnostics demo_diagnostics;
  auto demo = ReadTabariProject((dir / "TABARI.Demo.project").string(), &demo_diagnostics);
  ASSERT_TRUE(demo.ok()) << demo.status().message();
  EXPECT_EQ(demo->options.complex_verbs, 5);
  EXPECT_TRUE(demo->options.complex);
  EXPECT_EQ(demo_diagnostics.error_count(), 0u);
}

}  // namespace
}  // namespace tacitus
