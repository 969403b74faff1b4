// StoryActors' states and organisations referred back to: news names a country, an
// international body or an armed group once and then goes on with "it" or a word for its kind:
// "The European Union imposed sanctions on Gondor. The bloc also ...", "Hamas fired rockets.
// The group said ...", "Gondor recalled its envoy. It accused Rohan of ...". What each refers
// to is the last of its kind named before, within the sentence before at most (further back,
// a reporter names it again).
#include <cstdint>
#include <string_view>

#include "base/strings.h"
#include "code/story_actors.h"

namespace tacitus {
namespace {

// Roles of the state and of society: an actor of one of these is no group of its own.
bool IsStateOrSocietyRole(std::string_view role) {
  return In({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "CVL", "BUS", "MED", "EDU", "HLH", "REF",
             "ELI", "LAB", "AGR", "ENV", "HRI", "IGO"},
            role);
}

// A head word that names many: "rebels", "officials", "police".
bool IsPluralHead(const Token& head) {
  return head.tag == PosTag::kNNS || head.tag == PosTag::kNNPS || head.lemma == "police";
}

// Whether the actor of a phrase of head `head` is a country itself, named by its name ("the
// Philippines", "the United States"), not its agents or people ("Philippine troops",
// "British nationals").
bool NamesACountry(const ResolvedActor& actor, const Token& head) {
  return IsProperNoun(head.tag) && actor.place != nullptr && actor.code.size() == 3 &&
         actor.code == actor.place->code;
}

}  // namespace

bool StoryActors::IsItsClausesDoer(const Syntax& syntax, uint32_t p, int32_t body) const {
  const int32_t c = clause_of_[p];
  if (c < 0) return false;
  const int32_t doer = syntax.clauses[static_cast<size_t>(c)].LogicalSubject();
  return doer >= 0 && doer != static_cast<int32_t>(p) && !own_[doer].code.empty() &&
         own_[doer].code == own_[body].code;
}

StoryActors::BodyKind StoryActors::KindOfBody(const Syntax& syntax, uint32_t p) const {
  const ResolvedActor& actor = own_[p];
  if (actor.code.empty() || actor.person || actor.new_actor || actor.code[0] == '"' ||
      actor.code.starts_with("---")) {
    return BodyKind::kNone;
  }
  if (!PlaceCountry(static_cast<int32_t>(p)).empty()) return BodyKind::kCountry;
  if (actor.code.starts_with("IGO")) return BodyKind::kOrganisation;
  // Hamas (PSEHMS), the Pakistani Taliban (PAKINS), rebels named by their group.
  if (actor.code.size() >= 6 && !IsStateOrSocietyRole(std::string_view(actor.code).substr(3, 3)) &&
      syntax.phrases[p].possessor < 0) {
    return BodyKind::kGroup;
  }
  return BodyKind::kNone;
}

StoryActors::BodyKind StoryActors::KindReferredTo(const Document& doc, const Syntax& syntax,
                                                  uint32_t p) const {
  const NounPhrase& phrase = syntax.phrases[p];
  const TokenRange words = phrase.tokens;
  if (phrase.possessor >= 0 || words.empty()) return BodyKind::kNone;
  // "it" as a clause's subject ("It accused Rohan of ..."): an object "it" is as often an act.
  if (words.size() == 1) {
    const Token& word = doc.tokens[words.begin];
    const int32_t clause = clause_of_.empty() ? -1 : clause_of_[p];
    const bool subject = clause >= 0 && syntax.clauses[clause].subject == static_cast<int32_t>(p);
    return subject && word.tag == PosTag::kPRP && word.lower == "it" ? BodyKind::kAny
                                                                     : BodyKind::kNone;
  }
  // "the bloc", "the group": the article, then the noun, with no "of" phrase of its own ("the
  // group of experts", "the union of ...").
  if (words.size() != 2 || doc.tokens[words.begin].lower != "the" || phrase.head != words.end - 1) {
    return BodyKind::kNone;
  }
  for (const Attachment& a : syntax.AttachmentsOf(phrase)) {
    if (a.preposition.size() == 1 && doc.tokens[a.preposition.begin].lower == "of") {
      return BodyKind::kNone;
    }
  }
  const std::string_view noun = doc.tokens[phrase.head].lower;
  if (In({"country", "nation", "kingdom", "island", "republic", "emirate"}, noun)) {
    return BodyKind::kCountry;
  }
  if (In({"bloc", "alliance", "body", "union"}, noun)) return BodyKind::kOrganisation;
  if (In({"group", "movement", "faction", "militia"}, noun)) return BodyKind::kGroup;
  if (In({"organisation", "organization"}, noun)) return BodyKind::kOrganisationOrGroup;
  return BodyKind::kNone;
}

void StoryActors::NoteBody(const Document& doc, const Syntax& syntax, uint32_t p, uint32_t sentence,
                           RecentBodies* recent) const {
  const ResolvedActor& actor = own_[p];
  if (actor.person || actor.new_actor || actor.code[0] == '"') return;
  const RecentBodies::Mention mention{static_cast<int32_t>(p), sentence};
  // A singular subject: not "Gondor and Rohan", "Rohan's allies", "police", nor an object; a
  // country's name is one though its form is plural ("The Philippines protested ... It").
  const NounPhrase& phrase = syntax.phrases[p];
  const int32_t clause = clause_of_.empty() ? -1 : clause_of_[p];
  const bool subject =
      clause >= 0 && syntax.clauses[clause].subject == static_cast<int32_t>(p) &&
      phrase.next_conjunct < 0 && !phrase.tokens.empty() &&
      (!IsPluralHead(doc.tokens[phrase.head]) || NamesACountry(actor, doc.tokens[phrase.head]));
  if (subject) recent->subject = mention;
  const BodyKind kind = KindOfBody(syntax, p);
  if (kind == BodyKind::kNone) return;
  // "It" names no body anew: "the country" after it is still the last one named ("The United
  // States condemned the coup in Gondor. It suspended aid to the country").
  const bool pronoun =
      phrase.tokens.size() == 1 && doc.tokens[phrase.tokens.begin].tag == PosTag::kPRP;
  if (!pronoun) recent->last[static_cast<int>(kind)] = mention;
  if (subject) recent->last_subject[static_cast<int>(kind)] = mention;
}

bool StoryActors::BodyReferredTo(const Document& doc, const Syntax& syntax, uint32_t p,
                                 uint32_t sentence, const RecentBodies& recent,
                                 ResolvedActor* out) const {
  const BodyKind kind = KindReferredTo(doc, syntax, p);
  if (kind == BodyKind::kNone) return false;
  const RecentBodies::Mention* found = nullptr;
  if (kind == BodyKind::kAny) {
    found = &recent.subject;
  } else if (kind == BodyKind::kOrganisationOrGroup) {
    const auto& organisation = recent.last[static_cast<int>(BodyKind::kOrganisation)];
    const auto& group = recent.last[static_cast<int>(BodyKind::kGroup)];
    const auto at = [&](const RecentBodies::Mention& m) {
      return m.phrase < 0 ? -1 : static_cast<int64_t>(syntax.phrases[m.phrase].tokens.begin);
    };
    found = at(organisation) > at(group) ? &organisation : &group;
  } else {
    // The last of its kind in its own sentence ("exercises around Gondor ... her visit to
    // the island"), else the subject of its kind in the sentence before, the topic that a
    // sentence goes on with ("Gondor protested to Rohan. The island ..."), else the last.
    found = &recent.last[static_cast<int>(kind)];
    const RecentBodies::Mention& subject = recent.last_subject[static_cast<int>(kind)];
    if (found->phrase >= 0 && found->sentence != sentence && subject.phrase >= 0 &&
        subject.sentence + 1 >= sentence && !IsItsClausesDoer(syntax, p, subject.phrase)) {
      found = &subject;
    }
    // "It suspended aid to the country": the country is not the doer, which would be
    // "itself".
    if (found->phrase >= 0 && IsItsClausesDoer(syntax, p, found->phrase)) return false;
  }
  if (found->phrase < 0 || found->sentence + 1 < sentence) return false;
  *out = own_[found->phrase];
  out->tokens = syntax.phrases[p].tokens;
  return true;
}

void StoryActors::NotePlural(const Document& doc, const Syntax& syntax, uint32_t p,
                             uint32_t sentence, RecentBodies* recent) const {
  const Group& group = groups_[p];
  const NounPhrase& phrase = syntax.phrases[p];
  const bool many = group.end - group.begin >= 2 ||
                    (group.end - group.begin == 1 && !phrase.tokens.empty() &&
                     IsPluralHead(doc.tokens[phrase.head]) && !own_[p].person &&
                     !own_[p].new_actor && !NamesACountry(own_[p], doc.tokens[phrase.head]));
  if (!many) return;
  // A later conjunct is part of the coordination noted for its first: "the morality police
  // and seven officials ... accusing them" is both.
  if (const int32_t last = recent->plurals[0].phrase; last >= 0) {
    for (const int32_t q : syntax.Conjuncts(last)) {
      if (q == static_cast<int32_t>(p)) return;
    }
  }
  const int32_t clause = clause_of_.empty() ? -1 : clause_of_[p];
  const RecentBodies::Plural mention{
      static_cast<int32_t>(p), sentence, clause,
      clause >= 0 && syntax.clauses[clause].subject == static_cast<int32_t>(p)};
  std::move_backward(std::begin(recent->plurals), std::end(recent->plurals) - 1,
                     std::end(recent->plurals));
  recent->plurals[0] = mention;
}

int32_t StoryActors::PluralReferredTo(const Document& doc, const Syntax& syntax, uint32_t p,
                                      uint32_t sentence, const RecentBodies& recent) const {
  const TokenRange words = syntax.phrases[p].tokens;
  if (words.size() != 1 || doc.tokens[words.begin].tag != PosTag::kPRP) return -1;
  const std::string_view word = doc.tokens[words.begin].lower;
  if (word != "they" && word != "them") return -1;
  const int32_t clause = clause_of_.empty() ? -1 : clause_of_[p];
  const bool subject = clause >= 0 && syntax.clauses[clause].subject == static_cast<int32_t>(p);
  // Not a phrase of its own clause ("Police arrested them" is not police), nor one further back
  // than the sentence before; a subject "they" goes on with the subject before it, if any.
  const auto near = [&](const RecentBodies::Plural& m) {
    return m.phrase >= 0 && m.sentence + 1 >= sentence && (clause < 0 || m.clause != clause);
  };
  if (subject) {
    for (const RecentBodies::Plural& m : recent.plurals) {
      if (near(m) && m.subject) return m.phrase;
    }
  }
  for (const RecentBodies::Plural& m : recent.plurals) {
    if (near(m)) return m.phrase;
  }
  return -1;
}

}  // namespace tacitus
