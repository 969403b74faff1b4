#include "code/custody_holder.h"

#include <array>
#include <span>
#include <string_view>

#include "base/strings.h"

namespace tacitus {
namespace {

// Verbs of keeping or taking people, whose passive on the released names their holder.
constexpr auto kCustodyVerbs = std::to_array<std::string_view>(
    {"hold", "detain", "jail", "imprison", "capture", "kidnap", "abduct", "seize", "arrest"});

// The first attachment of `attachments` by `preposition` whose object names an actor; -1 if
// none.
int32_t NamedObjectOf(const Document& doc, const StoryActors& actors,
                      std::span<const Attachment> attachments, std::string_view preposition) {
  for (const Attachment& a : attachments) {
    if (a.object < 0 || a.preposition.size() != 1 ||
        doc.tokens[a.preposition.begin].lower != preposition) {
      continue;
    }
    if (!actors.ActorsOf(a.object).empty()) return a.object;
  }
  return -1;
}

// The holder that a reduced relative on phrase `released` names: its agent ("hostages held by
// Hamas") or the country it was held in ("journalists held in Iran"); -1 if none.
int32_t HolderOfTheReleased(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                            const Clause& release, int32_t released) {
  for (const Clause& r : syntax.ClausesOf(syntax.sentences[release.sentence])) {
    if (r.kind != ClauseKind::kRelative || r.subject != released || !r.verb.passive ||
        !In(kCustodyVerbs, r.verb.lemma)) {
      continue;
    }
    if (r.agent >= 0 && !actors.ActorsOf(r.agent).empty()) return r.agent;
    return NamedObjectOf(doc, actors, syntax.AttachmentsOf(r), "in");
  }
  return -1;
}

}  // namespace

int32_t CustodyHolder(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                      uint32_t clause) {
  if (clause >= syntax.clauses.size()) return -1;
  const Clause& c = syntax.clauses[clause];
  if (!c.verb.passive || c.agent >= 0) return -1;
  const int32_t custody = NamedObjectOf(doc, actors, syntax.AttachmentsOf(c), "from");
  if (custody >= 0 || c.subject < 0) return custody;
  return HolderOfTheReleased(doc, syntax, actors, c, c.subject);
}

}  // namespace tacitus
