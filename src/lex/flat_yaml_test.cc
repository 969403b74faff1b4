#include "lex/flat_yaml.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tacitus {
namespace {

struct Entry {
  std::string key;
  std::string values;  // "name=number,..."
};

Status Parse(std::string_view contents, std::vector<Entry>* entries) {
  return ParseFlatYaml(
      contents, "test.yml", [&](std::string_view key, std::span<const FlatYamlValue> values) {
        Entry e{std::string(key), ""};
        for (const FlatYamlValue& v : values) {
          if (!e.values.empty()) e.values += ',';
          e.values += std::string(v.name) + "=" + std::to_string(int(v.number * 10));
        }
        entries->push_back(e);
        return Status::Ok();
      });
}

TEST(FlatYaml, ReadsPlainAndQuotedKeys) {
  std::vector<Entry> entries;
  Status status = Parse(
      "--- #YAML:1.0\n"
      "\"``\": { ppl: 8735 }\n"
      "\"1,000-ship\": { jj: 1 }\n"
      "about: { rb: 691, in: 1894 }\n"
      "cc: { cc: 0.000237618, cd: 0.5 }\n",
      &entries);
  ASSERT_TRUE(status.ok()) << status.message();
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0].key, "``");
  EXPECT_EQ(entries[0].values, "ppl=87350");
  EXPECT_EQ(entries[1].key, "1,000-ship");
  EXPECT_EQ(entries[2].key, "about");
  EXPECT_EQ(entries[2].values, "rb=6910,in=18940");
  EXPECT_EQ(entries[3].values, "cc=0,cd=5");
}

TEST(FlatYaml, ReportsFileAndLineOfMalformedLine) {
  std::vector<Entry> entries;
  Status status = Parse("--- #YAML:1.0\nok: { nn: 1 }\nbad: { nn: x }\n", &entries);
  EXPECT_EQ(status.code(), StatusCode::kDataError);
  EXPECT_TRUE(status.message().starts_with("test.yml:3: ")) << status.message();
}

TEST(FlatYaml, RefusesOtherShapes) {
  std::vector<Entry> entries;
  EXPECT_FALSE(Parse("key: value\n", &entries).ok());
  EXPECT_FALSE(Parse("\"open: { nn: 1 }\n", &entries).ok());
  EXPECT_FALSE(Parse("key: { nn: 1 } extra\n", &entries).ok());
  EXPECT_FALSE(Parse("key: { nn: 1 nns: 2 }\n", &entries).ok());
  EXPECT_FALSE(Parse("key: { }\n", &entries).ok());
  EXPECT_FALSE(Parse("\"a\\\"b\": { nn: 1 }\n", &entries).ok());
}

TEST(FlatYaml, PrefixesCallbackErrorsWithLine) {
  Status status = ParseFlatYaml("a: { nn: 1 }\n\nb: { nn: 2 }\n", "f.yml",
                                [](std::string_view key, std::span<const FlatYamlValue>) {
                                  return key == "b" ? Status::Error(StatusCode::kNotFound, "no b")
                                                    : Status::Ok();
                                });
  // The callback's own code, its message after the place.
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  EXPECT_EQ(status.message(), "f.yml:3: no b");
}

}  // namespace
}  // namespace tacitus
