#include "dict/tabari_convert.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>
#include <vector>

#include "base/data_file.h"
#include "base/files.h"
#include "dict/tabari_actors.h"
#include "dict/tabari_project.h"
#include "dict/tabari_verbs.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;

// Writes `text` to `path`, checking every step; "PATH: REASON" on failure.
Status WriteText(const fs::path& path, const std::string& text) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) return Status::Error(path.string() + ": " + std::strerror(errno));
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  const int saved = errno;
  if (std::fclose(file) != 0 || !written) {
    return Status::Error(path.string() + ": " + std::strerror(written ? errno : saved));
  }
  return Status::Ok();
}

// The comments that open a written file: where it comes from, then each line the reader
// refused, with its reason.
std::string Header(std::string_view source, const Diagnostics& found, size_t* refused) {
  std::string text = "# Written by `tacitus dict convert --from tabari` from " +
                     std::string(source) +
                     " (TABARI syntax): TABARI's entries as tabari-* lines, coded by TABARI's\n"
                     "# rules (docs/dictionaries.md, \"Foreign dictionaries\").\n";
  for (const Diagnostic& diagnostic : found) {
    if (diagnostic.severity != Severity::kError) continue;
    ++*refused;
    text +=
        "# refused by TABARI's reader, as --tabari-project refuses it: " + diagnostic.ToString() +
        "\n";
  }
  return text;
}

// "01-CAMEO.091003.master.verbs.txt": the order of the project kept by the sorted names.
std::string OutName(size_t index, const std::string& source) {
  char number[16];
  std::snprintf(number, sizeof(number), "%02zu-", index + 1);
  return number + fs::path(source).filename().string() + ".txt";
}

class Converter {
 public:
  Converter(const fs::path& out, Diagnostics* diagnostics) : out_(out), diagnostics_(diagnostics) {}

  Status Verbs(size_t index, const std::string& source) {
    Diagnostics found;
    std::string text;
    TACITUS_RETURN_IF_ERROR(Read(source, &text, &found));
    PetrarchVerbDictionary verbs;
    std::vector<TabariTimeShift> times;
    ParseTabariVerbs(source, text, &verbs, &times, &found);
    std::string out = Header(source, found, &summary_.refused);
    for (const TabariTimeShift& time : times) {
      ++summary_.time_shifts;
      out +=
          "# <TIME> entry not carried over (a converted directory dates events by their own "
          "words; --tabari-project applies it), " +
          time.origin.ToString() + ": " + time.phrase + " [" +
          (time.discard ? "###" : std::to_string(time.days)) + "]\n";
    }
    summary_.patterns += WriteTabariVerbs(verbs, &out, &summary_.left_out);
    summary_.verbs += CountLines(out, "tabari-verb ");
    diagnostics_->Append(found);
    return Write(fs::path("verbs") / OutName(index, source), out);
  }

  Status Actors(size_t index, const std::string& source) {
    Diagnostics found;
    std::string text;
    TACITUS_RETURN_IF_ERROR(Read(source, &text, &found));
    PetrarchEntries entries;
    ParseTabariActors(source, text, &entries, &found);
    std::string out = Header(source, found, &summary_.refused);
    summary_.actors += WriteTabariActors(entries, &out, &summary_.left_out);
    for (const Actor& actor : entries.actors) summary_.dated_codes += actor.roles.size();
    diagnostics_->Append(found);
    return Write(fs::path("actors") / OutName(index, source), out);
  }

  // Every agent file into `agents_`, written by Finish.
  Status Agents(const std::string& source) {
    Diagnostics found;
    std::string text;
    TACITUS_RETURN_IF_ERROR(Read(source, &text, &found));
    PetrarchEntries entries;
    ParseTabariAgents(source, text, &entries, &found);
    agents_ += Header(source, found, &summary_.refused);
    summary_.agent_lines += WriteTabariAgents(entries, &agents_, &summary_.left_out);
    diagnostics_->Append(found);
    return Status::Ok();
  }

  Status CopyTables(const fs::path& tables_dir) {
    for (const char* table : {"cameo/event_codes.tsv", "cameo/actor_codes.tsv", "places.txt"}) {
      const fs::path from = tables_dir / table;
      std::error_code error;
      if (std::string_view(table) == "places.txt" && !fs::exists(from, error)) continue;
      TACITUS_RETURN_IF_ERROR(Copy(from.string(), table));
    }
    return Status::Ok();
  }

  // The project's options file, copied as it is (TABARI's syntax, dict/tabari_options.h): a
  // directory with tabari-* entries is coded by the options of its tabari.options.
  Status Options(const std::string& source) { return Copy(source, kTabariOptionsFile); }

  Result<ConversionSummary> Finish() {
    if (agents_.empty()) {
      agents_ =
          "# Written by `tacitus dict convert --from tabari`: the project names no "
          "<agentsfile>.\n";
    }
    TACITUS_RETURN_IF_ERROR(Write("agents.txt", agents_));
    return summary_;
  }

 private:
  // Reads a source file by ReadDataFile's rules (its bad lines are errors in `found`).
  static Status Read(const std::string& source, std::string* text, Diagnostics* found) {
    if (const Status read = ReadDataFile(source, source, text, found); !read.ok()) {
      return Status::Error(read.code(), source + ": " + read.message());
    }
    return Status::Ok();
  }

  // `source`'s bytes, unchanged, as `name` in the output directory; a read error names `source`.
  Status Copy(const std::string& source, const fs::path& name) {
    std::string text;
    if (const Status read = ReadFileBytes(source, &text); !read.ok()) {
      return Status::Error(read.code(), source + ": " + read.message());
    }
    return Write(name, text);
  }

  static size_t CountLines(std::string_view text, std::string_view start) {
    size_t count = 0;
    for (size_t at = 0; at < text.size();) {
      if (text.substr(at).starts_with(start)) ++count;
      const size_t end = text.find('\n', at);
      at = end == std::string_view::npos ? text.size() : end + 1;
    }
    return count;
  }

  Status Write(const fs::path& relative, const std::string& text) {
    const fs::path path = out_ / relative;
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error) return Status::Error(path.parent_path().string() + ": " + error.message());
    TACITUS_RETURN_IF_ERROR(WriteText(path, text));
    ++summary_.files;
    summary_.bytes += text.size();
    return Status::Ok();
  }

  fs::path out_;
  Diagnostics* diagnostics_;
  ConversionSummary summary_;
  std::string agents_;
};

}  // namespace

std::string ConversionSummary::ToString() const {
  size_t not_expressible = 0;
  std::string reasons;
  for (const auto& [reason, count] : left_out) {
    not_expressible += count;
    reasons += (reasons.empty() ? ": " : ", ") + std::to_string(count) + " " + reason;
  }
  return std::to_string(patterns) + " verb patterns written (" + std::to_string(verbs) +
         " verbs), " + std::to_string(actors) + " actors (" + std::to_string(dated_codes) +
         " dated codes), " + std::to_string(agent_lines) + " agent lines; " +
         std::to_string(not_expressible) + " not expressible" + reasons + "; " +
         std::to_string(refused) + " source lines refused by TABARI's readers; " +
         std::to_string(time_shifts) + " <TIME> entries not applied; " + std::to_string(files) +
         " files, " + std::to_string(bytes) + " bytes";
}

Result<ConversionSummary> ConvertTabariProject(const std::string& project_path,
                                               const std::string& tables_dir,
                                               const std::string& out_dir,
                                               Diagnostics* diagnostics) {
  auto project = ReadTabariProject(project_path, diagnostics);
  if (!project.ok()) return project.status();
  std::error_code error;
  if (fs::exists(out_dir, error) &&
      (!fs::is_directory(out_dir, error) || !fs::is_empty(out_dir, error))) {
    return Status::Error(out_dir + ": exists and is not an empty directory");
  }
  Converter converter(out_dir, diagnostics);
  TACITUS_RETURN_IF_ERROR(converter.CopyTables(tables_dir));
  const PetrarchFiles& files = project->files;
  for (size_t i = 0; i < files.verbs.size(); ++i) {
    TACITUS_RETURN_IF_ERROR(converter.Verbs(i, files.verbs[i]));
  }
  for (size_t i = 0; i < files.actors.size(); ++i) {
    TACITUS_RETURN_IF_ERROR(converter.Actors(i, files.actors[i]));
  }
  for (const std::string& agents : files.agents) {
    TACITUS_RETURN_IF_ERROR(converter.Agents(agents));
  }
  if (!project->options_file.empty()) {
    TACITUS_RETURN_IF_ERROR(converter.Options(project->options_file));
  }
  return converter.Finish();
}

}  // namespace tacitus
