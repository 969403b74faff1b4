// The JSON API without HTTP: each endpoint on a store the real pipeline filled from stories
// written here, its bad inputs, and its bounds.
#include "serve/api.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "store/store_testing.h"

namespace tacitus::serve {
namespace {

using Json = nlohmann::json;

const char* const kMeeting =
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday. "
    "Oil exports rose in October.";
const char* const kProtest = "Ukrainian protesters condemned Russia in Kyiv.";

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto pipeline = EventPipeline::Create({.data_dir = TACITUS_SOURCE_DIR "/data"});
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
    pipeline_ = std::move(pipeline).value().release();
  }
  static void TearDownTestSuite() { delete pipeline_; }

  void SetUp() override {
    auto store = db_.Open();
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->BeginBatch().ok());
    int day = 1;
    for (const char* text : {kMeeting, kProtest}) {
      Story story = testing::MakeStory(std::string("s") + std::to_string(day),
                                       "2023-11-0" + std::to_string(day), text);
      story.title = "Story " + std::to_string(day++);
      std::vector<Event> events;
      EventPipeline::Scratch scratch;
      pipeline_->Process(story, &scratch, &events);
      ASSERT_TRUE(store->AddStory(story, events, "v1").ok());
    }
    ASSERT_TRUE(store->CommitBatch().ok());
    auto api = Api::Create(pipeline_, db_.path(), {.default_page = 2});
    ASSERT_TRUE(api.ok()) << api.status().message();
    api_ = std::move(api).value();
  }

  // The response's body as JSON; fails the test unless its status is `status`.
  Json Call(const ApiRequest& request, int status = 200) {
    const ApiResponse response = api_->Handle(request);
    EXPECT_EQ(response.status, status)
        << request.method << " " << request.path << ": " << response.body;
    return Json::parse(response.body, nullptr, /*allow_exceptions=*/false);
  }
  Json Get(std::string path, std::multimap<std::string, std::string> params = {},
           int status = 200) {
    return Call({.method = "GET", .path = std::move(path), .params = std::move(params)}, status);
  }
  Json Code(const Json& body, int status = 200) {
    return Call({.method = "POST", .path = "/api/code", .body = body.dump()}, status);
  }

  static const EventPipeline* pipeline_;
  testing::TempDb db_;
  std::unique_ptr<Api> api_;
};

const EventPipeline* ApiTest::pipeline_ = nullptr;

std::set<std::string> Dyads(const Json& events) {
  std::set<std::string> dyads;
  for (const Json& e : events) {
    dyads.insert(e["source"].get<std::string>() + ">" + e["target"].get<std::string>() + " " +
                 e["code"].get<std::string>());
  }
  return dyads;
}

TEST_F(ApiTest, CodesAStoryWithItsSpansAndTheSentencesWithout) {
  const Json result = Code({{"text", kMeeting}, {"date", "2023-11-08"}, {"explain", true}});
  EXPECT_TRUE(Dyads(result["events"]).count("RUSGOV>CHNGOV 040")) << result.dump();
  const Json& meeting = result["events"][0];
  EXPECT_EQ(meeting["source_label"], "Russia · Government");  // RUSGOV, in CAMEO's words
  EXPECT_EQ(meeting["date"], "2023-11-07");   // "on Tuesday" before a Wednesday story
  EXPECT_EQ(meeting["verb_char_begin"], 33);  // "met"
  ASSERT_EQ(result["sentences"].size(), 2u);
  EXPECT_TRUE(result["sentences"][0]["why_not"].empty());
  EXPECT_EQ(result["sentences"][1]["char_begin"], 89);
  ASSERT_FALSE(result["sentences"][1]["why_not"].empty());
  EXPECT_NE(result["sentences"][1]["why_not"][0].get<std::string>().find("rose"),
            std::string::npos);
  EXPECT_NE(result["explanation"].get<std::string>().find("meet"), std::string::npos);
}

TEST_F(ApiTest, RefusesBadStoriesNamingTheField) {
  EXPECT_EQ(Call({.method = "POST", .path = "/api/code", .body = "not json"}, 400)["field"],
            "body");
  EXPECT_EQ(Code({{"date", "2023-11-08"}}, 400)["field"], "text");
  EXPECT_EQ(Code({{"text", ""}, {"date", "2023-11-08"}}, 400)["field"], "text");
  EXPECT_EQ(Code({{"text", "Xi met Putin."}, {"date", "2023-02-30"}}, 400)["field"], "date");
  EXPECT_EQ(Code({{"text", "Xi met Putin."}}, 400)["field"], "date");
  const ApiResponse invalid =
      api_->Handle({.method = "POST",
                    .path = "/api/code",
                    .body = R"({"text":"Xi met Putin \ud800.","date":"2023-11-08"})"});
  EXPECT_EQ(invalid.status, 400) << invalid.body;
}

TEST_F(ApiTest, BoundsTheStoryAndItsCodingTime) {
  auto small = Api::Create(pipeline_, "", {.max_story_bytes = 10});
  ASSERT_TRUE(small.ok());
  const ApiResponse too_long =
      (*small)->Handle({.method = "POST",
                        .path = "/api/code",
                        .body = R"({"text":"Xi met Putin in Beijing.","date":"2023-11-08"})"});
  EXPECT_EQ(too_long.status, 413);

  // With no time to spare, a story of one part is still coded; one of several is stopped.
  auto hurried = Api::Create(pipeline_, "", {.code_time_limit = std::chrono::milliseconds(0)});
  ASSERT_TRUE(hurried.ok());
  const Json one_part = {{"text", "Xi met Putin."}, {"date", "2023-11-08"}};
  EXPECT_EQ(
      (*hurried)->Handle({.method = "POST", .path = "/api/code", .body = one_part.dump()}).status,
      200);
  std::string long_text;
  while (long_text.size() < (size_t{70} << 10)) long_text += "Russian troops attacked Ukraine. ";
  const Json long_story = {{"text", long_text}, {"date", "2023-11-08"}};
  EXPECT_EQ(
      (*hurried)->Handle({.method = "POST", .path = "/api/code", .body = long_story.dump()}).status,
      503);
  // Given the time, the same story is coded in parts, with offsets in the whole story.
  const Json coded = Code(long_story);
  const size_t sentences = long_text.size() / 33;
  ASSERT_EQ(coded["events"].size(), sentences);
  EXPECT_EQ(coded["events"].back()["sentence"], sentences - 1);
  EXPECT_EQ(coded["events"].back()["source_char_begin"], (sentences - 1) * 33);
}

TEST_F(ApiTest, PagesThroughTheEventsWithACursor) {
  const Json all = Get("/api/events", {{"limit", "500"}});
  ASSERT_EQ(all["events"].size(), 3u);  // the meeting both ways, the protest: two pages
  EXPECT_TRUE(all["next"].is_null());
  std::vector<std::string> paged;
  std::multimap<std::string, std::string> params;
  for (int pages = 0; pages < 100; ++pages) {
    const Json page = Get("/api/events", params);
    EXPECT_LE(page["events"].size(), 2u);
    for (const Json& e : page["events"]) paged.push_back(e["id"]);
    if (page["next"].is_null()) break;
    params = {{"cursor", page["next"].get<std::string>()}};
  }
  std::vector<std::string> whole;
  for (const Json& e : all["events"]) whole.push_back(e["id"]);
  EXPECT_EQ(paged, whole);
}

TEST_F(ApiTest, FiltersAsQueryDoes) {
  const Json russia = Get("/api/events", {{"source", "RUS"}, {"code", "04"}});
  EXPECT_EQ(Dyads(russia["events"]), (std::set<std::string>{"RUSGOV>CHNGOV 040"}));
  const Json both =
      Get("/api/events",
          {{"source", "CHN"}, {"target", "RUS"}, {"both_directions", "1"}, {"limit", "10"}});
  EXPECT_EQ(both["events"].size(), 2u);
  EXPECT_TRUE(Get("/api/events", {{"from", "2023-11-03"}})["events"].empty());
  EXPECT_EQ(Get("/api/events", {{"text", "condemned"}})["events"].size(), 1u);
}

TEST_F(ApiTest, RefusesBadFiltersNamingTheField) {
  EXPECT_EQ(Get("/api/events", {{"limit", "0"}}, 400)["field"], "limit");
  EXPECT_EQ(Get("/api/events", {{"limit", "10x"}}, 400)["field"], "limit");
  EXPECT_EQ(Get("/api/events", {{"quad_class", "5"}}, 400)["field"], "quad_class");
  EXPECT_EQ(Get("/api/events", {{"from", "yesterday"}}, 400)["field"], "from");
  EXPECT_EQ(Get("/api/events", {{"cursor", "abc"}}, 400)["field"], "cursor");
  EXPECT_EQ(Get("/api/events", {{"cursor", "12345"}}, 400)["field"], "cursor");
  EXPECT_EQ(Get("/api/events", {{"text", "\"unclosed"}}, 400)["field"], "text");
  // A value is a value: SQL in a filter matches nothing and harms nothing.
  EXPECT_TRUE(Get("/api/events", {{"actor", "RUS' OR 1=1 --"}})["events"].empty());
  EXPECT_EQ(Get("/api/top", {{"by", "colour"}}, 400)["field"], "by");
  EXPECT_EQ(Get("/api/series", {{"unit", "fortnight"}}, 400)["field"], "unit");
}

TEST_F(ApiTest, AnEventComesWithItsMentions) {
  const Json events = Get("/api/events", {{"code", "040"}, {"source", "RUS"}});
  ASSERT_EQ(events["events"].size(), 1u);
  // A string: ids use 63 bits, more than a JavaScript number holds.
  const std::string id = events["events"][0]["id"];
  const Json result = Get("/api/events/" + id);
  EXPECT_EQ(result["event"]["id"], id);
  EXPECT_EQ(result["event"]["target_label"], "China · Government");
  ASSERT_EQ(result["mentions"].size(), 1u);
  const Json& mention = result["mentions"][0];
  EXPECT_EQ(mention["story"], "s1");
  EXPECT_EQ(mention["title"], "Story 1");
  EXPECT_EQ(mention["verb_chars"], Json::array({33, 36}));  // "met" in its sentence
  EXPECT_NE(mention["sentence_text"].get<std::string>().find("Putin met"), std::string::npos);
  EXPECT_FALSE(mention["matched"].empty());
  EXPECT_EQ(Get("/api/events/12345", {}, 404)["field"], "id");
  EXPECT_EQ(Get("/api/events/x", {}, 400)["field"], "id");
}

TEST_F(ApiTest, SeriesTopAndStories) {
  const Json series = Get("/api/series", {{"source", "RUS"}, {"unit", "day"}});
  ASSERT_EQ(series["points"].size(), 1u);
  EXPECT_EQ(series["points"][0]["label"], "2023-10-31");  // "on Tuesday" of a Wednesday story
  // Any filter of /api/events narrows a series: the protest alone, by its root.
  const Json protests = Get("/api/series", {{"root", "11"}, {"unit", "day"}});
  ASSERT_EQ(protests["points"].size(), 1u);
  EXPECT_EQ(protests["points"][0]["events"], 1);
  EXPECT_EQ(protests["points"][0]["quad_counts"][2], 1);  // verbal conflict
  EXPECT_EQ(Get("/api/series", {{"text", "\"unclosed"}}, 400)["field"], "text");
  const ApiResponse svg =
      api_->Handle({.method = "GET", .path = "/api/series", .params = {{"format", "svg"}}});
  EXPECT_EQ(svg.status, 200);
  EXPECT_EQ(svg.content_type, "image/svg+xml");
  EXPECT_NE(svg.body.find("<svg"), std::string::npos);
  const Json top = Get("/api/top", {{"by", "root"}});
  ASSERT_FALSE(top["rows"].empty());
  EXPECT_EQ(top["rows"][0]["key"], "04");  // the meeting, both ways
  const Json story = Get("/api/stories/s2");
  EXPECT_EQ(story["text"], kProtest);
  EXPECT_EQ(story["date"], "2023-11-02");
  Get("/api/stories/none", {}, 404);
}

TEST_F(ApiTest, HealthMethodsAndUnknownPaths) {
  const Json health = Get("/api/health");
  EXPECT_EQ(health["status"], "ok");
  EXPECT_EQ(health["store"]["stories"], 2);
  EXPECT_EQ(Get("/api/code", {}, 405)["field"], nullptr);
  Call({.method = "POST", .path = "/api/events"}, 405);
  Get("/api/nothing", {}, 404);
  auto without_store = Api::Create(pipeline_, "", {});
  ASSERT_TRUE(without_store.ok());
  EXPECT_EQ((*without_store)->Handle({.method = "GET", .path = "/api/events"}).status, 404);
  EXPECT_EQ((*without_store)->Handle({.method = "GET", .path = "/api/health"}).status, 200);
  EXPECT_FALSE(Api::Create(pipeline_, db_.path() + ".missing", {}).ok());
}

}  // namespace
}  // namespace tacitus::serve
