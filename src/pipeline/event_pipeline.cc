#include "pipeline/event_pipeline.h"

#include <filesystem>
#include <span>
#include <utility>

#include "dict/dictionaries.h"
#include "syntax/analyzer.h"

namespace tacitus {

Result<std::unique_ptr<const EventPipeline>> EventPipeline::Create(const PipelineOptions& options) {
  auto dictionaries = Dictionaries::Load(options.data_dir);
  if (!dictionaries.ok()) return dictionaries.status();
  auto analyzer = Analyzer::Create(options.lexicon);
  if (!analyzer.ok()) return analyzer.status();
  GazetteerPaths places{.iso_codes_dir = options.iso_codes_dir};
  if (const std::filesystem::path file = std::filesystem::path(options.data_dir) / "places.txt";
      std::filesystem::is_regular_file(file)) {
    places.places_file = file.string();
  }
  auto gazetteer = Gazetteer::Load(places);
  if (!gazetteer.ok()) return gazetteer.status();
  Coder coder(std::move(analyzer).value(), std::move(dictionaries).value());
  EventPlacer placer(std::move(gazetteer).value());
  return std::unique_ptr<const EventPipeline>(
      new EventPipeline(std::move(coder), std::move(placer)));
}

EventPipeline::EventPipeline(Coder coder, EventPlacer placer)
    : coder_(std::move(coder)), placer_(std::move(placer)) {}

void EventPipeline::Process(const Story& story, Scratch* scratch,
                            std::vector<Event>* events) const {
  const size_t first = events->size();
  coder_.Code(story, &scratch->coder, events);
  const std::span<Event> coded(events->data() + first, events->size() - first);
  dater_.DateEvents(scratch->analysis(), story.date, coded);
  placer_.PlaceEvents(scratch->analysis(), coded);
}

}  // namespace tacitus
