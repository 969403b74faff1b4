// Command-line options shared by every subcommand that reads stories: the inputs, the
// format, and the date for plain text.
#ifndef TACITUS_CLI_STORY_INPUT_H_
#define TACITUS_CLI_STORY_INPUT_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "tacitus/status.h"
#include "tacitus/story.h"

namespace tacitus::cli {

struct StoryInputOptions {
  std::vector<std::string> inputs;
  std::string format = "auto";
  std::string date;
  size_t max_story_bytes = ReadOptions{}.max_story_bytes;  // longer stories are skipped
  std::string shard;                                       // "I/N", or empty for every story

  // Adds INPUT... (files, directories, "-" for stdin), --input-format, --date and
  // --max-story-bytes to
  // `command`. Commands whose output format is not chosen by --format (parse) also take
  // --format for the input format. Returns INPUT..., required unless the caller says otherwise.
  CLI::Option* AddTo(CLI::App* command, bool format_names_input);
  // Adds --shard I/N to `command`, for the commands whose runs a job array splits (code, ingest).
  void AddShardTo(CLI::App* command);

  // A reader over the inputs that prints each bad story to stderr as
  // "FILE:LINE: story ID: reason" (or, with report_errors false, only counts them: a second
  // pass over the same inputs); fails on an unknown --format, a malformed --date or --shard.
  Result<std::unique_ptr<StoryReader>> OpenReader(bool report_errors = true) const;
};

// The exit status of a command that read stories: 0, or 2 where some were skipped.
int ExitStatusFor(const StoryReader& reader);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_STORY_INPUT_H_
