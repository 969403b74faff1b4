// The --dict option shared by every subcommand that codes or inspects dictionaries.
#ifndef TACITUS_CLI_DICTIONARY_OPTION_H_
#define TACITUS_CLI_DICTIONARY_OPTION_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "dict/dictionaries.h"

namespace tacitus::cli {

struct DictionaryOption {
  std::string dir;  // empty: $TACITUS_DATA, else the data/ beside the binary (FindDataDir)

  void AddTo(CLI::App* command);

  // The directory to load: --dict, else found (FindDataDir); nullopt, with a message on
  // stderr, when none is found.
  std::optional<std::string> DirOrReport(std::string_view command) const;

  // Loads the dictionaries; on failure prints every error ("file:line: reason") to stderr,
  // prefixed by nothing else, and returns nullptr. `command` names the caller in messages.
  std::shared_ptr<const Dictionaries> LoadOrReport(std::string_view command) const;
};

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_DICTIONARY_OPTION_H_
