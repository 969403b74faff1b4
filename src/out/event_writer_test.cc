// Write-then-read tests of the event formats: what is written can be read back whole.
#include "out/event_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace tacitus {
namespace {

Event SampleEvent() {
  Event e;
  e.story = "story\t1";  // a tab in an id must not break a TSV row
  e.story_date = *Date::ParseIso("2023-11-08");
  e.date = {*Date::ParseIso("2023-11-07"), DatePrecision::kDay, {66, 75}};
  e.place = EventPlace{"Beijing", "CHN", "Beijing", 39.9075, 116.39723, {70, 77}};
  e.sentence = 3;
  e.clause = 5;
  e.source = "RUSGOV";
  e.target = "CHNGOV";
  e.code = "042";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1.9;
  e.plover = "CONSULT";
  e.source_span = {0, 32};
  e.verb_span = {33, 40};
  e.target_span = {41, 50};
  e.pattern = "visit +T";
  e.matched = {"data/verbs/04-consult.txt:9", "data/actors/people.txt:366"};
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

TEST(EventJson, ReadsBackEveryField) {
  const Event e = SampleEvent();
  const nlohmann::json json = nlohmann::json::parse(EventToJson(e));
  EXPECT_EQ(json["story"], e.story);
  EXPECT_EQ(json["date"], "2023-11-07");
  EXPECT_EQ(json["date_precision"], "day");
  EXPECT_EQ(json["date_span"], nlohmann::json::array({66, 75}));
  EXPECT_EQ(json["story_date"], "2023-11-08");
  EXPECT_EQ(json["sentence"], 3);
  EXPECT_EQ(json["source"], "RUSGOV");
  EXPECT_EQ(json["target"], "CHNGOV");
  EXPECT_EQ(json["code"], "042");
  EXPECT_EQ(json["root"], "04");
  EXPECT_EQ(json["quad_class"], 1);
  EXPECT_DOUBLE_EQ(json["goldstein"].get<double>(), 1.9);
  EXPECT_EQ(json["plover"], "CONSULT");
  EXPECT_EQ(json["place"]["name"], "Beijing");
  EXPECT_EQ(json["place"]["country"], "CHN");
  EXPECT_DOUBLE_EQ(json["place"]["lat"].get<double>(), 39.9075);
  EXPECT_DOUBLE_EQ(json["place"]["lon"].get<double>(), 116.39723);
  EXPECT_EQ(json["spans"]["source"], nlohmann::json::array({0, 32}));
  EXPECT_EQ(json["spans"]["verb"], nlohmann::json::array({33, 40}));
  EXPECT_EQ(json["spans"]["target"], nlohmann::json::array({41, 50}));
  EXPECT_EQ(json["pattern"], "visit +T");
  EXPECT_EQ(json["matched"].get<std::vector<std::string>>(), e.matched);
}

TEST(EventJson, DatesAsPreciseAsKnownAndNoPlace) {
  Event e = SampleEvent();
  e.date = {*Date::ParseIso("2023-03-01"), DatePrecision::kMonth, {1, 9}};
  e.place.reset();
  const nlohmann::json month = nlohmann::json::parse(EventToJson(e));
  EXPECT_EQ(month["date"], "2023-03");
  EXPECT_EQ(month["date_precision"], "month");
  EXPECT_TRUE(month["place"].is_null());
  e.date.precision = DatePrecision::kYear;
  EXPECT_EQ(nlohmann::json::parse(EventToJson(e))["date"], "2023");
}

TEST(EventTsv, OneFieldPerHeaderColumn) {
  const std::vector<std::string> header = Split(std::string(kTsvHeader), '\t');
  const std::vector<std::string> row = Split(EventToTsv(SampleEvent()), '\t');
  ASSERT_EQ(row.size(), header.size());
  auto field = [&](const std::string& name) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return row[i];
    }
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(field("story"), "story 1");
  EXPECT_EQ(field("date"), "2023-11-07");
  EXPECT_EQ(field("story_date"), "2023-11-08");
  EXPECT_EQ(field("source"), "RUSGOV");
  EXPECT_EQ(field("code"), "042");
  EXPECT_EQ(field("goldstein"), "1.9");
  EXPECT_EQ(field("place"), "Beijing");
  EXPECT_EQ(field("lat"), "39.90750");
  EXPECT_EQ(field("source_span"), "0-32");
  EXPECT_EQ(field("matched"), "data/verbs/04-consult.txt:9;data/actors/people.txt:366");
}

TEST(EventIssues, WrittenAsPetrarchDoesAndLeftOutWhenNone) {
  Event e = SampleEvent();
  EXPECT_FALSE(nlohmann::json::parse(EventToJson(e)).contains("issues"));
  const std::vector<std::string> header = Split(std::string(kTsvHeader), '\t');
  ASSERT_EQ(header.back(), "issues");
  EXPECT_EQ(Split(EventToTsv(e), '\t').size(), header.size());  // an empty last field
  e.issues = {{"NAMED_TERROR_GROUP", 1}, {"SANCTIONS", 2}};
  const nlohmann::json json = nlohmann::json::parse(EventToJson(e));
  ASSERT_EQ(json["issues"].size(), 2u);
  EXPECT_EQ(json["issues"][1]["code"], "SANCTIONS");
  EXPECT_EQ(json["issues"][1]["count"], 2);
  EXPECT_EQ(Split(EventToTsv(e), '\t').back(), "NAMED_TERROR_GROUP,1;SANCTIONS,2");
}

TEST(EventTsv, UnknownPlaceIsEmptyFields) {
  Event e = SampleEvent();
  e.place.reset();
  const std::vector<std::string> header = Split(std::string(kTsvHeader), '\t');
  const std::vector<std::string> row = Split(EventToTsv(e), '\t');
  ASSERT_EQ(row.size(), header.size());
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == "place" || header[i] == "country" || header[i] == "lat") {
      EXPECT_EQ(row[i], "") << header[i];
    }
  }
}

TEST(ExplainEvents, MarksSourceVerbAndTargetInTheSentence) {
  Story story;
  story.id = "s";
  story.text = "Putin visited China.";
  Document doc;
  Sentence sentence;
  sentence.span = {0, 20};
  doc.sentences.push_back(sentence);
  Event e = SampleEvent();
  e.sentence = 0;
  e.source_span = {0, 5};
  e.verb_span = {6, 13};
  e.target_span = {14, 19};
  std::ostringstream out;
  ExplainEvents(story, doc, std::span<const Event>(&e, 1), out);
  const std::string text = out.str();
  EXPECT_NE(text.find("s s0: [Putin]S <visited>V [China]T."), std::string::npos) << text;
  EXPECT_NE(text.find("RUSGOV -> CHNGOV  042"), std::string::npos) << text;
  EXPECT_NE(text.find("pattern \"visit +T\""), std::string::npos) << text;
  EXPECT_NE(text.find("data/actors/people.txt:366"), std::string::npos) << text;
}

}  // namespace
}  // namespace tacitus
