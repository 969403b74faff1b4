#include "code/requested_act.h"

#include <span>
#include <string_view>

#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

bool IsPreposition(const Document& doc, const Attachment& a,
                   std::initializer_list<std::string_view> words) {
  if (a.preposition.size() != 1) return false;
  const std::string_view lower = doc.tokens[a.preposition.begin].lower;
  for (std::string_view word : words) {
    if (lower == word) return true;
  }
  return false;
}

}  // namespace

int32_t Requester(const Document& doc, const Syntax& syntax, uint32_t clause) {
  const std::span<const Attachment> attachments = syntax.AttachmentsOf(syntax.clauses[clause]);
  for (size_t i = 0; i < attachments.size(); ++i) {
    const Attachment& a = attachments[i];
    if (a.object < 0 || !IsPreposition(doc, a, {"at", "on", "upon"})) continue;
    const NounPhrase& request = syntax.phrases[a.object];
    if (doc.tokens[request.head].lemma != "request") continue;
    if (request.possessor >= 0) return request.possessor;  // "at Sogavare's request"
    for (const Attachment& own : syntax.AttachmentsOf(request)) {
      if (own.object >= 0 && IsPreposition(doc, own, {"of", "from"})) return own.object;
    }
    // "on a request from Kyiv": the parser may give the "from" phrase to the verb.
    if (i + 1 < attachments.size() && attachments[i + 1].object >= 0 &&
        IsPreposition(doc, attachments[i + 1], {"of", "from"})) {
      return attachments[i + 1].object;
    }
    return a.object;  // "at a Saudi request"; "at the request" names no one
  }
  return -1;
}

void CodeRequests(const CodedStory& story, const EventEmitter& emitter,
                  std::vector<Event>* events) {
  const size_t end = events->size();
  int32_t last = -1;  // a clause's events stand together: each clause once
  for (size_t i = story.first_event; i < end; ++i) {
    const int32_t clause = (*events)[i].clause;
    if (clause < 0 || clause == last) continue;
    last = clause;
    const int32_t requester = Requester(story.doc, story.syntax, static_cast<uint32_t>(clause));
    if (requester < 0) continue;
    const Clause& act = story.syntax.clauses[static_cast<size_t>(clause)];
    const EventSite site{act.sentence, clause, -1, story.syntax.phrases[requester].tokens};
    for (const ResolvedActor& asking : story.actors.ActorsOf(requester)) {
      for (const ResolvedActor& doer : story.actors.ActorsOf(act.LogicalSubject())) {
        if (SameLocation(asking.code, doer.code)) continue;
        emitter.EmitFound(site, RequestPattern(), {&asking, 1}, {&doer, 1}, events);
      }
    }
  }
}

const VerbPattern& RequestPattern() {
  static const VerbPattern* const pattern = [] {
    auto* p = new VerbPattern;
    p->code = "020";
    p->head = "request";
    p->text = "+T ... {at/on/upon} {+S's request/the request of +S/a request from +S}";
    p->origin = Origin{"src/code/requested_act.cc", 0};
    return p;
  }();
  return *pattern;
}

}  // namespace tacitus
