#include "code/petrarch_options.h"

#include <gtest/gtest.h>

#include <string>

namespace tacitus {
namespace {

TEST(SetPetrarchOption, SetsTheCodingSwitches) {
  PetrarchOptions options;
  ASSERT_TRUE(SetPetrarchOption("require_dyad", "False", &options).ok());
  EXPECT_FALSE(options.require_dyad);
  ASSERT_TRUE(SetPetrarchOption("require_dyad", "TRUE", &options).ok());
  EXPECT_TRUE(options.require_dyad);
  ASSERT_TRUE(SetPetrarchOption("new_actor_length", "4", &options).ok());
  EXPECT_EQ(options.new_actor_length, 4);
  ASSERT_TRUE(SetPetrarchOption("comma_emax", "0", &options).ok());
  EXPECT_EQ(options.comma_emax, 0);
  // Options that do not change coding are accepted as they are.
  EXPECT_TRUE(SetPetrarchOption("write_actor_root", "False", &options).ok());
}

TEST(SetPetrarchOption, RefusesAMalformedNumberAndKeepsTheOldValue) {
  PetrarchOptions options;
  options.comma_max = 8;
  const Status set = SetPetrarchOption("comma_max", "eight", &options);
  EXPECT_EQ(set.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(options.comma_max, 8);
  EXPECT_FALSE(SetPetrarchOption("new_actor_length", "-1", &options).ok());
  EXPECT_EQ(options.new_actor_length, 0);
}

TEST(ReadPetrarchOptions, ChangesTheDefaultsInOrder) {
  PetrarchFiles files;
  files.options = {{"require_dyad", "false"}, {"comma_max", "5"}, {"comma_max", "6"}};
  const Result<PetrarchOptions> options = ReadPetrarchOptions(files, "PETR_config.ini");
  ASSERT_TRUE(options.ok()) << options.status().message();
  EXPECT_FALSE(options->require_dyad);
  EXPECT_EQ(options->comma_max, 6);
  EXPECT_EQ(options->comma_emax, PetrarchOptions{}.comma_emax);
}

TEST(ReadPetrarchOptions, FailsNamingTheConfigAndTheOption) {
  PetrarchFiles files;
  files.options = {{"comma_min", "two"}};
  const Result<PetrarchOptions> options = ReadPetrarchOptions(files, "PETR_config.ini");
  ASSERT_FALSE(options.ok());
  EXPECT_EQ(options.status().code(), StatusCode::kInvalidArgument);
  // Where: the config, first.
  EXPECT_EQ(options.status().message().rfind("PETR_config.ini: ", 0), 0u)
      << options.status().message();
}

}  // namespace
}  // namespace tacitus
