// Looking names up in the dictionaries, as `tacitus dict lookup` and the actor filters of
// query, series, top and export do: the phrase is analysed (so that "soldiers" finds the agent
// "soldier") and, token by token, the longest actor or agent name is taken.
//
//   auto analyzer = Analyzer::Create();
//   for (const NameMatch& m : MatchNames(dicts, **analyzer, "Vladimir Putin")) ...
//   ActorReading r = ReadActorFilter(dicts, **analyzer, "Iran");   // codes {"IRN"}
//
// Nothing here fails: a phrase that names nothing gives no match, an actor filter that is
// neither a code nor a name gives no codes and the nearest ones.
#ifndef TACITUS_DICT_NAME_LOOKUP_H_
#define TACITUS_DICT_NAME_LOOKUP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionaries.h"
#include "syntax/analyzer.h"
#include "tacitus/span.h"

namespace tacitus {

struct NameMatch {
  Span span;  // bytes of the phrase
  uint32_t first_token = 0, length = 0;
  bool agent = false;         // an agent name ("police"); else an actor name
  std::vector<uint32_t> ids;  // into Dictionaries::agents() or ::actors()
};

// Every name in `phrase`, left to right; names inside a longer match are not listed again.
std::vector<NameMatch> MatchNames(const Dictionaries& dicts, const Analyzer& analyzer,
                                  std::string_view phrase);

struct ActorReading {
  std::vector<std::string> codes;    // what the filter means; empty when nothing
  std::vector<std::string> nearest;  // when empty: the closest codes, "IRN (Iran)"
};

// An actor filter that is not a code: the codes of the actor its whole text names ("Iran" ->
// IRN; a person -> the codes of their roles), else its capitals when they begin some actor code
// ("rus" -> RUS), else nothing and the five nearest codes and names.
ActorReading ReadActorFilter(const Dictionaries& dicts, const Analyzer& analyzer,
                             std::string_view text);

// Whether an actor filter is written as a code: no lowercase letter, no space ("RUS", "RUSGOV").
bool LooksLikeActorCode(std::string_view text);

}  // namespace tacitus

#endif  // TACITUS_DICT_NAME_LOOKUP_H_
