// tacitus: political event data from news text — the library's public interface.
//
//   #include <tacitus/tacitus.h>
//
//   tacitus::PipelineOptions options;
//   options.data_dir = "data";                         // our dictionaries, or
//   // options.petrarch_config = ".../PETR_config.ini"; // PETRARCH's, with data_dir for tables
//   tacitus::Diagnostics diagnostics;                  // the dictionaries' errors and warnings
//   auto pipeline = tacitus::EventPipeline::Create(options, &diagnostics);
//   for (const tacitus::Diagnostic& d : diagnostics) std::cerr << d.ToString() << "\n";
//   if (!pipeline.ok()) { report pipeline.status().message(); }  // every load error, file:line
//
//   tacitus::StoryReader reader({"stories.jsonl"}, {},
//       [](const tacitus::StoryError& e) { std::cerr << e.ToString() << "\n"; });
//   tacitus::EventPipeline::Scratch scratch;           // one per thread
//   tacitus::Story story;
//   std::vector<tacitus::Event> events;
//   while (reader.Next(&story)) {
//     events.clear();
//     (*pipeline)->Process(story, &scratch, &events);  // who did what to whom, when, where
//     for (const tacitus::Event& e : events) std::cout << tacitus::EventToJson(e) << "\n";
//   }
//
// EventPipeline is immutable and thread-safe (a Scratch per thread); nothing in the library
// throws for bad input or exits: errors come back as Status/Result values that name where the
// problem is. EventStore keeps events in SQLite for queries and series.
#ifndef TACITUS_TACITUS_H_
#define TACITUS_TACITUS_H_

#include "tacitus/date.h"
#include "tacitus/diagnostic.h"
#include "tacitus/event.h"
#include "tacitus/event_format.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"
#include "tacitus/status.h"
#include "tacitus/story.h"

#endif  // TACITUS_TACITUS_H_
