#include "pipeline/event_pipeline.h"

#include <utility>

#include "dict/dictionaries.h"
#include "syntax/analyzer.h"

namespace tacitus {

Result<std::unique_ptr<const EventPipeline>> EventPipeline::Create(const PipelineOptions& options) {
  auto dictionaries = Dictionaries::Load(options.data_dir);
  if (!dictionaries.ok()) return dictionaries.status();
  auto analyzer = Analyzer::Create(options.lexicon);
  if (!analyzer.ok()) return analyzer.status();
  Coder coder(std::move(analyzer).value(), std::move(dictionaries).value());
  return std::unique_ptr<const EventPipeline>(new EventPipeline(std::move(coder)));
}

EventPipeline::EventPipeline(Coder coder) : coder_(std::move(coder)) {}

void EventPipeline::Process(const Story& story, Scratch* scratch,
                            std::vector<Event>* events) const {
  coder_.Code(story, &scratch->coder, events);
}

}  // namespace tacitus
