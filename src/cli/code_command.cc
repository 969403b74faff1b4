#include "cli/code_command.h"

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/dictionary_option.h"
#include "cli/story_input.h"
#include "out/event_writer.h"
#include "pipeline/event_pipeline.h"

namespace tacitus::cli {
namespace {

struct CodeOptions {
  StoryInputOptions input;
  std::string output_format = "jsonl";
  bool explain = false;
  DictionaryOption dictionary;
};

int RunCode(const CodeOptions& options) {
  if (options.output_format != "jsonl" && options.output_format != "tsv") {
    std::cerr << "tacitus code: --format must be jsonl or tsv, got '" << options.output_format
              << "'\n";
    return 1;
  }
  const std::optional<std::string> data_dir = options.dictionary.DirOrReport("code");
  if (!data_dir) return 1;
  auto pipeline = EventPipeline::Create({.data_dir = *data_dir});
  if (!pipeline.ok()) {
    std::cerr << pipeline.status().message() << "\n";
    return 1;
  }
  auto reader = options.input.OpenReader();
  if (!reader.ok()) {
    std::cerr << "tacitus code: " << reader.status().message() << "\n";
    return 1;
  }
  if (options.output_format == "tsv" && !options.explain) std::cout << kTsvHeader << "\n";

  EventPipeline::Scratch scratch;
  Story story;
  std::vector<Event> events;
  while ((*reader)->Next(&story)) {
    events.clear();
    (*pipeline)->Process(story, &scratch, &events);
    if (options.explain) {
      ExplainEvents(story, scratch.analysis().document, events, std::cout);
      continue;
    }
    for (const Event& event : events) {
      std::cout << (options.output_format == "tsv" ? EventToTsv(event) : EventToJson(event))
                << "\n";
    }
  }
  std::cout.flush();
  return ExitStatusFor(**reader);
}

}  // namespace

void AddCodeCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* command = app->add_subcommand("code", "code stories into CAMEO events");
  options->input.AddTo(command, /*format_names_input=*/false);
  command->add_option("--format", options->output_format, "event format: jsonl or tsv")
      ->capture_default_str();
  command->add_flag("--explain", options->explain,
                    "print each event's sentence with source, verb and target marked, and why");
  options->dictionary.AddTo(command);
  command->callback([options, exit_status] { *exit_status = RunCode(*options); });
}

}  // namespace tacitus::cli
