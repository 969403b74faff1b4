// Which actors each noun phrase of a story names: dictionary matches inside the phrase,
// combined ("Chinese troops" -> CHNMIL; "Russian President Vladimir Putin" -> RUSGOV, the
// role Putin held on the story's date; "NATO-led forces" -> IGONATMIL, the leader's), then,
// where a phrase names no actor by its own
// words, its apposition, an "of" phrase ("the president of Russia", "the people of
// Russia"), its possessor
// ("China's partnership" -> CHN), and coreference within the story: he/she/it/they, "the two
// leaders", "both countries", "the bloc", "the group", "the attackers", a surname after the
// full name ("Tony Blair ... Blair").
//
// One StoryActors per thread, reused from story to story; Resolve never fails (phrases it
// cannot place simply have no actor).
#ifndef TACITUS_CODE_STORY_ACTORS_H_
#define TACITUS_CODE_STORY_ACTORS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "code/dateline_countries.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "tacitus/date.h"
#include "text/document.h"

namespace tacitus {

struct ResolvedActor {
  std::string code;     // "RUSGOV"
  TokenRange tokens;    // the words that named it here (for a pronoun: the pronoun)
  bool person = false;  // named a person (he/she refer back to these)
  // The country, capital, adjective or people that named it, when a place did ("Russia",
  // "Moscow", "Russian"): where an act "in" this phrase happens.
  const Actor* place = nullptr;
  // Named by its own words, in no dictionary: PETRARCH's new_actor_length (ActorRules).
  bool new_actor = false;
  Origin origins[3];  // dictionary entries that gave the code
  uint8_t origin_count = 0;

  void AddOrigin(const Origin& origin) {
    if (origin_count < 3) origins[origin_count++] = origin;
  }
};

// How phrases name actors where the conventions of the dictionaries differ: ours (the
// defaults) or PETRARCH's (ActorRules::Petrarch), chosen by the clause coder.
struct ActorRules {
  // Agents stack: inside an agent's words, agents starting later are sought too ("main
  // opposition group" is a main opposition group and an opposition group).
  bool stack_agents = false;
  // Any actor can place an agent ("officials of X"); by default only a country-level code.
  bool any_actor_places_agents = false;
  // "officials in X" places the agents as "of X" and "from X" do.
  bool agents_placed_by_in = false;
  // An agent of no known place is coded with the null place: "---GOV".
  bool unplaced_agent_as_null = false;
  // An agent whose country the sentence does not state takes the story's (as analysts code
  // it: "police fired tear gas" in a story datelined MALE is MDVCOP): see StoryCountryFor.
  bool agents_take_story_country = true;
  // When above 0, a phrase that names no actor otherwise and has at most that many words
  // (its prepositional phrases included, "'s" not counted), none of them a pronoun, is a new
  // actor coded by its words in upper case and quotes: "the Ministry of Magic" -> "THE
  // MINISTRY OF MAGIC" with the quotes (PETRARCH's new_actor_length).
  int new_actor_length = 0;

  // PETRARCH's conventions, with its new_actor_length.
  static ActorRules Petrarch(int new_actor_length);
};

// Whether an actor of `a` and one of `b` are of one country, region or kind of organisation
// (SameLocation: the first three letters of their codes): one side, in what one says of the
// other.
bool OfOneSide(std::span<const ResolvedActor> a, std::span<const ResolvedActor> b);

// Whether a code opening with `prefix` names an organisation or a multinational actor ("IGO",
// "NGO", "IMG" ...), not a place.
bool IsNonStatePrefix(std::string_view prefix);

// One past the phrase and the prepositional phrases that run on from it, each right after
// the one before: "the Prince" + "of Dol Amroth", which the syntax cuts at "of".
uint32_t RunOnEnd(const Syntax& syntax, const NounPhrase& phrase);

class StoryActors {
 public:
  // `dateline_place_country` is the country of the place the dateline names, when the
  // dictionaries name none there ("LAGOS (Reuters) -": NGA; DatelineCountries); empty when
  // unknown.
  // `places`, when given, names the country of a city a leader travels to (VisitedPlaces).
  void Resolve(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
               Date story_date, const ActorRules& rules = {},
               std::string_view dateline_place_country = {},
               const DatelineCountries* places = nullptr);

  // The actors of phrase `phrase` and of the phrases coordinated with it ("Putin and Xi"),
  // in text order; empty when none is known. -1 gives empty.
  std::span<const ResolvedActor> ActorsOf(int32_t phrase) const;
  // Whether ActorsOf(phrase) holds an actor that is not new.
  bool NamesKnownActor(int32_t phrase) const;
  // Where the act of clause `clause` happens: the country of its place ("was arrested in
  // Tehran"), else the story's; empty when neither is known.
  std::string_view ActCountry(const Document& doc, const Syntax& syntax, uint32_t clause) const;
  // The country code of the place phrase p names ("Georgia", "Moscow"); empty when none.
  std::string_view PlaceCountry(int32_t p) const;
  // The story's country: its dateline's, else the one it names most; empty when neither.
  std::string_view StoryCountry() const {
    return dateline_country_.empty() ? main_country_ : dateline_country_;
  }

 private:
  struct Hit {  // a dictionary name found in the text
    TokenRange tokens;
    bool agent = false;
    uint32_t entry = 0;  // index into Dictionaries::actors() or ::agents()
  };
  struct Group {  // a phrase's actors: a range of actors_
    uint32_t begin = 0;
    uint32_t end = 0;
  };

  void FindHits(const Dictionaries& dictionaries, const Document& doc, const Sentence& sentence,
                Date story_date);
  // The agents a phrase names, around its place's code: with stacked agents (ActorRules) several
  // stack ("an MSF Arnor diplomat": NGO ARN GOV); a prefix agent found later goes in front, a
  // suffix agent after those found before it; a code already there is not repeated.
  struct AgentCodes {
    std::string before, after;
    bool empty() const { return before.empty() && after.empty(); }
    void Add(const Agent& agent);
    std::string Around(std::string_view place) const;
  };
  // An agent placed by a prepositional phrase ("officials from China"): the agents and the
  // place's phrase; none when the phrase names its actor otherwise.
  struct AgentPlace {
    AgentCodes agents;
    int32_t phrase = -1;
  };

  // Whether an actor code can place an agent of another phrase ("officials of X"): a
  // country-level code, or any with ActorRules::any_actor_places_agents.
  bool IsAgentPlace(std::string_view code) const;
  // The dictionary names found inside a phrase (its own prepositional phrases included when
  // a name runs on through them), by kind: the last person, organisation or seat, agent, and
  // the best-ranked place on the story's date.
  struct PhraseNames {
    const Actor* person = nullptr;
    const Actor* organisation = nullptr;  // organisations and seats: full codes
    const Actor* place = nullptr;         // countries, regions, capitals, adjectives
    const Agent* agent = nullptr;         // the last
    AgentCodes agents;                    // all of them, stacked
    TokenRange tokens{0, 0};              // from the first name to the end of the last
  };
  // Adds the origin of every name found to `out`.
  PhraseNames NamesIn(const Dictionaries& dictionaries, const Syntax& syntax, const NounPhrase& p,
                      Date story_date, ResolvedActor* out) const;
  // The country of another state that phrase `p` names with the seat `names` holds ("Pakistan's
  // Foreign Office", "the Indian Foreign Office"), its adjective or possessor; empty when the
  // seat is no seat, names no other country, or is its own country's.
  std::string_view OtherCountryOfSeat(const NounPhrase& p, const PhraseNames& names) const;
  // Codes an agent that names no place of its own by an "of"/"from" phrase or possessor that
  // names one ("the president of Russia", "Iraq's advisor"); `place_phrase` says which phrase.
  void PlaceAgents(const Document& doc, const Syntax& syntax, const NounPhrase& p,
                   const AgentCodes& agents, ResolvedActor* out, int32_t* place_phrase) const;
  // The actor a phrase names by its own words; false when it names none. `place_agents` and
  // `place_phrase` say which agents with no place of their own the phrase holds, and where
  // their place came from (-1 when from no prepositional phrase).
  bool OwnActor(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                uint32_t phrase, Date story_date, ResolvedActor* out, AgentCodes* place_agents,
                int32_t* place_phrase) const;
  // Resolve's steps, in order. Each phrase's own actor (two passes: "of Russia" is known
  // when "the president of Russia" asks).
  void ResolveOwnActors(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                        Date story_date);
  // "Lawmakers and officials in Fornost": the place after the last of coordinated agents
  // belongs to each of them that has none of its own.
  void ShareTrailingPlace(const Syntax& syntax);
  // Nationalities coordinated before one agent word name an agent of each country
  // ("Ethiopian and Eritrean officials", "U.S. and Chinese negotiators"): within one phrase,
  // the places other than the phrase's own actor's go to shared_agents_; a conjunct the
  // syntax cut off ("Chinese" & "Brazilian officials") takes the last conjunct's agents.
  // shared_agents.cc.
  void ShareTrailingAgents(const Dictionaries& dictionaries, const Document& doc,
                           const Syntax& syntax, Date story_date);
  void ShareAgentsWithinPhrase(const Dictionaries& dictionaries, const Document& doc,
                               const Syntax& syntax, Date story_date, uint32_t p);
  void ShareAgentsAcrossConjuncts(const Dictionaries& dictionaries, const Syntax& syntax,
                                  Date story_date, uint32_t p);
  // The country or nationality a hit names, when it can place an agent; nullptr otherwise.
  const Actor* LonePlace(const Dictionaries& dictionaries, const Hit& hit) const;
  // "Officials from the two countries", "the foreign ministers of both sides": the agents
  // of phrase p, which names no place of its own, for each actor its "of"/"from" phrase
  // refers back to (ReferredBack), in *referred; left empty otherwise. shared_agents.cc.
  void AgentsOfPairReferredTo(const Dictionaries& dictionaries, const Document& doc,
                              const Syntax& syntax, uint32_t p, uint32_t sentence_begin,
                              std::span<const ResolvedActor> seen,
                              std::span<const ResolvedActor> last_group,
                              std::vector<ResolvedActor>* referred) const;
  // A city the dictionaries do not hold, where a journey goes ("arrived in Sochi", "flew to
  // Jeddah", "his visit to Shanghai"), is its country, the host (`places` finds it); nothing
  // for a name of other words than a place's. visited_places.cc.
  void ResolveVisitedPlaces(const Dictionaries& dictionaries, const Document& doc,
                            const Syntax& syntax, const DatelineCountries& places);
  // An agent with no place of its own whose possessor or "of"/"from"/"in" phrase is all names
  // of a place the gazetteer gives one country ("Kharkiv's mayor", "the governor of
  // Kherson") is of that country; local_agents.cc.
  void PlaceLocalAgents(const Document& doc, const Syntax& syntax);
  // Phrase p as the place a journey goes to, when it names no actor and is all names.
  void ResolveVisitedPlace(const Dictionaries& dictionaries, const Document& doc,
                           const Syntax& syntax, const DatelineCountries& places, int32_t p);
  // Appends to actors_ the actors shared_agents_ holds for phrase p.
  void AddSharedAgents(uint32_t p);
  // "Danish media and government": a place named before the head of the first of
  // coordinated phrases belongs to each later one that is a bare agent (not "the
  // government of Gondor", nor one with a place of its own).
  void ShareLeadingPlace(const Dictionaries& dictionaries, const Document& doc,
                         const Syntax& syntax);
  // Gives each bare agent (an agent word, no place of its own: "police", "the army") the
  // country StoryCountryFor finds; story_country.cc.
  void PlaceBareAgents(const Document& doc, const Syntax& syntax);
  // Counts into mentions_ the countries of the story's places and people, and sets
  // dateline_country_ (cleared before) to the dateline's first country or capital.
  void CountMentions(const Document& doc, const Syntax& syntax);
  // An armed group that fights in several countries (CAMEO's IMG codes: al-Qaeda, Islamic
  // State) is coded where it fights (news-dev GUIDE: "the country they fight in + REB"): the
  // country of the place phrase p or its clause names ("in Syria"), else the country the story
  // names most, + REB ("Islamic State fighters seized Mosul": IRQREB). Left as it is when none
  // is known.
  void PlaceArmedGroup(const Document& doc, const Syntax& syntax, uint32_t p);
  // The country of an agent of phrase p that states none: a place the phrase's own "in"
  // phrase names ("police in Georgia"), else the place of its clause's act ("In Yerevan,
  // police detained ..."), else the scene its paragraph set (ParagraphScene), else the
  // story's own (OwnCountryAgents), else, for "the" + noun (not civilians), the country of an
  // actor named by the same noun in sentence `sentence` (p's) or the one before, of any kind
  // ("Gondor's defence ministry summoned ... The ministry said"), else the country of the
  // same agent mentioned earlier in the
  // story ("Armenian police ... Police said"), else the dateline's, else the country the
  // story names most by its places and its people (at least twice, more than any other),
  // else, in a story of neither, the country of the same agent of any kind named earlier
  // by the same noun (the government's agents too: "The Ministry of Foreign Affairs of
  // Gondor ... The Ministry"); empty when none.
  std::string_view StoryCountryFor(const Document& doc, const Syntax& syntax, uint32_t p,
                                   std::string_view agents, uint32_t sentence) const;
  // The story's country (StoryCountry) for a bare agent (`agents`: "MIL" for "the military",
  // "COP" for "police") when the story has named that country's agents of the kind before:
  // a reporter names the agents of the country the story is about bare, even right after
  // naming another country's ("The Gondorian army said Rohan's troops shelled the border.
  // The army said ..." is Gondor's in a story from Gondor). Empty otherwise, and the last
  // agents of the kind named are the ones meant (StoryCountryFor). own_country_agents.cc.
  std::string_view OwnCountryAgents(std::string_view agents) const;
  // Whether `words` refer back to two actors named before: "the two leaders", "both
  // countries", "both parties", "the pair" (collective_references.cc).
  static bool RefersBack(std::span<const Token> words);
  // Whether the doer of clause `clause` is a state as a whole, a government, a legislature or
  // an international organisation, which act from afar on phrase p (not the doer itself).
  bool ActsFromAfar(const Syntax& syntax, int32_t clause, uint32_t p) const;
  // The country of the scene a paragraph sets by opening a sentence with "In <place>," for
  // the sentences after it: "In Yerevan, thousands rallied outside parliament. Police
  // detained dozens." Looks at sentence `sentence` and the earlier ones of its paragraph,
  // the nearest first; empty when none opens so.
  std::string_view ParagraphScene(const Document& doc, const Syntax& syntax,
                                  uint32_t sentence) const;
  // The country of the first place an "in"/"at"/"near" ... attachment names, a dictionary's
  // or, for a name the dictionaries lack, the gazetteer's (GazetteerCountry: "in Istanbul");
  // empty when none. An act of force named there sets no place: "killed in an Israeli strike".
  std::string_view PlaceIn(const Document& doc, std::span<const Attachment> attachments) const;
  // Whether phrase p names an act of force, not a place: its head a noun pattern's of roots
  // 18-20 ("strike", "attack") and no name among its words.
  bool NamesAnEvent(const Document& doc, int32_t p) const;
  // The country of phrase p when it is all names ("the" aside) of a place the gazetteer gives
  // one country and the dictionaries know that country; empty otherwise or without places_.
  std::string_view GazetteerCountry(const Document& doc, const Syntax& syntax, int32_t p) const;
  // Apposition, possessor and an "of" phrase stand in for a phrase that names no actor
  // itself: "Gondor's goats" and "the goats of Gondor" are Gondor's; "the ministry of
  // Gondor and the Nasgul" is each of theirs.
  // Run twice: before bare agents have their country, with every "of" phrase; after, with
  // those of a word for whoever leads or speaks for a body ("the head of parliament") or for
  // what an armed body holds ("positions of the rebels").
  enum class OfPhrases { kAll, kOfRoles };
  void ResolveStandIns(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                       OfPhrases of_phrases);
  // Phrase p's stand-in, if it has none yet; an apposition, later in the sentence, is resolved
  // first ("Ivan Testov, the head of parliament,").
  void ResolveStandIn(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                      OfPhrases of_phrases, uint32_t p);
  // Someone's kin (IsKinOfItsOwner: "the gunman's parents", "the mother of Ivan Testov") are
  // not who they are kin to but civilians of their country: the owner's country + CVL. Left
  // unresolved when the owner has no actor yet or its code opens with no country (IGO...).
  void ResolveKin(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                  uint32_t p);
  // A number or a word of quantity stands for its "of" phrase: "dozens of protesters",
  // "thousands of people", "two of the soldiers" are the protesters, people, soldiers.
  // FindQuantities notes which phrase each "of" phrase is the quantity of (PlaceBareAgents
  // places a bare agent there, where the clause may say: "In Yerevan, thousands of
  // protesters ..."); ResolveQuantities then gives the quantity its of-phrase's actors.
  void FindQuantities(const Document& doc, const Syntax& syntax);
  void ResolveQuantities();
  // A bare count ("Thousands rallied", "Tens of thousands marched") is the civilians' agent
  // of no stated country, which PlaceBareAgents places (counted_people.cc).
  void MarkCountedPeople(const Document& doc, const Syntax& syntax);
  // A person the dictionaries do not know, named after a title that gives an actor
  // ("Russian Ambassador Ivan Testov", "Prosecutor Ana Gomez", "Ivan Testov, the Russian
  // ambassador"), is that actor again when the story names him or her later by the family
  // name ("Testov said"), or in full; and he/she refer back to the person. titled_names.cc.
  void ResolveTitledNames(const Document& doc, const Syntax& syntax);
  // A clause's subject whose head is an office one person holds ("the Kenyan president",
  // "Sudan's army chief") names that person: he/she refer back to it, and "the two leaders"
  // count it, as they do a named person. Not other roles: "he" goes on with a subject more
  // often than with the person met ("flew to Kabul for talks with the commander of NATO's
  // forces ... he urged"). titled_names.cc.
  void MarkOfficeHolders(const Document& doc, const Syntax& syntax);
  // "The International Criminal Court ... the court", "U.N. Security Council ... the
  // council", "European Union leaders ... the leaders": a phrase "the <noun>" that names no
  // actor takes the international organisation's actor when the last phrase with that head
  // noun named one (not another body, nor a name of its own); organisation_references.cc.
  void ResolveOrganisationReferences(const Document& doc, const Syntax& syntax);
  // A craft named by the noun alone ("the plane", "the boats") is the last craft named with
  // its owner ("a Russian warplane" -> RUSMIL); craft_references.cc.
  void ResolveCraftReferences(const Document& doc, const Syntax& syntax);
  // "The attackers", "all seven assailants" (PerpetratorNoun: nouns for who struck, which no
  // agent codes) are the armed group outside the state named last before them ("gunmen from
  // the Nasgul Front"): its actor. Left unresolved when no such group was named, and for "an
  // attacker" or "attackers", who may be anyone. perpetrator_references.cc.
  void ResolvePerpetratorReferences(const Document& doc, const Syntax& syntax);
  // "Ethiopia indicated it would act": the subject "it" of what a country or organisation
  // says is, unless another antecedent is named, the speaker itself; and so is an "it" that
  // this "it" governs with no other subject between ("said it had stopped the boats, which it
  // accused of ..."). So is the subject he/she of what a person says ("Ivan Testov, meeting
  // Li Testo, said he would ..." is Testov), whoever was named last, and the subject "they" of
  // what a body named in the plural says ("Gondorian police said they had arrested ..."),
  // and the subject "we" or "I" of what anyone says ("'We condemn ...,' Arnor said").
  void ResolveSpeakersPronouns(const Document& doc, const Syntax& syntax);
  // A state, an international body or a group named before, referred back to by "it" (a
  // clause's subject: the last singular actor other than a person that was one: "The
  // Kremlin said ... It accused ...") or by a word for its kind, its last subject if near: "the
  // country", "the kingdom", "the island" (a country); "the bloc", "the alliance" (an
  // international organisation); "the group", "the movement" (a group outside the state);
  // "the organisation" (either). The last of the kind named in the sentence or the one before
  // it; none further back. body_references.cc.
  enum class BodyKind { kNone, kCountry, kOrganisation, kGroup, kOrganisationOrGroup, kAny };
  struct RecentBodies {
    struct Mention {
      int32_t phrase = -1;  // none when -1
      uint32_t sentence = 0;
    };
    Mention last[4];          // by BodyKind: kCountry, kOrganisation, kGroup
    Mention last_subject[4];  // of those, the last that were a clause's subject
    Mention subject;          // the last singular actor other than a person that was one
    struct Plural {
      int32_t phrase = -1;
      uint32_t sentence = 0;
      int32_t clause = -1;
      bool subject = false;
    };
    Plural plurals[3];  // the last phrases naming many, the latest first
  };
  // The kind of body phrase p's own actor is; kNone for a person or another actor.
  BodyKind KindOfBody(const Syntax& syntax, uint32_t p) const;
  // The kind of body phrase p refers back to by its words; kNone when it names none so.
  BodyKind KindReferredTo(const Document& doc, const Syntax& syntax, uint32_t p) const;
  // Notes phrase p (of sentence `sentence`) in *recent when its own actor is a body.
  void NoteBody(const Document& doc, const Syntax& syntax, uint32_t p, uint32_t sentence,
                RecentBodies* recent) const;
  // Whether the doer of phrase p's clause, other than p, is resolved to the actor of phrase
  // `body`: "It suspended aid to the country" is not the country itself.
  bool IsItsClausesDoer(const Syntax& syntax, uint32_t p, int32_t body) const;
  // The body phrase p refers back to, in *out; false when it refers to none or none is near.
  bool BodyReferredTo(const Document& doc, const Syntax& syntax, uint32_t p, uint32_t sentence,
                      const RecentBodies& recent, ResolvedActor* out) const;
  // "they" and "them" refer back to the last phrase naming many (coordinated actors, or a
  // plural head: "Gondorian troops") of the sentence or the one before it, not of their own
  // clause; a subject "they" to the last such subject if there is one. NotePlural notes
  // phrase p once its group is known; PluralReferredTo gives the phrase referred to, or -1.
  void NotePlural(const Document& doc, const Syntax& syntax, uint32_t p, uint32_t sentence,
                  RecentBodies* recent) const;
  int32_t PluralReferredTo(const Document& doc, const Syntax& syntax, uint32_t p, uint32_t sentence,
                           const RecentBodies& recent) const;
  // Pronouns and "the two leaders" refer back, in text order; then each phrase's group: its
  // own actor and its conjuncts', or the actors it refers to.
  void ResolveCoreference(const Dictionaries& dictionaries, const Document& doc,
                          const Syntax& syntax);
  // "Testov met his counterpart": a counterpart with no country of its own (phrase p, of the
  // sentence after token `recent_begin`) is of another country than its owner's
  // (OwnerCountry): the act's place's, else the last other country `seen` from
  // `recent_begin` on, else the story's; with none, no actor. False, changing nothing, for
  // another phrase or an owner of no country. counterpart_references.cc.
  bool PlaceCounterpart(const Document& doc, const Syntax& syntax, uint32_t p,
                        uint32_t recent_begin, std::span<const ResolvedActor> seen);
  // The country of phrase p's possessor ("his" once resolved), else of its clause's doer;
  // empty when neither names one.
  std::string_view OwnerCountry(const Syntax& syntax, uint32_t p) const;
  // The country a person's code begins with ("COLGOV" -> COL); empty for an actor that is
  // no person, and for an organisation's officials ("IGOUNO").
  static std::string_view PersonCountry(const ResolvedActor& actor);
  // "Petro ordered his trade minister to ...": a bare agent owned by he/she's possessive
  // takes the country of the person it refers to (COLGOV's minister is COLGOV), where the
  // story's country could be another's. Nothing when the owner is no person of a country.
  void PlaceByPronounOwner(const Syntax& syntax, uint32_t p);
  // "its jets", "their drones": a craft owned by a pronoun acts for what the pronoun refers
  // to, when that is no person ("The army said its jets pounded ..."); craft_references.cc.
  void CraftOfPronounOwner(const Document& doc, const Syntax& syntax, uint32_t p);
  // The actors a phrase of `words` that names none refers back to: he/she the last person
  // seen, they the last group, "the two leaders" / "both countries" two (PairReferredTo);
  // empty when none. `sentence_begin` is the first token of its sentence.
  // Where a pair reference stands: kGoesOnInItsSentence when it is the subject of a clause
  // that goes on from an earlier one of its sentence (coordinated, relative, subordinate).
  enum class PairPlace : uint8_t { kElsewhere, kGoesOnInItsSentence };
  PairPlace PlaceOfPair(const Syntax& syntax, uint32_t p) const;
  static void ReferredBack(const Dictionaries& dictionaries, const NounPhrase& phrase,
                           uint32_t sentence_begin, PairPlace place, std::span<const Token> words,
                           std::span<const ResolvedActor> seen,
                           std::span<const ResolvedActor> last_group,
                           std::vector<ResolvedActor>* referred);

  // "Biden welcomed him": an object pronoun is not its clause's subject (that would be
  // "himself"). When ReferredBack took the subject's person, *referred becomes the person
  // named before it; left as it is otherwise, or when there is none.
  void NotItsClausesSubject(const Syntax& syntax, uint32_t p, std::span<const Token> words,
                            std::span<const ResolvedActor> seen,
                            std::vector<ResolvedActor>* referred) const;

  // Collective references, collective_references.cc. What "the two leaders", "both
  // countries", "both sides", "the pair" refer back to, by the kind of the word.
  enum class GroupWord : uint8_t {
    kNone,
    kLeaders,       // leader, president, minister, counterpart, pair: persons
    kCountries,     // country, side, party, government, ally: states
    kBelligerents,  // "the warring parties": the sides of a war, a country's own sides too
  };
  static GroupWord GroupReference(std::span<const Token> words);
  // The kind of a noun of GroupReference's ("leader", "side"); kNone for another.
  static GroupWord GroupOfNoun(std::string_view lemma);
  // "The leaders", "the foreign ministers", "the allies": "the", an office word at most, and
  // a plural of GroupReference's nouns (not "the parties", "the states", "the governments",
  // "the countries", "the nations", which name many or a country's own); kNone otherwise.
  static GroupWord PluralGroupReference(std::span<const Token> words);
  // What such a plural refers to: the last phrase that named several, when it begins at or
  // after token `recent_begin` (the start of the sentence before), else the last two
  // distinct persons (or countries) named from there on; empty when none.
  static void RecentGroupReferredTo(const Dictionaries& dictionaries, GroupWord group,
                                    uint32_t recent_begin, std::span<const ResolvedActor> seen,
                                    std::span<const ResolvedActor> last_group,
                                    std::vector<ResolvedActor>* referred);
  // "Gondor and Rohan accused each other": "each other" or "one another" (phrase p, of
  // `words`) is the two or more doers of its clause, in *referred; left empty otherwise.
  void EachOtherReferredTo(const Syntax& syntax, uint32_t p, std::span<const Token> words,
                           std::vector<ResolvedActor>* referred) const;
  // The pair a phrase of kind `group` refers to: the last two distinct persons (or
  // countries) seen before its sentence, which begins at token `sentence_begin`, else in it
  // (LastDistinct), in it first when `place` is kGoesOnInItsSentence; or the parties of
  // `last_group`, when it was named before the sentence and no two persons were (for
  // leaders), or it is as recent as the pair (for states); empty when none.
  static void PairReferredTo(const Dictionaries& dictionaries, uint32_t sentence_begin,
                             GroupWord group, PairPlace place, std::span<const ResolvedActor> seen,
                             std::span<const ResolvedActor> last_group,
                             std::vector<ResolvedActor>* referred);
  // The last `count` distinct persons (or countries, as bare country codes) of `seen`, in
  // text order; empty when fewer.
  static std::vector<ResolvedActor> LastDistinct(const Dictionaries& dictionaries,
                                                 std::span<const ResolvedActor> seen, bool persons,
                                                 size_t count);
  // Appends to actors_ the actors of phrase p and its conjuncts, and with `with_lists` those
  // of the list it includes (included_), which replace leaders of no place of their own
  // ("X and Y were among the leaders who ...").
  void AddConjunctActors(const Syntax& syntax, uint32_t p, bool with_lists);
  // Per phrase, the list it includes ("including X, Y and Z", "such as X"), or -1: on the
  // phrase itself, or on the clause right after the subject or object it follows; and the
  // subject of "be among" for its object ("X, Y and Z were among the countries that ...").
  void FindIncludedLists(const Document& doc, const Syntax& syntax);
  // The first actor that can place an agent (IsAgentPlace: a country, region, adjective
  // ...) named wholly inside tokens [begin, end); nullptr when none is.
  const Actor* PlaceBefore(const Dictionaries& dictionaries, uint32_t begin, uint32_t end) const;
  // The new actor phrase `phrase` names by its words; false when it has more than
  // `max_words` words or a pronoun.
  static bool NewActor(const Document& doc, const Syntax& syntax, uint32_t phrase, int max_words,
                       ResolvedActor* out);

  ActorRules rules_;       // of the last Resolve
  std::vector<Hit> hits_;  // whole story, in text order
  // Short names the story gave so far, with their actor's entry: the last word of each
  // person named in full (a later bare surname refers back to them even when the dictionary
  // does not list it alone), and the acronym in brackets after a name ("the Rapid Support
  // Forces (RSF) ... The RSF said"; AcronymAfter).
  std::vector<std::pair<std::string_view, uint32_t>> short_names_;
  // ResolveOrganisationReferences' scratch: (head lemma, phrase) of the organisations named.
  std::vector<std::pair<std::string_view, uint32_t>> organisation_heads_;
  std::vector<ResolvedActor> own_;        // per phrase: its own actor (code empty if none)
  std::vector<int32_t> quantity_of_;      // per phrase: the quantity it is "of", or -1
  std::vector<int32_t> stand_ins_;        // per phrase: the phrase whose actor it took, or -1
  std::vector<AgentPlace> agent_places_;  // per phrase
  std::vector<ResolvedActor> actors_;     // groups point here
  std::vector<int32_t> included_;         // per phrase: the list it includes, or -1
  std::vector<int32_t> clause_of_;        // per phrase: the clause it is a role or PP of, or -1
  // CountMentions' counts: (country, mentions), in the order first named; a flat list, as a
  // story names few countries.
  std::vector<std::pair<std::string_view, int>> mentions_;
  // The phrases by their first token, stably (a phrase and those inside it keep their order):
  // the text order that PlaceBareAgents, ResolveTitledNames and ResolveCoreference walk,
  // computed once per Resolve.
  std::vector<uint32_t> text_order_;
  // Per phrase that is a bare agent given a country: the agents' codes ("COP"), in order of
  // the phrase's position, for "the same agent mentioned earlier".
  struct PlacedAgent {
    std::string agents;     // "COP"
    std::string country;    // "ARM"
    std::string_view head;  // the phrase's head lemma, "police" (into the Resolve's Document)
    uint32_t sentence = 0;  // the phrase's
  };
  std::vector<PlacedAgent> placed_agents_;
  // Per phrase (in order), the actors it names besides its own: "Ethiopian and Eritrean
  // officials" is ETHGOV's phrase with ERIGOV here (ShareTrailingAgents).
  std::vector<std::pair<uint32_t, ResolvedActor>> shared_agents_;
  std::string dateline_country_;                // of the last Resolve; empty when none
  std::string_view dateline_place_country_;     // Resolve's argument
  const Dictionaries* dictionaries_ = nullptr;  // Resolve's arguments, for GazetteerCountry
  const Syntax* syntax_ = nullptr;
  const DatelineCountries* places_ = nullptr;  // null when none was given
  std::string main_country_;                   // the country the story names most; empty when none
  std::vector<Group> groups_;                  // per phrase
  // ResolveCoreference's lists, kept so that each story reuses their memory.
  struct CoreferenceScratch {
    std::vector<ResolvedActor> seen;
    std::vector<ResolvedActor> last_group;
    std::vector<ResolvedActor> referred;
  };
  CoreferenceScratch coreference_;
};

}  // namespace tacitus

#endif  // TACITUS_CODE_STORY_ACTORS_H_
