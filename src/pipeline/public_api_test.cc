// The usage example of include/tacitus/tacitus.h, run: the public header alone is enough to
// read stories, code them and write events.
#include <gtest/gtest.h>
#include <tacitus/tacitus.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

TEST(PublicApi, ReadsCodesAndWritesWithTheOneHeader) {
  tacitus::PipelineOptions options;
  options.data_dir = TACITUS_SOURCE_DIR "/data";
  tacitus::Diagnostics diagnostics;
  auto pipeline = tacitus::EventPipeline::Create(options, &diagnostics);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  EXPECT_TRUE(diagnostics.empty());  // our data loads clean

  std::istringstream input(
      R"({"id":"a","date":"2022-02-24","text":"Russian troops attacked Ukraine."})"
      "\n"
      R"({"id":"b","date":"2022-02-30","text":"A bad date."})"
      "\n");
  std::vector<std::string> errors;
  tacitus::StoryReader reader(
      {"-"}, {}, [&](const tacitus::StoryError& e) { errors.push_back(e.ToString()); }, &input);
  tacitus::EventPipeline::Scratch scratch;
  tacitus::Story story;
  std::vector<tacitus::Event> events;
  std::vector<std::string> lines;
  while (reader.Next(&story)) {
    events.clear();
    (*pipeline)->Process(story, &scratch, &events);
    for (const tacitus::Event& e : events) lines.push_back(tacitus::EventToJson(e, story.text));
  }
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find(R"("source":"RUSMIL","target":"UKR","code":"190")"), std::string::npos)
      << lines[0];
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("-:2: story b: "), std::string::npos) << errors[0];
}

}  // namespace
