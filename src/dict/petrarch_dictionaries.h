// Dictionaries from PETRARCH/TABARI files, so that users keep their dictionaries:
//
//   auto files = ReadPetrarchConfig("PETR_config.ini", "dictionaries/");  // or fill by hand
//   auto loaded = LoadPetrarchDictionaries(*files);
//   for (const std::string& p : loaded->problems) print(p);   // refused lines, file:line
//   Coder coder(analyzer, loaded->dictionaries);
//
// The verb files may be in PETRARCH-1/TABARI or PETRARCH-2 syntax (petrarch_verbs.h); the
// others as petrarch_actors.h describes. The result has Dictionaries::petrarch() set, so the
// coder follows PETRARCH's conventions with them. Load fails only when a file cannot be read;
// a malformed line is refused and listed in `problems`, and the rest loads.
#ifndef TACITUS_DICT_PETRARCH_DICTIONARIES_H_
#define TACITUS_DICT_PETRARCH_DICTIONARIES_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "dict/dictionaries.h"

namespace tacitus {

struct PetrarchFiles {
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
// `dictionary_dir`, and its [Options]. Fails when the file cannot be read or names no verb
// file.
Result<PetrarchFiles> ReadPetrarchConfig(const std::string& config_path,
                                         const std::string& dictionary_dir);

struct PetrarchLoad {
  std::shared_ptr<const Dictionaries> dictionaries;
  std::vector<std::string> problems;  // refused lines: "file:line: reason"
  std::vector<std::string> warnings;  // loaded after a repair: "file:line: reason"
};

Result<PetrarchLoad> LoadPetrarchDictionaries(const PetrarchFiles& files);

}  // namespace tacitus

#endif  // TACITUS_DICT_PETRARCH_DICTIONARIES_H_
