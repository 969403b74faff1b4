#include "dict/tabari_project.h"

#include <filesystem>

#include "base/data_file.h"
#include "base/files.h"
#include "base/strings.h"

namespace tacitus {

Result<TabariProject> ReadTabariProject(const std::string& project_path, Diagnostics* diagnostics) {
  std::string text;
  if (const Status read = ReadDataFile(project_path, project_path, &text, diagnostics);
      !read.ok()) {
    return Status::Error(read.code(), project_path + ": " + read.message());
  }
  TabariProject project;
  project.files.tabari = true;
  const std::filesystem::path dir = std::filesystem::path(project_path).parent_path();
  std::string_view rest(text), raw;
  for (uint32_t number = 1; NextLine(&rest, &raw); ++number) {
    const std::string_view line = Trim(raw);
    if (!line.starts_with('<')) continue;
    const size_t close = line.find('>');
    if (close == std::string_view::npos) {
      diagnostics->Warning(project_path, number, "'<' without '>': ignored");
      continue;
    }
    const std::string tag = AsciiLowercase(line.substr(1, close - 1));
    const std::string_view name = Trim(line.substr(close + 1));
    std::vector<std::string>* list = nullptr;
    std::string* single = nullptr;
    // TABARI reads a tag's first two letters (manual 4.1).
    if (tag.starts_with("ac")) list = &project.files.actors;
    if (tag.starts_with("ag")) list = &project.files.agents;
    if (tag.starts_with("ve")) list = &project.files.verbs;
    if (tag.starts_with("te")) list = &project.text_files;
    if (tag.starts_with("op")) single = &project.options_file;
    if (tag.starts_with("is")) {
      diagnostics->Warning(project_path, number, "<issuesfile> not read: no issues are coded");
    }
    if (list == nullptr && single == nullptr) continue;  // TABARI's bookkeeping
    // The file name is the first word; "<textfile TYPE=...>" and comments after it aside.
    const std::string_view file = name.substr(0, name.find_first_of(" \t<"));
    if (file.empty()) {
      diagnostics->Warning(project_path, number, "<" + tag + "> without a file name: ignored");
      continue;
    }
    const std::string path = (dir / std::string(file)).string();
    if (list != nullptr) list->push_back(path);
    if (single != nullptr) *single = path;
  }
  if (project.files.verbs.empty()) return Status::Error(project_path + ": names no <verbsfile>");
  if (project.files.actors.empty()) {
    return Status::Error(project_path + ": names no <actorsfile>");
  }
  if (!project.options_file.empty()) {
    TACITUS_RETURN_IF_ERROR(
        ReadTabariOptionsFile(project.options_file, &project.options, diagnostics));
    project.files.time_shifting = project.options.time_shifting;
  }
  return project;
}

}  // namespace tacitus
