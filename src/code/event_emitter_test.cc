// The events an emitter makes of a matched pattern, on sentences written for these tests.
#include "code/event_emitter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "code/code_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class EventEmitterTest : public testing::OurCoderTest {};

TEST_F(EventEmitterTest, AVisitIsToAnotherCountrysActors) {
  EXPECT_THAT(Code("Putin visited Chinese troops."),
              ElementsAre("RUSGOV CHNMIL 042", "CHNMIL RUSGOV 043"));
  // A tour at home is no visit in CAMEO's sense, whichever of its sides the words name.
  EXPECT_THAT(Code("Putin visited Russian troops."), IsEmpty());
  EXPECT_THAT(Code("Putin visited Russia."), IsEmpty());
}

}  // namespace
}  // namespace tacitus
