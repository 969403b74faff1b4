#include "code/act_participants.h"

#include <span>

#include "base/strings.h"
#include "text/pos_tag.h"

namespace tacitus {

bool ActsAmongItsParticipants(const Document& doc, const Syntax& syntax,
                              const Dictionaries& dictionaries, const VerbPattern& pattern,
                              int32_t subject, size_t target_actors) {
  if (pattern.paired_code != pattern.code || subject < 0 || target_actors < 2) return false;
  const uint32_t head = syntax.phrases[subject].head;
  const Token& token = doc.tokens[head];
  if (!IsNoun(token.tag) || IsProperNoun(token.tag)) return false;
  if (token.text.empty() || !IsAsciiLower(token.text.front())) return false;
  return dictionaries.agent_names().LongestAt(std::span<const Token>(doc.tokens), head).length == 0;
}

}  // namespace tacitus
