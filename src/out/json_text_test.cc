#include "out/json_text.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace tacitus {
namespace {

TEST(JsonText, WritesNestedValuesThatAParserReadsBack) {
  std::string out;
  JsonText json(&out);
  json.BeginObject();
  json.Key("s");
  json.String("quote \" backslash \\ tab \t newline \n bell \x07 caf\xC3\xA9");
  json.Key("n");
  json.Number(int64_t{-42});
  json.Key("a");
  json.BeginArray();
  json.Number(1.9);
  json.Number(-5.0);
  json.Null();
  json.BeginObject();
  json.EndObject();
  json.EndArray();
  json.EndObject();
  EXPECT_EQ(out, R"({"s":"quote \" backslash \\ tab \t newline \n bell \u0007 café","n":-42,)"
                 R"("a":[1.9,-5.0,null,{}]})");
  const nlohmann::json parsed = nlohmann::json::parse(out);
  EXPECT_EQ(parsed["s"], "quote \" backslash \\ tab \t newline \n bell \x07 caf\xC3\xA9");
  EXPECT_EQ(parsed["n"], -42);
  EXPECT_DOUBLE_EQ(parsed["a"][0].get<double>(), 1.9);
  EXPECT_TRUE(parsed["a"][1].is_number_float());
}

// Each kind of byte that is more than copied, at every place in a text long enough to be read
// eight bytes at a time, and after it.
TEST(JsonText, EscapesEveryByteThatNeedsItWhereverItIs) {
  for (const std::string_view special : {"\"", "\\", "\n", "\x1F", "\xC3\xA9", "\xE2\x82\xAC"}) {
    for (size_t at = 0; at <= 20; ++at) {
      std::string text(20, 'x');
      text.insert(at, special);
      std::string out;
      JsonText(&out).String(text);
      EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), text) << out;
    }
  }
  std::string out;
  JsonText(&out).String(std::string(19, 'x') + "\xFF");
  EXPECT_EQ(out, "\"" + std::string(19, 'x') + "\xEF\xBF\xBD\"");
}

TEST(JsonText, WritesOneLineStringsWithSpacesForBreaks) {
  std::string out;
  JsonText(&out).OneLineString("Talks\r\nended\tin \"Paris\"\n\x07.");
  EXPECT_EQ(out, R"("Talks  ended in \"Paris\" \u0007.")");
}

// A default string_view has a null data(): written as "" without reading from it (the
// sanitizer build fails this test if it does).
TEST(JsonText, WritesAnEmptyViewAsTwoQuotes) {
  std::string out;
  JsonText json(&out);
  json.BeginArray();
  json.String(std::string_view());
  json.String("");
  json.EndArray();
  EXPECT_EQ(out, R"(["",""])");
}

TEST(JsonText, ReplacesInvalidUtf8) {
  std::string out;
  JsonText json(&out);
  json.String(
      "a\xFF"
      "b\xC3"
      "c\xED\xA0\x80"
      "d");  // stray byte, cut sequence, surrogate
  EXPECT_EQ(out,
            "\"a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
            "d\"");
  EXPECT_TRUE(nlohmann::json::accept(out));
}

TEST(JsonText, DoublesReadBackExactly) {
  for (double value : {0.1 + 0.2, 1e-7, 6.4, -10.0, 116.39723, 39.9075}) {
    std::string out;
    JsonText(&out).Number(value);
    EXPECT_EQ(nlohmann::json::parse(out).get<double>(), value) << out;
  }
  std::string out;
  JsonText(&out).Number(std::nan(""));
  EXPECT_EQ(out, "null");
}

}  // namespace
}  // namespace tacitus
