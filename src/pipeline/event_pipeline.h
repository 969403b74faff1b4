// One story in, its events out, with everything tacitus knows about them: the analysis,
// the coder's events (code/), their own dates (time/) and places (place/).
//
//   Diagnostics diagnostics;                 // the dictionaries' errors and warnings, by line
//   auto pipeline = EventPipeline::Create({.data_dir = "data"}, &diagnostics);
//   if (!pipeline.ok()) { report pipeline.status().message(); }   // every load error
//   EventPipeline::Scratch scratch;          // one per thread, reused from story to story
//   std::vector<Event> events;
//   (*pipeline)->Process(story, &scratch, &events);
//
// An EventPipeline is immutable after Create and may serve any number of threads, each with
// its own Scratch. Process never fails: a story it cannot code gives no events.
#ifndef TACITUS_PIPELINE_EVENT_PIPELINE_H_
#define TACITUS_PIPELINE_EVENT_PIPELINE_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/status.h"
#include "code/coder.h"
#include "code/event.h"
#include "lex/lexicon.h"
#include "place/event_placer.h"
#include "story/story.h"
#include "time/event_dater.h"

namespace tacitus {

struct PipelineOptions {
  std::string data_dir;       // our dictionaries (data/); its places.txt, when there, too
  LexiconPaths lexicon;       // WordNet and the tagger's counts
  std::string iso_codes_dir;  // iso-codes' JSON; empty: where the package puts it
  // A PETRARCH config (PETR_config.ini): code with the dictionaries its [Dictionaries] names,
  // found in petrarch_dictionary_dir (empty: beside the config), instead of data_dir's;
  // data_dir then only gives places.txt and the CAMEO event table (root, quad class,
  // Goldstein, PLOVER of the codes). Lines PETRARCH's loader refuses are skipped (and
  // reported as errors in Create's diagnostics). Its [Options] set the coder's (require_dyad,
  // comma_*, new_actor_length); a malformed number fails Create.
  std::string petrarch_config;
  std::string petrarch_dictionary_dir;
};

class EventPipeline {
 public:
  // Fails with the load errors of the lexicon, the dictionaries or the gazetteer (every one,
  // file:line). Whether or not it fails, the diagnostics of loading the dictionaries (and
  // the PETRARCH config) are added to `diagnostics` unless it is nullptr: PETRARCH's skipped
  // lines as errors, its repaired ones as warnings. Our dictionaries with any error fail
  // Create with exactly those errors (Diagnostics::ToStatus, kDataError).
  static Result<std::unique_ptr<const EventPipeline>> Create(const PipelineOptions& options,
                                                             Diagnostics* diagnostics = nullptr);

  struct Scratch {
    Coder::Scratch coder;  // holds the last story's analysis, for explanations
    const Analysis& analysis() const { return coder.analysis; }
    // Whether the next stories record why their clauses gave no event (why_not.h).
    void set_why_not(bool on) { coder.clauses.why_not = on; }
    // The last story's verdicts, when set_why_not(true).
    std::span<const ClauseVerdict> verdicts() const { return coder.clauses.verdicts; }
  };

  // Appends the story's events, in sentence order, to *events, each with its own date
  // (time/event_dater.h) and, where the story states it, its place (place/event_placer.h).
  void Process(const Story& story, Scratch* scratch, std::vector<Event>* events) const;
  // As Process, analysing `tree` (a Penn Treebank parse of story.text, as a PETRARCH
  // record's <Parse>) instead of our tagging; fails when the tree is malformed, adding nothing.
  Status ProcessParsed(const Story& story, std::string_view tree, Scratch* scratch,
                       std::vector<Event>* events) const;

  const Coder& coder() const { return coder_; }
  const Dictionaries& dictionaries() const { return coder_.dictionaries(); }
  const EventPlacer& placer() const { return placer_; }

 private:
  EventPipeline(Coder coder, EventPlacer placer);
  void DateAndPlace(const Story& story, Scratch* scratch, std::span<Event> coded) const;

  Coder coder_;
  EventDater dater_;
  EventPlacer placer_;
};

}  // namespace tacitus

#endif  // TACITUS_PIPELINE_EVENT_PIPELINE_H_
