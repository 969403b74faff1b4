// The place a material act hits is its country (struck_place.h), with a gazetteer stand-in
// on the small dictionaries of code_testing.h, which know Russia, Ukraine and China but none
// of their towns.
#include "code/struck_place.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "code/code_testing.h"
#include "code/coder.h"
#include "code/tacitus_clause_coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Kherson and Avdiivka are in Ukraine, Ryazan and Belgorod in Russia, Jackson in the United
// States; Springfield is a name of towns in several countries.
class FewTowns final : public DatelineCountries {
 public:
  std::string_view CountryOf(const Document&) const override { return {}; }
  std::string_view UnambiguousCountryOfPlace(const Document& doc, TokenRange range) const override {
    if (range.size() != 1) return {};
    const std::string_view name = doc.tokens[range.begin].text;
    if (name == "Kherson" || name == "Avdiivka") return "UKR";
    if (name == "Ryazan" || name == "Belgorod") return "RUS";
    if (name == "Jackson") return "USA";
    return {};
  }
};

std::vector<std::string> Code(const std::string& text) {
  static const Coder coder(testing::SharedAnalyzer(), testing::OurTestDictionaries(),
                           std::make_shared<TacitusClauseCoder>(), std::make_shared<FewTowns>());
  return testing::EventLines(coder, text);
}

TEST(StruckPlace, ATownHitIsItsCountry) {
  EXPECT_THAT(Code("Russian troops attacked Kherson on Friday."), ElementsAre("RUSMIL UKR 190"));
  EXPECT_THAT(Code("Chinese troops attacked the Belgorod region."), ElementsAre("CHNMIL RUS 190"));
}

TEST(StruckPlace, AThingHitIsTheCountryOfItsPlace) {
  // Its "of" phrase, the clause's "in" or "near" phrase, a possessor country, the place of
  // a place.
  EXPECT_THAT(Code("Russian troops attacked the town of Avdiivka."), ElementsAre("RUSMIL UKR 190"));
  EXPECT_THAT(Code("Russian troops attacked a hotel in Kherson."), ElementsAre("RUSMIL UKR 190"));
  EXPECT_THAT(Code("Russian troops attacked villages near Kherson."),
              ElementsAre("RUSMIL UKR 190"));
  EXPECT_THAT(Code("Chinese troops attacked an oil depot in Russia's Ryazan region."),
              ElementsAre("CHNMIL RUS 190"));
  EXPECT_THAT(Code("Russian troops attacked a house in the town of Avdiivka."),
              ElementsAre("RUSMIL UKR 190"));
}

TEST(StruckPlace, ATownANounsActHitsIsItsCountry) {
  EXPECT_THAT(Code("Russia's attack on Kherson killed five people."),
              ::testing::Contains("RUS UKR 190"));
}

TEST(StruckPlace, NotAtTheSourcesOwnHomeUnlessItIsAnArmedGroup) {
  EXPECT_THAT(Code("Russian troops attacked a village near Belgorod."), IsEmpty());
  EXPECT_THAT(Code("Russian rebels attacked a village near Belgorod."),
              ElementsAre("RUSREB RUS 190"));
}

TEST(StruckPlace, NotForWordsNorForActsOnPeopleNorForDoubtfulNames) {
  // A criticism of the attack is not an act against the place.
  EXPECT_THAT(Code("China condemned the attack in Kherson."), IsEmpty());
  // An arrest is of a person, who may bear a town's name.
  EXPECT_THAT(Code("Russian police arrested Jackson."), IsEmpty());
  EXPECT_THAT(Code("Russian troops attacked Springfield."), IsEmpty());
}

TEST(StruckPlace, ThePlacesOfActsOfForce) {
  EXPECT_TRUE(HitsPlaces("190"));
  EXPECT_TRUE(HitsPlaces("1711"));
  EXPECT_TRUE(HitsPlaces("1384"));
  EXPECT_TRUE(HitsPlaces("154"));
  EXPECT_FALSE(HitsPlaces("173"));
  EXPECT_FALSE(HitsPlaces("111"));
  EXPECT_FALSE(HitsPlaces("130"));
  EXPECT_FALSE(HitsPlaces("145"));
}

TEST(StruckPlace, CoercionAtHomeIsOfTheCountry) {
  ResolvedActor police;
  police.code = "RUSCOP";
  const StruckPlace ryazan{"RUS", {}};
  std::vector<ResolvedActor> targets;
  StruckPlaceTargets("1711", {&police, 1}, ryazan, &targets);
  ASSERT_EQ(targets.size(), 1u);
  EXPECT_EQ(targets[0].code, "RUS");
  StruckPlaceTargets("190", {&police, 1}, ryazan, &targets);
  EXPECT_THAT(targets, IsEmpty());
}

}  // namespace
}  // namespace tacitus
