// Reader of TABARI verb dictionaries (CAMEO.091003.master.verbs, TABARI.Demo.verbs), as the
// TABARI 0.8 manual (chapters 5 and 6) defines them:
//
//   <SYNSETS>                   synsets: "&NAME" then "+MEMBER" lines (a member may name
//   &TIETYPES                   another synset, "+&OTHER_RELATIONS"; members match exactly)
//   +MILITARY
//   </SYNSETS>
//   <TIME>                      phrases that move the event date: [-7], [+1]; [###] discards
//   LAST_WEEK [-7]              the sentence, [+++] marks it complex, [---] does nothing
//   </TIME>
//   ACCUS  [112]                a verb and its default code; a stem: ACCUSES, ACCUSED ...
//   BREAK_ [1717]               "_" ends a word that must match whole (or with -S, -ED, -ES,
//   {BROKE_ BROKEN_}              -EN, -ING); "{...}" its irregular forms
//   - * TREATY [161]            its patterns: words before and after the verb "*"; "_"
//   - SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]
//                               joins words that must touch; a word not ended by "_" is a
//                               stem ("~" after one joins it to the next); $ source, +
//                               target, % compound, ^ skips an actor; "{ a | b }" any of the
//                               alternatives; &NAME any member; [ccc:ddd] paired codes;
//                               [---] codes nothing; [###] discards the sentence
//                               (VerbPattern::discard: it gives no event at all)
//   ~FINISH                     the end: lines after it are not read
//
// Comments: ";" to the end of a line, lines beginning "#" or "/". Each verb line starts a block
// of its own. Words are lower-cased; a stem keeps a final "*" (PatternElement::stems).
//
//   PetrarchVerbDictionary verbs;
//   std::vector<TabariTimeShift> times;
//   ParseTabariVerbs("CAMEO.091003.master.verbs", text, &verbs, &times, &diagnostics);
//
// A malformed line (a pattern before any verb, without one "*" or a [code], naming an unknown
// synset, an unclosed "{", ...) is reported to `diagnostics` as an error (file, line, reason)
// and refused; the rest loads.
// `file` must outlive the patterns (their Origins view it).
#ifndef TACITUS_DICT_TABARI_VERBS_H_
#define TACITUS_DICT_TABARI_VERBS_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionaries.h"
#include "dict/petrarch_verbs.h"
#include "tacitus/diagnostic.h"

namespace tacitus {

// Whether `line` (trimmed) is TABARI's end mark "~FINISH" (some files write "~~FINISH").
bool IsTabariFinish(std::string_view line);

// Whether the verb file `text` is in TABARI's syntax rather than PETRARCH's: it has a verb
// line "WORD [code]" and no PETRARCH block header "--- WORD [code] ---" (comments, synsets,
// sections and "- pattern" lines tell nothing). False for a file with neither.
bool LooksLikeTabariVerbs(std::string_view text);

// Appends the contents of one TABARI verb file to `verbs` and `times`.
void ParseTabariVerbs(std::string_view file, std::string_view text, PetrarchVerbDictionary* verbs,
                      std::vector<TabariTimeShift>* times, Diagnostics* diagnostics);

}  // namespace tacitus

#endif  // TACITUS_DICT_TABARI_VERBS_H_
