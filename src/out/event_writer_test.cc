// Write-then-read tests of the event formats: what is written can be read back whole.
#include "out/event_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace tacitus {
namespace {

// A story whose text has a three-byte character (’) before the actors, so that byte and
// code point offsets differ, a comma in its sentence and a line break.
constexpr std::string_view kText =
    "Russia’s president, Vladimir Putin, met Xi Jinping in Beijing\nyesterday.";

Span SpanOf(std::string_view words) {
  const auto begin = static_cast<uint32_t>(kText.find(words));
  return {begin, begin + static_cast<uint32_t>(words.size())};
}

Event SampleEvent() {
  Event e;
  e.story = "story\t1";  // a tab in an id must not break a TSV row
  e.story_date = *Date::ParseIso("2023-11-08");
  e.date = {*Date::ParseIso("2023-11-07"), DatePrecision::kDay, SpanOf("yesterday")};
  e.place = EventPlace{"Beijing", "CHN", "Beijing", 39.9075, 116.39723, SpanOf("Beijing")};
  e.sentence = 3;
  e.sentence_span = {0, static_cast<uint32_t>(kText.size())};
  e.clause = 5;
  e.source = "RUSGOV";
  e.target = "CHNGOV";
  e.code = "040";
  e.code_label = "Consult, not specified below";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1.0;
  e.plover = "CONSULT";
  e.source_span = SpanOf("Vladimir Putin");
  e.verb_span = SpanOf("met");
  e.target_span = SpanOf("Xi Jinping");
  e.pattern = "meet +T";
  e.matched = {"data/verbs/04-consult.txt:17", "data/actors/people.txt:366"};
  return e;
}

std::vector<std::string> Split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, separator)) fields.push_back(field);
  if (!line.empty() && line.back() == separator) fields.emplace_back();
  return fields;
}

// RFC 4180 fields of one CSV line (no line breaks inside, as the writer guarantees).
std::vector<std::string> SplitCsv(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      fields.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

TEST(EventJson, ReadsBackEveryColumnInOrder) {
  const Event e = SampleEvent();
  const nlohmann::ordered_json json = nlohmann::ordered_json::parse(EventToJson(e, kText));
  std::vector<std::string> keys;
  for (const auto& item : json.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, std::vector<std::string>(kEventColumns.begin(), kEventColumns.end()));
  EXPECT_EQ(json["story"], e.story);
  EXPECT_EQ(json["date"], "2023-11-07");
  EXPECT_EQ(json["date_precision"], "day");
  EXPECT_EQ(json["date_text"], "yesterday");
  EXPECT_EQ(json["story_date"], "2023-11-08");
  EXPECT_EQ(json["sentence"], 3);
  // The line break is a space; the rest is the text as given.
  EXPECT_EQ(json["sentence_text"],
            "Russia’s president, Vladimir Putin, met Xi Jinping in Beijing yesterday.");
  EXPECT_EQ(json["source"], "RUSGOV");
  EXPECT_EQ(json["source_text"], "Vladimir Putin");
  EXPECT_EQ(json["target"], "CHNGOV");
  EXPECT_EQ(json["target_text"], "Xi Jinping");
  EXPECT_EQ(json["code"], "040");
  EXPECT_EQ(json["code_label"], "Consult, not specified below");
  EXPECT_EQ(json["root"], "04");
  EXPECT_EQ(json["quad_class"], 1);
  EXPECT_TRUE(json["goldstein"].is_number_float());
  EXPECT_DOUBLE_EQ(json["goldstein"].get<double>(), 1.0);
  EXPECT_EQ(json["plover"], "CONSULT");
  EXPECT_EQ(json["place"], "Beijing");
  EXPECT_EQ(json["country"], "CHN");
  EXPECT_EQ(json["admin1"], "Beijing");
  EXPECT_DOUBLE_EQ(json["lat"].get<double>(), 39.9075);
  EXPECT_DOUBLE_EQ(json["lon"].get<double>(), 116.39723);
  EXPECT_EQ(json["pattern"], "meet +T");
  EXPECT_EQ(json["matched"].get<std::vector<std::string>>(), e.matched);
  EXPECT_EQ(json["issues"], nlohmann::ordered_json::array());
}

TEST(EventJson, OffsetsInBytesAndInCodePoints) {
  const nlohmann::json json = nlohmann::json::parse(EventToJson(SampleEvent(), kText));
  // "Russia’s president, " is 20 code points and 22 bytes (’ is three).
  EXPECT_EQ(json["source_begin"], 22);
  EXPECT_EQ(json["source_end"], 36);
  EXPECT_EQ(json["source_char_begin"], 20);
  EXPECT_EQ(json["source_char_end"], 34);
  EXPECT_EQ(kText.substr(json["source_begin"].get<size_t>(), 14), "Vladimir Putin");
  for (const char* role : {"verb", "target", "date", "place"}) {
    const std::string prefix = role;
    EXPECT_EQ(json[prefix + "_begin"].get<int>() - json[prefix + "_char_begin"].get<int>(), 2)
        << role;
    EXPECT_EQ(json[prefix + "_end"].get<int>() - json[prefix + "_char_end"].get<int>(), 2) << role;
  }
  EXPECT_EQ(json["date_begin"], kText.find("yesterday"));
}

TEST(EventJson, DatesAsPreciseAsKnownAndNoPlace) {
  Event e = SampleEvent();
  e.date = {*Date::ParseIso("2023-03-01"), DatePrecision::kMonth, {}};
  e.place.reset();
  const nlohmann::json month = nlohmann::json::parse(EventToJson(e, kText));
  EXPECT_EQ(month["date"], "2023-03");
  EXPECT_EQ(month["date_precision"], "month");
  EXPECT_EQ(month["date_text"], "");
  for (const char* column : {"place", "country", "admin1", "lat", "lon"}) {
    EXPECT_TRUE(month[column].is_null()) << column;
  }
  EXPECT_EQ(month["place_begin"], 0);
  EXPECT_EQ(month["place_char_end"], 0);
  e.date.precision = DatePrecision::kYear;
  EXPECT_EQ(nlohmann::json::parse(EventToJson(e, kText))["date"], "2023");
}

// CSV, TSV and JSON carry the same value in each column: a field's text is the JSON value's
// (strings as they are, numbers as JSON writes them, null empty), lists joined by ";".
std::string AsField(const nlohmann::ordered_json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string joined;
    for (const auto& item : value) {
      joined += (joined.empty() ? "" : ";") + (item.is_object()
                                                   ? item["code"].get<std::string>() + "," +
                                                         std::to_string(item["count"].get<int>())
                                                   : item.get<std::string>());
    }
    return joined;
  }
  return value.dump();
}

TEST(EventFormats, CsvTsvAndJsonHaveTheSameColumnsAndValues) {
  Event e = SampleEvent();
  e.pattern = "say \"meet\" +T";  // a quote to escape in CSV
  e.issues = {{"NAMED_TERROR_GROUP", 1}, {"SANCTIONS", 2}};
  const nlohmann::ordered_json json = nlohmann::ordered_json::parse(EventToJson(e, kText));
  const std::vector<std::string> csv_header = SplitCsv(EventCsvHeader());
  const std::vector<std::string> tsv_header = Split(EventTsvHeader(), '\t');
  const std::vector<std::string> csv = SplitCsv(EventToCsv(e, kText));
  const std::vector<std::string> tsv = Split(EventToTsv(e, kText), '\t');
  const std::vector<std::string> columns(kEventColumns.begin(), kEventColumns.end());
  EXPECT_EQ(csv_header, columns);
  EXPECT_EQ(tsv_header, columns);
  ASSERT_EQ(csv.size(), columns.size());
  ASSERT_EQ(tsv.size(), columns.size());
  for (size_t i = 0; i < columns.size(); ++i) {
    std::string expected = AsField(json[columns[i]]);
    if (columns[i] == "story") expected = "story 1";  // a tab in TSV is a space
    EXPECT_EQ(tsv[i], expected) << columns[i];
    if (columns[i] == "story") expected = e.story;  // CSV keeps it
    EXPECT_EQ(csv[i], expected) << columns[i];
  }
  ASSERT_EQ(columns[19], "issues");
  EXPECT_EQ(tsv[19], "NAMED_TERROR_GROUP,1;SANCTIONS,2");
  // The sentence holds commas, so its field is quoted; the code keeps its zero.
  EXPECT_NE(EventToCsv(e, kText).find(",\"Russia’s president, Vladimir Putin,"), std::string::npos);
  EXPECT_NE(EventToCsv(e, kText).find(",040,"), std::string::npos);
}

TEST(EventFormats, SpansOutsideTheTextGiveEmptyWords) {
  Event e = SampleEvent();
  e.source_span = {500, 510};
  const nlohmann::json json = nlohmann::json::parse(EventToJson(e, kText));
  EXPECT_EQ(json["source_text"], "");
  EXPECT_EQ(json["source_char_begin"], json["source_char_end"]);  // clamped to the text's end
}

TEST(StoryText, CountsCodePointsBeforeEveryByteAcrossItsBlocks) {
  // Three-byte characters on and across the index's block boundaries (every 64 bytes).
  std::string text;
  for (int i = 0; i < 100; ++i) text += i % 3 == 0 ? "\xE2\x80\x99" : "ab";
  const StoryText indexed(text);
  int64_t code_points = 0;
  for (uint32_t byte = 0; byte <= text.size(); ++byte) {
    EXPECT_EQ(indexed.CodePointsBefore(byte), code_points) << "byte " << byte;
    if (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) {
      ++code_points;
    }
  }
  EXPECT_EQ(indexed.CodePointsBefore(100'000), code_points);  // past the end: all of them
  EXPECT_EQ(StoryText("").CodePointsBefore(3), 0);
}

TEST(StoryText, GivesTheSameLinesAsTheText) {
  const Event e = SampleEvent();
  const StoryText text(kText);
  EXPECT_EQ(EventToJson(e, text), EventToJson(e, kText));
  EXPECT_EQ(EventToCsv(e, text), EventToCsv(e, kText));
  EXPECT_EQ(EventToTsv(e, text), EventToTsv(e, kText));
}

std::string Explained(const Event& e) {
  Story story;
  story.id = "s";
  story.text = kText;
  Document doc;
  Sentence sentence;
  sentence.span = {0, static_cast<uint32_t>(kText.size())};
  doc.sentences.push_back(sentence);
  std::ostringstream out;
  ExplainEvents(story, doc, std::span<const Event>(&e, 1), out);
  return out.str();
}

TEST(ExplainEvents, MarksSourceVerbAndTargetInTheSentence) {
  Event e = SampleEvent();
  e.sentence = 0;
  const std::string text = Explained(e);
  EXPECT_NE(text.find("s s0: Russia’s president, [Vladimir Putin]S, <met>V [Xi Jinping]T in "
                      "Beijing yesterday."),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("RUSGOV -> CHNGOV  040"), std::string::npos) << text;
  EXPECT_NE(text.find("pattern \"meet +T\""), std::string::npos) << text;
  EXPECT_NE(text.find("data/actors/people.txt:366"), std::string::npos) << text;
}

TEST(ExplainEvents, SaysTheDateWithItsWordsAndThePlace) {
  Event e = SampleEvent();
  e.sentence = 0;
  e.place->admin1 = "Beijing Shi";
  EXPECT_NE(Explained(e).find("  date 2023-11-07 (\"yesterday\"); place Beijing, Beijing Shi, CHN "
                              "(39.9075, 116.39723)\n"),
            std::string::npos)
      << Explained(e);
  e.date = {*Date::ParseIso("2023-11-08"), DatePrecision::kDay, {}};
  e.place.reset();
  EXPECT_NE(Explained(e).find("  date 2023-11-08 (the story's date); no place stated\n"),
            std::string::npos)
      << Explained(e);
}

}  // namespace
}  // namespace tacitus
