#include "code/act_mention.h"

#include <algorithm>
#include <vector>

#include "code/act_author.h"
#include "lex/verb_classes.h"

namespace tacitus {
namespace {

// The CAMEO roots of the acts noun `noun` names: for a criticism, its acts of material
// conflict ("attack": 18, 19); for praise, the roots praised. Empty for a noun of no such act
// ("the incident", "the violence"), which names any act of material conflict.
void ActRoots(const Dictionaries& dictionaries, std::string_view noun,
              std::span<const std::string> act_roots, std::vector<std::string>* roots) {
  roots->assign(act_roots.begin(), act_roots.end());
  if (!act_roots.empty()) return;
  for (const VerbPattern* act : dictionaries.NounPatternsFor(noun)) {
    const EventType* type = dictionaries.FindEventType(act->code);
    if (type == nullptr || type->quad_class != 4) continue;
    if (std::find(roots->begin(), roots->end(), type->root) == roots->end()) {
      roots->push_back(type->root);
    }
  }
}

// Whether noun `lemma` names the act the reaction's noun `named` names: the same noun, or a
// noun with patterns of one of the act's roots (of any act of material conflict when
// `roots` is empty).
bool NamesTheAct(const Dictionaries& dictionaries, std::string_view lemma, std::string_view named,
                 std::span<const std::string> roots) {
  if (lemma == named) return true;
  const auto acts = dictionaries.NounPatternsFor(lemma);
  return std::any_of(acts.begin(), acts.end(), [&](const VerbPattern* act) {
    const EventType* type = dictionaries.FindEventType(act->code);
    if (type == nullptr) return false;
    if (roots.empty()) return type->quad_class == 4;
    return std::find(roots.begin(), roots.end(), type->root) != roots.end();
  });
}

// The phrase naming who did the act phrase `p` (of sentence `s`) names, where the sentence
// says it: its possessor ("Russia's offensive"; a nationality before the noun names whom an
// act concerns as often: "Russian sanctions"), its "by" phrase or passive relative
// (ActAuthor), or the subject of a light verb whose object it is ("launched air strikes").
int32_t StatedAuthor(const Document& doc, const Syntax& syntax, const StoryActors& actors,
                     std::span<const Factuality> factuality, uint32_t s, int32_t p) {
  const int32_t possessor = syntax.phrases[p].possessor;
  if (actors.NamesKnownActor(possessor)) return possessor;
  const int32_t by = ActAuthor(doc, syntax, s, p);
  if (actors.NamesKnownActor(by)) return by;
  for (const Clause& clause : syntax.ClausesOf(syntax.sentences[s])) {
    // Not "U.S. forces were not taking military action".
    const size_t c = static_cast<size_t>(&clause - syntax.clauses.data());
    if (clause.object == p && !clause.verb.passive && IsLightVerb(clause.verb.lemma) &&
        factuality[c] == Factuality::kDone && actors.NamesKnownActor(clause.subject)) {
      return clause.subject;
    }
  }
  return -1;
}

}  // namespace

int32_t MentionedActAuthor(const Dictionaries& dictionaries, const Document& doc,
                           const Syntax& syntax, const StoryActors& actors,
                           std::span<const Factuality> factuality, uint32_t sentence,
                           TokenRange act, std::span<const std::string> act_roots) {
  const TokenRange here = syntax.sentences[sentence].phrases;
  int32_t named = -1;
  for (uint32_t p = here.begin; p < here.end; ++p) {
    if (syntax.phrases[p].tokens == act) named = static_cast<int32_t>(p);
  }
  if (named < 0) return -1;
  const std::string_view noun = doc.tokens[syntax.phrases[named].head].lemma;
  std::vector<std::string> roots;
  ActRoots(dictionaries, noun, act_roots, &roots);
  for (uint32_t s = sentence; s-- > 0;) {
    const TokenRange phrases = syntax.sentences[s].phrases;
    for (uint32_t p = phrases.end; p-- > phrases.begin;) {
      const std::string_view lemma = doc.tokens[syntax.phrases[p].head].lemma;
      if (!NamesTheAct(dictionaries, lemma, noun, roots)) continue;
      const int32_t author =
          StatedAuthor(doc, syntax, actors, factuality, s, static_cast<int32_t>(p));
      if (author >= 0) return author;
    }
  }
  return -1;
}

}  // namespace tacitus
