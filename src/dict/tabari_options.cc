#include "dict/tabari_options.h"

#include <charconv>
#include <string>
#include <vector>

#include "base/data_file.h"
#include "base/files.h"
#include "base/strings.h"
#include "dict/petrarch_lines.h"

namespace tacitus {
namespace {

// The SET parameters that change only TABARI's output or its questions to the user.
constexpr std::string_view kOutputSettings[] = {
    "LABEL", "ACTOR USAGE", "AGENT USAGE", "VERB USAGE", "DUP WARNING", "HAIKU", "SKIP RECORDS"};
// The SET parameters that change coding but are not honoured, with the reason.
struct Unhonoured {
  std::string_view name;
  std::string_view reason;
};
constexpr Unhonoured kUnhonouredSettings[] = {
    {"CODE BY", "tacitus codes by its own clause analysis"},
    {"CODE NONRESTRICTIVE", "tacitus codes by its own clause analysis"},
    {"CONVERT AGENTS", "an agent without an actor gives no actor"},
    {"FBIS", "no FBIS preprocessing"},
    {"YYYY", "the story reader reads TABARI dates as YYMMDD"},
    {"MATCH", "obsolete in TABARI 0.8 (OUTPUT: MATCH)"},
};

// The text of `line` before a "#" or "//" comment, trimmed.
std::string_view WithoutComment(std::string_view line) {
  size_t cut = line.find('#');
  cut = std::min(cut, line.find("//"));
  return Trim(line.substr(0, cut), kPetrarchBlanks);
}

bool ReadCount(std::string_view text, int* value) {
  text = Trim(text, kPetrarchBlanks);
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size() && *value >= 0;
}

class TabariOptionsParser {
 public:
  TabariOptionsParser(std::string_view file, TabariOptions* options, Diagnostics* diagnostics)
      : file_(file), options_(options), diagnostics_(diagnostics) {}

  void Parse(std::string_view text) {
    std::string_view rest = text, raw;
    bool finished = false;
    uint32_t after_finish = 0;
    for (line_ = 1; NextLine(&rest, &raw); ++line_) {
      const std::string_view line = WithoutComment(raw);
      if (line.empty()) continue;
      if (finished) {
        if (after_finish++ == 0) {
          diagnostics_->Warning(file_, line_, "after the end mark '~': not read");
        }
        continue;
      }
      if (line.find_first_not_of('~') == std::string_view::npos) {
        finished = true;
        continue;
      }
      Command(line);
    }
    for (const OutputOnly& output : output_only_) {
      diagnostics_->Warning(file_, output.first_line,
                            output.command + ": " + std::to_string(output.lines) +
                                (output.lines == 1 ? " line" : " lines") +
                                " read: TABARI's output only, no effect on coding");
    }
  }

 private:
  struct OutputOnly {
    std::string command;
    uint32_t first_line;
    uint32_t lines;
  };

  void Problem(std::string_view reason) { diagnostics_->Error(file_, line_, reason); }
  void NotHonoured(std::string_view what, std::string_view reason) {
    diagnostics_->Warning(file_, line_,
                          std::string(what) + " not honoured: " + std::string(reason));
  }
  void CountOutputOnly(const std::string& command) {
    for (OutputOnly& output : output_only_) {
      if (output.command != command) continue;
      ++output.lines;
      return;
    }
    output_only_.push_back({command, line_, 1});
  }

  void Command(std::string_view line) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      Problem("neither a command 'NAME:' nor a comment: " + Excerpt(line));
      return;
    }
    // TABARI reads a command's first four letters (manual 8.1.1).
    const std::string name = AsciiUppercase(Trim(line.substr(0, colon), kPetrarchBlanks));
    const std::string key = name.substr(0, 4);
    const std::string_view argument = Trim(line.substr(colon + 1), kPetrarchBlanks);
    if (key == "SET") {
      Set(argument);
    } else if (key == "COMP") {
      Complex(argument);
    } else if (key == "LABE" || key == "OUTP") {
      CountOutputOnly(key == "LABE" ? "LABEL" : "OUTPUT");
    } else if (key == "FORW") {
      // With OFF, FORWARD only says where the sequence numbers are, for OUTPUT.
      if (AsciiUppercase(argument).ends_with("OFF")) {
        CountOutputOnly("FORWARD ... OFF");
      } else {
        NotHonoured("FORWARD", "pronouns are resolved by tacitus's own coreference");
      }
    } else if (key == "DEFA") {
      NotHonoured("DEFAULT", "an event needs a source and a target found in the text");
    } else if (key == "COMM") {
      NotHonoured("COMMA",
                  "comma-delimited clauses are those of PETRARCH's defaults "
                  "(petrarch_options.h)");
    } else if (key == "NONE") {
      NotHonoured("NONEVENTS", "sentences without an event give no line");
    } else {
      Problem("unknown command " + Excerpt(name));
    }
  }

  // "SET: NAME = VALUE".
  void Set(std::string_view argument) {
    const size_t equals = argument.find('=');
    if (equals == std::string_view::npos) {
      Problem("SET without '=': " + Excerpt(argument));
      return;
    }
    std::string name;
    for (std::string_view word : SplitWords(argument.substr(0, equals), kSpaceAndTab)) {
      if (!name.empty()) name += ' ';
      name += AsciiUppercase(word);
    }
    const std::string value = AsciiUppercase(Trim(argument.substr(equals + 1), kPetrarchBlanks));
    if (name == "MINIMUM WORDS") {
      if (!ReadCount(value, &options_->minimum_words)) {
        Problem("SET: MINIMUM WORDS is not a number of words: " + Excerpt(value));
      }
      return;
    }
    if (name == "TIME SHIFTING") {
      if (value == "TRUE" || value == "T") {
        options_->time_shifting = true;
      } else if (value == "FALSE" || value == "F") {
        options_->time_shifting = false;
      } else {
        Problem("SET: TIME SHIFTING is neither TRUE nor FALSE: " + Excerpt(value));
      }
      return;
    }
    for (std::string_view output : kOutputSettings) {
      if (name == output) {
        CountOutputOnly("SET: " + name);
        return;
      }
    }
    for (const Unhonoured& setting : kUnhonouredSettings) {
      if (name.starts_with(setting.name)) {
        NotHonoured("SET: " + name, setting.reason);
        return;
      }
    }
    Problem("unknown SET parameter " + Excerpt(name));
  }

  // "COMPLEX: VERBS[6] ACTORS[6] EXPLAIN".
  void Complex(std::string_view argument) {
    options_->complex = true;
    for (std::string_view word : SplitWords(argument, kSpaceAndTab)) {
      const std::string condition = AsciiUppercase(word);
      const size_t open = condition.find('[');
      const std::string name = condition.substr(0, open);
      int count = 0;
      if (open != std::string::npos) {
        if (!condition.ends_with(']') ||
            !ReadCount(std::string_view(condition).substr(open + 1, condition.size() - open - 2),
                       &count)) {
          Problem("COMPLEX condition without a number in [brackets]: " + Excerpt(word));
          continue;
        }
      }
      if (name == "VERBS" || name == "ACTORS") {
        if (open == std::string::npos) {
          Problem("COMPLEX: " + name + " without a number [n]");
          continue;
        }
        (name == "VERBS" ? options_->complex_verbs : options_->complex_actors) = count;
      } else if (name == "EXPLAIN" || name == "NOSAVE") {
        CountOutputOnly("COMPLEX: " + name);
      } else if (name == "PRONOUNS" || name == "CONJ" || name == "COMMA" || name == "LATEVERB" ||
                 name == "NOACTPRIOR" || name == "NOACTAFTER" || name == "NOVERB" ||
                 name == "NOSOURCE" || name == "NOTARGET" || name == "NOEVENT") {
        NotHonoured("COMPLEX: " + condition,
                    "only VERBS[n] and ACTORS[n] are; tacitus codes the rest by its clause "
                    "analysis");
      } else {
        Problem("unknown COMPLEX condition " + Excerpt(word));
      }
    }
  }

  std::string_view file_;
  TabariOptions* options_;
  Diagnostics* diagnostics_;
  uint32_t line_ = 0;
  std::vector<OutputOnly> output_only_;
};

}  // namespace

void ParseTabariOptions(std::string_view file, std::string_view text, TabariOptions* options,
                        Diagnostics* diagnostics) {
  TabariOptionsParser(file, options, diagnostics).Parse(text);
}

Status ReadTabariOptionsFile(const std::string& path, TabariOptions* options,
                             Diagnostics* diagnostics) {
  std::string text;
  if (const Status read = ReadDataFile(path, path, &text, diagnostics); !read.ok()) {
    return Status::Error(read.code(), path + ": " + read.message());
  }
  ParseTabariOptions(path, text, options, diagnostics);
  return Status::Ok();
}

}  // namespace tacitus
