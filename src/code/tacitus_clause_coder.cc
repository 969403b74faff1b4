#include "code/tacitus_clause_coder.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "code/act_author.h"
#include "code/act_mention.h"
#include "code/act_participants.h"
#include "code/contact_partner.h"
#include "code/court_ruling.h"
#include "code/custody_holder.h"
#include "code/denial.h"
#include "code/evaluation.h"
#include "code/event_emitter.h"
#include "code/implied_doer.h"
#include "code/implied_target.h"
#include "code/mediation.h"
#include "code/nominalized_act.h"
#include "code/noun_events.h"
#include "code/order_giver.h"
#include "code/passive_parties.h"
#include "code/reported_accusation.h"
#include "code/reported_demand.h"
#include "code/reported_denial.h"
#include "code/requested_act.h"
#include "code/stated_intent.h"
#include "code/stated_outlook.h"
#include "code/struck_place.h"
#include "code/truce_party.h"
#include "code/warned_consequence.h"
#include "code/weapon_subjects.h"
#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

bool HasTarget(const VerbPattern& pattern) {
  return std::any_of(pattern.elements.begin(), pattern.elements.end(), [](const PatternElement& e) {
    return e.kind == PatternElement::Kind::kTarget;
  });
}

// Whether a pattern without +T names `noun` among its own words: "imposed a curfew" for
// `impose (a) curfew` does the act the noun names, where "condemned the curfew" reacts to it.
bool DoesTheActItNames(const VerbPattern& pattern, std::string_view noun) {
  if (HasTarget(pattern)) return false;
  return std::any_of(pattern.elements.begin(), pattern.elements.end(),
                     [&](const PatternElement& e) {
                       return e.kind == PatternElement::Kind::kWord &&
                              std::find(e.lemmas.begin(), e.lemmas.end(), noun) != e.lemmas.end();
                     });
}

// Whether a contact pattern without +T (root 04: `call {president/counterpart}`) matched a
// verb with two objects, which names the first what the second says: "called the Ukrainian
// president a puppet" calls no one.
bool NamesRatherThanContacts(const VerbPattern& pattern, const Clause& clause) {
  return !HasTarget(pattern) && pattern.code.starts_with("04") && !clause.verb.passive &&
         clause.indirect_object >= 0;
}

// Whether clause `child` of a clause that matched `pattern` is part of the act the pattern
// codes, no act of its own: what the target is blamed for ("criticised Hungary for blocking
// the aid", "accused Russia of shelling Kharkiv"), or the protest a summons makes
// ("summoned the ambassador to protest against the arrests").
bool PartOfTheAct(const Document& doc, const VerbPattern& pattern, const Clause& child) {
  if (pattern.also_code == "114" && child.kind == ClauseKind::kInfinitive &&
      (child.verb.lemma == "protest" || child.verb.lemma == "complain")) {
    return true;
  }
  if (!pattern.code.starts_with("11") || child.kind != ClauseKind::kParticipial ||
      child.marker < 0) {
    return false;
  }
  const std::string_view marker = doc.tokens[static_cast<size_t>(child.marker)].lower;
  return marker == "for" || marker == "of";
}

// Whether an act of `code` is one that its addressee may reject: an appeal, an offer or a
// promise, a demand.
bool IsRejectable(std::string_view code) {
  return code.starts_with("02") || code.starts_with("03") || code.starts_with("10");
}

// Whether `noun` (a lemma) is a word news uses for an act it reported, whatever the act was.
bool NamesAnyAct(std::string_view noun) {
  static constexpr auto kNouns = std::to_array<std::string_view>(
      {"incident", "violence", "bloodshed", "move", "step", "decision", "measure", "action"});
  return std::find(kNouns.begin(), kNouns.end(), noun) != kNouns.end();
}

// A verbal or material conflict pattern ("condemn +T") or an investigation ("investigate
// +T": of the act's author) whose target names no actor but an act of material conflict
// ("the attack", "the shelling": a noun whose patterns are of quad class 4); or praise
// ("welcomed the swap", "hailed the arrest") of a noun with patterns of its own, whose roots
// go to *act_roots: the act praised is of one of those roots; *mutual_act when one of those
// patterns codes both ways ("swap", "talks"). A criticized noun's roots of material conflict
// go to *criticized_roots ("the offensive": 19). A pattern that does the act itself ("imposed
// a curfew", "declared martial law") names no other.
bool NamesAnUnattributedAct(const CodedStory& story, const VerbPattern& pattern, int32_t target,
                            std::vector<std::string>* act_roots, bool* mutual_act,
                            std::vector<std::string>* criticized_roots) {
  act_roots->clear();
  criticized_roots->clear();
  *mutual_act = false;
  if (target < 0 || !story.actors.ActorsOf(target).empty()) return false;
  const EventType* type = story.dictionaries.FindEventType(pattern.code);
  if (type == nullptr) return false;
  const std::string_view noun = story.doc.tokens[story.syntax.phrases[target].head].lemma;
  // A rejection ("rejected the offer", "refused the demand") answers an appeal, an offer or a
  // demand that the noun names, though its pattern names the noun too ("refuse demand");
  // defiance (128: "defied the ban") is of a norm, whose author is found as a criticism's.
  const bool rejection = pattern.code.starts_with("12") && !pattern.code.starts_with("128");
  if (!rejection && DoesTheActItNames(pattern, noun)) return false;
  const auto acts = story.dictionaries.NounPatternsFor(noun);
  if (pattern.code.starts_with("051") || rejection) {
    for (const VerbPattern* act : acts) {
      if (act->code.size() < 2 || act->code == kNoEventCode) continue;
      if (rejection && !IsRejectable(act->code)) continue;
      *mutual_act |= !rejection && act->paired_code == act->code;
      std::string root = act->code.substr(0, 2);
      if (std::find(act_roots->begin(), act_roots->end(), root) == act_roots->end()) {
        act_roots->push_back(std::move(root));
      }
    }
    return !act_roots->empty();
  }
  if (type->quad_class < 3 && !pattern.code.starts_with("09")) return false;
  // Words news uses for the act it reports, whatever it was: "condemned the incident",
  // "expelled two diplomats, a move Moscow condemned", "Tehran denounced the decision".
  if (NamesAnyAct(noun)) return true;
  for (const VerbPattern* act : acts) {
    const EventType* t = story.dictionaries.FindEventType(act->code);
    if (t == nullptr || t->quad_class != 4) continue;
    if (std::find(criticized_roots->begin(), criticized_roots->end(), t->root) ==
        criticized_roots->end()) {
      criticized_roots->push_back(t->root);
    }
  }
  return !criticized_roots->empty();
}

// Defers the event `match` codes from `source` when phrase `target` names an act without its
// author (NamesAnUnattributedAct): TargetTheActsAuthors gives it that author once the story's
// events are known. False, deferring nothing, when the phrase names no such act.
bool DeferToTheActsAuthor(const CodedStory& story, const EventSite& site, const PatternMatch& match,
                          int32_t source, int32_t target, std::vector<DeferredTarget>* deferred) {
  std::vector<std::string> act_roots;
  std::vector<std::string> criticized_roots;
  bool mutual_act = false;
  if (!NamesAnUnattributedAct(story, *match.pattern, target, &act_roots, &mutual_act,
                              &criticized_roots)) {
    return false;
  }
  DeferredTarget& d = deferred->emplace_back(
      DeferredTarget{site, match, source, story.syntax.phrases[target].tokens, std::move(act_roots),
                     /*denial=*/false, mutual_act});
  d.criticized_roots = std::move(criticized_roots);
  return true;
}

// A visit (042, 043) is a journey to another state's or organisation's actors: the two sides
// of one country ("the president greeted the returning prisoners", "the pilot was received by
// an Indian delegation") make a tour or a ceremony at home, which the news-dev GUIDE's
// analysts do not code (PETRARCH's conventions do: its coder keeps them). International
// organisations share "IGO" but are not one another.
bool IsVisitAtHome(const Event& event) {
  const std::string_view code = event.code;
  const std::string_view source = event.source;
  const std::string_view target = event.target;
  if (!code.starts_with("042") && !code.starts_with("043")) return false;
  if (!SameLocation(source, target)) return false;
  return !source.starts_with("IGO") && !source.starts_with("NGO");
}

// Nor is a journey to a region ("travelled to Asia", "a tour of Europe"): a region names no
// host, and the news-dev GUIDE's analysts take regions as actors only where the text makes them
// act.
bool IsVisitToARegion(const CameoTables& cameo, const Event& event) {
  const std::string_view code = event.code;
  if (!code.starts_with("042") && !code.starts_with("043")) return false;
  const auto region_only = [&](std::string_view actor) {
    const uint8_t kinds = cameo.PartKinds(LocationPart(actor));
    return (kinds & CameoTables::kRegion) != 0 && (kinds & CameoTables::kCountry) == 0;
  };
  return region_only(event.source) || region_only(event.target);
}

// Whether `event` is the bare code of a root of force, 15-20 ("190"), that an event of the
// same sentence and dyad says more precisely ("194"): one act, coded once ("launched a missile
// strike on Kyiv" is the light verb's 190 and the noun's 194). Not words and meetings, where
// the two are acts of their own ("met X during a visit": 040 and 042). `events` are the story's.
bool IsSaidMorePrecisely(std::span<const Event> events, const Event& event) {
  const std::string_view code = event.code;
  if (code.size() != 3 || code[2] != '0' || code.substr(0, 2) < "15") return false;
  return std::any_of(events.begin(), events.end(), [&](const Event& other) {
    const std::string_view more = other.code;
    return &other != &event && other.sentence == event.sentence && more.size() >= 3 &&
           more != code && more.substr(0, 2) == code.substr(0, 2) && other.source == event.source &&
           other.target == event.target;
  });
}

// A statement no pattern names, told by what it says of another actor: a threat by its price
// or condition ("vowed that Hamas would pay a price", "warned that sanctions would follow if
// Russia did not withdraw"), or hope or doubt about the other's deed ("was confident that
// Algerians would ..."). Whether clause `c` was one.
bool CodeUnpatternedStatement(const CodedStory& story, const EventEmitter& emitter,
                              const std::vector<Factuality>& factuality, uint32_t c,
                              std::vector<Event>* events) {
  const Clause& clause = story.syntax.clauses[c];
  const EventSite site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
  const int32_t warned = WarnedActor(story.doc, story.syntax, story.actors, factuality, c);
  if (warned >= 0) {
    emitter.EmitFound(site, WarnedConsequencePattern(),
                      story.actors.ActorsOf(clause.LogicalSubject()), story.actors.ActorsOf(warned),
                      events);
    return true;
  }
  const StatedOutlook outlook =
      FindStatedOutlook(story.doc, story.syntax, story.actors, factuality, c);
  if (outlook.pattern == nullptr) return false;
  emitter.EmitFound(site, *outlook.pattern, story.actors.ActorsOf(clause.subject),
                    story.actors.ActorsOf(outlook.target), events);
  return true;
}

// Fills scratch->child_begin and scratch->children (ClauseScratch) for `syntax`.
void IndexChildren(const Syntax& syntax, ClauseScratch* scratch) {
  const size_t clauses = syntax.clauses.size();
  std::vector<uint32_t>& begin = scratch->child_begin;
  begin.assign(clauses + 1, 0);
  for (const Clause& clause : syntax.clauses) {
    if (clause.parent >= 0) ++begin[static_cast<size_t>(clause.parent) + 1];
  }
  for (size_t c = 0; c < clauses; ++c) begin[c + 1] += begin[c];
  scratch->children.resize(begin[clauses]);
  std::vector<uint32_t> next(begin.begin(), begin.end() - 1);
  for (uint32_t k = 0; k < clauses; ++k) {
    const int32_t parent = syntax.clauses[k].parent;
    if (parent >= 0) scratch->children[next[static_cast<size_t>(parent)]++] = k;
  }
}

// The last event of `story_events` that `is_the_act` accepts and the deferred `d` follows:
// in an earlier sentence, or in its own from a clause before its own; nullptr when none.
template <typename Predicate>
const Event* LastActBefore(std::span<const Event> story_events, const DeferredTarget& d,
                           Predicate is_the_act) {
  const Event* act = nullptr;
  for (const Event& event : story_events) {
    if (is_the_act(event) && event.sentence <= d.site.sentence &&
        (event.sentence < d.site.sentence || (event.clause >= 0 && event.clause < d.site.clause)) &&
        (act == nullptr || event.sentence >= act->sentence)) {
      act = &event;
    }
  }
  return act;
}

// NominalizedActAuthor of the phrase that names the deferred act `d`; -1 when none.
int32_t ActPhraseAuthor(const CodedStory& story, std::span<const Factuality> factuality,
                        const DeferredTarget& d) {
  if (d.site.clause < 0 || d.act.empty()) return -1;
  const TokenRange phrases = story.syntax.sentences[d.site.sentence].phrases;
  for (uint32_t p = phrases.begin; p < phrases.end; ++p) {
    if (story.syntax.phrases[p].tokens == d.act) {
      return NominalizedActAuthor(story.doc, story.syntax, story.actors, factuality,
                                  static_cast<uint32_t>(d.site.clause), static_cast<int32_t>(p));
    }
  }
  return -1;
}

}  // namespace

void TacitusClauseCoder::TargetTheActsAuthors(const CodedStory& story, const EventEmitter& emitter,
                                              ClauseScratch* scratch,
                                              std::vector<Event>* events) const {
  const size_t end = events->size();  // the deferred add events; they are no acts
  std::vector<ResolvedActor> authors;
  for (const DeferredTarget& d : scratch->deferred) {
    // Taken anew for each: Emit may move the events.
    const std::span<const Event> story_events(events->data() + story.first_event,
                                              end - story.first_event);
    const std::span<const ResolvedActor> sources = story.actors.ActorsOf(d.source);
    // A denial answers the last accusation or attack on the denier's side; a criticism is of
    // the story's last act of material conflict before it (in its sentence, a clause before
    // it: not "condemned the attack, and X expelled Y"); praise, of the last act of the roots
    // the praised noun names.
    const auto named = [&](const Event& event) {
      if (d.act_roots.empty()) return event.quad_class == 4;
      return std::any_of(d.act_roots.begin(), d.act_roots.end(),
                         [&](const std::string& root) { return event.code.starts_with(root); });
    };
    if (d.truce) {
      TruceParties(story_events, d.site.sentence, d.site.clause, sources, &authors);
      if (authors.empty()) {
        StateTruceRebels(story.actors, static_cast<uint32_t>(story.syntax.phrases.size()), sources,
                         &authors);
      }
      if (d.intent != nullptr) {
        PatternMatch one_way = d.match;  // the intent is coded source -> enemy only
        one_way.reciprocal = false;
        emitter.Emit(d.site, one_way, sources, authors, events, d.intent);
      } else {
        emitter.EmitFound(d.site, *d.match.pattern, sources, authors, events);
      }
      if (authors.empty() && scratch->why_not) {
        scratch->verdicts.push_back({d.site.sentence,
                                     d.site.clause,
                                     NoEventReason::kNoTarget,
                                     d.site.verb,
                                     {},
                                     d.match.pattern});
      }
      continue;
    }
    const Event* act = nullptr;
    if (d.denial) {
      act = AnsweredEvent(story_events, d.site.sentence, d.site.clause, sources, d.charges_only);
    } else {
      act = LastActBefore(story_events, d, [&](const Event& event) {
        return named(event) &&
               std::any_of(d.criticized_roots.begin(), d.criticized_roots.end(),
                           [&](const std::string& root) { return event.code.starts_with(root); });
      });
      if (act == nullptr) act = LastActBefore(story_events, d, named);
    }
    if (act == nullptr && !d.denial) {
      // No coded event is the act, but an earlier sentence may name it with its author:
      // "launched air strikes ... condemned the strikes".
      const int32_t author =
          MentionedActAuthor(story.dictionaries, story.doc, story.syntax, story.actors,
                             scratch->factuality, d.site.sentence, d.act, d.act_roots);
      if (author >= 0) {
        emitter.Emit(d.site, d.match, sources, story.actors.ActorsOf(author), events);
        continue;
      }
      // Nor coded by its verb: "Gondor proposed a truce. Rohan rejected the proposal."
      if (const int32_t doer = ActPhraseAuthor(story, scratch->factuality, d); doer >= 0) {
        emitter.Emit(d.site, d.match, sources, story.actors.ActorsOf(doer), events);
        continue;
      }
    }
    // "hailed the ruling" where no court's act is coded: the story's courts'.
    if (act == nullptr && !d.denial && !d.act.empty()) {
      RulingCourts(story.dictionaries, story.actors, d.match.pattern->code,
                   story.doc.tokens[d.act.end - 1].lemma, &authors);
      if (!authors.empty()) {
        emitter.Emit(d.site, d.match, sources, authors, events);
        continue;
      }
    }
    if (act == nullptr) {
      if (scratch->why_not) {
        scratch->verdicts.push_back({d.site.sentence, d.site.clause, NoEventReason::kNoTarget,
                                     d.site.verb, d.act, d.match.pattern});
      }
      continue;
    }
    // Its authors: the sources of every event coded for it from one clause or noun: each side
    // of a mutual act ("the swap", both directions), as praise of an exchange is of both
    // parties, so too when the praised noun names a mutual act and the act was reported one
    // way; and each doer of a coordinated one ("Saudi Arabia and its allies launched air
    // strikes ... condemned the strikes").
    authors.clear();
    const auto add_author = [&](const std::string& code) {
      const bool known = std::any_of(authors.begin(), authors.end(),
                                     [&](const ResolvedActor& a) { return a.code == code; });
      if (known) return;
      ResolvedActor author;
      author.code = code;
      author.tokens = d.act;
      authors.push_back(std::move(author));
    };
    for (const Event& event : story_events) {
      const bool same_act =
          &event == act || (event.sentence == act->sentence && event.clause == act->clause &&
                            event.phrase == act->phrase && event.code == act->code);
      if (!same_act) continue;
      add_author(event.source);
      if (d.mutual_act) add_author(event.target);
    }
    emitter.Emit(d.site, d.match, sources, authors, events);
  }
}

void TacitusClauseCoder::CodeStory(const CodedStory& story, ClauseScratch* scratch,
                                   std::vector<Event>* events) const {
  const EventEmitter emitter(story.dictionaries, story.story, story.doc);
  ClauseFactuality(story.doc, story.syntax, &scratch->factuality);
  scratch->deferred.clear();
  CodeClauses(story, emitter, scratch, events);
  CodeNounEvents(story, emitter, &scratch->factuality, &scratch->layout, events);
  TargetTheActsAuthors(story, emitter, scratch, events);
  CodeMediators(story, emitter, events);
  CodeRequests(story, emitter, events);
  const auto story_events = events->begin() + static_cast<std::ptrdiff_t>(story.first_event);
  const CameoTables& cameo = story.dictionaries.cameo();
  events->erase(std::remove_if(story_events, events->end(),
                               [&](const Event& event) {
                                 return IsVisitAtHome(event) || IsVisitToARegion(cameo, event);
                               }),
                events->end());
  // Marked first, erased after: remove_if may move the events the test compares with.
  const std::span<const Event> coded(events->data() + story.first_event,
                                     events->size() - story.first_event);
  std::vector<bool>& vague = scratch->said_more_precisely;
  vague.assign(coded.size(), false);
  bool any = false;
  for (size_t i = 0; i < coded.size(); ++i) {
    vague[i] = IsSaidMorePrecisely(coded, coded[i]);
    any = any || vague[i];
  }
  if (!any) return;
  size_t kept = story.first_event;
  for (size_t i = 0; i < coded.size(); ++i) {
    if (vague[i]) continue;
    if (kept != story.first_event + i)
      (*events)[kept] = std::move((*events)[story.first_event + i]);
    ++kept;
  }
  events->resize(kept);
}

void TacitusClauseCoder::CodeClauses(const CodedStory& story, const EventEmitter& emitter,
                                     ClauseScratch* scratch, std::vector<Event>* events) const {
  const Document& doc = story.doc;
  const Syntax& syntax = story.syntax;
  std::vector<bool>& named = scratch->named_by_parent;
  named.assign(syntax.clauses.size(), false);
  IndexChildren(syntax, scratch);
  scratch->verdicts.clear();
  for (uint32_t c = 0; c < syntax.clauses.size(); ++c) {
    const Clause& clause = syntax.clauses[c];
    ClauseVerdictRecorder record(syntax, c, scratch);
    if (named[c]) continue;  // part of its parent's event
    if (story.discarded_sentences[clause.sentence]) {
      record.Refuse(NoEventReason::kDiscarded);
      continue;
    }
    // "called the move reckless", "said the vote had not been legal": a criticism whatever
    // else the verb's patterns say ("called the strikes reckless" calls no strike); of an act
    // that names no actor ("said the incident was unacceptable"), of the act's author.
    const StatedEvaluation evaluation =
        FindEvaluation(story.dictionaries, doc, syntax, scratch->factuality, c);
    if (evaluation.entry != nullptr) {
      PatternMatch match;
      match.pattern = evaluation.entry;
      match.target = evaluation.evaluated;
      const EventSite site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
      std::span<const ResolvedActor> evaluated = story.actors.ActorsOf(evaluation.evaluated);
      if (evaluated.empty()) evaluated = story.actors.ActorsOf(evaluation.author);
      if (!evaluated.empty()) {
        emitter.Emit(site, match, story.actors.ActorsOf(evaluation.source), evaluated, events);
        // '"This is a provocation," the envoy said of the drills': the saying is this
        // criticism, no statement "of" them besides.
        if (evaluation.spoken_of_by > static_cast<int32_t>(c)) {
          named[static_cast<size_t>(evaluation.spoken_of_by)] = true;
        }
        continue;
      }
      if (DeferToTheActsAuthor(story, site, match, evaluation.source, evaluation.evaluated,
                               &scratch->deferred)) {
        continue;
      }
    }
    // "Lavrov said NATO must withdraw": the speaker's demand, not NATO's act.
    const ReportedDemand demand =
        FindReportedDemand(doc, syntax, story.actors, scratch->factuality, c);
    if (demand.speaker >= 0) {
      const EventSite site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
      emitter.EmitFound(site, ReportedDemandPattern(), story.actors.ActorsOf(demand.speaker),
                        story.actors.ActorsOf(demand.addressee), events);
      continue;
    }
    // A negated or subjunctive verb reports no deed: "did not attack", "demanded that Russia
    // withdraw"; a planned or wished one only a statement of intent (below).
    const Factuality factuality = scratch->factuality[c];
    if (factuality == Factuality::kDenied) {
      // "Moscow insisted the jet never left Syrian airspace": a denial of the charge, which
      // answers its accuser.
      const int32_t denier = ReportedDenier(syntax, story.actors, scratch->factuality, c);
      if (denier >= 0) {
        PatternMatch match;
        match.pattern = &ReportedDenialPattern();
        const EventSite site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
        scratch->deferred.push_back({site, match, denier, TokenRange{}, /*act_roots=*/{},
                                     /*denial=*/true});
        scratch->deferred.back().charges_only = true;  // not "had not lost ground" to an attack
        continue;
      }
      record.Refuse(NoEventReason::kDenied);
      continue;
    }
    // "Ankara said the Russian jet violated its airspace": the claim, not the act.
    const ReportedClaim claim =
        FindReportedClaim(doc, syntax, story.actors, scratch->factuality, c);
    if (claim.accuser >= 0) {
      const EventSite site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
      emitter.EmitFound(site, ReportedAccusationPattern(), story.actors.ActorsOf(claim.accuser),
                        story.actors.ActorsOf(clause.LogicalSubject()), events);
      continue;
    }
    if (claim.claim) {
      record.Refuse(NoEventReason::kClaimed);
      continue;
    }
    // "remains open to talks with Minsk" says what "is open to ..." says: the patterns of "be".
    const auto patterns = story.dictionaries.VerbPatternsFor(
        clause.verb.lemma == "remain" ? std::string_view("be") : clause.verb.lemma);
    PatternMatch match;
    if (!patterns.empty()) scratch->layout.OfClause(doc, syntax, clause);
    if (patterns.empty() || !scratch->layout.Best(doc, patterns, &match, &story.actors)) {
      if (CodeUnpatternedStatement(story, emitter, scratch->factuality, c, events)) continue;
      // "Russian drones hit Kyiv": a weapon's impact, which no pattern of "hit" codes.
      match = PatternMatch{};
      match.pattern = WeaponSubjectPattern(doc, syntax, clause, nullptr);
      if (match.pattern == nullptr) {
        record.Refuse(patterns.empty() ? NoEventReason::kNoPattern : NoEventReason::kNoMatch);
        continue;
      }
    }
    record.verdict().pattern = match.pattern;
    int32_t source = match.source >= 0 ? match.source : clause.LogicalSubject();
    // "Japan is committed to strengthening ties with India": Japan commits itself.
    if (source < 0 && StatesIntent(*match.pattern) && CommitsItsSubject(clause)) {
      source = clause.subject;
    }
    // "The summit, hosted by France, brought together ...", "the resolution drafted by
    // Britain condemned ...": an act that names no actor does what its author does.
    if (source >= 0 && story.actors.ActorsOf(source).empty()) {
      const int32_t author = ActAuthor(doc, syntax, clause.sentence, source);
      if (author >= 0 && !story.actors.ActorsOf(author).empty()) source = author;
    }
    // "agreed to hold talks", "pledged to send aid", "said it would release": the statement
    // of intent is coded, not the act; but "agreed to step down" is the concession itself.
    const IntentStatement statement = FindIntentStatement(doc, syntax, scratch->factuality, c);
    const IntentCode* intent = StatedIntentCode(story.dictionaries, *match.pattern, statement);
    if (intent != nullptr) {
      const int32_t stating = IntentSource(syntax, story.actors, statement, source);
      if (stating >= 0) source = stating;
      if (stating < 0) intent = nullptr;
    }
    if (factuality == Factuality::kBackground) {
      record.Refuse(NoEventReason::kBackground);
      continue;
    }
    if (intent == nullptr && factuality == Factuality::kIntended && !StatesIntent(*match.pattern) &&
        !AgreeingConcedes(*match.pattern, statement)) {
      record.Refuse(NoEventReason::kIntended);
      continue;
    }
    // A pattern without +T names its target through the object ("rejected Iran's offer"), or,
    // when it binds the source after the verb, through the subject ("The offensive drew
    // criticism from France", "Kyiv came under shelling from Russian forces").
    if (NamesRatherThanContacts(*match.pattern, clause)) {
      record.Refuse(NoEventReason::kBlocked);
      continue;
    }
    int32_t target = match.target;
    if (!HasTarget(*match.pattern)) {
      target = match.source >= 0 ? clause.LogicalSubject() : clause.LogicalObject();
    }
    // "condemned the attack by Russian troops", "rejected a proposal made by Kyiv": an act
    // that names no actor is its author's; but "a ceasefire brokered by Qatar" is no truce
    // with Qatar.
    const bool truce = IsTruceCode(match.pattern->code);
    if (target >= 0 && story.actors.ActorsOf(target).empty() && !truce) {
      const int32_t author = ActAuthor(doc, syntax, clause.sentence, target);
      if (author >= 0 && !story.actors.ActorsOf(author).empty()) target = author;
    }
    const EventSite site{clause.sentence, static_cast<int32_t>(c), -1, clause.verb.tokens};
    if (intent == nullptr &&
        DeferToTheActsAuthor(story, site, match, source, target, &scratch->deferred)) {
      continue;
    }
    // "Pakistan denied the charges", "denied that any camp existed": the accuser's.
    if (intent == nullptr && story.actors.ActorsOf(target).empty() &&
        DeniesAnUnnamedCharge(*match.pattern, clause.LogicalObject() >= 0)) {
      const TokenRange act = target >= 0 ? syntax.phrases[target].tokens : TokenRange{};
      scratch->deferred.push_back({site, match, source, act, /*act_roots=*/{}, /*denial=*/true});
      continue;
    }
    // "Gondor proposed a truce. Rohan rejected the proposal": the act's author, by its verb.
    if (target >= 0 && story.actors.ActorsOf(target).empty() && !truce) {
      const int32_t author =
          NominalizedActAuthor(doc, syntax, story.actors, scratch->factuality, c, target);
      if (author >= 0) target = author;
    }
    const size_t before = events->size();
    // "were released from Israeli prisons": by the side whose custody it was.
    if (source < 0 && match.pattern->code.starts_with("0841")) {
      source = CustodyHolder(doc, syntax, story.actors, c);
    }
    // "was freed on the president's orders": by whoever had it done.
    if (source < 0) source = OrderGiver(doc, syntax, story.actors, c);
    std::span<const ResolvedActor> sources = story.actors.ActorsOf(source);
    if (source < 0) {  // "two activists were arrested in Moscow": the police's act
      ImpliedDoers(story.dictionaries, doc, syntax, story.actors, c, &scratch->implied_sources);
      sources = scratch->implied_sources;
      // "Troops were deployed to the border with X", "the border force was put on alert": a
      // show of force (15x) that says no one moved the force shows the force's own side.
      if (sources.empty() && clause.verb.passive && match.pattern->code.starts_with("15")) {
        const int32_t force = clause.LogicalObject();
        sources = story.actors.ActorsOf(force);
        // The force is no target of its own show: the enemy in the story is (truce_party.h).
        if (!sources.empty() && target == force) {
          scratch->deferred.push_back({site,
                                       match,
                                       force,
                                       {},
                                       /*act_roots=*/{},
                                       /*denial=*/false,
                                       /*mutual_act=*/false,
                                       /*truce=*/true,
                                       intent});
          continue;
        }
      }
    }
    std::span<const ResolvedActor> targets = story.actors.ActorsOf(target);
    // "hailed the ruling": a court's decision that names no court is the story's courts'.
    if (targets.empty() && target >= 0) {
      RulingCourts(story.dictionaries, story.actors, match.pattern->code,
                   doc.tokens[syntax.phrases[target].head].lemma, &scratch->implied_targets);
      if (!scratch->implied_targets.empty()) targets = scratch->implied_targets;
    }
    // "attacked a hotel in Mogadishu", "seized the town of Avdiivka", "pulled out of Khan
    // Younis": the place's country (before a truce's enemy, which a place named makes moot).
    if (targets.empty() && story.places != nullptr && HitsPlaces(match.pattern->code)) {
      const StruckPlace place =
          FindStruckPlace(doc, syntax, story.actors, *story.places, c, target);
      StruckPlaceTargets(story.dictionaries.cameo(), match.pattern->code, sources, place,
                         &scratch->implied_targets);
      targets = scratch->implied_targets;
    }
    // "Talks were held between India and China", "deals were struck during the visit": a
    // mutual act among the parties that the passive names or that the story gives it.
    if (sources.empty() && targets.empty()) {
      const std::span<const Event> story_events(events->data() + story.first_event,
                                                events->size() - story.first_event);
      PassiveParties(story, story_events, *match.pattern, c, &scratch->implied_sources);
      if (!scratch->implied_sources.empty()) {
        sources = scratch->implied_sources;
        targets = scratch->implied_sources;
        match.reciprocal = true;
      }
    }
    // "The exercise, featuring the navies of A, B and C, began": among A, B and C.
    if (sources.empty() && ActsAmongItsParticipants(doc, syntax, story.dictionaries, *match.pattern,
                                                    source, targets.size())) {
      sources = targets;
      match.reciprocal = true;
    }
    if (truce && targets.empty()) {
      if (sources.size() > 1) {  // "the army and the rebels declared a truce": with each other
        match.reciprocal = true;
      } else {  // "the rebels declared a ceasefire": with their enemy in the story
        scratch->deferred.push_back({site,
                                     match,
                                     source,
                                     {},
                                     /*act_roots=*/{},
                                     /*denial=*/false,
                                     /*mutual_act=*/false,
                                     /*truce=*/true,
                                     intent});
        continue;
      }
    }
    // "The president accepted the government's resignation": a change of leadership within
    // the source's own ranks is yielded to the public, as "the government resigned" is.
    const bool own_ranks =
        match.pattern->code.starts_with("083") && !targets.empty() &&
        std::all_of(targets.begin(), targets.end(), [&](const ResolvedActor& t) {
          return std::any_of(sources.begin(), sources.end(),
                             [&](const ResolvedActor& s) { return s.code == t.code; });
        });
    if (targets.empty() || own_ranks) {  // "protesters rallied", "the UN called for calm": implied
      ImpliedTargets(story.dictionaries, match.pattern->code, sources, story.actors.StoryCountry(),
                     &scratch->implied_targets);
      targets = scratch->implied_targets;
    }
    // "telephoned Sharif to offer condolences": to the one called.
    if (targets.empty() && ConsolesTheContact(match.pattern->code)) {
      targets = story.actors.ActorsOf(ContactPartner(doc, syntax, c));
    }
    // "Israeli jets struck Gaza": plain force whose weapon the subject names is of its kind.
    if (const VerbPattern* weapon = WeaponSubjectPattern(doc, syntax, clause, match.pattern);
        weapon != nullptr && intent == nullptr) {
      match.pattern = weapon;
    }
    emitter.Emit(site, match, sources, targets, events, intent);
    if (events->size() == before && scratch->why_not) {
      record.Refuse(WhyNoPair(story, match, source, target, &record.verdict().phrase));
    }
    for (uint32_t i = scratch->child_begin[c]; i < scratch->child_begin[c + 1]; ++i) {
      const uint32_t k = scratch->children[i];
      if (k > c && (match.MatchedWordAt(syntax.clauses[k].verb.head) ||
                    PartOfTheAct(doc, *match.pattern, syntax.clauses[k]))) {
        named[k] = true;
      }
    }
  }
}

}  // namespace tacitus
