// The PETRARCH coder with TABARI dictionaries written here (invented countries): TABARI's stems
// and exact words, its alternatives, and its default source (first_actor_source); its
// sentence rules (tabari_sentence.h): <TIME> shifts and discards, [###] patterns, the options'
// minimum length and complexity filters.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "base/temp_dir_testing.h"
#include "code/code_testing.h"
#include "code/coder.h"
#include "code/petrarch_clause_coder.h"
#include "code/tabari_sentence.h"
#include "dict/petrarch_dictionaries.h"
#include "dict/tabari_project.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using testing::EventTriples;
using ::testing::IsEmpty;
using testing::SharedAnalyzer;

constexpr std::string_view kVerbs =
    "ACCUS [112]\n"
    "ARREST_ [173]\n"
    "RESTOR [060]\n"
    "- * DIPLOMAT TIES [064]\n"
    "- * { FULL_ | PARTIAL_ } CONTROL_ [0874]\n"
    "CRITICIZE_ [111]\n"
    "- * OF_ [---]\n";
constexpr std::string_view kActors = "ARNOR_ [ARN]\nGONDOR_ [GON]\nERIADOR_ [ERI]\n";

// TABARI dictionaries loaded through a project from files written here: `verbs`, `actors`
// (those above unless given), and `agents` when not empty.
std::shared_ptr<const Dictionaries> LoadTabariFiles(std::string_view verbs, std::string_view agents,
                                                    std::string_view actors = kActors) {
  testing::TempDir dir;
  dir.Write("t.verbs", std::string(verbs));
  dir.Write("t.actors", std::string(actors));
  std::string project_text = "<verbsfile> t.verbs\n<actorsfile> t.actors\n";
  if (!agents.empty()) {
    dir.Write("t.agents", std::string(agents));
    project_text += "<agentsfile> t.agents\n";
  }
  const std::string project = dir.Write("t.project", project_text);
  Diagnostics diagnostics;
  auto read = ReadTabariProject(project, &diagnostics);
  EXPECT_TRUE(read.ok());
  auto dictionaries = LoadPetrarchDictionaries(read->files);
  EXPECT_TRUE(dictionaries.ok()) << dictionaries.status().message();
  if (!agents.empty()) {
    EXPECT_THAT(dictionaries->diagnostics, IsEmpty());
  }
  return dictionaries->dictionaries;
}

std::shared_ptr<const Dictionaries> TabariTestDictionaries() {
  static const std::shared_ptr<const Dictionaries> loaded =
      LoadTabariFiles(kVerbs, "COURT_ [~JUD]\n");
  return loaded;
}

std::vector<std::string> Code(const std::string& text, bool first_actor_source = true) {
  PetrarchOptions options;
  options.first_actor_source = first_actor_source;
  const Coder coder(SharedAnalyzer(), TabariTestDictionaries(),
                    std::make_shared<PetrarchClauseCoder>(options));
  return testing::EventLines(coder, text, "2001-05-04");
}

TEST(TabariCoding, AVerbStemMatchesEveryWordThatBeginsWithIt) {
  EXPECT_THAT(Code("Arnor accused Gondor of spying."), ElementsAre("ARN GON 112"));
  EXPECT_THAT(Code("Arnor accuses Gondor of spying."), ElementsAre("ARN GON 112"));
}

TEST(TabariCoding, AVerbEndedByAnUnderscoreTakesOnlyTheRegularEndings) {
  EXPECT_THAT(Code("Arnor arrested Gondor's envoy."), ElementsAre("ARN GON 173"));
  // ARREST_ is no stem: "arrestment" is not it.
  EXPECT_THAT(Code("Arnor arrestmented Gondor's envoy."), IsEmpty());
}

TEST(TabariCoding, PatternStemsMatchByPrefixAndExactWordsWhole) {
  EXPECT_THAT(Code("Arnor restored diplomatic ties with Gondor."), ElementsAre("ARN GON 064"));
  EXPECT_THAT(Code("Arnor restored full control over Gondor."), ElementsAre("ARN GON 0874"));
  // FULL_ is exact: "fullest" is not it, and the verb's own code stands.
  EXPECT_THAT(Code("Arnor restored fullest control over Gondor."), ElementsAre("ARN GON 060"));
}

TEST(TabariCoding, ANullCodedPatternBlocksTheVerb) {
  EXPECT_THAT(Code("Arnor criticized Gondor."), ElementsAre("ARN GON 111"));
  EXPECT_THAT(Code("Arnor criticized Gondor of all places."), IsEmpty());
}

TEST(TabariCoding, TheSourceIsTheFirstActorBeforeTheVerbAsInTabari) {
  // The clause's subject names no actor of its own head; TABARI takes Arnor, before the verb.
  EXPECT_THAT(Code("A court in Arnor arrested two Gondor men.", true),
              ElementsAre("ARNJUD GON 173"));
  EXPECT_THAT(Code("Gondor said Eriador accused Arnor of spying.", true),
              ::testing::Contains("GON ARN 112"));
  EXPECT_THAT(Code("Gondor said Eriador accused Arnor of spying.", false),
              ::testing::Contains("ERI ARN 112"));
}

TEST(TabariCoding, TheDefaultTargetHasACodeDistinctFromTheSource) {
  // The object names the source's own country: TABARI looks on for another actor.
  EXPECT_THAT(Code("Arnor criticized the Arnor envoy at the Eriador summit.", true),
              ElementsAre("ARN ERI 111"));
  EXPECT_THAT(Code("Arnor criticized the Arnor envoy at the Eriador summit.", false), IsEmpty());
}

// Dictionaries with <TIME> entries and a discard pattern (no agents: one warning).
std::shared_ptr<const Dictionaries> TimeDictionaries() {
  static const std::shared_ptr<const Dictionaries> loaded = LoadTabariFiles(
      "<TIME>\nYESTERDAY [-1]\nLAST_WEEK [-7]\nNEVER_MIND [- - -]\n"
      "ONCE_UPON_A_TIME [###]\nWHEN_PEACE_COMES [+++]\n</TIME>\n"
      "ACCUS [112]\nCRITICIZE_ [111]\nATTACK_ [190]\n- * IN_ AN_ ACCIDENT [###]\n",
      "");
  return loaded;
}

std::vector<Event> CodeWithOptions(const std::string& text, const PetrarchOptions& options) {
  const Coder coder(SharedAnalyzer(), TimeDictionaries(),
                    std::make_shared<PetrarchClauseCoder>(options));
  return testing::CodedEvents(coder, text, "2001-05-04");
}

// "SOURCE TARGET CODE DATE" of each event, dated as the pipeline dates with TABARI's
// dictionaries: the story date, moved by the sentence's first <TIME> shift.
std::vector<std::string> Dated(const std::string& text) {
  const Coder coder(SharedAnalyzer(), TimeDictionaries(),
                    std::make_shared<PetrarchClauseCoder>(PetrarchOptions{}));
  const Date story_date = *Date::ParseIso("2001-05-04");
  Coder::Scratch scratch;
  std::vector<Event> events = testing::CodedEvents(coder, text, story_date.ToString(), &scratch);
  for (Event& event : events) event.date = {story_date, DatePrecision::kDay, Span{}};
  ShiftTabariDates(coder.dictionaries(), scratch.analysis.document, story_date, events);
  std::vector<std::string> lines;
  for (const Event& e : events) {
    lines.push_back(e.source + " " + e.target + " " + e.code + " " + e.date.ToString());
  }
  return lines;
}

TEST(TabariCoding, ATimePhraseShiftsItsSentencesEventsOnly) {
  EXPECT_THAT(Dated("Arnor accused Gondor of spying yesterday. Eriador criticized Gondor."),
              ElementsAre("ARN GON 112 2001-05-03", "ERI GON 111 2001-05-04"));
  EXPECT_THAT(Dated("Last week Arnor accused Gondor of spying."),
              ElementsAre("ARN GON 112 2001-04-27"));
  // A null-coded phrase shifts nothing; the first phrase with days wins.
  EXPECT_THAT(Dated("Never mind: Arnor accused Gondor yesterday, not last week."),
              ElementsAre("ARN GON 112 2001-05-03"));
}

TEST(TabariCoding, ATimeDiscardDropsTheSentenceAndAComplexCodeOnlyWithComplex) {
  PetrarchOptions options;
  EXPECT_THAT(EventTriples(CodeWithOptions(
                  "Once upon a time Arnor accused Gondor. Eriador criticized Gondor.", options)),
              ElementsAre("ERI GON 111"));
  EXPECT_THAT(
      EventTriples(CodeWithOptions("When peace comes Arnor will criticize Gondor.", options)),
      ElementsAre("ARN GON 111"));
  options.tabari_complex = true;
  EXPECT_THAT(
      EventTriples(CodeWithOptions("When peace comes Arnor will criticize Gondor.", options)),
      IsEmpty());
}

TEST(TabariCoding, ADiscardPatternDropsEveryEventOfItsSentence) {
  const PetrarchOptions options;
  EXPECT_THAT(EventTriples(CodeWithOptions("Arnor attacked Gondor at the river.", options)),
              ElementsAre("ARN GON 190"));
  // The discard is in a clause embedded in one that coded: the whole sentence goes.
  EXPECT_THAT(EventTriples(CodeWithOptions(
                  "Arnor criticized Gondor after Gondor attacked Arnor in an accident. "
                  "Eriador accused Gondor.",
                  options)),
              ElementsAre("ERI GON 112"));
}

TEST(TabariCoding, DiscardAndComplexCodesOfActorsAndVerbsGiveNoEvent) {
  const auto dictionaries =
      LoadTabariFiles("CRITICIZE_ [111]\nBLAST_ [+++]\nACCUS [112]\n", "",
                      std::string(kActors) + "MORDOR_ [###]\nISILDUR_ [+++]\n");
  auto code = [&](const std::string& text, bool complex) {
    PetrarchOptions options;
    options.first_actor_source = true;
    options.tabari_codes = true;
    options.tabari_complex = complex;
    const Coder coder(SharedAnalyzer(), dictionaries,
                      std::make_shared<PetrarchClauseCoder>(options));
    return EventTriples(testing::CodedEvents(coder, text, "2001-05-04"));
  };
  // An actor coded ### discards its sentence, the other events of it too; not the next one.
  EXPECT_THAT(code("Arnor criticized Mordor and accused Gondor. Eriador accused Gondor.", false),
              ElementsAre("ERI GON 112"));
  // +++ (a verb's code, an actor's) makes the sentence complex under a COMPLEX: command.
  EXPECT_THAT(code("Gondor blasted Eriador and accused Arnor. Eriador accused Gondor.", true),
              ElementsAre("ERI GON 112"));
  EXPECT_THAT(code("Isildur criticized Eriador and Arnor accused Gondor.", true), IsEmpty());
  // Without one the sentence's other events stay; +++ is never written as a code or actor.
  EXPECT_THAT(code("Gondor blasted Eriador and accused Arnor.", false), ElementsAre("GON ARN 112"));
}

TEST(TabariCoding, ASentenceShorterThanTheMinimumGivesNoEvent) {
  PetrarchOptions options;
  options.minimum_words = 5;
  // Four words (the full stop is none); a comma counts as one.
  EXPECT_THAT(EventTriples(CodeWithOptions("Arnor criticized Gondor again.", options)), IsEmpty());
  EXPECT_THAT(EventTriples(CodeWithOptions("Arnor criticized Gondor, again.", options)),
              ElementsAre("ARN GON 111"));
  options.minimum_words = 4;
  EXPECT_THAT(EventTriples(CodeWithOptions("Arnor criticized Gondor again.", options)),
              ElementsAre("ARN GON 111"));
}

TEST(TabariCoding, TooManyVerbsOrActorsMakeASentenceComplex) {
  PetrarchOptions options;
  const std::string two_verbs = "Arnor criticized Gondor and accused Eriador of spying.";
  EXPECT_THAT(EventTriples(CodeWithOptions(two_verbs, options)),
              ::testing::Contains("ARN GON 111"));
  options.complex_verbs = 2;
  EXPECT_THAT(EventTriples(CodeWithOptions(two_verbs, options)), IsEmpty());
  options.complex_verbs = 3;
  EXPECT_THAT(EventTriples(CodeWithOptions(two_verbs, options)),
              ::testing::Contains("ARN GON 111"));
  options.complex_actors = 3;
  EXPECT_THAT(EventTriples(CodeWithOptions(two_verbs, options)), IsEmpty());
  options.complex_actors = 4;
  EXPECT_THAT(EventTriples(CodeWithOptions(two_verbs, options)),
              ::testing::Contains("ARN GON 111"));
}

}  // namespace
}  // namespace tacitus
