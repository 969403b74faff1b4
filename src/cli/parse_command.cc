#include "cli/parse_command.h"

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/checked_output.h"
#include "cli/story_input.h"
#include "pipeline/story_parts.h"
#include "syntax/analyzer.h"
#include "syntax/dump.h"

namespace tacitus::cli {
namespace {

struct ParseOptions {
  StoryInputOptions input;
  bool json = false;
  bool tokens = false;
};

int RunParse(const ParseOptions& options) {
  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) {
    std::cerr << "tacitus parse: " << analyzer.status().message() << "\n";
    return 1;
  }
  auto reader = options.input.OpenReader();
  if (!reader.ok()) {
    std::cerr << "tacitus parse: " << reader.status().message() << "\n";
    return 1;
  }
  DumpOptions dump_options;
  dump_options.tokens = options.tokens;
  Story story;
  Analysis analysis;
  StoryParts parts;  // a long story in parts, as `code` analyses it
  const auto read = [&](Story* next) { return (*reader)->Next(next); };
  while (!StdoutFailed() && parts.Next(read, &story)) {  // main reports a failed write
    (*analyzer)->Analyze(story.text, &analysis);
    const StoryPart& part = story.part;
    const bool cut = part.index > 0 || !part.last;
    if (options.json) {
      std::cout << R"({"story":)" << nlohmann::json(story.id).dump() << R"(,"date":")"
                << story.date.ToString() << '"';
      if (cut) {
        std::cout << R"(,"part":{"index":)" << part.index << R"(,"first_sentence":)"
                  << part.first_sentence << R"(,"byte_offset":)" << part.byte_offset
                  << R"(,"last":)" << (part.last ? "true" : "false") << "}";
      }
      std::cout << R"(,"analysis":)" << SyntaxToJson(analysis.document, analysis.syntax) << "}\n";
    } else {
      std::cout << "# story " << story.id << " " << story.date.ToString();
      if (cut) {
        std::cout << " part " << part.index << " (sentences from " << part.first_sentence
                  << ", bytes from " << part.byte_offset << ")";
      }
      std::cout << "\n" << DumpSyntax(analysis.document, analysis.syntax, dump_options) << "\n";
    }
  }
  std::cout.flush();
  return ExitStatusFor(**reader);
}

}  // namespace

void AddParseCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command = app->add_subcommand(
      "parse", "print the linguistic analysis of stories: sentences, clauses, tokens");
  options->input.AddTo(command, /*format_names_input=*/true);
  command->add_flag("--json", options->json, "one JSON object per story (JSON Lines)");
  command->add_flag("--tokens", options->tokens, "also print each sentence's tokens with tags");
  command->callback([options, exit_status] { *exit_status = RunParse(*options); });
}

}  // namespace tacitus::cli
