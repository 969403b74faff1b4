// The event's own place: a location phrase tied to it, found in the gazetteer.
//
//   auto gazetteer = Gazetteer::Load({.places_file = "data/places.txt"});
//   EventPlacer placer(std::move(*gazetteer));        // const, shareable between threads
//   placer.PlaceEvents(analysis, events);             // sets Event::place where one is stated
//
// Where the place comes from, first found wins:
//   1. a locative phrase of the event's clause: in, at, near, outside, inside, across,
//      throughout, around + a name ("met in Beijing", "near Kharkiv", "in eastern Ukraine",
//      "at the Kremlin", "in the city of Kharkiv"); a coordinated or participial clause
//      without one takes its parent's ("met in Beijing, underscoring ..."); a noun event
//      takes its noun phrase's ("the meeting in Beijing");
//   2. for a local event, the clause's object when it is a place ("shelled Gaza City");
//   3. for a local event, the dateline ("KHARKIV, Ukraine (AP) -"), but only when it is the
//      only place the story states: no locative phrase anywhere else names another.
// Nothing else: an event with no stated place has none (std::nullopt), and the story's
// actors never stand in for a place.
// "Local" means the event happens at one spot that the dateline can be taken to name:
// CAMEO roots 14 (protest), 18 (assault), 19 (fight) and 20 (mass violence).
//
// A name is a run of capitalised words (with "of", "and", "de", "al", "el" and hyphens inside
// it) in the phrase: "eastern Ukraine" is looked up as "Ukraine", "Gaza City" whole, and when
// the whole run is unknown, without a last word like City, Province or Region. Month and
// weekday names are never places ("in March" is a date).
//
// Ambiguous names (several gazetteer entries): an entry from our list (data/places.txt) or a
// country always wins ("Georgia" is the country). Otherwise the event's actors decide: an
// entry in the country of the source or target (the first three letters of a CAMEO code when
// they are an ISO alpha-3 code: "RUSGOV" -> RUS) wins if it is a subdivision or a city with at
// least a tenth of the population of the largest entry of that name (so Russian actors do not
// move "Donetsk" to Rostov Oblast, nor American ones "Paris" to Texas). Else the largest city,
// then the first subdivision.
//
// Never fails; allocates only for the strings of the EventPlace it sets.
#ifndef TACITUS_PLACE_EVENT_PLACER_H_
#define TACITUS_PLACE_EVENT_PLACER_H_

#include <memory>
#include <optional>
#include <span>
#include <string_view>

#include "place/gazetteer.h"
#include "syntax/analyzer.h"
#include "tacitus/event.h"

namespace tacitus {

class EventPlacer {
 public:
  explicit EventPlacer(std::shared_ptr<const Gazetteer> gazetteer);

  // Sets `place` of every event in `events`, which must come from `analysis`; events whose
  // place is not stated get std::nullopt.
  void PlaceEvents(const Analysis& analysis, std::span<Event> events) const;

  // A found place: a gazetteer entry and the bytes of the story text that named it.
  struct Found {
    uint32_t entry = 0;
    Span span;
  };
  // The place named in tokens [range) of `doc`, chosen for actors of `countries` (alpha-3
  // codes; may be empty).
  std::optional<Found> Resolve(const Document& doc, TokenRange range,
                               std::span<const std::string_view> countries) const;

  // The country of the place tokens [range) of `doc` name as a whole, when the name leaves
  // no doubt which: its first entry is ours or a country, or every entry is in one country,
  // or the first is a city with ten times the people of every entry elsewhere (a
  // subdivision elsewhere is doubt). Empty for an unknown name or a doubtful one.
  std::string_view SoleCountry(const Document& doc, TokenRange range) const;

  // The place `doc`'s dateline names before its first comma or parenthesis ("KHARKIV,
  // Ukraine (AP) -" is Kharkiv); nullopt when there is no dateline or no known place there.
  std::optional<Found> DatelinePlace(const Document& doc) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  // The place of a locative attachment among `attachments`, or of an "of" phrase after a
  // generic head ("the city of Kharkiv").
  std::optional<Found> FromAttachments(const Analysis& analysis,
                                       std::span<const Attachment> attachments,
                                       std::span<const std::string_view> countries) const;
  std::optional<Found> FromPhrase(const Analysis& analysis, int32_t phrase,
                                  std::span<const std::string_view> countries) const;
  std::optional<Found> FromClause(const Analysis& analysis, int32_t clause,
                                  std::span<const std::string_view> countries) const;
  // The dateline's place when the story names no other; nullopt otherwise.
  std::optional<Found> DatelineOnlyPlace(const Analysis& analysis) const;
  // The entries named by tokens [begin, end) of `doc`.
  std::span<const uint32_t> Lookup(const Document& doc, uint32_t begin, uint32_t end) const;
  // The candidate the rule above picks.
  uint32_t Choose(std::span<const uint32_t> candidates,
                  std::span<const std::string_view> countries) const;
  EventPlace MakePlace(const Found& found) const;

  std::shared_ptr<const Gazetteer> gazetteer_;
};

}  // namespace tacitus

#endif  // TACITUS_PLACE_EVENT_PLACER_H_
