// A weapon for a clause's subject sets the kind of force (weapon_subjects.h), on the small
// dictionaries of code_testing.h ("attack +T" is plain force, 190; "strike +T" an air strike,
// 195; nothing codes "hit").
#include "code/weapon_subjects.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "code/code_testing.h"
#include "code/coder.h"
#include "code/tacitus_clause_coder.h"
#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Code(const std::string& text) {
  static const Coder coder(testing::SharedAnalyzer(), testing::OurTestDictionaries(),
                           std::make_shared<TacitusClauseCoder>());
  return testing::EventLines(coder, text);
}

TEST(WeaponSubjects, PlainForceTakesTheWeaponsKind) {
  EXPECT_THAT(Code("Russian drones attacked Ukraine on Friday."), ElementsAre("RUS UKR 1952"));
  EXPECT_THAT(Code("Russian jets attacked Ukraine overnight."), ElementsAre("RUS UKR 195"));
  EXPECT_THAT(Code("Russian missiles attacked Ukraine."), ElementsAre("RUS UKR 194"));
  EXPECT_THAT(Code("Ukraine was attacked by Russian helicopters."), ElementsAre("RUS UKR 195"));
}

TEST(WeaponSubjects, AWeaponsImpactIsItsAttack) {
  EXPECT_THAT(Code("Russian missiles hit Ukraine on Friday."), ElementsAre("RUS UKR 194"));
  EXPECT_THAT(Code("Ukraine was hit by Russian drones overnight."), ElementsAre("RUS UKR 1952"));
}

TEST(WeaponSubjects, OtherSubjectsAndCodesStay) {
  EXPECT_THAT(Code("Russian troops attacked Ukraine."), ElementsAre("RUSMIL UKR 190"));
  // A pattern that names its kind keeps it.
  EXPECT_THAT(Code("Russian drones struck Ukraine."), ElementsAre("RUS UKR 195"));
  // No weapon, no object: "hit" codes nothing.
  EXPECT_THAT(Code("Russian sanctions hit Ukraine."), IsEmpty());
  EXPECT_THAT(Code("Russian troops hit Ukraine."), IsEmpty());
}

}  // namespace
}  // namespace tacitus
