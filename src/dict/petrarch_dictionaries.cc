#include "dict/petrarch_dictionaries.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>
#include <utility>

#include "base/data_file.h"
#include "base/hash.h"
#include "base/strings.h"
#include "dict/petrarch_actors.h"
#include "dict/petrarch_lines.h"
#include "dict/petrarch_verbs.h"
#include "dict/tabari_actors.h"
#include "dict/tabari_verbs.h"
#include "text/segmenter.h"

namespace tacitus {

namespace {

// One KEY = VALUE of a PETRARCH config: an [Options] entry as written, or a [Dictionaries]
// list of file names (comma-separated), each taken relative to `dir`.
void AddConfigEntry(std::string_view section, std::string_view key, std::string_view value,
                    const std::filesystem::path& dir, PetrarchFiles* files) {
  if (section == "Options") files->options.emplace_back(key, value);
  if (section != "Dictionaries") return;
  std::vector<std::string>* list = nullptr;
  if (key == "verbfile_name") list = &files->verbs;
  if (key == "actorfile_list") list = &files->actors;
  if (key == "agentfile_name") list = &files->agents;
  if (key == "discardfile_name") list = &files->discards;
  if (key == "issuefile_name") list = &files->issues;
  if (list == nullptr) return;
  while (!value.empty()) {
    const size_t comma = std::min(value.find(','), value.size());
    if (std::string_view name = Trim(value.substr(0, comma), kPetrarchBlanks); !name.empty()) {
      list->push_back((dir / std::string(name)).string());
    }
    value = comma < value.size() ? value.substr(comma + 1) : std::string_view();
  }
}

}  // namespace

Result<PetrarchFiles> ReadPetrarchConfig(const std::string& config_path,
                                         const std::string& dictionary_dir,
                                         Diagnostics* diagnostics) {
  std::string text;
  if (const Status read = ReadDataFile(config_path, config_path, &text, diagnostics); !read.ok()) {
    return Status::Error(read.code(), config_path + ": " + read.message());
  }
  PetrarchFiles files;
  const std::filesystem::path dir(dictionary_dir);
  std::string section;
  std::string_view rest(text);
  // Keys may continue on indented lines (ConfigParser's rule), for actorfile_list.
  std::string key, value;
  const auto flush = [&]() {
    if (!key.empty()) AddConfigEntry(section, key, value, dir, &files);
    key.clear();
    value.clear();
  };
  for (uint32_t line_number = 1; !rest.empty(); ++line_number) {
    const size_t end = std::min(rest.find('\n'), rest.size());
    const std::string_view raw = rest.substr(0, end);
    rest = end < rest.size() ? rest.substr(end + 1) : std::string_view();
    const std::string_view line = Trim(raw, kPetrarchBlanks);
    if (line.empty() || line.starts_with('#') || line.starts_with(';')) continue;
    if (raw.front() == ' ' || raw.front() == '\t') {
      value += ' ';
      value += line;
      continue;
    }
    flush();
    if (line.starts_with('[')) {
      section = std::string(Trim(line.substr(1, line.find(']') - 1), kPetrarchBlanks));
      continue;
    }
    const size_t equals = line.find_first_of("=:");
    if (equals == std::string_view::npos) {
      diagnostics->Warning(config_path, line_number,
                           "neither a [section] nor KEY = VALUE; ignored");
      continue;
    }
    key = std::string(Trim(line.substr(0, equals), kPetrarchBlanks));
    value = std::string(Trim(line.substr(equals + 1), kPetrarchBlanks));
  }
  flush();
  if (files.verbs.empty()) return Status::Error(config_path + ": names no verbfile_name");
  return files;
}

// Builds a Dictionaries from PETRARCH files; a friend of Dictionaries.
class PetrarchDictionaryLoader {
 public:
  static Result<PetrarchLoad> Load(const PetrarchFiles& files) {
    // Not make_shared: the constructor is private.
    std::shared_ptr<Dictionaries> dicts(new Dictionaries());
    PetrarchDictionaryLoader loader(dicts.get());
    TACITUS_RETURN_IF_ERROR(loader.Run(files));
    PetrarchLoad load;
    load.diagnostics = std::move(loader.diagnostics_);
    load.dictionaries = std::move(dicts);
    return load;
  }

 private:
  friend void InstallPetrarchEntries(PetrarchVerbDictionary verbs, PetrarchEntries entries,
                                     Dictionaries* dicts);
  explicit PetrarchDictionaryLoader(Dictionaries* dicts) : dicts_(dicts) {}

  Status Run(const PetrarchFiles& files) {
    // PETRARCH codes nothing without verbs and actors; without agents, no "troops".
    if (files.verbs.empty() || files.actors.empty()) {
      return Status::Error(files.verbs.empty() ? "no verb file given (verbfile_name)"
                                               : "no actor file given (actorfile_list)");
    }
    if (files.agents.empty()) {
      diagnostics_.Warning(files.verbs.front(), 0,
                           std::string("no agent file given (") +
                               (files.tabari ? "<agentsfile>" : "agentfile_name") +
                               "): no agent ('troops', 'police') is coded");
    }
    PetrarchVerbDictionary verbs;
    PetrarchEntries entries;
    std::vector<TabariTimeShift> times;
    for (const std::string& path : files.verbs) {
      TACITUS_RETURN_IF_ERROR(Read(path));
      if (files.tabari) {
        ParseTabariVerbs(dicts_->files_.back(), contents_, &verbs, &times, &diagnostics_);
      } else {
        ParsePetrarchVerbs(dicts_->files_.back(), contents_, &verbs, &diagnostics_);
      }
    }
    if (files.time_shifting) {
      dicts_->time_shifts_ = std::move(times);
    } else if (!times.empty()) {
      diagnostics_.Warning(times.front().origin.file, times.front().origin.line,
                           std::to_string(times.size()) +
                               " <TIME> entries read but not applied: the options file sets "
                               "TIME SHIFTING = FALSE");
    }
    for (const std::string& path : files.actors) {
      TACITUS_RETURN_IF_ERROR(Read(path));
      (files.tabari ? ParseTabariActors : ParsePetrarchActors)(dicts_->files_.back(), contents_,
                                                               &entries, &diagnostics_);
    }
    for (const std::string& path : files.agents) {
      TACITUS_RETURN_IF_ERROR(Read(path));
      (files.tabari ? ParseTabariAgents : ParsePetrarchAgents)(dicts_->files_.back(), contents_,
                                                               &entries, &diagnostics_);
    }
    for (const std::string& path : files.discards) {
      TACITUS_RETURN_IF_ERROR(Read(path));
      ParsePetrarchDiscards(dicts_->files_.back(), contents_, &entries, &diagnostics_);
    }
    for (const std::string& path : files.issues) {
      TACITUS_RETURN_IF_ERROR(Read(path));
      ParsePetrarchIssues(dicts_->files_.back(), contents_, &entries, &diagnostics_);
    }
    if (!files.event_codes.empty()) {
      TACITUS_RETURN_IF_ERROR(Read(files.event_codes));
      dicts_->cameo_.ParseEventCodes(dicts_->files_.back(), contents_, &diagnostics_);
    }

    Install(std::move(verbs), std::move(entries), dicts_);
    dicts_->version_ = HexDigits16(hash_.value());
    return Status::Ok();
  }

  // Moves what the readers made into `dicts` and indexes it.
  static void Install(PetrarchVerbDictionary verbs, PetrarchEntries entries, Dictionaries* dicts) {
    TextSegmenter segmenter;
    dicts->patterns_ = std::move(verbs.patterns);
    dicts->verb_patterns_written_ = dicts->patterns_.size();
    // Each form keys its verb's default pattern and the patterns of its block, once each.
    std::unordered_map<std::string, std::vector<const VerbPattern*>> by_form, by_stem;
    for (const PetrarchVerbForm& form : verbs.forms) {
      std::vector<const VerbPattern*>& list = (form.stem ? by_stem : by_form)[form.form];
      const auto add = [&](uint32_t index) {
        const VerbPattern* pattern = &dicts->patterns_[index];
        if (std::find(list.begin(), list.end(), pattern) == list.end()) list.push_back(pattern);
      };
      add(form.default_pattern);
      for (uint32_t index : verbs.blocks[form.block]) add(index);
    }
    for (auto& [form, list] : by_form) {
      dicts->head_keys_.push_back(form);
      *dicts->verbs_by_head_.TryEmplace(dicts->head_keys_.back()).first = std::move(list);
    }
    for (auto& [stem, list] : by_stem) {
      dicts->head_keys_.push_back(stem);
      *dicts->verbs_by_stem_.TryEmplace(dicts->head_keys_.back()).first = std::move(list);
    }

    dicts->actors_ = std::move(entries.actors);
    dicts->actor_names_ = BuildIndex(&segmenter, entries.actor_names);
    dicts->actor_names_written_ = entries.actor_names.size();
    dicts->agents_ = std::move(entries.agents);
    dicts->agent_lines_ = entries.agent_lines;
    dicts->agent_names_ = BuildIndex(&segmenter, entries.agent_names);
    dicts->discards_ = std::move(entries.discards);
    std::vector<NamedEntry> discard_names;
    for (size_t i = 0; i < dicts->discards_.size(); ++i) {
      discard_names.push_back({dicts->discards_[i].phrase, static_cast<uint32_t>(i)});
    }
    dicts->discard_phrases_ = BuildIndex(&segmenter, discard_names);
    dicts->issues_ = std::move(entries.issues);
    std::vector<NamedEntry> issue_names;
    for (size_t i = 0; i < dicts->issues_.size(); ++i) {
      issue_names.push_back({dicts->issues_[i].phrase, static_cast<uint32_t>(i)});
    }
    dicts->issue_phrases_ = BuildIndex(&segmenter, issue_names, /*match_lemmas=*/true);
  }

  // Reads `path` by ReadDataFile's rules: its lines with a NUL or bad UTF-8 are errors (and
  // skipped), a file without entries a warning; a file that cannot be read (a FIFO is
  // refused without being opened) fails the load.
  Status Read(const std::string& path) {
    if (const Status read = ReadDataFile(path, path, &contents_, &diagnostics_); !read.ok()) {
      return Status::Error(read.code(), path + ": " + read.message());
    }
    dicts_->files_.push_back(path);
    hash_.Add(path);
    hash_.Add(std::string_view("\0", 1));
    hash_.Add(contents_);
    return Status::Ok();
  }

  // Names are cut into tokens exactly as story text is; PETRARCH matches surface forms, so
  // the index matches on lemmas only for issue phrases, whose words are marked to inflect.
  static PhraseIndex BuildIndex(TextSegmenter* segmenter, const std::vector<NamedEntry>& names,
                                bool match_lemmas = false) {
    PhraseIndex::Builder builder(match_lemmas);
    Document scratch;
    for (const NamedEntry& entry : names) {
      segmenter->Segment(entry.name, &scratch);
      if (scratch.tokens.empty() || scratch.tokens.size() > PhraseIndex::kMaxNameTokens) continue;
      builder.Add(scratch.tokens, entry.id);
    }
    return std::move(builder).Build();
  }

  Dictionaries* dicts_;
  std::string contents_;
  Diagnostics diagnostics_;
  Fnv1a64 hash_;
};

void InstallPetrarchEntries(PetrarchVerbDictionary verbs, PetrarchEntries entries,
                            Dictionaries* dicts) {
  PetrarchDictionaryLoader::Install(std::move(verbs), std::move(entries), dicts);
}

Result<PetrarchLoad> LoadPetrarchDictionaries(const PetrarchFiles& files) {
  return PetrarchDictionaryLoader::Load(files);
}

}  // namespace tacitus
