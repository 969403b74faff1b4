// The targets a report leaves to be understood, on the small dictionaries of code_testing.h.
#include "code/implied_target.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "code/code_testing.h"
#include "code/tacitus_clause_coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::OurTestDictionaries;

// The codes of the targets implied for an event `code` of sources `codes`.
std::vector<std::string> Implied(std::string_view code, const std::vector<std::string>& codes,
                                 std::string_view story_country = "") {
  std::vector<ResolvedActor> sources(codes.size());
  for (size_t i = 0; i < codes.size(); ++i) sources[i].code = codes[i];
  std::vector<ResolvedActor> targets;
  ImpliedTargets(*OurTestDictionaries(), code, sources, story_country, &targets);
  std::vector<std::string> out;
  for (const ResolvedActor& t : targets) out.push_back(t.code);
  return out;
}

TEST(ImpliedTargets, AProtestByPeopleOutsideTheStateIsAgainstTheirGovernment) {
  EXPECT_THAT(Implied("141", {"RUSCVL"}), ElementsAre("RUSGOV"));
  EXPECT_THAT(Implied("1411", {"RUSOPP", "RUS", "UKRCVL"}), ElementsAre("RUSGOV", "UKRGOV"));
  // Calling a protest off is conceded to the same government.
  EXPECT_THAT(Implied("082", {"PAKOPP"}), ElementsAre("PAKGOV"));
  EXPECT_THAT(Implied("082", {"PAKGOV"}), IsEmpty());
  // A threat of a strike or a boycott is made to it too.
  EXPECT_THAT(Implied("133", {"NGALAB"}), ElementsAre("NGAGOV"));
  EXPECT_THAT(Implied("133", {"NGAGOV"}), IsEmpty());
}

TEST(ImpliedTargets, NotForTheStateArmedGroupsOrOrganisationsNorForOtherActs) {
  EXPECT_THAT(Implied("141", {"RUSMIL"}), IsEmpty());
  EXPECT_THAT(Implied("141", {"RUSGOV"}), IsEmpty());
  EXPECT_THAT(Implied("145", {"RUSREB"}), IsEmpty());
  EXPECT_THAT(Implied("141", {"IGOUNO"}), IsEmpty());
  EXPECT_THAT(Implied("190", {"RUSCVL"}), IsEmpty());
}

TEST(ImpliedTargets, AnAppealToNoOneIsToTheStorysCountryOrToTheAppellantsGovernment) {
  EXPECT_THAT(Implied("020", {"IGOUNO", "CHNGOV"}, "UKR"), ElementsAre("UKR"));
  EXPECT_THAT(Implied("020", {"UKROPP"}, "UKR"), ElementsAre("UKRGOV"));
  EXPECT_THAT(Implied("020", {"UKRGOV"}, "UKR"), IsEmpty());
  EXPECT_THAT(Implied("020", {"CHNGOV"}, ""), IsEmpty());  // a story of no country
}

TEST(ImpliedTargets, TheStatesCoercionAtHomeFallsOnItsPeopleOrItsCountry) {
  EXPECT_THAT(Implied("1721", {"IRNGOV"}), ElementsAre("IRNCVL"));
  EXPECT_THAT(Implied("175", {"BLRCOP", "BLRMIL"}), ElementsAre("BLRCVL"));
  EXPECT_THAT(Implied("1723", {"THAMIL"}), ElementsAre("THA"));
  EXPECT_THAT(Implied("1724", {"KOR"}), ElementsAre("KOR"));
  // Not by rebels or organisations, nor for a ban on parties or an arrest, which name whom.
  EXPECT_THAT(Implied("1724", {"SYRREB"}), IsEmpty());
  EXPECT_THAT(Implied("175", {"IGOUNO"}), IsEmpty());
  EXPECT_THAT(Implied("1722", {"THAGOV"}), IsEmpty());
  EXPECT_THAT(Implied("173", {"THACOP"}), IsEmpty());
}

TEST(ImpliedTargets, AConcessionAtHomeIsToTheStatesOwnPublic) {
  EXPECT_THAT(Implied("0831", {"PERGOV", "PERELI"}), ElementsAre("PERCVL"));
  EXPECT_THAT(Implied("0813", {"KEN"}), ElementsAre("KENCVL"));
  EXPECT_THAT(Implied("0814", {"THAMIL"}), ElementsAre("THACVL"));
  EXPECT_THAT(Implied("0811", {"RUSCOP"}), ElementsAre("RUSCVL"));
  // A chief executive or a union leader who quits concedes nothing of the state's; easing a
  // ban on a party, or restrictions on another country, names whom it concerns.
  EXPECT_THAT(Implied("0831", {"JPNBUS"}), IsEmpty());
  EXPECT_THAT(Implied("0831", {"FRALAB"}), IsEmpty());
  EXPECT_THAT(Implied("0812", {"RUSGOV"}), IsEmpty());
  EXPECT_THAT(Implied("081", {"RUSGOV"}), IsEmpty());
  EXPECT_THAT(Implied("0831", {"IGOUNO"}), IsEmpty());
}

TEST(ImpliedTargets, TheCoderGivesAProtestWithoutTargetTheProtestersGovernment) {
  const Coder coder(testing::SharedAnalyzer(), OurTestDictionaries(),
                    std::make_shared<TacitusClauseCoder>());
  EXPECT_THAT(testing::EventLines(coder, "Russian civilians marched."),
              ElementsAre("RUSCVL RUSGOV 141"));
  // A target named is kept.
  EXPECT_THAT(testing::EventLines(coder, "Russian civilians marched against China."),
              ElementsAre("RUSCVL CHN 141"));
}

TEST(ImpliedTargets, TheCoderGivesAResignationTheResignersPublic) {
  const Coder coder(testing::SharedAnalyzer(), OurTestDictionaries(),
                    std::make_shared<TacitusClauseCoder>());
  EXPECT_THAT(testing::EventLines(coder, "The Russian minister resigned on Friday."),
              ElementsAre("RUSGOV RUSCVL 0831"));
}

TEST(ImpliedTargets, AResignationAcceptedWithinTheSourcesRanksIsToThePublic) {
  const Coder coder(testing::SharedAnalyzer(), OurTestDictionaries(),
                    std::make_shared<TacitusClauseCoder>());
  EXPECT_THAT(testing::EventLines(coder, "Putin accepted the Russian minister's resignation."),
              ElementsAre("RUSGOV RUSCVL 0831"));
  // Not every pattern of its own ranks: meeting one's own minister is no event.
  EXPECT_THAT(testing::EventLines(coder, "Putin met the Russian minister."), ::testing::IsEmpty());
}

}  // namespace
}  // namespace tacitus
