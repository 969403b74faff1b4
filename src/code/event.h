// A coded event: who did what to whom, in which sentence of which story, and why.
#ifndef TACITUS_CODE_EVENT_H_
#define TACITUS_CODE_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/date.h"
#include "text/document.h"

namespace tacitus {

struct Event {
  std::string story;       // story id
  Date date;               // the story's date
  uint32_t sentence = 0;   // 0-based index of the sentence in the story
  std::string source;      // CAMEO actor codes: "RUSGOV", "WST", "IGOICC"
  std::string target;
  std::string code;        // CAMEO event code: "042", "111", "1731"
  std::string root;        // its two-digit root: "04"
  int quad_class = 0;      // 1 verbal cooperation .. 4 material conflict
  double goldstein = 0;    // -10 .. +10
  std::string plover;      // PLOVER event type ("CONSULT"), "DROPPED" where PLOVER has none
  // Bytes of the story text (Story::text) that named the source and target and the verb
  // (or event noun) that said what happened.
  Span source_span;
  Span verb_span;
  Span target_span;
  std::string pattern;               // the verb or noun pattern as written in the dictionary
  std::vector<std::string> matched;  // dictionary entries used, "data/verbs/04-consult.txt:12"

  friend bool operator==(const Event&, const Event&) = default;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_EVENT_H_
