// PETRARCH's coding switches, as its config's [Options] and a validation record's <Config>
// name them, and the one way to read them from a config.
//
//   auto files = ReadPetrarchConfig("PETR_config.ini", dir);
//   auto options = ReadPetrarchOptions(*files, "PETR_config.ini");   // fails on a bad number
//   Coder coder(analyzer, dictionaries, std::make_shared<PetrarchClauseCoder>(*options));
#ifndef TACITUS_CODE_PETRARCH_OPTIONS_H_
#define TACITUS_CODE_PETRARCH_OPTIONS_H_

#include <string_view>

#include "dict/petrarch_dictionaries.h"
#include "dict/tabari_options.h"
#include "tacitus/status.h"

namespace tacitus {

struct PetrarchOptions {
  // Code only events with both a source and a target; when false, a missing side is "---".
  bool require_dyad = true;
  // Comma-delimited clauses left out of coding, by their length in words (a word begins with
  // a letter): an initial clause up to the first comma of [comma_bmin, comma_bmax] words, a
  // terminal one from the last comma of [comma_emin, comma_emax], and each internal one
  // between two commas of [comma_min, comma_max]. A max of 0 turns that kind off. Commas
  // between the conjuncts of a noun list ("Arnor, Gondor and Rohan") delimit no clause.
  // PETRARCH's defaults.
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  // When above 0, a source or target phrase of at most this many words that names no actor
  // is coded as a new actor, its words in quotes (ActorRules::new_actor_length); a target so
  // named only when the verb phrase names no known actor. PETRARCH's default: off.
  int new_actor_length = 0;
  // TABARI's default source (its manual, 5.8): when no "$" binds one, the first phrase of the
  // sentence before the verb that names an actor, not the clause's subject; the subject when
  // none does. Set for TABARI dictionaries (EventPipeline's tabari_project).
  bool first_actor_source = false;
  // TABARI's sentence filters (its options file, tabari_options.h; set from a TABARI project):
  // a sentence of fewer than `minimum_words` words gives no event, nor one with
  // `complex_verbs` or more verbs of the dictionaries or `complex_actors` or more phrases
  // naming actors (0: off). With `tabari_complex` (the options file has a COMPLEX: command)
  // a sentence holding a <TIME> phrase coded [+++] gives none either. Off for PETRARCH.
  int minimum_words = 0;
  int complex_verbs = 0;
  int complex_actors = 0;
  bool tabari_complex = false;
  // TABARI's codes that are not codes: an actor coded ### discards its sentence, +++ (an
  // actor's, a verb's) makes it complex under `tabari_complex`; no event carries either.
  // Set from a TABARI project; PETRARCH's suites code ### as an actor.
  bool tabari_codes = false;
};

// Sets `option` to `value`. Fails when a number is malformed or negative, leaving the option
// as it was; options that do not change coding (write_actor_root, ...) are accepted and
// ignored. require_dyad is true unless the value contains "false" (as PETRARCH reads it).
Status SetPetrarchOption(std::string_view option, std::string_view value, PetrarchOptions* options);

// PETRARCH's defaults changed by the config's [Options] (files.options), in order. Fails
// with "CONFIG: [Options] reason" at the first malformed value.
Result<PetrarchOptions> ReadPetrarchOptions(const PetrarchFiles& files,
                                            std::string_view config_path);

// TABARI's coding with a project's options (tabari_options.h): its default source
// (first_actor_source), its sentence filters and its discard and complex codes.
void SetTabariOptions(const TabariOptions& tabari, PetrarchOptions* options);

}  // namespace tacitus

#endif  // TACITUS_CODE_PETRARCH_OPTIONS_H_
