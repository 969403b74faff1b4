#include "cli/code_command.h"

#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/dictionary_option.h"
#include "cli/story_input.h"
#include "out/event_writer.h"
#include "pipeline/event_pipeline.h"
#include "pipeline/ordered_parallel.h"

namespace tacitus::cli {
namespace {

struct CodeOptions {
  StoryInputOptions input;
  std::string output_format = "jsonl";
  bool explain = false;
  size_t threads = 0;  // 0: one per core
  DictionaryOption dictionary;
  bool use_parse = false;  // code PETRARCH records from their <Parse> tree
};

void FormatEvents(const CodeOptions& options, const Story& story,
                  const EventPipeline::Scratch& scratch, const std::vector<Event>& events,
                  std::string* out) {
  if (options.explain) {
    std::ostringstream explained;
    ExplainEvents(story, scratch.analysis().document, events, explained);
    *out = explained.str();
    return;
  }
  for (const Event& event : events) {
    *out += options.output_format == "tsv" ? EventToTsv(event) : EventToJson(event);
    *out += '\n';
  }
}

int RunCode(const CodeOptions& options) {
  if (options.output_format != "jsonl" && options.output_format != "tsv") {
    std::cerr << "tacitus code: --format must be jsonl or tsv, got '" << options.output_format
              << "'\n";
    return 1;
  }
  const std::unique_ptr<const EventPipeline> pipeline = options.dictionary.PipelineOrReport("code");
  if (pipeline == nullptr) return 1;
  auto reader = options.input.OpenReader();
  if (!reader.ok()) {
    std::cerr << "tacitus code: " << reader.status().message() << "\n";
    return 1;
  }
  if (options.output_format == "tsv" && !options.explain) std::cout << kTsvHeader << "\n";

  // Workers code and format; the calling thread reads and writes, in input order.
  const size_t threads = options.threads > 0 ? options.threads : DefaultThreadCount();
  std::vector<EventPipeline::Scratch> scratch(threads);
  std::vector<std::vector<Event>> events(threads);
  OrderedParallel<Story, std::string> run(threads, 4 * threads, kStoriesPerBatch);
  run.Run([&](Story* story) { return (*reader)->Next(story); },
          [&](size_t worker, const Story& story, std::string* out) {
            events[worker].clear();
            if (options.use_parse && story.parse) {
              const Status parsed =
                  pipeline->ProcessParsed(story, *story.parse, &scratch[worker], &events[worker]);
              if (!parsed.ok()) {
                std::cerr << "tacitus code: story " << story.id << ": " << parsed.message() << "\n";
              }
            } else {
              pipeline->Process(story, &scratch[worker], &events[worker]);
            }
            FormatEvents(options, story, scratch[worker], events[worker], out);
          },
          [](const Story&, std::string& out) { std::cout << out; });
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
  options->dictionary.AddCodingOptionsTo(command);
  command->add_flag("--use-parse", options->use_parse,
                    "code PETRARCH records from their <Parse> tree instead of their raw text");
  command->add_option("--threads", options->threads,
                      "worker threads (default: one per core); output is the same for any count");
  command->callback([options, exit_status] { *exit_status = RunCode(*options); });
}

}  // namespace tacitus::cli
