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
#ifndef TACITUS_EVENT_PIPELINE_H_
#define TACITUS_EVENT_PIPELINE_H_

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tacitus/diagnostic.h"
#include "tacitus/event.h"
#include "tacitus/status.h"
#include "tacitus/story.h"

namespace tacitus {

// The stages, declared in headers of their own that are not part of the library's interface:
// only the internal accessors below name them.
struct Analysis;
struct ClauseVerdict;
class Coder;
class Dictionaries;
class EventPlacer;

struct PipelineOptions {
  // Our dictionaries (data/), or a directory `dict convert --from tabari` wrote, whose tabari-*
  // entries are coded by TABARI's rules as tabari_project's are; its places.txt, when there, too.
  std::string data_dir;
  // The lexicon: WordNet's database and Lingua::EN::Tagger's word/tag counts; empty: where
  // the packages wordnet-base and liblingua-en-tagger-perl put them (as the build says).
  std::string wordnet_dir;
  std::string tagger_dir;
  std::string iso_codes_dir;  // iso-codes' JSON; empty: where the package puts it
  // A PETRARCH config (PETR_config.ini): code with the dictionaries its [Dictionaries] names,
  // found in petrarch_dictionary_dir (empty: beside the config), instead of data_dir's;
  // data_dir then only gives places.txt and the CAMEO event table (root, quad class,
  // Goldstein, PLOVER of the codes). Lines PETRARCH's loader refuses are skipped (and
  // reported as errors in Create's diagnostics). Its [Options] set the coder's (require_dyad,
  // comma_*, new_actor_length); a malformed number fails Create.
  std::string petrarch_config;
  std::string petrarch_dictionary_dir;
  // A TABARI .project file: code with the TABARI dictionaries it names (dict/tabari_project.h,
  // files beside it), through the PETRARCH coder, as petrarch_config does; its options file
  // is not read. Taken when petrarch_config is empty.
  std::string tabari_project;
};

class EventPipeline {
 public:
  // Fails with the load errors of the lexicon, the dictionaries or the gazetteer (every one,
  // file:line). Whether or not it fails, the diagnostics of loading the dictionaries (and
  // the PETRARCH config) and data_dir's places.txt are added to `diagnostics` unless it is
  // nullptr: PETRARCH's skipped lines as errors, its repaired ones as warnings. Our
  // dictionaries with any error fail Create with exactly those errors
  // (Diagnostics::ToStatus, kDataError), and so does places.txt with any error.
  static Result<std::unique_ptr<const EventPipeline>> Create(const PipelineOptions& options,
                                                             Diagnostics* diagnostics = nullptr);

  ~EventPipeline();
  EventPipeline(const EventPipeline&) = delete;
  EventPipeline& operator=(const EventPipeline&) = delete;

  // What Process needs of its own: one per thread, reused from story to story. Movable; a
  // moved-from Scratch may only be assigned to or destroyed.
  class Scratch {
   public:
    Scratch();
    ~Scratch();
    Scratch(Scratch&&) noexcept;
    Scratch& operator=(Scratch&&) noexcept;

    // Internal (the command line's explanations): the analysis of the last story processed.
    const Analysis& analysis() const;
    // Internal (code --why-not, eval --show): whether the next stories record why their
    // clauses gave no event, and the last story's verdicts (src/code/why_not.h).
    void set_why_not(bool on);
    const std::vector<ClauseVerdict>& verdicts() const;

   private:
    friend class EventPipeline;
    struct State;
    std::unique_ptr<State> state_;
  };

  // Appends the story's events, in sentence order, to *events, each with its own date (from
  // the story's temporal expressions, relative to the story date) and, where the story states
  // it, its place (a gazetteer entry).
  void Process(const Story& story, Scratch* scratch, std::vector<Event>* events) const;
  // As Process, analysing `tree` (a Penn Treebank parse of story.text, as a PETRARCH
  // record's <Parse>) instead of our tagging; fails when the tree is malformed, adding nothing.
  Status ProcessParsed(const Story& story, std::string_view tree, Scratch* scratch,
                       std::vector<Event>* events) const;

  // Internal, for the command line, the tests and the benchmarks: the stages it is made of.
  const Coder& coder() const;
  const Dictionaries& dictionaries() const;
  const EventPlacer& placer() const;

 private:
  struct Stages;
  explicit EventPipeline(std::unique_ptr<const Stages> stages);
  void DateAndPlace(const Story& story, Scratch* scratch, std::span<Event> coded) const;

  std::unique_ptr<const Stages> stages_;
};

}  // namespace tacitus

#endif  // TACITUS_EVENT_PIPELINE_H_
