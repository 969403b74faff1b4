#include "cli/actors_command.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/strings.h"
#include "cli/option_ranges.h"
#include "cli/story_coding.h"
#include "cli/story_input.h"
#include "code/why_not.h"
#include "pipeline/story_parts.h"
#include "syntax/analyzer.h"
#include "tacitus/event_pipeline.h"

namespace tacitus::cli {
namespace {

struct ActorsOptions {
  StoryInputOptions input;
  CodingOptions coding;
  bool unknown = false;
  size_t limit = 50;
};

// One phrase that stood for a missing actor, as a worker finds it.
struct Miss {
  std::string phrase;   // as written
  bool source = false;  // else the target
  std::string example;  // "STORY sN: sentence"
};

// A phrase is worth naming in a dictionary when it has a noun: "the rebels", not "they" or
// "which".
bool HasNoun(const Document& doc, TokenRange range) {
  for (uint32_t t = range.begin; t < range.end; ++t) {
    switch (doc.tokens[t].tag) {
      case PosTag::kNN:
      case PosTag::kNNS:
      case PosTag::kNNP:
      case PosTag::kNNPS:
        return true;
      default:
        break;
    }
  }
  return false;
}

void CollectMisses(const Story& story, const EventPipeline::Scratch& scratch,
                   std::vector<Miss>* misses) {
  misses->clear();
  const Document& doc = scratch.analysis().document;
  for (const ClauseVerdict& verdict : scratch.verdicts()) {
    if (verdict.reason != NoEventReason::kNoSource && verdict.reason != NoEventReason::kNoTarget) {
      continue;
    }
    if (verdict.phrase.empty() || !HasNoun(doc, verdict.phrase)) continue;
    const size_t begin = doc.tokens[verdict.phrase.begin].span.begin;
    const size_t end = doc.tokens[verdict.phrase.end - 1].span.end;
    const Span sentence = doc.sentences[verdict.sentence].span;
    // Numbered in the whole story, also when `story` is a part of it.
    std::string example = story.id + " s" +
                          std::to_string(story.part.first_sentence + verdict.sentence) + ": " +
                          story.text.substr(sentence.begin, sentence.size());
    std::replace(example.begin(), example.end(), '\n', ' ');
    misses->push_back({story.text.substr(begin, end - begin),
                       verdict.reason == NoEventReason::kNoSource, std::move(example)});
  }
}

// What is known of one phrase over the whole input; phrases differing only in ASCII case are
// one ("The rebels", "the rebels"), shown as first met.
struct Tally {
  std::string phrase, example;
  size_t as_source = 0, as_target = 0;
  size_t count() const { return as_source + as_target; }
};

int RunActors(const ActorsOptions& options) {
  if (!options.unknown) {
    std::cerr << "tacitus actors: say what to list: --unknown\n";
    return 1;
  }
  const std::unique_ptr<const EventPipeline> pipeline =
      options.coding.dictionary.PipelineOrReport("actors");
  if (pipeline == nullptr) return 1;
  auto reader = options.input.OpenReader();
  if (!reader.ok()) {
    std::cerr << "tacitus actors: " << reader.status().message() << "\n";
    return 1;
  }
  std::map<std::string, Tally> tallies;  // by the case-folded phrase
  StoryParts parts;                      // a long story in parts, as `code` codes it
  const auto read = [&](Story* story) { return (*reader)->Next(story); };
  const size_t malformed_parses = CodeStories<std::vector<Miss>>(
      {.pipeline = *pipeline, .options = options.coding},
      [&](Story* story) { return parts.Next(read, story); },
      [](const Story& story, const EventPipeline::Scratch& scratch, const std::vector<Event>&,
         std::vector<Miss>* misses) { CollectMisses(story, scratch, misses); },
      [&](const Story&, std::vector<Miss>& misses) {
        for (Miss& miss : misses) {
          Tally& tally = tallies[AsciiLowercase(miss.phrase)];
          if (tally.phrase.empty()) {
            tally.phrase = std::move(miss.phrase);
            tally.example = std::move(miss.example);
          }
          ++(miss.source ? tally.as_source : tally.as_target);
        }
      });
  std::vector<const Tally*> ranked;
  for (const auto& [key, tally] : tallies) ranked.push_back(&tally);
  // Most often first; ties in the map's (case-folded) order, so the output is stable.
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const Tally* a, const Tally* b) { return a->count() > b->count(); });
  if (options.limit > 0 && ranked.size() > options.limit) ranked.resize(options.limit);
  for (const Tally* tally : ranked) {
    std::cout << tally->count() << "\t\"" << tally->phrase << "\" (source " << tally->as_source
              << ", target " << tally->as_target << ")\n\t" << tally->example << "\n";
  }
  return malformed_parses > 0 ? 2 : ExitStatusFor(**reader);
}

}  // namespace

void AddActorsCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<ActorsOptions>();
  CLI::App* command = app->add_subcommand(
      "actors",
      "--unknown: the noun phrases that stood where a pattern needed an actor but that no "
      "dictionary names, most frequent first, each with an example sentence");
  options->input.AddTo(command, /*format_names_input=*/true);
  command->add_flag("--unknown", options->unknown,
                    "list the phrases no dictionary names (the only listing there is)");
  command->add_option("-n,--limit", options->limit, "show at most N phrases; 0: all")
      ->capture_default_str()
      ->check(CLI::Range(size_t{0}, static_cast<size_t>(kMaxListed)));
  options->coding.AddTo(command);
  command->callback([options, exit_status] {
    options->coding.why_not = true;  // the verdicts name the phrases
    *exit_status = RunActors(*options);
  });
}

}  // namespace tacitus::cli
