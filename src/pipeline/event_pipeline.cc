#include "tacitus/event_pipeline.h"

#include <filesystem>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

#include "code/coder.h"
#include "code/petrarch_clause_coder.h"
#include "code/petrarch_options.h"
#include "code/tabari_sentence.h"
#include "code/tacitus_clause_coder.h"
#include "dict/dictionaries.h"
#include "dict/petrarch_dictionaries.h"
#include "dict/tabari_convert.h"
#include "dict/tabari_options.h"
#include "dict/tabari_project.h"
#include "lex/lexicon.h"
#include "place/event_placer.h"
#include "syntax/analyzer.h"
#include "time/event_dater.h"

namespace tacitus {
namespace {

// The coder's dateline countries from the placer's gazetteer: code/ comes before place/, so
// it asks through this (code/dateline_countries.h).
class GazetteerDatelines final : public DatelineCountries {
 public:
  explicit GazetteerDatelines(EventPlacer placer) : placer_(std::move(placer)) {}

  std::string_view CountryOf(const Document& doc) const override {
    const std::optional<EventPlacer::Found> place = placer_.DatelinePlace(doc);
    if (!place) return {};
    return placer_.gazetteer().entry(place->entry).country;
  }

  std::string_view CountryOfPlace(const Document& doc, TokenRange range) const override {
    const std::optional<EventPlacer::Found> place = placer_.Resolve(doc, range, {});
    if (!place || place->span.begin != doc.tokens[range.begin].span.begin ||
        place->span.end != doc.tokens[range.end - 1].span.end) {
      return {};  // a place named by part of the words only
    }
    return placer_.gazetteer().entry(place->entry).country;
  }

  std::string_view UnambiguousCountryOfPlace(const Document& doc, TokenRange range) const override {
    return placer_.SoleCountry(doc, range);
  }

 private:
  EventPlacer placer_;
};

}  // namespace

struct EventPipeline::Stages {
  Coder coder;
  EventDater dater;
  EventPlacer placer;
};

struct EventPipeline::Scratch::State {
  Coder::Scratch coder;  // holds the last story's analysis, for explanations
};

EventPipeline::Scratch::Scratch() : state_(std::make_unique<State>()) {}
EventPipeline::Scratch::~Scratch() = default;
EventPipeline::Scratch::Scratch(Scratch&&) noexcept = default;
EventPipeline::Scratch& EventPipeline::Scratch::operator=(Scratch&&) noexcept = default;

const Analysis& EventPipeline::Scratch::analysis() const { return state_->coder.analysis; }

void EventPipeline::Scratch::set_why_not(bool on) { state_->coder.clauses.why_not = on; }

const std::vector<ClauseVerdict>& EventPipeline::Scratch::verdicts() const {
  return state_->coder.clauses.verdicts;
}

namespace {

struct ForeignDictionaries {
  std::shared_ptr<const Dictionaries> dictionaries;
  std::shared_ptr<const ClauseCoder> clause_coder;
};

// The PETRARCH config's or TABARI project's dictionaries and the PETRARCH coder set by its
// options; data_dir, when given, adds our CAMEO event table (the foreign files carry no
// Goldstein or quad class).
Result<ForeignDictionaries> LoadForeignDictionaries(const PipelineOptions& options,
                                                    Diagnostics* diagnostics) {
  PetrarchFiles files;
  PetrarchOptions coder_options;
  if (!options.petrarch_config.empty()) {
    const std::string dir =
        options.petrarch_dictionary_dir.empty()
            ? std::filesystem::path(options.petrarch_config).parent_path().string()
            : options.petrarch_dictionary_dir;
    auto config = ReadPetrarchConfig(options.petrarch_config, dir, diagnostics);
    if (!config.ok()) return config.status();
    auto petrarch_options = ReadPetrarchOptions(*config, options.petrarch_config);
    if (!petrarch_options.ok()) return petrarch_options.status();
    files = std::move(config).value();
    coder_options = *petrarch_options;
  } else {
    auto project = ReadTabariProject(options.tabari_project, diagnostics);
    if (!project.ok()) return project.status();
    files = std::move(project->files);
    SetTabariOptions(project->options, &coder_options);
  }
  if (!options.data_dir.empty()) {
    files.event_codes =
        (std::filesystem::path(options.data_dir) / "cameo" / "event_codes.tsv").string();
  }
  auto loaded = LoadPetrarchDictionaries(files);
  if (!loaded.ok()) return loaded.status();
  diagnostics->Append(loaded->diagnostics);
  return ForeignDictionaries{std::move(loaded->dictionaries),
                             std::make_shared<PetrarchClauseCoder>(coder_options)};
}

}  // namespace

Result<std::unique_ptr<const EventPipeline>> EventPipeline::Create(const PipelineOptions& options,
                                                                   Diagnostics* diagnostics) {
  Diagnostics dropped;
  if (diagnostics == nullptr) diagnostics = &dropped;
  std::shared_ptr<const Dictionaries> dictionaries;
  std::shared_ptr<const ClauseCoder> clause_coder;
  if (!options.petrarch_config.empty() || !options.tabari_project.empty()) {
    auto loaded = LoadForeignDictionaries(options, diagnostics);
    if (!loaded.ok()) return loaded.status();
    dictionaries = std::move(loaded->dictionaries);
    clause_coder = std::move(loaded->clause_coder);
  } else {
    auto ours =
        Dictionaries::Load(options.data_dir, diagnostics,
                           options.wordnet_dir.empty() ? TACITUS_WORDNET_DIR : options.wordnet_dir);
    if (!ours.ok()) return ours.status();
    dictionaries = std::move(ours).value();
    if (dictionaries->tabari_rules()) {
      // A directory `dict convert --from tabari` wrote: coded as --tabari-project codes, by
      // the options file it holds (TABARI's defaults without one).
      TabariOptions read;
      const std::filesystem::path options_file =
          std::filesystem::path(options.data_dir) / kTabariOptionsFile;
      if (std::error_code error; std::filesystem::exists(options_file, error)) {
        TACITUS_RETURN_IF_ERROR(ReadTabariOptionsFile(options_file.string(), &read, diagnostics));
      }
      PetrarchOptions tabari;
      SetTabariOptions(read, &tabari);
      clause_coder = std::make_shared<PetrarchClauseCoder>(tabari);
    } else {
      clause_coder = std::make_shared<TacitusClauseCoder>();
    }
  }
  LexiconPaths lexicon;
  if (!options.wordnet_dir.empty()) lexicon.wordnet_dir = options.wordnet_dir;
  if (!options.tagger_dir.empty()) lexicon.tagger_dir = options.tagger_dir;
  auto analyzer = Analyzer::Create(lexicon);
  if (!analyzer.ok()) return analyzer.status();
  GazetteerPaths places;
  places.iso_codes_dir = options.iso_codes_dir;
  places.places_file = PlacesFileIn(options.data_dir);
  auto gazetteer = Gazetteer::Load(places, diagnostics);
  if (!gazetteer.ok()) return gazetteer.status();
  EventPlacer placer(std::move(gazetteer).value());
  auto datelines = std::make_shared<const GazetteerDatelines>(placer);
  auto stages = std::make_unique<const Stages>(
      Stages{.coder = Coder(std::move(analyzer).value(), std::move(dictionaries),
                            std::move(clause_coder), std::move(datelines)),
             .dater = EventDater(),
             .placer = std::move(placer)});
  return std::unique_ptr<const EventPipeline>(new EventPipeline(std::move(stages)));
}

EventPipeline::EventPipeline(std::unique_ptr<const Stages> stages) : stages_(std::move(stages)) {}
EventPipeline::~EventPipeline() = default;

const Coder& EventPipeline::coder() const { return stages_->coder; }
const Dictionaries& EventPipeline::dictionaries() const { return stages_->coder.dictionaries(); }
const EventPlacer& EventPipeline::placer() const { return stages_->placer; }

void EventPipeline::Process(const Story& story, Scratch* scratch,
                            std::vector<Event>* events) const {
  const size_t first = events->size();
  stages_->coder.Code(story, &scratch->state_->coder, events);
  DateAndPlace(story, scratch, {events->data() + first, events->size() - first});
}

Status EventPipeline::ProcessParsed(const Story& story, std::string_view tree, Scratch* scratch,
                                    std::vector<Event>* events) const {
  const size_t first = events->size();
  TACITUS_RETURN_IF_ERROR(stages_->coder.CodeParsed(story, tree, &scratch->state_->coder, events));
  DateAndPlace(story, scratch, {events->data() + first, events->size() - first});
  return Status::Ok();
}

void EventPipeline::DateAndPlace(const Story& story, Scratch* scratch,
                                 std::span<Event> coded) const {
  stages_->dater.DateEvents(scratch->analysis(), story.date, coded);
  // TABARI's <TIME> phrases, when its dictionaries have them, date their sentences' events.
  ShiftTabariDates(dictionaries(), scratch->analysis().document, story.date, coded);
  stages_->placer.PlaceEvents(scratch->analysis(), coded);
}

}  // namespace tacitus
