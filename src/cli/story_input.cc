#include "cli/story_input.h"

#include <iostream>

namespace tacitus::cli {

CLI::Option* StoryInputOptions::AddTo(CLI::App* command, bool format_names_input) {
  CLI::Option* input_option =
      command
          ->add_option("inputs", inputs, "story files, directories (read recursively), - for stdin")
          ->required();
  command
      ->add_option(format_names_input ? "--input-format,--format" : "--input-format", format,
                   "input format: auto, dated, jsonl, text, petrarch, tabari")
      ->capture_default_str();
  command->add_option("--date", date, "story date YYYY-MM-DD for plain-text input");
  command
      ->add_option("--max-story-bytes", max_story_bytes,
                   "a longer story (JSON line, PETRARCH record, file) is reported and skipped")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  return input_option;
}

void StoryInputOptions::AddShardTo(CLI::App* command) {
  command->add_option(
      "--shard", shard,
      "I/N: only the stories of shard I (0-based) of N, chosen by a stable hash "
      "of the story id (a Slurm array: $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT)");
}

Result<std::unique_ptr<StoryReader>> StoryInputOptions::OpenReader(bool report_errors) const {
  ReadOptions options;
  const std::optional<StoryFormat> parsed_format = ParseStoryFormat(format);
  if (!parsed_format) {
    return Status::Error(StatusCode::kInvalidArgument, "unknown input format '" + format + "'");
  }
  options.format = *parsed_format;
  options.max_story_bytes = max_story_bytes;
  if (!date.empty()) {
    options.date = Date::ParseIso(date);
    if (!options.date) {
      return Status::Error(StatusCode::kInvalidArgument,
                           "--date must be YYYY-MM-DD, got '" + date + "'");
    }
  }
  if (!shard.empty()) {
    options.shard = StoryShard::Parse(shard);
    if (!options.shard) {
      return Status::Error(StatusCode::kInvalidArgument,
                           "--shard must be I/N with 0 <= I < N, got '" + shard + "'");
    }
  }
  return std::make_unique<StoryReader>(inputs, options, [report_errors](const StoryError& error) {
    if (report_errors) std::cerr << error.ToString() << "\n";
  });
}

int ExitStatusFor(const StoryReader& reader) { return reader.skipped() > 0 ? 2 : 0; }

}  // namespace tacitus::cli
