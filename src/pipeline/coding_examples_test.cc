// The whole pipeline with the project's own data on the files of coding examples in tests/
// (kExampleFiles says what each holds), with the events CAMEO gives them.
// Not every construction codes right yet, so the test holds a floor (the file's
// `# floor N` line) of sentences that must match exactly, and prints every one that does not:
// raise the floor when the dictionaries improve, never hide a failing line.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/files.h"
#include "base/strings.h"
#include "tacitus/date.h"
#include "tacitus/event_pipeline.h"

namespace tacitus {
namespace {

// Each file of news-style sentences written for this test, with the events CAMEO gives them.
constexpr const char* kExampleFiles[] = {
    // short sentences of the common political-event constructions
    "coding_examples.txt",
    // wire-copy sentences of meetings, visits, calls, agreements, praise and pledges: roots
    // 03, 04 and 05
    "cooperation_examples.txt",
    // the common verbs of every root, 01-20, in active, passive, infinitive and prepositional
    // frames
    "verb_family_examples.txt",
    // statements, appeals, demands, criticism and rejections in reported speech: roots 01, 02,
    // 10, 11 and 12
    "speech_examples.txt",
    // pledges, agreements, trade, joint drills, intelligence and aid: roots 03, 05, 06 and 07
    "aid_cooperation_examples.txt",
    // threats, protests, force, sanctions, repression and fighting: roots 13-20, and sentences
    // of sport, weather and business that code none
    "conflict_examples.txt",
    // threats, demands, rejections and reduced relations in words: roots 10, 12, 13 and 16
    "coercion_examples.txt",
    // protest and force in wire copy: weapons as subjects, casualties around a strike,
    // passives and light verbs: roots 14, 15, 18, 19 and 20
    "force_examples.txt",
    // pledges, agreements signed and renewed, drills, extradition, concessions and retreats:
    // roots 03, 05, 06 and 08
    "agreement_examples.txt",
    // actors named by reference: "the two leaders", "the allies", "visiting" guests, "the
    // bloc", "his counterpart", possessives, weapons as doers, pronouns across sentences
    "reference_examples.txt",
    // criticism, accusations, complaints and lawsuits, and the denials, condolences and claims
    // that answer them: roots 11 and 01
    "disapproval_examples.txt",
};

struct Example {
  int line = 0;
  std::string sentence;
  std::vector<std::string> expected;  // "SOURCE TARGET CODE", sorted
};

struct ExampleFile {
  int floor = -1;
  std::optional<Date> date;
  std::vector<Example> examples;
};

// "A B C" with any run of blanks between the three fields; nullopt when not three fields.
std::optional<std::string> NormalizeTriple(std::string_view triple) {
  const std::vector<std::string_view> fields = SplitWords(triple);
  if (fields.size() != 3) return std::nullopt;
  std::string normalized(fields[0]);
  normalized += ' ';
  normalized += fields[1];
  normalized += ' ';
  normalized += fields[2];
  return normalized;
}

// Malformed lines are test failures naming the line, and are left out.
ExampleFile ReadExamples(const char* path) {
  ExampleFile file;
  std::string contents;
  const Status read = ReadWholeFile(path, &contents);
  EXPECT_TRUE(read.ok()) << read.message();
  std::string_view rest = contents, text;
  for (int line = 1; NextLine(&rest, &text); ++line) {
    const std::string_view view = Trim(text);
    if (view.empty()) continue;
    if (view.front() == '#') {
      const std::string_view comment = Trim(view.substr(1));
      if (comment.starts_with("floor ")) {
        file.floor = std::stoi(std::string(comment.substr(6)));
      } else if (comment.starts_with("date ")) {
        file.date = Date::ParseIso(Trim(comment.substr(5)));
        EXPECT_TRUE(file.date.has_value()) << path << ":" << line << ": bad date";
      }
      continue;
    }
    const size_t tab = view.find('\t');
    if (tab == std::string_view::npos) {
      ADD_FAILURE() << path << ":" << line << ": no tab between sentence and events";
      continue;
    }
    Example example{.line = line, .sentence = std::string(Trim(view.substr(0, tab)))};
    const std::string_view expected = Trim(view.substr(tab + 1));
    bool well_formed = true;
    if (expected != "-") {
      std::string_view rest = expected;
      while (!rest.empty()) {
        const size_t semicolon = std::min(rest.find(';'), rest.size());
        std::optional<std::string> triple = NormalizeTriple(rest.substr(0, semicolon));
        if (!triple) {
          ADD_FAILURE() << path << ":" << line << ": not SOURCE TARGET CODE: '"
                        << rest.substr(0, semicolon) << "'";
          well_formed = false;
          break;
        }
        example.expected.push_back(*std::move(triple));
        rest = rest.substr(std::min(semicolon + 1, rest.size()));
      }
    }
    if (!well_formed) continue;
    std::sort(example.expected.begin(), example.expected.end());
    file.examples.push_back(std::move(example));
  }
  return file;
}

std::string Join(const std::vector<std::string>& triples) {
  if (triples.empty()) return "-";
  std::string joined;
  for (const std::string& triple : triples) {
    if (!joined.empty()) joined += "; ";
    joined += triple;
  }
  return joined;
}

// Codes every sentence of the file at `path` and requires at least its floor to match.
void ExpectTheFloorCodesAsCameoSays(const char* path) {
  const ExampleFile file = ReadExamples(path);
  ASSERT_GE(file.floor, 0) << path << " has no '# floor N' line";
  ASSERT_TRUE(file.date.has_value()) << path << " has no '# date YYYY-MM-DD' line";
  ASSERT_FALSE(file.examples.empty());

  auto pipeline = EventPipeline::Create({.data_dir = TACITUS_SOURCE_DIR "/data"});
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().message();
  EventPipeline::Scratch scratch;
  std::vector<Event> events;
  int passed = 0;
  std::string failures;
  for (const Example& example : file.examples) {
    // Each sentence is a story of its own, so nothing carries over from the one before.
    const Story story{
        .id = "line" + std::to_string(example.line), .date = *file.date, .text = example.sentence};
    events.clear();
    (*pipeline)->Process(story, &scratch, &events);
    std::vector<std::string> got;
    for (const Event& e : events) got.push_back(e.source + " " + e.target + " " + e.code);
    std::sort(got.begin(), got.end());
    if (got == example.expected) {
      ++passed;
      continue;
    }
    failures += "  line " + std::to_string(example.line) + ": " + example.sentence +
                "\n    expected: " + Join(example.expected) + "\n    got:      " + Join(got) + "\n";
  }
  const int total = static_cast<int>(file.examples.size());
  std::cout << "[ coding examples ] " << passed << " of " << total << " pass (floor " << file.floor
            << ")\n"
            << failures;
  EXPECT_GE(passed, file.floor) << "fewer coding examples pass than the floor; failing lines:\n"
                                << failures;
  EXPECT_LE(file.floor, total);
}

class CodingExamples : public ::testing::TestWithParam<const char*> {};

TEST_P(CodingExamples, AtLeastTheFloorCodeAsCameoSays) {
  ExpectTheFloorCodesAsCameoSays((std::string(TACITUS_SOURCE_DIR "/tests/") + GetParam()).c_str());
}

INSTANTIATE_TEST_SUITE_P(Files, CodingExamples, ::testing::ValuesIn(kExampleFiles),
                         [](const ::testing::TestParamInfo<const char*>& info) {
                           std::string name = info.param;
                           name = name.substr(0, name.find('.'));
                           std::erase(name, '_');
                           return name;
                         });

}  // namespace
}  // namespace tacitus
