// The event's own date: the temporal expression that goes with it, resolved against the
// story's date (time/temporal_expression.h says which expressions and how).
//
//   EventDater dater;                                   // const, shareable between threads
//   dater.DateEvents(analysis, story.date, events);     // sets Event::date of each
//
// Where the date comes from, first found wins:
//   1. the event's clause: its temporal adverbials, then its prepositional phrases
//      ("on March 17"); for a clause that follows or precedes another act by a stated
//      interval ("on Saturday, a day after Beijing imposed sanctions"), that act's day moved
//      by it (temporal_expression.h: DaysBetweenActs); for a clause that a dated act came
//      after ("voted on Monday ... after guards opened fire"), the day a sentence near it
//      names within the week before ("The confrontation on Sunday ..."); past-tense acts done
//      "by" a day are dated by it ("By Wednesday, rebels had taken the town"); what was said,
//      failing all these, takes the date of its saying ("said on Saturday it had suspended
//      aid", "a day after the rebels said they had taken the city") — unless the clause is in
//      the future tense ("will meet on Tuesday"):
//      a statement of what will happen keeps the date on which it was said, so such a clause
//      takes the date of the clause it depends on ("said on Monday he will ...") or, failing
//      that, the story date;
//   2. its sentence: the first day of the week up to the story date that it names, else the
//      first expression anywhere in it that does not point after the story date (noun events,
//      "Putin's visit yesterday", start here; "sailors captured last November were freed on
//      Saturday" is of Saturday), save one said of what will
//      or would happen ("a meeting, which diplomats said would take place on Wednesday") and
//      one in a relative clause that is no day of the week before the story date ("a channel
//      that helped mobilise protests last year"); a date without a year that names a coming
//      day ("to hold a referendum on March 16" read on March 7: most of a year back, weeks
//      ahead) dates nothing;
//   3. its episode: the day an earlier sentence of its paragraph names ("Xi met Duterte on
//      Thursday. They discussed trade."); of the paragraph before when it opens on the actors
//      named there ("The two leaders discussed ..."); of the three before when it places
//      itself relative to an earlier act ("Hours earlier", "the same day", "During their
//      meeting"); a sentence that belongs to the episode so carries it on to those after it;
//      moved by the days the sentence says its act came from it ("A day earlier, Jordan
//      recalled its ambassador", "The next day, ...");
//   4. for an act told in the past tense, the day of the story's news: the first day its lead
//      (the first three sentences after the dateline) names, if within the week before the
//      story date ("Kenya's Supreme Court annulled the election on Friday. ... Odinga hailed
//      the ruling." — a news story's undated past acts belong to the episode its lead
//      reports; "Western powers have criticized ..." and "Russia exports ..." do not);
//   5. the story's dateline ("BEIJING, Nov 8 (Reuters) -");
//   6. the story date itself, to the day, with an empty span.
// The span is that of the whole expression ("earlier this year", "on Tuesday").
//
// Never fails, allocates nothing. DateEvents takes time linear in the story's length and its
// number of events when the events are in sentence order (as the Coder gives them): the work
// per event is bounded by the length of its sentence and of the few around it (an act that
// came "after" another reads up to three either side), and the episodes (3.) are found in one
// walk through the story.
#ifndef TACITUS_TIME_EVENT_DATER_H_
#define TACITUS_TIME_EVENT_DATER_H_

#include <optional>
#include <span>

#include "syntax/analyzer.h"
#include "tacitus/date.h"
#include "tacitus/event.h"

namespace tacitus {

class EventDater {
 public:
  // Sets `date` of every event in `events`, which must come from `analysis` (Event::sentence
  // and Event::clause index it); an index out of range leaves the story date.
  void DateEvents(const Analysis& analysis, Date story_date, std::span<Event> events) const;

  // The date of one event (see above).
  EventDate DateOf(const Analysis& analysis, Date story_date, const Event& event) const;

 private:
  // The dates of events that no sentence near them dates (4.-6. above), each found once per
  // story, and only when an event needs it.
  class StoryDays;
  // The first day the lead names (4.), nullopt when it names none within the week.
  std::optional<EventDate> FromLead(const Analysis& analysis, Date story_date) const;
  // The first date of the story's dateline (5.).
  std::optional<EventDate> FromDateline(const Analysis& analysis, Date story_date) const;
  class EpisodeDays;
  EventDate DateOf(const Analysis& analysis, Date story_date, StoryDays* story_days,
                   EpisodeDays* episode, const Event& event) const;
  std::optional<EventDate> FromClause(const Analysis& analysis, Date story_date,
                                      uint32_t clause) const;
  // For a clause "a day after" (or "two days before", "hours after" ...) another act: that
  // act's day (its clause's, else its sentence's), moved by the interval; nullopt when no
  // interval is said, the other act has no day, or the result is after the story date.
  std::optional<EventDate> FromActItFollows(const Analysis& analysis, Date story_date,
                                            const Clause& clause) const;
  // For a clause a dated act came "after" ("voted on Monday ... after guards opened fire"):
  // the day within the week before that date that the nearest sentence naming one names (at
  // most three away; of two as near, the following one: "The confrontation on Sunday ...");
  // nullopt when the dated act has no day or no sentence near names such a day.
  std::optional<EventDate> FromActBefore(const Analysis& analysis, Date story_date,
                                         const Clause& clause) const;
  // The first day of the week up to the story date that `sentence` names, else its first
  // expression that resolves to a date on or before the story date (2. above).
  std::optional<EventDate> FromSentence(const Analysis& analysis, Date story_date,
                                        uint32_t sentence) const;
};

}  // namespace tacitus

#endif  // TACITUS_TIME_EVENT_DATER_H_
