// `tacitus dict convert --from tabari`: a TABARI project's dictionaries written into a data
// directory in our format (tabari-* entries, dict/tabari_entries.h), which codes as
// `--tabari-project` does:
//
//   OUT/verbs/01-CAMEO.091003.master.verbs.txt   each <verbsfile>, in the project's order
//   OUT/actors/01-CountryInfo.120116.actors.txt  each <actorsfile>, in order
//   OUT/agents.txt                               every <agentsfile>, one after another
//   OUT/cameo/event_codes.tsv, actor_codes.tsv   copied from our data directory: the CAMEO
//   OUT/places.txt                               tables and places, which TABARI does not ship
//   OUT/tabari.options                           the <optionsfile>, copied as it is
//
//   Diagnostics diagnostics;   // the lines TABARI's readers refuse, as --tabari-project
//   auto summary = ConvertTabariProject("TABARI.production.project", "data", "out",
//                                       &diagnostics);
//   print(summary->ToString());
//
// Each written file opens with comments naming its source; a line TABARI's readers refused is
// written as a comment with the reason (file:line), and so is what our format cannot hold
// (counted in the summary's left_out), and each <TIME> entry, which a converted directory does not apply
// (--tabari-project does).
#ifndef TACITUS_DICT_TABARI_CONVERT_H_
#define TACITUS_DICT_TABARI_CONVERT_H_

#include <cstddef>
#include <string>

#include "dict/tabari_entries.h"
#include "tacitus/diagnostic.h"
#include "tacitus/status.h"

namespace tacitus {

// The name, in a converted directory, of the project's options file (TABARI's syntax).
inline constexpr const char* kTabariOptionsFile = "tabari.options";

struct ConversionSummary {
  size_t verbs = 0;     // tabari-verb lines
  size_t patterns = 0;  // tabari-pattern lines
  size_t actors = 0;    // tabari-actor lines
  size_t dated_codes = 0;
  size_t agent_lines = 0;
  size_t refused = 0;           // source lines TABARI's readers refused, as comments
  size_t time_shifts = 0;       // <TIME> entries, as comments
  NotExpressible left_out;      // what our format cannot hold, as comments, by reason
  size_t files = 0, bytes = 0;  // what was written, the copied tables included

  // "N verb patterns written (V verbs), A actors (D dated codes), G agent lines; M not
  // expressible: K reason, ...; R source lines refused by TABARI's readers; T <TIME> entries
  // not applied; F files, B bytes".
  std::string ToString() const;
};

// Reads the project (dict/tabari_project.h) and its files (ReadDataFile's rules) and writes
// `out_dir`, which must not exist or be empty (so that nothing stale is loaded with it), with
// the CAMEO tables and places.txt of `tables_dir` (our data directory). The lines TABARI's
// readers refuse or repair are added to `diagnostics`. Fails, having written what it wrote,
// when the project or a file cannot be read, `out_dir` holds anything, `tables_dir` has no
// cameo/event_codes.tsv or cameo/actor_codes.tsv, or a file cannot be written
// ("PATH: REASON").
Result<ConversionSummary> ConvertTabariProject(const std::string& project_path,
                                               const std::string& tables_dir,
                                               const std::string& out_dir,
                                               Diagnostics* diagnostics);

}  // namespace tacitus

#endif  // TACITUS_DICT_TABARI_CONVERT_H_
