// Dictionaries from PETRARCH/TABARI files, so that users keep their dictionaries:
//
//   Diagnostics diagnostics;
//   auto files = ReadPetrarchConfig("PETR_config.ini", "dictionaries/", &diagnostics);
//   auto loaded = LoadPetrarchDictionaries(*files);   // or fill the files by hand
//   for (const Diagnostic& d : loaded->diagnostics) print(d.ToString());   // file:line: reason
//   Coder coder(analyzer, loaded->dictionaries, std::make_shared<PetrarchClauseCoder>());
//
// The verb files may be in PETRARCH-1/TABARI or PETRARCH-2 syntax (petrarch_verbs.h); the
// others as petrarch_actors.h describes. The pipeline codes with them by PETRARCH's conventions
// (PetrarchClauseCoder, ActorRules::Petrarch), chosen with them in EventPipeline::Create. Load
// fails only when a file cannot be read; a malformed line is refused and reported as an error
// diagnostic, a line loaded after a repair as a warning, and the rest loads.
#ifndef TACITUS_DICT_PETRARCH_DICTIONARIES_H_
#define TACITUS_DICT_PETRARCH_DICTIONARIES_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dict/dictionaries.h"
#include "dict/petrarch_actors.h"
#include "dict/petrarch_verbs.h"
#include "tacitus/diagnostic.h"
#include "tacitus/status.h"

namespace tacitus {

struct PetrarchFiles {
  // The files are in TABARI's syntax (tabari_verbs.h, tabari_actors.h), not PETRARCH's; no
  // discard or issue files then.
  bool tabari = false;
  // TABARI's SET: TIME SHIFTING (tabari_options.h): with false the verb files' <TIME> entries
  // are read but not kept (Dictionaries::time_shifts is empty).
  bool time_shifting = true;
  std::vector<std::string> verbs;
  std::vector<std::string> actors;
  std::vector<std::string> agents;
  std::vector<std::string> discards;
  std::vector<std::string> issues;
  // Optional: our CAMEO event table (data/cameo/event_codes.tsv), which PETRARCH does not
  // ship; with it, events get their root, quad class, Goldstein score and PLOVER type.
  std::string event_codes;
  // The config's [Options] (require_dyad, new_actor_length, ...) as written, in order: the
  // coder's to read (SetPetrarchOption).
  std::vector<std::pair<std::string, std::string>> options;
};

// The [Dictionaries] section of a PETRARCH config (verbfile_name, actorfile_list,
// agentfile_name, discardfile_name, issuefile_name), each file taken relative to
// `dictionary_dir`, and its [Options]. A line that is neither a [section], a KEY = VALUE nor
// the continuation of one is skipped with a warning in `diagnostics`, and one with a NUL or
// bad UTF-8 with an error (ReadDataFile). Fails when the file cannot be read (kNotFound or
// kIoError, "PATH: REASON") or names no verb file (kDataError).
Result<PetrarchFiles> ReadPetrarchConfig(const std::string& config_path,
                                         const std::string& dictionary_dir,
                                         Diagnostics* diagnostics);

struct PetrarchLoad {
  std::shared_ptr<const Dictionaries> dictionaries;
  // Errors: lines refused (and skipped); warnings: lines loaded after a repair.
  Diagnostics diagnostics;
};

// Reads every file by ReadDataFile's rules (base/data_file.h): a line with a NUL byte or bad
// UTF-8 is an error and skipped, a file without entries a warning, and so is a missing agent
// file. Fails when no verb or no actor file is given (kDataError), or when a file cannot be
// read, with the code ReadFileBytes gave (kNotFound, kIoError: a FIFO or device is refused
// without being opened), as "PATH: REASON".
Result<PetrarchLoad> LoadPetrarchDictionaries(const PetrarchFiles& files);

// Moves what the PETRARCH and TABARI readers made into `dicts` (its patterns, actors, agents,
// discards and issues replaced) and indexes it, as LoadPetrarchDictionaries does: each verb form
// keys its default pattern and its block's patterns, names are cut into tokens as story text
// is. Cannot fail.
void InstallPetrarchEntries(PetrarchVerbDictionary verbs, PetrarchEntries entries,
                            Dictionaries* dicts);

}  // namespace tacitus

#endif  // TACITUS_DICT_PETRARCH_DICTIONARIES_H_
