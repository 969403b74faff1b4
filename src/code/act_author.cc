#include "code/act_author.h"

#include "code/mediation.h"

namespace tacitus {

namespace {

bool IsBy(const Document& doc, const Attachment& a) {
  return a.object >= 0 && a.preposition.size() == 1 &&
         doc.tokens[a.preposition.begin].lower == "by";
}

// Whether `phrase` is the object of one of `clause`'s prepositional phrases.
bool IsAttachedTo(const Syntax& syntax, const Clause& clause, int32_t phrase) {
  for (const Attachment& a : syntax.AttachmentsOf(clause)) {
    if (a.object == phrase) return true;
  }
  return false;
}

}  // namespace

int32_t ActAuthor(const Document& doc, const Syntax& syntax, uint32_t sentence, int32_t phrase) {
  if (phrase < 0) return -1;
  for (const Attachment& a : syntax.AttachmentsOf(syntax.phrases[phrase])) {
    if (IsBy(doc, a)) return a.object;
  }
  for (const Clause& clause : syntax.ClausesOf(syntax.sentences[sentence])) {
    // "a ceasefire brokered by Russia": the broker is no party to it (code/mediation.h).
    if (clause.kind == ClauseKind::kRelative && clause.antecedent == phrase &&
        clause.verb.passive && clause.agent >= 0 && !IsVerbOfMediation(clause.verb.lemma)) {
      return clause.agent;
    }
    // The parser gives a "by" phrase after an active verb's object to the verb, which takes no
    // agent: the first phrase after the object, it is the object's ("condemned the attack by
    // Russian troops"), unless it names no one ("by force"), which the coder's actors tell.
    // So too after the object of the verb's own preposition ("expressed opposition to the
    // visit by the speaker", "was appalled by the killing of protesters by police").
    if (!clause.verb.passive && (clause.object == phrase || IsAttachedTo(syntax, clause, phrase))) {
      for (const Attachment& a : syntax.AttachmentsOf(clause)) {
        if (a.preposition.begin < syntax.phrases[phrase].tokens.end) continue;
        if (IsBy(doc, a)) return a.object;
        break;
      }
    }
  }
  return -1;
}

}  // namespace tacitus
