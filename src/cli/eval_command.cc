#include "cli/eval_command.h"

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cli/story_coding.h"
#include "cli/story_input.h"
#include "code/why_not.h"
#include "eval/jsonl_inputs.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "pipeline/story_parts.h"
#include "syntax/analyzer.h"
#include "tacitus/event_pipeline.h"
#include "text/segmenter.h"

namespace tacitus::cli {
namespace {

struct EvalOptions {
  std::string gold;
  std::string split;  // empty, "odd" or "even"
  ReportOptions report;
  std::string events;    // score this events file instead of coding the stories
  std::string articles;  // with events: a file of the articles scored, besides the stories
  StoryInputOptions input;
  CodingOptions coding;
};

// What is scored: the predictions, the articles that count, and how many inputs were left out.
struct ScoringInputs {
  std::vector<Prediction> predictions;
  std::unordered_set<std::string> articles;
  size_t skipped = 0;
  // With --show, when coding: per "story\tsentence", what we made of the sentence, for the
  // missed gold events coded from it (our events there, or why its clauses gave none).
  std::unordered_map<std::string, std::vector<std::string>> notes;
};

// One coded story's output: its predictions, and its sentences' notes (ScoringInputs).
struct CodedStoryOutput {
  std::vector<Prediction> predictions;
  std::vector<std::pair<std::string, std::vector<std::string>>> notes;
};

// Sentence `index` of `doc`, analysed from `text`, on one line for the listing: white space
// (line breaks inside a paragraph) runs become one space. Empty when there is no such sentence.
std::string SentenceText(std::string_view text, const Document& doc, int64_t index) {
  if (index < 0 || static_cast<size_t>(index) >= doc.sentences.size()) return "";
  const Span span = doc.sentences[index].span;
  std::string line;
  bool space = false;
  for (const char c : text.substr(span.begin, span.size())) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !line.empty()) line += ' ';
    space = false;
    line += c;
  }
  return line;
}

// What we made of each sentence of a coded story: "ours: SRC->TGT CODE" per event, or, for a
// sentence with none, "why not: ..." per clause (code --why-not).
void NoteSentences(const Story& story, const EventPipeline::Scratch& scratch,
                   const std::vector<Event>& events, CodedStoryOutput* out) {
  const Document& doc = scratch.analysis().document;
  std::vector<std::vector<std::string>> notes(doc.sentences.size());
  for (const Event& event : events) {
    if (event.sentence >= notes.size()) continue;
    notes[event.sentence].push_back("ours: " + event.source + "->" + event.target + " " +
                                    event.code);
  }
  for (const ClauseVerdict& verdict : scratch.verdicts()) {
    if (verdict.sentence >= notes.size()) continue;
    std::vector<std::string>& lines = notes[verdict.sentence];
    if (!lines.empty() && lines.front().starts_with("ours: ")) continue;
    lines.push_back("why not: " + DescribeVerdict(doc, story.text, verdict));
  }
  for (size_t s = 0; s < notes.size(); ++s) {
    if (notes[s].empty()) notes[s].push_back("why not: no clause with a verb of its own to code");
    out->notes.emplace_back(
        story.id + "\t" + SentenceText(story.text, doc, static_cast<int64_t>(s)),
        std::move(notes[s]));
  }
}

// `doc`: the story's analysis, for the event's sentence; nullptr when it is not wanted.
Prediction PredictionOf(const Event& event, const Story& story, const Document* doc) {
  return {.story = event.story,
          .source = event.source,
          .target = event.target,
          .code = event.code,
          .date = event.date.ToString(),
          .sentence_index = int64_t{story.part.first_sentence} + event.sentence,  // in the whole
          .sentence = doc == nullptr ? "" : SentenceText(story.text, *doc, event.sentence)};
}

// Codes the stories of `half` with the pipeline and options of `tacitus code`; false, with
// the reason on stderr, when it cannot run.
bool CodePredictions(const EvalOptions& options, Half half, ScoringInputs* scored) {
  const std::unique_ptr<const EventPipeline> pipeline =
      options.coding.dictionary.PipelineOrReport("eval");
  if (pipeline == nullptr) return false;
  auto reader = options.input.OpenReader();
  if (!reader.ok()) {
    std::cerr << "tacitus eval: " << reader.status().message() << "\n";
    return false;
  }
  CodingOptions coding = options.coding;
  coding.why_not = options.report.show;
  // The other half is not scored, so it need not be coded; a long story is coded in parts,
  // as `code` codes it.
  const auto read_half = [&](Story* story) {
    while ((*reader)->Next(story)) {
      if (InHalf(story->id, half)) return true;
    }
    return false;
  };
  StoryParts parts;
  scored->skipped += CodeStories<CodedStoryOutput>(
      {.pipeline = *pipeline, .options = coding},
      [&](Story* story) { return parts.Next(read_half, story); },
      [&](const Story& story, const EventPipeline::Scratch& scratch,
          const std::vector<Event>& events, CodedStoryOutput* out) {
        const Document* doc = options.report.show ? &scratch.analysis().document : nullptr;
        for (const Event& event : events) {
          out->predictions.push_back(PredictionOf(event, story, doc));
        }
        if (options.report.show) NoteSentences(story, scratch, events, out);
      },
      [&](const Story& story, CodedStoryOutput& coded) {
        scored->articles.insert(story.id);
        for (Prediction& prediction : coded.predictions) {
          scored->predictions.push_back(std::move(prediction));
        }
        for (auto& [key, lines] : coded.notes) scored->notes.emplace(key, std::move(lines));
      });
  scored->skipped += (*reader)->skipped();
  return true;
}

// Reads the events file, and the stories for the articles that count (and, for --show, the
// sentences of the events that give their index); false, with the reason on stderr, when it
// cannot run.
bool ReadPredictions(const EvalOptions& options, ScoringInputs* scored) {
  Result<EventsFile> events = ReadEventsFile(options.events);
  if (!events.ok()) {
    std::cerr << "tacitus eval: " << events.status().message() << "\n";
    return false;
  }
  for (const std::string& error : events->errors) std::cerr << error << "\n";
  scored->skipped += events->errors.size();
  scored->predictions = std::move(events->predictions);

  std::unordered_map<std::string, std::vector<size_t>> wanting_sentence;  // story -> predictions
  for (size_t i = 0; options.report.show && i < scored->predictions.size(); ++i) {
    const Prediction& prediction = scored->predictions[i];
    if (prediction.sentence.empty() && prediction.sentence_index >= 0) {
      wanting_sentence[prediction.story].push_back(i);
    }
  }
  StoryInputOptions input = options.input;
  if (!options.articles.empty()) input.inputs.push_back(options.articles);
  auto reader = input.OpenReader();
  if (!reader.ok()) {
    std::cerr << "tacitus eval: " << reader.status().message() << "\n";
    return false;
  }
  const TextSegmenter segmenter;
  Document doc;
  Story story;
  StoryParts parts;  // a long story in parts: its sentences are those of the whole
  const auto read = [&](Story* next) { return (*reader)->Next(next); };
  while (parts.Next(read, &story)) {
    scored->articles.insert(story.id);
    const auto wanting = wanting_sentence.find(story.id);
    if (wanting == wanting_sentence.end()) continue;
    segmenter.Segment(story.text, &doc);  // as the pipeline cut it, so the indices agree
    for (const size_t i : wanting->second) {
      Prediction& prediction = scored->predictions[i];
      if (!prediction.sentence.empty()) continue;  // in an earlier part
      prediction.sentence =
          SentenceText(story.text, doc, prediction.sentence_index - story.part.first_sentence);
    }
    if (story.part.last) wanting_sentence.erase(wanting);
  }
  scored->skipped += (*reader)->skipped();
  return true;
}

// The combinations of STORIES, --events and --articles that make sense; false, with the
// reason on stderr, for the others.
bool CheckInputs(const EvalOptions& options) {
  const bool has_stories = !options.input.inputs.empty();
  const char* problem = nullptr;
  if (options.events.empty() && !options.articles.empty()) {
    problem = "--articles goes with --events (the stories given are the articles scored)";
  } else if (options.events.empty() && !has_stories) {
    problem = "give the stories to code, or --events FILE";
  } else if (!options.events.empty() && !has_stories && options.articles.empty()) {
    problem = "--events needs the articles scored: --articles FILE or the stories";
  }
  if (problem != nullptr) std::cerr << "tacitus eval: " << problem << "\n";
  return problem == nullptr;
}

int RunEval(const EvalOptions& options) {
  if (!CheckInputs(options)) return 1;
  const std::optional<Half> half = options.split.empty() ? Half::kAll : ParseHalf(options.split);
  if (!half) {
    std::cerr << "tacitus eval: --split must be odd or even, got '" << options.split << "'\n";
    return 1;
  }
  Result<GoldFile> gold = ReadGoldFile(options.gold);
  if (!gold.ok()) {
    std::cerr << "tacitus eval: " << gold.status().message() << "\n";
    return 1;
  }
  for (const std::string& error : gold->errors) std::cerr << error << "\n";

  ScoringInputs scored;
  scored.skipped = gold->errors.size();
  const bool ran = options.events.empty() ? CodePredictions(options, *half, &scored)
                                          : ReadPredictions(options, &scored);
  if (!ran) return 1;
  const Evaluation evaluation = Evaluate(gold->events, scored.articles, scored.predictions, *half);
  ReportOptions report = options.report;
  if (!scored.notes.empty()) {
    report.after_missed = [&](const GoldEvent& event, std::ostream& out) {
      // The gold's sentence as ours was cut: white space folded as SentenceText folds it.
      std::string sentence;
      bool space = false;
      for (const char c : event.sentence) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          space = true;
          continue;
        }
        if (space && !sentence.empty()) sentence += ' ';
        space = false;
        sentence += c;
      }
      const auto found = scored.notes.find(event.article + "\t" + sentence);
      if (found == scored.notes.end()) return;
      for (const std::string& line : found->second) out << "      " << line << "\n";
    };
  }
  WriteReport(evaluation, gold->events, scored.predictions, report, std::cout);
  std::cout.flush();
  return scored.skipped > 0 ? 2 : 0;
}

}  // namespace

void AddEvalCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app->add_subcommand(
      "eval", "code stories and score the events against a gold set: P/R/F1 at three levels");
  command
      ->add_option("--gold", options->gold,
                   "gold events, JSON Lines: {article, source, target, code, date, alt, ...}")
      ->required();
  options->input.AddTo(command, /*format_names_input=*/false)->required(false);
  command->add_option(
      "--split,--half", options->split,
      "score only the articles whose number is odd (to look at misses) or even (for "
      "the figure)");
  command->add_flag("--show", options->report.show,
                    "list the missed gold events and the false positives, with their sentences");
  command->add_flag("--by-root", options->report.by_root, "L1 recall and precision per CAMEO root");
  command->add_option("--events", options->events,
                      "score these coded events (JSON Lines, as tacitus code writes them) "
                      "instead of coding the stories");
  command->add_option("--articles", options->articles,
                      "with --events: a stories file whose articles are scored");
  options->coding.AddTo(command);
  command->callback([options, exit_status] { *exit_status = RunEval(*options); });
}

}  // namespace tacitus::cli
