// The scorer's two files, both JSON Lines as news-dev has them (blank lines are skipped):
//
// Gold: one event an analyst coded per line,
//   {"article": "news-001", "source": "DZAGOV", "target": "DZAMIL", "code": "0831",
//    "date": "2019-04-02", "dyadic": true, "salience": "key", "sentence": "...",
//    "alt": {"code": ["083", "080"], "target": ["DZA"]}}
//   article and code are strings; source, target, date and sentence strings or null (or
//   absent); dyadic a boolean (absent: true); salience a string; alt an object whose source,
//   target, code and date are a string or a list of strings. Other fields are ignored.
// Events: one coded event per line, as `tacitus code` writes them or any coder that gives
//   the story ("story", else "story_id", "article" or "id": the first that is not null), and
//   "source", "target", "code", "date" (strings; null or absent is empty); a number where a
//   string is expected reads as its decimal digits, as score.py's str() has it. "sentence",
//   the sentence's index in the story, is kept for listings.
//
//   Result<GoldFile> gold = ReadGoldFile("gold.jsonl");
//   if (!gold.ok()) { report gold.status().message(); }      // the file cannot be read
//   for (const std::string& error : gold->errors) { report error; }   // "gold.jsonl:7: ..."
//
// Failure: a line that is not valid JSON, not an object, or has a field of the wrong type is
// left out and described in `errors` as "FILE:LINE: reason"; the rest of the file is read.
// Only a file that cannot be opened or read fails as a whole.
#ifndef TACITUS_EVAL_JSONL_INPUTS_H_
#define TACITUS_EVAL_JSONL_INPUTS_H_

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "eval/scorer.h"
#include "tacitus/status.h"

namespace tacitus {

struct GoldFile {
  std::vector<GoldEvent> events;
  std::vector<std::string> errors;  // "FILE:LINE: reason", one per line left out
};

struct EventsFile {
  std::vector<Prediction> predictions;
  std::vector<std::string> errors;  // "FILE:LINE: reason", one per line left out
};

// `file_name` names the input in errors.
GoldFile ReadGold(std::istream& in, std::string_view file_name);
EventsFile ReadEvents(std::istream& in, std::string_view file_name);

// Fail only when `path` cannot be opened or read.
Result<GoldFile> ReadGoldFile(const std::string& path);
Result<EventsFile> ReadEventsFile(const std::string& path);

}  // namespace tacitus

#endif  // TACITUS_EVAL_JSONL_INPUTS_H_
