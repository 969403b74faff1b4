#include "code/noun_events.h"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "code/implied_target.h"
#include "code/stated_intent.h"
#include "code/struck_place.h"
#include "code/unnamed_protesters.h"
#include "lex/verb_classes.h"

namespace tacitus {
namespace {

// Where a noun phrase stands in a clause, for the source of the event it names.
struct ClauseRole {
  int32_t clause = -1;
  bool light_object = false;  // the object of a light verb: "held talks with X"
  bool adjunct = false;       // in a PP of the clause: "In a phone call with X, Y said"
  bool subject = false;       // its subject: "Talks between X and Y resumed"
  // The subject of a verb that says only that the event it names happened, whose
  // prepositional phrases are the event's: "Fighting broke out between X and Y".
  bool occurrence_subject = false;
  // What the clause's subject is, after "as": "Malabar began as an exercise between X and Y".
  bool predicate = false;
  // The object of a verb that made it happen: "The decision sparked protests".
  bool caused = false;

  // Whether the clause reports the event the phrase names as having happened.
  bool ReportsHappening() const { return occurrence_subject || caused; }
};

// Verbs of an event's happening: "Clashes erupted", "Fighting broke out", "Protests spread".
constexpr std::array<std::string_view, 12> kOccurrenceVerbs = {
    "erupt",  "break",   "flare",  "rage",  "continue", "escalate",
    "resume", "persist", "spread", "occur", "ensue",    "intensify"};

// Whether `clause` says its subject happened: "erupted", "broke out" (not "broke the truce").
bool ReportsItsSubjectHappening(const Document& doc, const Clause& clause) {
  if (clause.verb.passive || !In(kOccurrenceVerbs, clause.verb.lemma)) return false;
  if (clause.verb.lemma != "break") return true;
  return clause.verb.particle >= 0 && doc.tokens[clause.verb.particle].lower == "out";
}

// Verbs of a journey, whose "for" names what the traveller came to do there: "flew to Kabul
// for talks with X" reports the talks as news does, unlike "called for talks".
constexpr std::array<std::string_view, 8> kJourneyVerbs = {"arrive", "fly",  "travel", "come",
                                                           "go",     "head", "jet",    "rush"};

// Whether a clause's PP sets the scene of an event named in it ("In a phone call with X",
// "during talks with X", "at a meeting with X", "arrived for talks with X"), not what the
// clause is for or about ("called for talks", "spoke about the meeting").
bool IsSettingPreposition(const Document& doc, const Clause& clause, const Attachment& a) {
  if (a.preposition.size() != 1) return false;
  const std::string_view word = doc.tokens[a.preposition.begin].lower;
  if (word == "for") return !clause.verb.passive && In(kJourneyVerbs, clause.verb.lemma);
  return word == "in" || word == "during" || word == "at" || word == "after" ||
         word == "following" || word == "on" || word == "amid";
}

// Whether a clause's PP says what its subject is or was: "began as an exercise between X and
// Y", "started as talks between X and Y" (not "described the talks as ...", which has an
// object, nor "as" in a passive).
bool IsPredicativeAs(const Document& doc, const Clause& clause, const Attachment& a) {
  return a.preposition.size() == 1 && doc.tokens[a.preposition.begin].lower == "as" &&
         clause.object < 0 && !clause.verb.passive;
}

// The roles of the phrases of sentence s, indexed from the sentence's first phrase.
void FindClauseRoles(const Document& doc, const Syntax& syntax, uint32_t s,
                     std::vector<ClauseRole>* roles) {
  const TokenRange phrases = syntax.sentences[s].phrases;
  roles->assign(phrases.size(), ClauseRole{});
  const auto at = [&](int32_t p) -> ClauseRole* {
    if (p < static_cast<int32_t>(phrases.begin) || p >= static_cast<int32_t>(phrases.end)) {
      return nullptr;
    }
    return &(*roles)[p - phrases.begin];
  };
  for (const Clause& clause : syntax.ClausesOf(syntax.sentences[s])) {
    const auto c = static_cast<int32_t>(&clause - syntax.clauses.data());
    if (IsLightVerb(clause.verb.lemma) && !clause.verb.passive) {
      if (ClauseRole* role = at(clause.object); role != nullptr) *role = {c, true, false, false};
    } else if (CausesItsObject(clause.verb.lemma) && !clause.verb.passive) {
      if (ClauseRole* role = at(clause.object); role != nullptr) {
        *role = {.clause = c, .caused = true};
      }
    }
    if (ClauseRole* role = at(clause.subject); role != nullptr && role->clause < 0) {
      *role = {c, false, false, true, ReportsItsSubjectHappening(doc, clause)};
    }
    for (const Attachment& a : syntax.AttachmentsOf(clause)) {
      ClauseRole* role = at(a.object);
      if (role == nullptr || role->clause >= 0) continue;
      if (IsSettingPreposition(doc, clause, a)) {  // not "called for a meeting"
        *role = {c, false, true, false};
      } else if (IsPredicativeAs(doc, clause, a)) {
        *role = {c, false, false, false, false, true};
      }
    }
  }
}

bool IsMutual(const VerbPattern& pattern) { return pattern.paired_code == pattern.code; }

// Whether a nationality before the event's noun names who gives it: support and aid (051,
// 07x); for other acts it names whom they concern as often ("Russian sanctions").
bool GivenByItsModifier(const VerbPattern& pattern) {
  return pattern.code.starts_with("051") || pattern.code.starts_with("07");
}

// Whether the actors that phrase `phrase` names before its noun say who did the act of force
// it names (roots 15, 17-20): "a Russian missile strike on Kyiv", "the Israeli bombardment of
// Gaza", "a Hamas attack", "an Iranian seizure of a tanker". A country's or a capital's name
// there does only when the act's target is named after the noun ("the US strike on Iran"),
// for without one it is often the target ("the Ukraine invasion").
bool DoneByItsModifier(const VerbPattern& pattern, const NounPhrase& phrase,
                       std::span<const ResolvedActor> actors, bool target_named) {
  const std::string_view root = std::string_view(pattern.code).substr(0, 2);
  if (actors.empty() ||
      !(root == "15" || root == "17" || root == "18" || root == "19" || root == "20")) {
    return false;
  }
  return std::all_of(actors.begin(), actors.end(), [&](const ResolvedActor& actor) {
    const bool named_place = actor.place != nullptr && (actor.place->kind == ActorKind::kCountry ||
                                                        actor.place->kind == ActorKind::kCapital);
    return !actor.new_actor && !actor.tokens.empty() && actor.tokens.end <= phrase.head &&
           (target_named || !named_place);
  });
}

// Whether a clause tells of the event that phrase p names as it does of its roles: as its
// subject or object, the object of its light verb, or in a PP that sets its scene ("killed
// in a Russian strike"); not what a PP of another kind is about ("warned of an invasion").
bool TellsOfIt(const Syntax& syntax, const ClauseRole& role, uint32_t s, uint32_t p) {
  if (role.subject || role.adjunct || role.light_object) return true;
  const auto& clauses = syntax.ClausesOf(syntax.sentences[s]);
  return std::any_of(clauses.begin(), clauses.end(), [&](const Clause& clause) {
    return clause.object == static_cast<int32_t>(p);
  });
}

// Whether the pattern's target follows "between": the phrase names both parties ("a swap
// between Kyiv and Moscow"), so no clause lends one.
bool NamesBothParties(const VerbPattern& pattern) {
  const auto& elements = pattern.elements;
  for (size_t k = 1; k < elements.size(); ++k) {
    if (elements[k].kind != PatternElement::Kind::kTarget) continue;
    const auto& before = elements[k - 1].lemmas;
    return std::find(before.begin(), before.end(), "between") != before.end();
  }
  return false;
}

// Whether the pattern codes violence that kills or wounds: an assault, a fight or mass
// violence (roots 18 to 20).
bool IsViolence(const VerbPattern* pattern) {
  const std::string_view root = std::string_view(pattern->code).substr(0, 2);
  return root == "18" || root == "19" || root == "20";
}

// Whether the pattern codes a visit (042, visitor -> host).
bool IsVisit(const VerbPattern& pattern) { return pattern.code.starts_with("042"); }

// Whether phrase p is a possessive pronoun alone: "his", "her", "their".
bool IsPossessivePronoun(const Document& doc, const Syntax& syntax, int32_t p) {
  const TokenRange tokens = syntax.phrases[p].tokens;
  return tokens.size() == 1 && doc.tokens[tokens.begin].tag == PosTag::kPRPS;
}

}  // namespace

void CodeNounEvents(const CodedStory& story, const EventEmitter& emitter,
                    const std::vector<Factuality>* factuality, PatternLayout* layout,
                    std::vector<Event>* events) {
  const Document& doc = story.doc;
  const Syntax& syntax = story.syntax;
  std::vector<ClauseRole> roles;
  std::vector<ResolvedActor> struck;      // the country of a place hit (struck_place.h)
  std::vector<ResolvedActor> protesters;  // unnamed_protesters.h
  std::vector<ResolvedActor> implied;     // implied_target.h
  for (uint32_t s = 0; s < syntax.sentences.size(); ++s) {
    if (story.discarded_sentences[s]) continue;
    const TokenRange phrases = syntax.sentences[s].phrases;
    bool roles_found = false;
    for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
      const NounPhrase& phrase = syntax.phrases[p];
      const auto patterns = story.dictionaries.NounPatternsFor(doc.tokens[phrase.head].lemma);
      if (patterns.empty()) continue;
      if (!roles_found) {
        FindClauseRoles(doc, syntax, s, &roles);
        roles_found = true;
      }
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
      const ClauseRole& role = roles[p - phrases.begin];
      if (role.light_object || role.occurrence_subject) {
        // "held talks with X in Moscow", "Fighting broke out between X and Y": the clause's
        // PPs after the noun are read with it.
        layout->OfLightVerbObject(syntax, syntax.clauses[role.clause], phrase, by_attachment);
      } else {
        layout->OfNounPhrase(syntax, phrase, by_attachment);
      }
      PatternMatch match;
      // "Protests erupted", "sparked protests": a bare noun codes only as a reported happening.
      bool matched = layout->Best(doc, patterns, &match, &story.actors) &&
                     !(IsBareNounPattern(*match.pattern) && !role.ReportsHappening());
      // "were killed in a Russian strike on Kharkiv": the parser hangs "on Kharkiv" on the
      // clause, so an act of force that sets the clause's scene reads the clause's PPs too.
      if (!matched && role.adjunct && attachments.empty() &&
          std::any_of(patterns.begin(), patterns.end(), IsViolence)) {
        layout->OfLightVerbObject(syntax, syntax.clauses[role.clause], phrase, by_attachment);
        matched = layout->Best(doc, patterns, &match, &story.actors) && IsViolence(match.pattern) &&
                  !IsBareNounPattern(*match.pattern);
      }
      if (!matched) continue;
      // "agreed to hold talks with": the statement of intent is coded, not the talks.
      const IntentCode* intent = nullptr;
      IntentStatement statement;
      if (factuality != nullptr && role.clause >= 0) {
        statement = FindIntentStatement(doc, syntax, *factuality, role.clause);
        int32_t clause_of_act = role.clause;
        if (role.adjunct && statement.clause >= 0) {
          // A scene the act is pledged in is the pledge's, done as it is: "pledged to deepen
          // ties with China during a visit to Beijing" visits.
          clause_of_act = statement.clause;
          statement = IntentStatement{};
        }
        intent = StatedIntentCode(story.dictionaries, *match.pattern, statement);
        if (intent == nullptr && (*factuality)[clause_of_act] != Factuality::kDone &&
            !StatesIntent(*match.pattern)) {
          continue;
        }
      }
      if (match.source >= 0) source = match.source;
      // A visit that sets the scene of a clause is its subject's, whom a possessive pronoun
      // names too: "Macron, on a state visit to China, urged ...", "During his visit to
      // Beijing, Macron said ...", "hailed the deal during her visit to Tunis".
      if (role.adjunct && IsVisit(*match.pattern) &&
          (source < 0 || IsPossessivePronoun(doc, syntax, source))) {
        source = syntax.clauses[role.clause].LogicalSubject();
      }
      // Support or aid named by its giver's country: "U.S. support for Israel", "Chinese aid
      // to Nepal" (not "Russian sanctions", which are on Russia, nor "Iranian talks").
      if (source < 0 && GivenByItsModifier(*match.pattern) &&
          !story.actors.ActorsOf(static_cast<int32_t>(p)).empty()) {
        source = static_cast<int32_t>(p);
      }
      // An act of force named by its doer's nationality: "a Russian drone attack on Odesa",
      // where a clause tells it (not "warned of a Russian invasion").
      if (source < 0 && TellsOfIt(syntax, role, s, p) &&
          DoneByItsModifier(*match.pattern, phrase, story.actors.ActorsOf(static_cast<int32_t>(p)),
                            match.target >= 0)) {
        source = static_cast<int32_t>(p);
      }
      // Else the subject of the clause whose light verb's object names the event ("Y held
      // talks with X"), or, for a mutual event, of the clause in whose PP it stands ("In a
      // phone call with X, Y said", but not "flew home in a swap between X and Y", which
      // names both parties); a mutual event with neither that a clause reports as under way
      // is among its targets ("Talks between X and Y resumed"; not "called for talks between
      // X and Y").
      if (source < 0 && (role.light_object || (role.adjunct && IsMutual(*match.pattern) &&
                                               !NamesBothParties(*match.pattern)))) {
        source = syntax.clauses[role.clause].LogicalSubject();
      }
      // So is one that a clause's subject began as, when its words name both parties
      // ("Malabar began as an exercise between X and Y").
      const bool among_its_parties =
          role.subject || role.adjunct || (role.predicate && NamesBothParties(*match.pattern));
      if (source < 0 && IsMutual(*match.pattern) && among_its_parties &&
          story.actors.ActorsOf(match.target).size() >= 2) {
        source = match.target;
        match.reciprocal = true;
      }
      if (intent != nullptr) source = IntentSource(syntax, story.actors, statement, source);
      // "Protests erupted in Algiers": the civilians of the country where they happened.
      protesters.clear();
      if (source < 0 && role.ReportsHappening()) {
        UnnamedProtesters(story.dictionaries, doc, syntax, story.actors, *match.pattern,
                          static_cast<uint32_t>(role.clause), &protesters);
      }
      if (source < 0 && protesters.empty()) continue;
      // A mutual event that sets the scene with no partner named in it is among the clause's
      // subjects when they are several ("Lavrov and Cavusoglu announced the deal at a joint
      // news conference"), else has the clause's object for a partner ("In a phone call on
      // Wednesday, Jaishankar told his Chinese counterpart that ..."), whom an act of several
      // subjects is about, not shared with ("At a joint news conference, Biden and Macron
      // warned Russia").
      int32_t target = match.target;
      if (target < 0 && role.adjunct && IsMutual(*match.pattern)) {
        if (story.actors.ActorsOf(source).size() >= 2) {
          match.reciprocal = true;
        } else {
          target = syntax.clauses[role.clause].LogicalObject();
        }
      }
      const EventSite site{s, -1, static_cast<int32_t>(p), {phrase.head, phrase.head + 1}};
      const std::span<const ResolvedActor> sources =
          source >= 0 ? story.actors.ActorsOf(source) : std::span<const ResolvedActor>(protesters);
      std::span<const ResolvedActor> targets = story.actors.ActorsOf(target);
      // A reported protest against no one named is against the protesters' government.
      if (targets.empty() && role.ReportsHappening() && match.pattern->code.starts_with("14")) {
        ImpliedTargets(story.dictionaries, match.pattern->code, sources,
                       story.actors.StoryCountry(), &implied);
        targets = implied;
      }
      // "Russia's bombardment of Kherson": the place's country.
      if (targets.empty() && story.places != nullptr && HitsPlaces(match.pattern->code)) {
        const StruckPlace place =
            FindStruckPlace(doc, syntax, story.actors, *story.places, kNoClause, target);
        StruckPlaceTargets(story.dictionaries.cameo(), match.pattern->code, sources, place,
                           &struck);
        targets = struck;
      }
      emitter.Emit(site, match, sources, targets, events, intent);
    }
  }
}

}  // namespace tacitus
