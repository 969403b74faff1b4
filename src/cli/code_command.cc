#include "cli/code_command.h"

#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/checked_output.h"
#include "cli/story_coding.h"
#include "cli/story_input.h"
#include "out/event_writer.h"
#include "pipeline/story_parts.h"
#include "syntax/analyzer.h"
#include "tacitus/event_pipeline.h"

namespace tacitus::cli {
namespace {

struct CodeOptions {
  StoryInputOptions input;
  std::string output_format = "jsonl";
  bool explain = false;
  bool why_not = false;
  CodingOptions coding;
};

void FormatEvents(const CodeOptions& options, const Story& story,
                  const EventPipeline::Scratch& scratch, const std::vector<Event>& events,
                  std::string* out) {
  if (options.explain || options.why_not) {
    std::ostringstream explained;
    ExplainEvents(story, scratch.analysis().document, events, explained);
    if (options.why_not) {
      ExplainMisses(story, scratch.analysis().document, events, scratch.verdicts(), explained);
    }
    *out = explained.str();
    return;
  }
  if (events.empty()) return;  // a StoryText indexes the whole text
  const StoryText text(story.text, story.part);
  for (const Event& event : events) {
    if (options.output_format == "tsv") {
      *out += EventToTsv(event, text);
    } else if (options.output_format == "csv") {
      *out += EventToCsv(event, text);
    } else {
      AppendEventJson(event, text, out);
    }
    *out += '\n';
  }
}

int RunCode(const CodeOptions& options) {
  if (options.output_format != "jsonl" && options.output_format != "csv" &&
      options.output_format != "tsv") {
    std::cerr << "tacitus code: --format must be jsonl, csv or tsv, got '" << options.output_format
              << "'\n";
    return 1;
  }
  const std::unique_ptr<const EventPipeline> pipeline =
      options.coding.dictionary.PipelineOrReport("code");
  if (pipeline == nullptr) return 1;
  auto reader = options.input.OpenReader();
  if (!reader.ok()) {
    std::cerr << "tacitus code: " << reader.status().message() << "\n";
    return 1;
  }
  if (options.output_format != "jsonl" && !options.explain && !options.why_not) {
    std::cout << (options.output_format == "csv" ? EventCsvHeader() : EventTsvHeader()) << "\n";
  }

  // Workers code and format; the calling thread reads and writes, in input order. A long
  // story goes through in parts, each written when coded, so memory stays bounded.
  StoryParts parts;
  const auto read = [&](Story* story) { return (*reader)->Next(story); };
  const size_t malformed_parses = CodeStories<std::string>(
      {.pipeline = *pipeline, .options = options.coding},
      // Once stdout has failed, the stories in flight are the last: main reports the failure.
      [&](Story* story) { return !StdoutFailed() && parts.Next(read, story); },
      [&](const Story& story, const EventPipeline::Scratch& scratch,
          const std::vector<Event>& events,
          std::string* out) { FormatEvents(options, story, scratch, events, out); },
      [](const Story&, std::string& out) { std::cout << out; });
  std::cout.flush();
  return malformed_parses > 0 ? 2 : ExitStatusFor(**reader);
}

}  // namespace

void AddCodeCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* command = app->add_subcommand("code", "code stories into CAMEO events");
  options->input.AddTo(command, /*format_names_input=*/false);
  options->input.AddShardTo(command);
  command
      ->add_option("--format", options->output_format,
                   "event format: jsonl, csv or tsv (the same columns; README: Output formats)")
      ->capture_default_str();
  command->add_flag("--explain", options->explain,
                    "print each event's sentence with source, verb and target marked, and why");
  command->add_flag("--why-not", options->why_not,
                    "as --explain, and for each sentence that gave no event, why each of its "
                    "clauses gave none (no actor, no pattern, no target, negated, not done ...)");
  options->coding.AddTo(command);
  command->callback([options, exit_status] {
    options->coding.why_not = options->why_not;
    *exit_status = RunCode(*options);
  });
}

}  // namespace tacitus::cli
