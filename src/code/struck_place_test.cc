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
    const std::string_view name =
        std::string_view(doc.normalized.text())
            .substr(doc.tokens[range.begin].offset, doc.tokens[range.end - 1].offset +
                                                        doc.tokens[range.end - 1].text.size() -
                                                        doc.tokens[range.begin].offset);
    if (name == "Kherson" || name == "Avdiivka") return "UKR";
    if (name == "Kherson Sea") return "UKR";  // as "Red Sea" is a state of Sudan
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

TEST(StruckPlace, ATownTroopsPullOutOfIsItsCountry) {
  EXPECT_THAT(Code("Russian troops pulled out of Kherson on Friday."),
              ElementsAre("RUSMIL UKR 0874"));
  EXPECT_THAT(Code("Russian troops retreated from the town of Avdiivka."),
              ElementsAre("RUSMIL UKR 0874"));
  // A retreat at home is from an enemy the place does not name.
  EXPECT_THAT(Code("Russian troops pulled out of Belgorod."), IsEmpty());
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
  // A town's name before another noun names no place: "the Azov battalion".
  EXPECT_THAT(Code("Russian troops attacked the Kherson battalion."), IsEmpty());
  // Waters are no one's, though a region bears their name.
  EXPECT_THAT(Code("Russian troops attacked a ship in the Kherson Sea."), IsEmpty());
}

TEST(StruckPlace, ThePlacesOfActsOfForce) {
  EXPECT_TRUE(HitsPlaces("190"));
  EXPECT_TRUE(HitsPlaces("1711"));
  EXPECT_TRUE(HitsPlaces("1384"));
  EXPECT_TRUE(HitsPlaces("154"));
  EXPECT_TRUE(HitsPlaces("0874"));
  EXPECT_TRUE(HitsPlaces("087"));
  EXPECT_FALSE(HitsPlaces("0841"));
  EXPECT_FALSE(HitsPlaces("173"));
  EXPECT_FALSE(HitsPlaces("111"));
  EXPECT_FALSE(HitsPlaces("130"));
  EXPECT_FALSE(HitsPlaces("145"));
}

// The targets StruckPlaceTargets gives an act of `code` by `source` in Russia.
std::vector<std::string> TargetsInRussia(std::string_view code, std::string source) {
  ResolvedActor actor;
  actor.code = std::move(source);
  std::vector<ResolvedActor> targets;
  StruckPlaceTargets(testing::OurTestDictionaries()->cameo(), code, {&actor, 1},
                     StruckPlace{"RUS", {}}, &targets);
  std::vector<std::string> codes;
  for (const ResolvedActor& t : targets) codes.push_back(t.code);
  return codes;
}

TEST(StruckPlace, AtHomeOnlyArmedGroupsAndTheStatesCoercion) {
  EXPECT_THAT(TargetsInRussia("190", "UKRMIL"), ElementsAre("RUS"));
  EXPECT_THAT(TargetsInRussia("1711", "RUSCOP"), ElementsAre("RUS"));
  EXPECT_THAT(TargetsInRussia("190", "RUSCOP"), IsEmpty());
  EXPECT_THAT(TargetsInRussia("190", "RUSINSREB"), ElementsAre("RUS"));
  EXPECT_THAT(TargetsInRussia("190", "RUSTAL"), ElementsAre("RUS"));  // a known group
  // Civilians setting fire at home are no state coercing its country.
  EXPECT_THAT(TargetsInRussia("1712", "RUSCVL"), IsEmpty());
}

TEST(StruckPlace, AnArmedGroupInARegionIsOfItsCountry) {
  // "the Ryazan region": the gazetteer's name before a word for a part of a country.
  EXPECT_THAT(Code("Rebels attacked Chinese troops in the Ryazan region."),
              ElementsAre("RUSREB CHNMIL 190"));
  EXPECT_THAT(Code("Rebels attacked Chinese troops in Ryazan province."),
              ElementsAre("RUSREB CHNMIL 190"));
}

}  // namespace
}  // namespace tacitus
