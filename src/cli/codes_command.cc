#include "cli/codes_command.h"

#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/files.h"
#include "cli/dictionary_option.h"
#include "cli/report_diagnostics.h"
#include "dict/cameo_tables.h"

namespace tacitus::cli {
namespace {

struct CodesOptions {
  DictionaryOption dictionary;
  std::string query;
};

constexpr std::string_view kQuadClassNames[] = {"", "verbal coop", "material coop", "verbal confl",
                                                "material confl"};

int RunCodes(const CodesOptions& options) {
  const std::optional<std::string> dir = options.dictionary.DirOrReport("codes");
  if (!dir) return 1;
  const std::string path = *dir + "/cameo/event_codes.tsv";
  std::string text;
  if (const Status read = ReadWholeFile(path, &text); !read.ok()) {
    std::cerr << "tacitus codes: " << read.message() << "\n";
    return 1;
  }
  CameoTables tables;
  Diagnostics diagnostics;
  tables.ParseEventCodes(path, text, &diagnostics);
  ReportDiagnostics("codes", diagnostics, DictionaryErrors::kLoadRefused, options.dictionary.quiet);
  if (diagnostics.has_errors()) return 1;
  const std::vector<const EventType*> selected = tables.SelectEventTypes(options.query);
  if (selected.empty()) {
    std::cerr << "tacitus codes: no CAMEO code is or starts with '" << options.query
              << "', and no label holds it\n";
    return 1;
  }
  std::cout << "code  goldstein  quad  quad class      plover       label\n";
  for (const EventType* type : selected) {
    char line[64];
    std::snprintf(line, sizeof line, "%-4s  %9.1f  %4d  %-14s  %-11s  ", type->code.c_str(),
                  type->goldstein, type->quad_class,
                  std::string(kQuadClassNames[type->quad_class]).c_str(),
                  type->plover_type.c_str());
    // A code under its root is indented, so a root's family reads as one block.
    std::cout << line << (type->code.size() > 2 ? "  " : "") << type->label << "\n";
  }
  return 0;
}

}  // namespace

void AddCodesCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<CodesOptions>();
  CLI::App* command = app->add_subcommand(
      "codes",
      "print CAMEO event codes with their labels, Goldstein scores, quad classes and PLOVER "
      "types: all, a code and the codes below it, or those whose label holds a word");
  command->add_option("query", options->query,
                      "a code (\"04\": 04 and 040-046) or a word of the labels (\"sanction\")");
  options->dictionary.AddTo(command);
  command->callback([options, exit_status] { *exit_status = RunCodes(*options); });
}

}  // namespace tacitus::cli
