// Our format's tabari-* entries (docs/dictionaries.md, "Foreign dictionaries"): TABARI's verbs,
// actors and agents as its readers load them (tabari_verbs.h, tabari_actors.h), one entry a
// line in our line grammar, so that `tacitus dict convert --from tabari` can write them into a
// data directory and Dictionaries::Load read them back unchanged:
//
//   tabari-verb 1717 break ; break | breaks | breaked     a verb: its default code and pattern
//   tabari-form 1717 broke ; broke | brokes                another form of the same verb
//   tabari-verb 112 accus ; accus*                         a stem ("*"): any word it begins
//   tabari-pattern 111 suggest ~+ * demand* ; ...          a pattern of the verb above it:
//                                                          the words before and after "*"
//   tabari-actor USA united states | u.s.                   names and the undated code ("-":
//   tabari-actor - bill clinton ; USAGOV 1993-01-20..2001-01-21   none), then dated codes
//   tabari-agent ~GOV government | governments             "~CODE" after the place, "CODE~"
//                                                          before it
//   tabari-actor DISCARD marijuana                          TABARI's discard code "###"
//
// A pattern element is one field: "$" (source), "+" (target), "%" (compound), "^" (skip), or
// words separated by "/" (any of them; "_" joins the words of one, a final "*" makes it a
// stem), after the marks "~" (must touch its neighbour towards the verb), "?" (optional) and
// ">" (continues a PETRARCH-2 group), in that order.
//
// A directory holding tabari-* entries is coded by TABARI's rules (PetrarchClauseCoder, the
// first actor before the verb as the source), as `--tabari-project` codes.
#ifndef TACITUS_DICT_TABARI_ENTRIES_H_
#define TACITUS_DICT_TABARI_ENTRIES_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "dict/dictionaries.h"
#include "dict/petrarch_actors.h"
#include "dict/petrarch_verbs.h"
#include "tacitus/diagnostic.h"

namespace tacitus {

struct TabariEntries {
  PetrarchVerbDictionary verbs;
  PetrarchEntries entries;  // actors, agents; no discards or issues
  bool empty() const {
    return verbs.patterns.empty() && entries.actors.empty() && entries.agents.empty();
  }
};

// What a writer left out, by reason ("a word holds '#'"), each reason with its count.
using NotExpressible = std::map<std::string, size_t>;

// Writes the verbs, one block after another: each block's forms ("tabari-verb", then
// "tabari-form") and patterns ("tabari-pattern"). A pattern or form our grammar cannot hold
// (a word with a blank, "/", "|", "#", ";" or "_", or beginning with a mark) is written as a
// comment saying why, and counted in *left_out; so are the patterns of a verb none of whose
// forms loaded, which nothing can reach. Returns the number of patterns written (the forms'
// default patterns not counted).
size_t WriteTabariVerbs(const PetrarchVerbDictionary& verbs, std::string* out,
                        NotExpressible* left_out);
// Writes each actor as a tabari-actor line, or a comment when a name holds "|", "#" or ";".
// Returns the number written.
size_t WriteTabariActors(const PetrarchEntries& entries, std::string* out,
                         NotExpressible* left_out);
// Writes the agents of each source line as one tabari-agent line (comment as for actors).
// Returns the number of lines written.
size_t WriteTabariAgents(const PetrarchEntries& entries, std::string* out,
                         NotExpressible* left_out);

// Reads tabari-* lines for EntryParser: Parse takes one line's keyword and the rest after it.
class TabariEntryParser {
 public:
  explicit TabariEntryParser(Diagnostics* diagnostics) : diagnostics_(diagnostics) {}

  // Whether `keyword` is a tabari-* keyword; if so the line is read, a malformed one reported
  // as an error at `origin` (file, line, reason) and refused. A tabari-form or tabari-pattern
  // with no tabari-verb before it in the file is an error.
  bool Parse(std::string_view keyword, std::string_view rest, const Origin& origin);
  // Call at the end of each file: a file's patterns belong to its own verbs.
  void EndFile() { have_verb_ = false; }
  TabariEntries Finish() &&;

 private:
  void ParseVerbLine(bool new_block, std::string_view rest, const Origin& origin);
  void ParsePattern(std::string_view rest, const Origin& origin);
  void ParseActor(std::string_view rest, const Origin& origin);
  void ParseAgent(std::string_view rest, const Origin& origin);

  Diagnostics* diagnostics_;
  TabariEntries parsed_;
  bool have_verb_ = false;
};

}  // namespace tacitus

#endif  // TACITUS_DICT_TABARI_ENTRIES_H_
