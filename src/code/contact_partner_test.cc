// Condolences to the one called or met, as the coder codes them with the test dictionaries of
// code_testing.h (Putin RUSGOV, Xi CHNGOV; "offer condolence" 018, "meet +T" 040:040, a
// "phone call with +T" 041:041; no pattern of "telephone").
#include "code/contact_partner.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

class ContactPartnerCoding : public testing::OurCoderTest {};

TEST_F(ContactPartnerCoding, CondolencesGoToTheOneCalled) {
  EXPECT_THAT(Code("Putin telephoned Xi on Tuesday to offer condolences."),
              ElementsAre("RUSGOV CHNGOV 018"));
}

TEST_F(ContactPartnerCoding, CondolencesGoToThePartnerOfACall) {
  EXPECT_THAT(Code("In a phone call with Xi, Putin offered his condolences."),
              UnorderedElementsAre("RUSGOV CHNGOV 041", "CHNGOV RUSGOV 041", "RUSGOV CHNGOV 018"));
}

TEST_F(ContactPartnerCoding, CondolencesGoToTheOneMet) {
  EXPECT_THAT(Code("Putin met Xi and offered condolences."),
              UnorderedElementsAre("RUSGOV CHNGOV 040", "CHNGOV RUSGOV 040", "RUSGOV CHNGOV 018"));
}

TEST_F(ContactPartnerCoding, CondolencesToNoOneToldGiveNoEvent) {
  EXPECT_THAT(Code("Putin offered condolences."), IsEmpty());
  // A target named is kept: the contact is only for a clause that names none.
  EXPECT_THAT(Code("Putin met Xi and offered condolences to Ukraine."),
              UnorderedElementsAre("RUSGOV CHNGOV 040", "CHNGOV RUSGOV 040", "RUSGOV UKR 018"));
}

TEST(ContactPartner, ConsolesOnlyForEmpatheticComments) {
  EXPECT_TRUE(ConsolesTheContact("018"));
  EXPECT_FALSE(ConsolesTheContact("010"));
  EXPECT_FALSE(ConsolesTheContact("040"));
}

}  // namespace
}  // namespace tacitus
