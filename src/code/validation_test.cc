#include "code/validation.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/diagnostic_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;

constexpr const char* kSuite = R"(<Validation>
<Environment><Verbfile>verbs.txt</Verbfile><Actorfile>actors.txt</Actorfile></Environment>
<Sentences>
<Sentence date="19950101" id="A-1" category="A" valid="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restored
  ties with Gondor.</Text>
</Sentence>
<Config option="new_actor_length" value="4"></Config>
<Config option="comma_max" value="many"></Config>
<Sentence date="19950101" id="A-2" category="A" valid="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>
<Sentence date="19950231" id="A-3" category="A" valid="true"><Text>Bad date.</Text></Sentence>
</Sentences>
</Validation>)";

TEST(ValidationSuite, ReadsRecordsAndTheConfigBeforeEach) {
  PetrarchOptions base;
  base.require_dyad = false;
  auto suite = ParseValidationSuite(kSuite, base);
  ASSERT_TRUE(suite.ok()) << suite.status().message();
  EXPECT_EQ(suite->verb_file, "verbs.txt");
  ASSERT_EQ(suite->records.size(), 3u);
  const ValidationRecord& first = suite->records[0];
  EXPECT_EQ(first.text, "Arnor restored ties with Gondor.");
  ASSERT_EQ(first.expected.size(), 1u);
  EXPECT_EQ(first.expected[0].ToString(), "ARN GON 064");
  EXPECT_EQ(first.options.new_actor_length, 0);
  EXPECT_FALSE(first.options.require_dyad);  // the base options hold until a <Config>
  const ValidationRecord& second = suite->records[1];
  EXPECT_EQ(second.options.new_actor_length, 4);
  EXPECT_EQ(second.options.comma_max, 8);  // "many" refused, reported, the old value kept
  // "many" on line 10; the record of 31 February on line 15, skipped and said so.
  EXPECT_THAT(testing::Located(suite->problems),
              ElementsAre("error records:10", "error records:15"));
  EXPECT_NE(suite->problems[0].reason.find("comma_max"), std::string::npos);
  EXPECT_EQ(suite->problems[1].reason,
            "record A-3: date '19950231' is not a date (YYYYMMDD); skipped");
  EXPECT_TRUE(second.expected.empty());
  EXPECT_FALSE(suite->records[2].valid);  // 31 February
}

TEST(ValidationSuite, ReportsEveryRecordWithABadDate) {
  auto suite = ParseValidationSuite(
      "<Validation><Sentences>\n"
      "<Sentence date=\"00000000\" id=\"Z-1\" valid=\"true\"><Text>a</Text></Sentence>\n"
      "<Sentence date=\"20230230\" id=\"Z-2\" valid=\"true\"><Text>b</Text></Sentence>\n"
      "<Sentence date=\"20230228\" id=\"Z-3\" valid=\"true\"><Text>c</Text></Sentence>\n"
      "</Sentences></Validation>",
      {}, "v.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().message();
  EXPECT_THAT(testing::Located(suite->problems), ElementsAre("error v.xml:2", "error v.xml:3"));
  EXPECT_NE(suite->problems[0].reason.find("Z-1"), std::string::npos);
  EXPECT_NE(suite->problems[1].reason.find("Z-2"), std::string::npos);
  EXPECT_TRUE(suite->records[2].valid);
}

// The <Text> of a record is text: a NUL byte or bytes that are not UTF-8 refuse the suite,
// at file:line:column, as a dictionary line is refused.
TEST(ValidationSuite, RefusesNulAndBadUtf8) {
  const char kNul[] =
      "<Validation><Sentences>\n<Sentence date=\"19950101\" "
      "id=\"N\"><Text>a\0b</Text></Sentence></Sentences></Validation>";
  auto suite = ParseValidationSuite(std::string_view(kNul, sizeof kNul - 1), {}, "v.xml");
  EXPECT_EQ(suite.status().message(), "v.xml:2:41: NUL byte");
  suite = ParseValidationSuite(
      "<Validation><Sentences>\n<Sentence date=\"19950101\" "
      "id=\"U\"><Text>caf\xE9</Text></Sentence></Sentences></Validation>",
      {}, "v.xml");
  EXPECT_EQ(suite.status().message(), "v.xml:2:43: invalid UTF-8 (byte 0xE9)");
}

TEST(ValidationSuite, ScoresEventsAsAMultiset) {
  ValidationRecord record;
  record.expected = {{"ARN", "GON", "064"}, {"GON", "ARN", "064"}};
  const std::vector<EventTriple> same = {{"GON", "ARN", "064"}, {"ARN", "GON", "064"}};
  EXPECT_TRUE(ScoreRecord(record, same, "").passed);
  const std::vector<EventTriple> twice = {{"ARN", "GON", "064"}, {"ARN", "GON", "064"}};
  EXPECT_FALSE(ScoreRecord(record, twice, "").passed);
  const ValidationOutcome missing = ScoreRecord(record, {}, "");
  EXPECT_FALSE(missing.passed);
  EXPECT_EQ(missing.got, "noevents");

  ValidationRecord discard;
  discard.expected_error = "storydiscard";
  EXPECT_TRUE(ScoreRecord(discard, {}, "storydiscard").passed);
  EXPECT_FALSE(ScoreRecord(discard, {}, "").passed);
}

TEST(ValidationSuite, RefusesMalformedXml) {
  EXPECT_FALSE(ParseValidationSuite("<Validation><Sentences>").ok());
  EXPECT_FALSE(ParseValidationSuite("<Validation></Validation>").ok());  // no records
}

}  // namespace
}  // namespace tacitus
