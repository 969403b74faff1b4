// Matching our verb and noun patterns (dict/) against what the analysis found.
//
// A clause is laid out as the words that can follow its verb in a pattern: its logical object
// (the direct object, or the subject of a passive) with the adjective that completes it
// ("held Iran responsible"), or for a linking verb with no object the adjective that says
// what its subject is ("was critical of Russia" for `be critical of +T`, "remained open to
// talks with Kyiv"), and the object's own prepositional phrases, indirect object, particle, and its prepositional phrases with their objects, then
// the words of its infinitive complement ("to impose sanctions on Iran"), of a gerund one
// after a preposition ("of violating the ceasefire") or, when the verb has no object, of a
// subjunctive that-clause with its subject as the object ("demanded that Russia withdraw
// its troops"), or the phrase that a clause names in the object's place ("condemned what it
// called the excessive use of force by police"), in text order. A pattern's words must be found in
// that order, each on its lemma, skipping at most a few words inside a phrase ("imposed new
// sanctions on Iran" matches `impose sanction on +T`) but never a preposition, save the "of"
// after a quantity ("hundreds of drones"), though a prepositional phrase of the object's own
// (and its own: "a memorandum of understanding with Kenya"), or of place or time of the
// clause's ("handled the dispute in the South China Sea through talks"), may be passed over
// whole; `+T` and `+S` must stand where a phrase begins, and bind that phrase. A mutual
// pattern (its paired code is its own code) whose last element is a +T with no phrase to bind
// still matches, as a reciprocal event among the subject's actors, when nothing passed over
// leads to a phrase it binds.
#ifndef TACITUS_CODE_PATTERN_LAYOUT_H_
#define TACITUS_CODE_PATTERN_LAYOUT_H_

#include <cstdint>
#include <span>
#include <vector>

#include "code/pattern_match.h"
#include "code/story_actors.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// One word that a pattern can match, in the layout of a clause or noun phrase.
struct PatternItem {
  uint32_t token = 0;
  int32_t phrase = -1;        // the phrase that begins at this word, if one does
  uint32_t phrase_items = 0;  // how many items that phrase spans
  bool preposition = false;   // a preposition or particle outside any phrase
  // The prepositional phrase starting here may be passed over whole: the object's own
  // ("exports an amount of oil to China" for `export to +T`), or the clause's of place or time
  // ("handled the dispute in the South China Sea through talks"): the item after it; 0 when
  // none.
  uint32_t optional_until = 0;
  // A word of a count before what it counts ("tens of thousands of" troops, "dozens of"
  // diplomats, "a series of" strikes), which a pattern word may pass: `deploy troop to +T`
  // reads "deployed tens of thousands of troops to".
  bool counts = false;
};

class PatternLayout {
 public:
  // The words after the verb of `clause`, as described above.
  void OfClause(const Document& doc, const Syntax& syntax, const Clause& clause);
  // The prepositional phrases of a noun phrase, for `noun` patterns; `skip_attachment` (an
  // index into the phrase's attachments, or -1) is left out: the "by" phrase naming the source.
  void OfNounPhrase(const Syntax& syntax, const NounPhrase& phrase, int32_t skip_attachment);

  // The noun phrase that is the object of a light verb ("held talks with X in Moscow"): its
  // prepositional phrases and then the clause's that follow it.
  void OfLightVerbObject(const Syntax& syntax, const Clause& clause, const NounPhrase& phrase,
                         int32_t skip_attachment);

  // The best-scoring of `patterns` that matches; false when none does. With `actors`, one
  // whose +T bound a phrase that names no actor goes after every other.
  bool Best(const Document& doc, std::span<const VerbPattern* const> patterns, PatternMatch* best,
            const StoryActors* actors = nullptr) const;

 private:
  void AddPhrase(const Syntax& syntax, int32_t phrase);
  // The object `phrase` with its own prepositional phrases, which may be passed over (the
  // parser attaches "with Tuvalu" in "inked a deal with Tuvalu" to "deal"; a pattern reads it
  // after the object all the same); when it is a count ("tens of thousands of troops"), the
  // count's words and "of"s as counting words (PatternItem::counts), then the counted phrase.
  void AddObject(const Document& doc, const Syntax& syntax, int32_t phrase);
  // The words that follow `clause`'s verb: its object (with the object's own prepositional
  // phrases, which may be passed over), indirect object, particle (when `particle`) and
  // prepositional phrases.
  void AddComplements(const Document& doc, const Syntax& syntax, const Clause& clause,
                      bool particle);
  // Adds the attachments that begin at or after `first_token`, but the one at index `skip`.
  // An `optional` one may be passed over; with `doc`, one of place or time (IsAdjunct) may be
  // passed over. Each has its own prepositional phrases laid out after it, optional.
  void AddAttachments(const Syntax& syntax, std::span<const Attachment> attachments, int32_t skip,
                      bool optional = false, uint32_t first_token = 0,
                      const Document* doc = nullptr);
  // The adjective that begins at token `at`, adverbs before it passed over: the one that
  // completes an active verb's object ("held Iran (fully) responsible", "found him guilty"),
  // or a linking verb's subject ("was (sharply) critical of Russia").
  void AddComplementAdjective(const Syntax& syntax, const Clause& clause, uint32_t at);
  // For a clause that names what its parent verb has as object ("condemned what it called an
  // invasion", "denounced what it described as piracy by X"): the named phrase, its own
  // prepositional phrases and the naming clause's after it. False (nothing added) when
  // `naming` names nothing.
  bool AddNamedThing(const Syntax& syntax, const Clause& naming);
  void SortConstituents();             // into text order, stably
  void Flatten(const Syntax& syntax);  // constituents_ -> items_
  bool Match(const Document& doc, const VerbPattern& pattern, size_t element, size_t item,
             PatternMatch* match) const;
  // Whether a match may pass over the prepositional phrase at `item`: when one does and
  // something follows it (with nothing after, what is left matches as it would on the phrase).
  bool PassesOver(size_t item) const;
  // Whether the item at `item` is the "of" after a count (IsCountWord: "hundreds of drones")
  // that the layout did not mark as one (PatternItem::counts), which a pattern's word may read
  // past into the phrase that names what is counted.
  bool IsPartitiveOf(const Document& doc, size_t item) const;
  // Match without passing over an optional run at `item`.
  bool MatchHere(const Document& doc, const VerbPattern& pattern, size_t element, size_t item,
                 PatternMatch* match) const;

  // The LemmaBit of every item's lemma and lower-case form, for MayMatch.
  uint64_t LemmaBits(const Document& doc) const;
  // Whether a noun pattern's modifiers stand right before the phrase's head, in order.
  bool ModifiersMatch(const Document& doc, const VerbPattern& pattern) const;

  uint32_t modifiers_begin_ = 0;  // the first token a modifier may be (the phrase's first)
  uint32_t head_ = 0;             // the verb's or the event noun's token
  struct Constituent {
    uint32_t begin;         // first token, for text order
    int32_t phrase;         // -1 for a preposition or particle
    TokenRange words;       // the preposition's tokens when phrase < 0
    bool optional = false;  // part of the object's own prepositional phrases
    bool word = false;      // words of the object's complement, no preposition
    bool passable = false;  // a clause's phrase of place or time, passed over with its own
    bool partner = false;   // "with", "between" hung on a named place: "met in Moscow with Xi"
    bool counts = false;    // a word of a count (PatternItem::counts)
  };
  std::vector<Constituent> constituents_;
  std::vector<PatternItem> items_;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_PATTERN_LAYOUT_H_
