// Dictionaries written for the tests of code/, and finding a phrase of an analysis by its words.
#ifndef TACITUS_CODE_CODE_TESTING_H_
#define TACITUS_CODE_CODE_TESTING_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/temp_dir_testing.h"
#include "code/coder.h"
#include "code/tacitus_clause_coder.h"
#include "code/why_not.h"
#include "dict/cameo_tables_testing.h"
#include "dict/dictionaries.h"
#include "dict/petrarch_dictionaries.h"
#include "syntax/analyzer.h"
#include "syntax/analyzer_testing.h"

namespace tacitus::testing {

namespace fs = std::filesystem;

// The verbs file of OurTestDictionaries (data/verbs/test.txt).
inline constexpr char kOurTestVerbs[] =
    "verb 040:040 meet +T | meet with +T | discuss with +T\n"
    "verb --- meet {demand/deadline}\n"
    "verb 042:043 visit +T\n"
    "noun 042:043 visit to +T\n"
    "verb 111 criticize +T | condemn +T\n"
    "verb 173 issue (arrest) warrant against +T\n"
    "verb 163 impose sanction on +T\n"
    "verb 190 attack +T\n"
    "verb 112 reject offer\n"
    "verb 057:057 ink {deal/agreement} with +T\n"
    "verb 050 restore {relation/tie} with +T\n"
    "verb 1312 threaten to impose sanction on +T\n"
    "verb 1313 threaten to cut tie with +T\n"
    "verb 112 accuse +T\n"
    "verb 1123 accuse +T of violate (the) ceasefire\n"
    "verb 019 agree with +T\n"
    "noun 041:041 {phone/telephone} call with +T | {phone/telephone} call\n"
    "verb 041:041 call {president/counterpart}\n"
    "verb 0253 call for release of +T\n"
    "verb 195 strike +T | strike city in +T\n"
    "verb 111 draw criticism from +S\n"
    "verb 040+114 summon ambassador\n"
    "noun 190 attack on +T\n"
    "verb 071 send aid to +T\n"
    "verb 072 supply +T with {weapon/drone}\n"
    "noun 040:040 talk with +T | talk between +T\n"
    "intent 04 036\n"
    "intent 07 033\n"
    "intent 16 131\n"
    "intent 163 1312\n"
    "intent 19 138\n"
    "intent 083 034\n"
    "intent 087 0356\n"
    "verb 0874 pull out of +T | retreat from +T\n"
    "verb 141 march | march against +T | protest against +T\n"
    "verb 0831 resign | accept resignation\n"
    "verb 051 hail +T\n"
    "verb 0841:0841 swap prisoner with +T\n"
    "noun 0841:0841 prisoner swap with +T\n"
    "verb 0841 hand over prisoner to +T\n"
    "noun 071 aid to +T\n"
    "verb 173 arrest +T | detain +T\n"
    "verb 145 storm +T\n"
    "verb 030 commit to strengthen tie with +T\n"
    "verb 100 demand +T\n"
    "verb 1056 demand +T withdraw\n"
    "verb 016 deny | deny accusation\n"
    "verb 112 hold +T responsible\n"
    "noun 190:190 {fighting/clash} between +T\n"
    "verb 1723 impose (a) curfew\n"
    "noun 1723 curfew in +T\n"
    "verb 154 {deploy/send} troop to +T\n"
    "verb 018 offer condolence | offer condolence {to/over} +T\n"
    "verb 0871 {declare/accept} ceasefire\n"
    "verb 090 investigate +T\n"
    "verb 0841 release +T | free +T\n"
    "verb 0841 let +T go\n"
    "verb 174 deport +T\n"
    "verb 062:062 feature navy of +T\n"
    "verb 120 refuse +T\n"
    "noun 100 demand on +T\n"
    "noun 141 protest | demonstration\n"
    "verb 181 take +T hostage\n"
    "verb 152 put troop on alert\n";

// Where the whole line `entry` stands in kOurTestVerbs, as an explanation cites it
// ("data/verbs/test.txt:26"), so that tests need not count lines.
inline std::string OurTestVerbsLine(std::string_view entry) {
  const std::string_view text = kOurTestVerbs;
  size_t line = 1;
  for (size_t at = 0; at < text.size(); ++line) {
    const size_t end = std::min(text.find('\n', at), text.size());
    if (text.substr(at, end - at) == entry) return "data/verbs/test.txt:" + std::to_string(line);
    at = end + 1;
  }
  return "(not in kOurTestVerbs)";
}

// A data directory with the project's CAMEO tables and the dictionaries below. The loaded
// dictionaries keep nothing of the files, so the directory goes when they are loaded.
inline std::shared_ptr<const Dictionaries> OurTestDictionaries() {
  static const std::shared_ptr<const Dictionaries> dictionaries = [] {
    const TempDir temp;
    const fs::path dir = temp.path() / "data";
    CopyCameoTables(dir);
    temp.Write("data/actors/test.txt",
               "country RUS Russia\n"
               "adjective RUS Russian\n"
               "people RUS Russians\n"
               "country CHN China\n"
               "adjective CHN Chinese\n"
               "country UKR Ukraine\n"
               "country NLD Netherlands | the Netherlands\n"
               "capital CHN Beijing\n"
               "region WST the West | Western powers\n"
               "seat RUSGOV the Test Office\n"
               "org IGOICC International Criminal Court | ICC\n"
               "org IMGMOS Islamic State\n"
               "org UKRREB Test Liberation Front\n"
               "org PSEHMS Hamas\n"
               "org RUSINS Northern Test Brigade\n"
               "person Vladimir Putin | Putin ; RUSGOV 2000-05-07.. president\n"
               "person Xi Jinping | Xi ; CHNGOV 2013-03-14.. president\n"
               "person Tony Blair ; GBRGOV 1997-05-02..2007-06-27 prime minister\n"
               "person Ivan Example | Example ; RUSMIL 2000-01-01..2010-01-01 general ; "
               "RUSGOV 2010-01-01..2015-01-01 minister\n"
               "person Omar al-Testi ; UKRGOV 2020-01-01.. minister\n"
               "person Luisa Testa de Ejemplo ; ARGGOV 2020-01-01.. president\n");
    temp.Write("data/agents.txt",
               "agent MIL troops | soldier\n"
               "agent GOV president | minister | ambassador | counterpart\n"
               "agent CVL civilian | people\n"
               "agent COP police\n"
               "agent REB rebel\n"
               "doer COP arrest\n"
               "doer GOV deport\n");
    temp.Write("data/verbs/test.txt", kOurTestVerbs);
    temp.Write("data/evaluations.txt",
               "evaluation 111 reckless | unacceptable | destabilizing\n"
               "evaluation 111 not legal | not fair\n"
               "evaluation 112 criminal\n"
               "evaluation 111 violation\n"
               "evaluation 1123 aggression\n");
    temp.Write("data/discards.txt",
               "discard sentence football match\n"
               "discard story stock index\n");
    auto loaded = Dictionaries::Load(dir.string());
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  return dictionaries;
}

// The events `coder` codes in `text`, a story of `date`; `scratch`, when given, keeps the
// analysis of the text for the caller.
inline std::vector<Event> CodedEvents(const Coder& coder, const std::string& text,
                                      const std::string& date = "2023-11-08",
                                      Coder::Scratch* scratch = nullptr) {
  Story story;
  story.id = "test";
  story.date = *Date::ParseIso(date);
  story.text = text;
  Coder::Scratch own_scratch;
  std::vector<Event> events;
  coder.Code(story, scratch != nullptr ? scratch : &own_scratch, &events);
  return events;
}

// "SOURCE TARGET CODE" of each event.
inline std::vector<std::string> EventTriples(const std::vector<Event>& events) {
  std::vector<std::string> lines;
  for (const Event& e : events) lines.push_back(e.source + " " + e.target + " " + e.code);
  return lines;
}

// What `coder` codes in `text` (a story of 2023-11-08) with ClauseScratch::why_not on: the
// events, and the verdicts on the clauses that gave none, each described (DescribeVerdict).
struct CodedWithVerdicts {
  std::vector<Event> events;
  std::vector<ClauseVerdict> verdicts;
  std::vector<std::string> lines;
};
inline CodedWithVerdicts CodeWithVerdicts(const Coder& coder, const std::string& text) {
  Story story;
  story.id = "test";
  story.date = *Date::ParseIso("2023-11-08");
  story.text = text;
  Coder::Scratch scratch;
  scratch.clauses.why_not = true;
  CodedWithVerdicts out;
  coder.Code(story, &scratch, &out.events);
  out.verdicts = scratch.clauses.verdicts;
  for (const ClauseVerdict& v : out.verdicts) {
    out.lines.push_back(DescribeVerdict(scratch.analysis.document, text, v));
  }
  return out;
}

// "SOURCE TARGET CODE" for each event `coder` codes in `text`, in order.
inline std::vector<std::string> EventLines(const Coder& coder, const std::string& text,
                                           const std::string& date = "2023-11-08") {
  return EventTriples(CodedEvents(coder, text, date));
}

// Our clause coder with OurTestDictionaries, built once for the test program (a Coder is
// immutable: tests share it).
inline const Coder& OurTestCoder() {
  static const Coder coder(SharedAnalyzer(), OurTestDictionaries(),
                           std::make_shared<TacitusClauseCoder>());
  return coder;
}

// A fixture for tests that code with OurTestCoder: Code("...") gives its EventLines.
class OurCoderTest : public ::testing::Test {
 protected:
  static std::vector<std::string> Code(const std::string& text,
                                       const std::string& date = "2023-11-08") {
    return EventLines(OurTestCoder(), text, date);
  }
  const Coder& coder_ = OurTestCoder();
};

// PETRARCH-format dictionaries of invented countries (Valdoria VAL, Merentia MER, Kostania
// KOS, Zembla ZEM), with synsets, compound and skipping patterns, agents and issues.
inline std::shared_ptr<const Dictionaries> PetrarchTestDictionaries() {
  static const std::shared_ptr<const Dictionaries> dictionaries = [] {
    // The loaded dictionaries keep nothing of the files: the directory goes once they are read.
    const TempDir dir;
    PetrarchFiles files;
    files.verbs.push_back(dir.Write("verbs.txt",
                                    "&FUNDS\n+SWISS_FRANCS\n+AID\n\n"
                                    "--- PLEDGE  [030] ---\n"
                                    "PLEDGE\n"
                                    "- * &FUNDS TO + [071]\n"
                                    "- PUBLICLY * + [0311]\n\n"
                                    "--- PRAISE  [051] ---\n"
                                    "PRAISE\n\n"
                                    "--- BURN  [180] ---\n"
                                    "BURN\n\n"
                                    "--- SIGN  [081] ---\n"
                                    "SIGN\n\n"
                                    "--- SAY  [010] ---\n"
                                    "SAY { SAID }\n\n"
                                    "--- CONCUR  [080] ---\n"
                                    "CONCUR\n"
                                    "- % * [030:030]\n"
                                    "- * WITH % [031]\n\n"
                                    "--- POSTPONE  [191] ---\n"
                                    "POSTPONE\n"
                                    "- % HAVE * [191]\n\n"
                                    "--- WARN  [160] ---\n"
                                    "WARN\n"
                                    "- * THEIR ^ + [162]\n\n"
                                    "--- BELIEVE  [023] ---\n"
                                    "BELIEVE\n"
                                    "- * LINKED [111]\n\n"
                                    "--- AGREE  [030] ---\n"
                                    "AGREE\n"
                                    "- * (TO SANCTIONS) [163]\n\n"
                                    "--- REGRET  [111] ---\n"
                                    "REGRET\n"
                                    "- NOTED + * [115]\n"));
    files.actors.push_back(dir.Write("actors.txt",
                                     "VALDORIA [VAL]\n"
                                     "MERENTIA [MER]\n"
                                     "KOSTANIA [KOS]\n"
                                     "ZEMBLA [ZEM]\n"
                                     "COUNCIL OF ELDERS [ELD]\n"));
    files.issues.push_back(dir.Write("issues.txt",
                                     "<ISSUE CATEGORY=\"SANCTIONS\" TYPE=\"ALL\">\n"
                                     "n:sanction [SANCTIONS]\n"
                                     "head start [EARLY_EDUCATION]\n"
                                     "~a head start\n"));
    files.agents.push_back(dir.Write("agents.txt",
                                     "OFFICIAL [~GOV]\n"
                                     "ENVOY [~GOV]\n"
                                     "LAWMAKER [~LEG]\n"
                                     "MOB [~REB]\n"
                                     "OPPOSITION GROUP [~OPP]\n"
                                     "MAIN OPPOSITION GROUP [~MOP]\n"
                                     "RIGHTS ACTIVIST [SGM~]\n"
                                     "HUMAN RIGHTS ACTIVIST [HGM~]\n"
                                     "MINISTER [~GOV]\n"
                                     "PRIME MINISTER [~GOV]\n"));
    auto loaded = LoadPetrarchDictionaries(files);
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    if (!loaded.ok()) return std::shared_ptr<const Dictionaries>();
    EXPECT_TRUE(loaded->diagnostics.empty()) << loaded->diagnostics[0].ToString();
    return loaded->dictionaries;
  }();
  return dictionaries;
}

// The index of the first noun phrase of `analysis` (of `text`) whose words are `words`
// ("Chinese troops"), as written in `text`; -1 when none is.
inline int32_t FindPhrase(const Analysis& analysis, std::string_view text, std::string_view words) {
  const Document& doc = analysis.document;
  for (size_t p = 0; p < analysis.syntax.phrases.size(); ++p) {
    const TokenRange tokens = analysis.syntax.phrases[p].tokens;
    if (tokens.empty()) continue;
    const size_t begin = doc.tokens[tokens.begin].span.begin;
    const size_t end = doc.tokens[tokens.end - 1].span.end;
    if (text.substr(begin, end - begin) == words) {
      return static_cast<int32_t>(p);
    }
  }
  return -1;
}

// The words of phrase `phrase` of `analysis` (of `text`) as written; "" for -1.
inline std::string PhraseWords(const Analysis& analysis, std::string_view text, int32_t phrase) {
  if (phrase < 0) return "";
  const TokenRange tokens = analysis.syntax.phrases[phrase].tokens;
  const Document& doc = analysis.document;
  const size_t begin = doc.tokens[tokens.begin].span.begin;
  return std::string(text.substr(begin, doc.tokens[tokens.end - 1].span.end - begin));
}

// The words of the phrase that `find(analysis)` picks in the analysis of `text`, as written;
// "(none)" when it picks none (-1). For tests of a finder:
//   FoundPhraseWords("... brokered by Oman.", [](const Analysis& a) { return Find(a, 0); });
template <typename Find>
std::string FoundPhraseWords(const std::string& text, Find find) {
  Analysis analysis;
  SharedAnalyzer()->Analyze(text, &analysis);
  const int32_t phrase = find(analysis);
  return phrase < 0 ? "(none)" : PhraseWords(analysis, text, phrase);
}

}  // namespace tacitus::testing

#endif  // TACITUS_CODE_CODE_TESTING_H_
