// Readers of TABARI actor and agent files (CountryInfo.120116.actors, Levant.080629.actors,
// PSU.120522.agents), whose entries PETRARCH kept (petrarch_actors.h reads them: "NAME [CODE]",
// dated codes "[CODE >YYMMDD]", "[CODE <YYMMDD]", "[CODE YYMMDD-YYMMDD]", indented code lines,
// "+" synonyms; agents "NAME {PLURALS} [~CODE]"), with what is TABARI's own (manual 5.2-5.4):
//
//   <NOUN> ... </NOUN>          nouns and adjectives, which TABARI uses only to parse
//   <ADJECTIVE> ... </ADJECTIVE>  compounds: not loaded (one warning per block)
//   /comment                    a line beginning "/" is a comment
//   ~FINISH                     the end: lines after it are not read (a warning if any)
//   ST._KITTS_&_NEVIS_ [KNA]    "&" in a name: TABARI itself cannot code it (it stops to ask
//                               for a code), so the line is refused with an error
//
//   PetrarchEntries entries;
//   ParseTabariActors("CountryInfo.120116.actors", text, &entries, &diagnostics);
//
// Every line refused is reported to `diagnostics` (file, line, reason) once; the rest loads.
// `file` must outlive the entries (their Origins view it).
#ifndef TACITUS_DICT_TABARI_ACTORS_H_
#define TACITUS_DICT_TABARI_ACTORS_H_

#include <string_view>

#include "dict/petrarch_actors.h"
#include "tacitus/diagnostic.h"

namespace tacitus {

void ParseTabariActors(std::string_view file, std::string_view text, PetrarchEntries* out,
                       Diagnostics* diagnostics);
void ParseTabariAgents(std::string_view file, std::string_view text, PetrarchEntries* out,
                       Diagnostics* diagnostics);

}  // namespace tacitus

#endif  // TACITUS_DICT_TABARI_ACTORS_H_
