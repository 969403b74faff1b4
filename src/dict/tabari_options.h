// Reader of a TABARI .options file (CAMEO.09b5.options, TABARI.Demo.options), the project's
// <optionsfile>, as the TABARI 0.8 manual (chapter 8) defines it: one command a line, named
// by its first four letters and a colon, "#" or "//" starting a comment, a line of "~" ending
// the file.
//
//   SET: MINIMUM WORDS = 6        honoured: a sentence of fewer words (a comma counts as one)
//                                 gives no event; TABARI's default is 8 (manual 7.3, 8.2.3)
//   SET: TIME SHIFTING = FALSE    honoured: the verb files' <TIME> phrases move no date
//   COMPLEX: VERBS[6] ACTORS[6]   honoured: a sentence with 6 or more verbs of the verb files,
//                                 or 6 or more actors, is too complex and gives no event; its
//                                 other conditions (CONJ[n], NOACTPRIOR, ...) are not
//   LABEL: 042= Make a visit      TABARI's output only (LABEL, OUTPUT, FORWARD ... OFF, the SET
//   OUTPUT: ID                    switches of usage files, haiku, ...): read, no effect on
//                                 coding, reported once per command with the number of lines
//   DEFAULT: SOURCE [USA]         would change coding but is not honoured (DEFAULT, COMMA,
//   COMMA: MIN=2 MAX=10           NONEVENTS, FORWARD, SET: CODE BY, CONVERT AGENTS, FBIS, YYYY):
//                                 a warning for each line
//
//   TabariOptions options;
//   ParseTabariOptions("CAMEO.09b5.options", text, &options, &diagnostics);
//
// <TIME>, discards ([###]) and complex codes ([+++]) are written in the verb files, not here
// (manual 6.3, 6.4, 10.5): tabari_verbs.h reads them. An unknown command or a malformed value
// is an error in `diagnostics` (file, line, reason), and the line is refused; every other line
// is loaded or reported as above. Never fails.
#ifndef TACITUS_DICT_TABARI_OPTIONS_H_
#define TACITUS_DICT_TABARI_OPTIONS_H_

#include <string>
#include <string_view>

#include "tacitus/diagnostic.h"
#include "tacitus/status.h"

namespace tacitus {

struct TabariOptions {
  int minimum_words = 8;      // SET: MINIMUM WORDS; 0 codes every sentence
  bool time_shifting = true;  // SET: TIME SHIFTING
  int complex_verbs = 0;      // COMPLEX: VERBS[n]; 0 is off
  int complex_actors = 0;     // COMPLEX: ACTORS[n]; 0 is off
  bool complex = false;       // a COMPLEX: command is given: [+++] codes make text complex
};

// Changes `options` by the commands of one options file's `text`.
void ParseTabariOptions(std::string_view file, std::string_view text, TabariOptions* options,
                        Diagnostics* diagnostics);

// Reads the file at `path` by ReadDataFile's rules (a line with a NUL byte or bad UTF-8 is an
// error in `diagnostics` and skipped), then parses it. Fails when it cannot be read
// (kNotFound or kIoError, "PATH: REASON"), leaving `options` as they were.
Status ReadTabariOptionsFile(const std::string& path, TabariOptions* options,
                             Diagnostics* diagnostics);

}  // namespace tacitus

#endif  // TACITUS_DICT_TABARI_OPTIONS_H_
