// tacitus: political event data from news text — the library's public interface.
//
//   cmake --install build --prefix /opt/tacitus       # then, in a CMake project:
//   find_package(tacitus REQUIRED)                     #   -DCMAKE_PREFIX_PATH=/opt/tacitus
//   target_link_libraries(app PRIVATE tacitus::core)
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
//     for (const tacitus::Event& e : events) std::cout << tacitus::EventToJson(e, story.text) << "\n";
//   }
//
// EventPipeline is immutable and thread-safe (a Scratch per thread); nothing in the library
// throws for bad input or exits: errors come back as Status/Result values that name where the
// problem is. EventStore keeps events in SQLite for queries and series.
//
// The headers, all under tacitus/ and including nothing but each other and the standard
// library:
//   event_pipeline.h  EventPipeline, PipelineOptions: a story in, its coded events out
//   story.h           Story, StoryReader: stories from files, directories and stdin
//   event.h           Event, with its date, place and the byte spans (span.h) that say why
//   event_format.h    EventToJson, EventToCsv, EventToTsv: an event as a line of JSON, CSV or
//                     TSV; StoredEventToJson: a stored event (event_store.h) as JSON
//   event_store.h     EventStore: events in SQLite, queries, series by period (period.h)
//   status.h, diagnostic.h, date.h: Status/Result, load diagnostics, civil dates
// EventPipeline::coder(), dictionaries(), placer() and Scratch::analysis() name types whose
// headers are not installed: they serve tacitus's own programs.
//
// What the library reads at run time: the dictionaries of PipelineOptions::data_dir (the
// source tree's data/, which is not installed), and the lexicon, ISO codes and place names of
// Debian's wordnet-base, liblingua-en-tagger-perl, iso-codes and libgeonames, where the
// build was configured to find them.
#ifndef TACITUS_TACITUS_H_
#define TACITUS_TACITUS_H_

#include "tacitus/date.h"
#include "tacitus/diagnostic.h"
#include "tacitus/event.h"
#include "tacitus/event_format.h"
#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"
#include "tacitus/period.h"
#include "tacitus/span.h"
#include "tacitus/status.h"
#include "tacitus/story.h"

#endif  // TACITUS_TACITUS_H_
