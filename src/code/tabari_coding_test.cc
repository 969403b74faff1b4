// The PETRARCH coder with TABARI dictionaries written here (invented countries): TABARI's stems
// and exact words, its alternatives, and its default source (first_actor_source).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "base/temp_dir_testing.h"
#include "code/code_testing.h"
#include "code/coder.h"
#include "code/petrarch_clause_coder.h"
#include "dict/petrarch_dictionaries.h"
#include "dict/tabari_project.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
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

std::shared_ptr<const Dictionaries> TabariTestDictionaries() {
  static const std::shared_ptr<const Dictionaries> loaded = [] {
    testing::TempDir dir;
    dir.Write("t.verbs", std::string(kVerbs));
    dir.Write("t.actors", std::string(kActors));
    dir.Write("t.agents", "COURT_ [~JUD]\n");
    const std::string project = dir.Write(
        "t.project", "<verbsfile> t.verbs\n<actorsfile> t.actors\n<agentsfile> t.agents\n");
    Diagnostics diagnostics;
    auto read = ReadTabariProject(project, &diagnostics);
    EXPECT_TRUE(read.ok());
    auto dictionaries = LoadPetrarchDictionaries(read->files);
    EXPECT_TRUE(dictionaries.ok()) << dictionaries.status().message();
    EXPECT_THAT(dictionaries->diagnostics, IsEmpty());
    return dictionaries->dictionaries;
  }();
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

}  // namespace
}  // namespace tacitus
