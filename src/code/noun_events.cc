#include "code/noun_events.h"

namespace tacitus {

void CodeNounEvents(const CodedStory& story, const EventEmitter& emitter, PatternLayout* layout,
                    std::vector<Event>* events) {
  const Document& doc = story.doc;
  const Syntax& syntax = story.syntax;
  for (uint32_t s = 0; s < syntax.sentences.size(); ++s) {
    if (story.discarded_sentences[s]) continue;
    const TokenRange phrases = syntax.sentences[s].phrases;
    for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
      const NounPhrase& phrase = syntax.phrases[p];
      const auto patterns = story.dictionaries.NounPatternsFor(doc.tokens[phrase.head].lemma);
      if (patterns.empty()) continue;
      // The source: the possessor ("Putin's visit"), else a "by" phrase ("the visit by Putin").
      int32_t source = phrase.possessor;
      int32_t by_attachment = -1;
      const auto attachments = syntax.AttachmentsOf(phrase);
      for (size_t a = 0; source < 0 && a < attachments.size(); ++a) {
        const TokenRange preposition = attachments[a].preposition;
        if (preposition.size() == 1 && doc.tokens[preposition.begin].lower == "by") {
          source = attachments[a].object;
          by_attachment = static_cast<int32_t>(a);
        }
      }
      if (source < 0) continue;
      layout->OfNounPhrase(syntax, phrase, by_attachment);
      PatternMatch match;
      if (!layout->Best(doc, patterns, &match)) continue;
      if (match.source >= 0) source = match.source;
      const EventSite site{s, -1, static_cast<int32_t>(p), {phrase.head, phrase.head + 1}};
      emitter.Emit(site, match, story.actors.ActorsOf(source), story.actors.ActorsOf(match.target),
                   events);
    }
  }
}

}  // namespace tacitus
