#include "time/event_dater.h"

#include <algorithm>
#include <span>

#include "time/temporal_expression.h"

namespace tacitus {
namespace {

// How far "will ..." climbs its chain of parent clauses looking for when it was said.
constexpr int kMaxParentSteps = 8;

// The lead of a news story: its first sentences after the dateline (a headline, then the
// lead sentence and the one that completes it).
constexpr int kLeadSentences = 3;
// How long before the story date the day a lead names may be to be the story's news; and how
// long before a dated act an act it came "after" may be.
constexpr int kNewsDaysBefore = 7;
// How many sentences either side of an act that came "after" another are looked at for the
// day of the other.
constexpr uint32_t kActBeforeReach = 3;

// How many paragraphs back a sentence looks for the day of its episode: its own paragraph;
// the one before when it opens on the actors named there ("The two leaders discussed ...",
// "They also agreed ..."); a few more when it places itself relative to an earlier act
// ("Hours earlier", "Earlier in the day", "Later that day", "the same day", "the next day",
// "Meanwhile", "then", "During their meeting").
uint32_t ContextReach(const Document& doc, const Sentence& sentence) {
  for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
    const std::string_view w = doc.tokens[t].lower;
    if (w == "earlier" || w == "later" || w == "meanwhile" || w == "then" || w == "during") {
      return 3;
    }
    if ((w == "same" || w == "that" || w == "previous" || w == "next" || w == "following") &&
        t + 1 < sentence.end_token && doc.tokens[t + 1].lower == "day") {
      return 3;
    }
  }
  const std::string_view first = doc.tokens[sentence.first_token].lower;
  const std::string_view second =
      sentence.size() > 1 ? doc.tokens[sentence.first_token + 1].lower : std::string_view();
  if (first == "they" || (first == "the" && (second == "two" || second == "both"))) return 1;
  return 0;
}

// Whether `clause`, or the clause a non-finite one ("further enhancing ...") depends on, is in
// the present tense: a state or statement of the story's day ("Russia exports oil to China",
// "Western powers have criticized ..."). What a verb reports is told in the tense of its saying
// ("Henry has agreed to step down, Caribbean leaders said": the past; "according to the UN"
// leaves it its own). False for a noun event (clause -1).
bool ToldInThePresent(const Syntax& syntax, int32_t clause) {
  for (int step = 0;
       clause >= 0 && static_cast<size_t>(clause) < syntax.clauses.size() && step < kMaxParentSteps;
       ++step) {
    const Clause& c = syntax.clauses[clause];
    const bool said_by_a_verb = c.kind == ClauseKind::kReported && c.parent >= 0;
    if (c.verb.tense != Tense::kNone && !said_by_a_verb) return c.verb.tense == Tense::kPresent;
    clause = c.parent;
  }
  return false;
}

// Whether `date` is a day of the week up to the story date: the time of a story's news.
bool IsNewsDay(const EventDate& date, Date story_date) {
  return date.precision == DatePrecision::kDay &&
         story_date.AddDays(-kNewsDaysBefore) <= date.date && date.date <= story_date;
}

// Whether clause `c`, or a clause it depends on, speaks of what will or would happen ("a
// meeting, which diplomats said would take place on Wednesday").
bool TellsOfTheFuture(const Document& doc, const Syntax& syntax, uint32_t c) {
  for (int step = 0; step < kMaxChain; ++step) {
    const Clause& clause = syntax.clauses[c];
    if (clause.verb.tense == Tense::kFuture) return true;
    if (clause.verb.modal >= 0 && doc.tokens[clause.verb.modal].lower == "would") return true;
    if (clause.parent < 0 || static_cast<size_t>(clause.parent) >= syntax.clauses.size()) break;
    c = static_cast<uint32_t>(clause.parent);
  }
  return false;
}

// Whether clause `c` is a relative clause or depends on one: it tells of the noun it modifies
// ("the channel that helped mobilise protests last year").
bool TellsOfANoun(const Syntax& syntax, uint32_t c) {
  for (int step = 0; step < kMaxChain; ++step) {
    const Clause& clause = syntax.clauses[c];
    if (clause.kind == ClauseKind::kRelative) return true;
    if (clause.parent < 0 || static_cast<size_t>(clause.parent) >= syntax.clauses.size()) break;
    c = static_cast<uint32_t>(clause.parent);
  }
  return false;
}

// Whether token `t` lies in one of `attachments` (the preposition through its object).
bool InAttachments(const Syntax& syntax, std::span<const Attachment> attachments, uint32_t t) {
  for (const Attachment& a : attachments) {
    const uint32_t end = a.object >= 0 ? syntax.phrases[a.object].tokens.end : a.preposition.end;
    if (a.preposition.begin <= t && t < end) return true;
  }
  return false;
}

// Whether clause `c` has the noun phrase `p` as one of its roles or prepositional objects.
bool HasPhrase(const Syntax& syntax, const Clause& c, int32_t p) {
  if (c.subject == p || c.object == p || c.indirect_object == p || c.agent == p) return true;
  for (const Attachment& a : syntax.AttachmentsOf(c)) {
    if (a.object == p) return true;
  }
  return false;
}

// The clause of `sentence` whose temporal adverbial or prepositional phrase holds token `t`,
// else the one with a noun phrase whose prepositional phrase holds it ("organised protests in
// 2019"); -1 when none does.
int32_t ClauseHolding(const Syntax& syntax, uint32_t sentence, uint32_t t) {
  if (sentence >= syntax.sentences.size()) return -1;
  const SentenceSyntax& in = syntax.sentences[sentence];
  const uint32_t end = std::min<uint32_t>(in.clauses.end, syntax.clauses.size());
  for (uint32_t c = in.clauses.begin; c < end; ++c) {
    const Clause& clause = syntax.clauses[c];
    for (const TokenRange& r : syntax.AdverbialsOf(clause)) {
      if (r.begin <= t && t < r.end) return static_cast<int32_t>(c);
    }
    if (InAttachments(syntax, syntax.AttachmentsOf(clause), t)) return static_cast<int32_t>(c);
  }
  for (uint32_t p = in.phrases.begin; p < in.phrases.end && p < syntax.phrases.size(); ++p) {
    if (!InAttachments(syntax, syntax.AttachmentsOf(syntax.phrases[p]), t)) continue;
    for (uint32_t c = in.clauses.begin; c < end; ++c) {
      if (HasPhrase(syntax, syntax.clauses[c], static_cast<int32_t>(p))) {
        return static_cast<int32_t>(c);
      }
    }
  }
  return -1;
}

// Whether `date`, named by the expression at token `t` of `sentence`, is another time than the
// sentence's news: it is said of what will or would happen, or of a noun (a relative clause)
// and is no day of the week before the story date ("an understanding reached on June 6" in a
// June 18 story; "a letter published on Wednesday" is of the news).
bool OfAnotherTime(const Document& doc, const Syntax& syntax, uint32_t sentence, uint32_t t,
                   const EventDate& date, Date story_date) {
  const int32_t c = ClauseHolding(syntax, sentence, t);
  if (c < 0) return false;
  if (TellsOfTheFuture(doc, syntax, static_cast<uint32_t>(c))) return true;
  return !IsNewsDay(date, story_date) && TellsOfANoun(syntax, static_cast<uint32_t>(c));
}

// The first of the clauses coordinated with `clause` ("after guards opened fire and seized the
// boats": "opened fire" for "seized"), which carries their marker.
const Clause* FirstConjunct(const Syntax& syntax, const Clause& clause) {
  const Clause* first = &clause;
  for (int step = 0;
       first->kind == ClauseKind::kCoordinated && first->parent >= 0 && step < kMaxParentSteps;
       ++step) {
    first = &syntax.clauses[first->parent];
  }
  return first;
}

EventDate StoryDate(Date story_date) { return {story_date, DatePrecision::kDay, {}}; }

// The calendar of event dates: what a four-digit ISO date can write and the store can keep.
constexpr Date kFirstDay{.year = 1, .month = 1, .day = 1};
constexpr Date kLastDay{.year = 9999, .month = 12, .day = 31};

// How far back the past reading of a date without a year ("March 16", "in June") may lie
// while the next reading is near, and how near that is, for the date to name a past day.
constexpr int kFarBackDays = 183;
constexpr int kNearAheadDays = 92;

// "to hold a referendum on March 16" read on March 7: a date without a year whose past reading
// lies most of a year back while the next one is weeks ahead names a coming day, not the day
// of an act ("December 28" read on January 2 is the past one; so is "in June" read in December,
// half a year either way).
bool NamesAComingDay(const TemporalExpression& e, Date story_date, const EventDate& past) {
  using Kind = TemporalExpression::Kind;
  if (e.year != 0 || e.relation != TemporalExpression::Relation::kNone ||
      (e.kind != Kind::kDate && e.kind != Kind::kMonth)) {
    return false;
  }
  if (story_date.AddDays(-kFarBackDays) <= past.date) return false;
  const std::optional<EventDate> ahead =
      ResolveTemporalExpression(e, story_date, Direction::kFuture);
  return ahead && ahead->date <= story_date.AddDays(kNearAheadDays);
}

// An expression that would leave the calendar ("next month" read on 9999-12-31, "yesterday"
// on 0001-01-01) gives the story date; one that names a coming day (NamesAComingDay) none.
std::optional<EventDate> Resolve(const Document& doc, Date story_date,
                                 const std::optional<TemporalExpression>& e) {
  if (!e) return std::nullopt;
  std::optional<EventDate> date = ResolveTemporalExpression(*e, story_date, Direction::kPast);
  if (!date || NamesAComingDay(*e, story_date, *date)) return std::nullopt;
  if (date->date < kFirstDay || date->date > kLastDay) return StoryDate(story_date);
  date->span = {doc.tokens[e->begin].span.begin, doc.tokens[e->end - 1].span.end};
  return date;
}

// The episode's `day` moved as far as `sentence` says its act came from it ("A day earlier,
// Jordan recalled its ambassador": DaysFromEpisode), with the span of those words; `day` itself
// when it says nothing or the move would pass the story date or leave the calendar.
EventDate MovedInEpisode(const Document& doc, uint32_t sentence, const EventDate& day,
                         Date story_date) {
  const Sentence& s = doc.sentences[sentence];
  for (uint32_t t = s.first_token; t + 2 < s.end_token; ++t) {
    const std::optional<int> days = DaysFromEpisode(doc.tokens, t, s.end_token);
    if (!days) continue;
    const Date moved = day.date.AddDays(*days);
    if (moved < kFirstDay || moved > story_date) return day;
    return {moved, DatePrecision::kDay, {doc.tokens[t].span.begin, doc.tokens[t + 2].span.end}};
  }
  return day;
}

}  // namespace

// The day of the episode a sentence belongs to (3. in the header), found by one walk forward
// through the story however many events ask, so that dating a story's events takes time in the
// story's length, not in its length times its events. Asked in sentence order (as the Coder
// gives events) it walks each sentence once; asked out of order it walks again from the start.
class EventDater::EpisodeDays {
 public:
  EpisodeDays(const EventDater& dater, const Analysis& analysis, Date story_date)
      : dater_(dater), analysis_(analysis), story_date_(story_date) {}

  // The day named by the nearest sentence before `sentence` that names one, as far back as
  // ContextReach lets it look and no dateline stands between.
  std::optional<EventDate> Of(uint32_t sentence) {
    const Document& doc = analysis_.document;
    if (sentence < walked_) {
      walked_ = 0;
      day_.reset();
    }
    for (; walked_ < sentence; ++walked_) {
      const Sentence& walked = doc.sentences[walked_];
      if (walked.is_dateline) {
        day_.reset();
      } else if (auto d = dater_.FromSentence(analysis_, story_date_, walked_);
                 d && d->precision == DatePrecision::kDay) {
        day_ = *d;
        day_paragraph_ = walked.paragraph;
      } else if (day_ && !d && Reaches(walked)) {
        // A sentence that belongs to the episode without naming a day ("Hours earlier, ...")
        // carries it on to the sentences that follow it.
        day_paragraph_ = walked.paragraph;
      }
    }
    if (!day_ || !Reaches(doc.sentences[sentence])) return std::nullopt;
    return day_;
  }

 private:
  // Whether `sentence` lies within its reach (ContextReach) of the episode's last paragraph.
  bool Reaches(const Sentence& sentence) const {
    return sentence.paragraph <= day_paragraph_ + ContextReach(analysis_.document, sentence);
  }

  const EventDater& dater_;
  const Analysis& analysis_;
  Date story_date_;
  uint32_t walked_ = 0;           // the sentences before this one have been walked
  std::optional<EventDate> day_;  // the day the last of them that names one names
  uint32_t day_paragraph_ = 0;    // that sentence's paragraph
};

class EventDater::StoryDays {
 public:
  StoryDays(const EventDater& dater, const Analysis& analysis, Date story_date)
      : dater_(dater), analysis_(analysis), story_date_(story_date) {}

  // 4.: the day the lead names.
  const std::optional<EventDate>& News() {
    if (!news_looked_) {
      news_ = dater_.FromLead(analysis_, story_date_);
      news_looked_ = true;
    }
    return news_;
  }
  // The day `sentence` names, remembered for the sentence asked last: a sentence's events
  // come together (the Coder gives them in sentence order).
  const std::optional<EventDate>& InSentence(uint32_t sentence) {
    if (!sentence_looked_ || sentence != sentence_) {
      sentence_day_ = dater_.FromSentence(analysis_, story_date_, sentence);
      sentence_ = sentence;
      sentence_looked_ = true;
    }
    return sentence_day_;
  }
  // 5. or 6.: the dateline's date, else the story date.
  const EventDate& Undated() {
    if (!undated_) {
      undated_ = dater_.FromDateline(analysis_, story_date_).value_or(StoryDate(story_date_));
    }
    return *undated_;
  }

 private:
  const EventDater& dater_;
  const Analysis& analysis_;
  Date story_date_;
  bool news_looked_ = false;
  std::optional<EventDate> news_;
  bool sentence_looked_ = false;
  uint32_t sentence_ = 0;
  std::optional<EventDate> sentence_day_;
  std::optional<EventDate> undated_;
};

void EventDater::DateEvents(const Analysis& analysis, Date story_date,
                            std::span<Event> events) const {
  StoryDays story_days(*this, analysis, story_date);
  EpisodeDays episode(*this, analysis, story_date);
  for (Event& event : events) {
    event.date = DateOf(analysis, story_date, &story_days, &episode, event);
  }
}

std::optional<EventDate> EventDater::FromLead(const Analysis& analysis, Date story_date) const {
  const Document& doc = analysis.document;
  int lead = 0;
  for (uint32_t s = 0; s < doc.sentences.size() && lead < kLeadSentences; ++s) {
    if (doc.sentences[s].is_dateline) continue;
    ++lead;
    std::optional<EventDate> d = FromSentence(analysis, story_date, s);
    if (d && d->precision == DatePrecision::kDay &&
        story_date.AddDays(-kNewsDaysBefore) <= d->date) {
      return d;
    }
  }
  return std::nullopt;
}

std::optional<EventDate> EventDater::FromDateline(const Analysis& analysis, Date story_date) const {
  const Document& doc = analysis.document;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (!doc.sentences[s].is_dateline) continue;
    if (auto d = FromSentence(analysis, story_date, s)) return d;
  }
  return std::nullopt;
}

EventDate EventDater::DateOf(const Analysis& analysis, Date story_date, const Event& event) const {
  EpisodeDays episode(*this, analysis, story_date);
  StoryDays story_days(*this, analysis, story_date);
  return DateOf(analysis, story_date, &story_days, &episode, event);
}

std::optional<EventDate> EventDater::FromClause(const Analysis& analysis, Date story_date,
                                                uint32_t clause) const {
  const Document& doc = analysis.document;
  const Syntax& syntax = analysis.syntax;
  const Clause& c = syntax.clauses[clause];
  const uint32_t end = doc.sentences[c.sentence].end_token;
  // "By Wednesday, the rebels had taken the town": what was done by a day is dated by it.
  const bool done_by = c.verb.tense == Tense::kPast;
  const auto parse = [&](uint32_t begin, uint32_t phrase_end) {
    std::optional<TemporalExpression> e = ParseTemporalExpression(doc.tokens, begin, phrase_end);
    if (!e && done_by) e = ParseDeadline(doc.tokens, begin, phrase_end);
    return Resolve(doc, story_date, e);
  };
  for (const TokenRange& r : syntax.AdverbialsOf(c)) {
    if (auto d = parse(r.begin, end)) return d;
  }
  for (const Attachment& a : syntax.AttachmentsOf(c)) {
    const uint32_t phrase_end =
        a.object >= 0 ? syntax.phrases[a.object].tokens.end : a.preposition.end;
    if (auto d = parse(a.preposition.begin, phrase_end)) return d;
  }
  return std::nullopt;
}

std::optional<EventDate> EventDater::FromActItFollows(const Analysis& analysis, Date story_date,
                                                      const Clause& clause) const {
  const Document& doc = analysis.document;
  const Syntax& syntax = analysis.syntax;
  // "a day after Beijing imposed sanctions and halted talks": the interval of the first
  // conjunct holds for the rest.
  const Clause* first = FirstConjunct(syntax, clause);
  if (first->marker < 0 || first->parent < 0) return std::nullopt;
  const std::optional<int> days = DaysBetweenActs(doc.tokens, static_cast<uint32_t>(first->marker));
  if (!days) return std::nullopt;
  std::optional<EventDate> other =
      FromClause(analysis, story_date, static_cast<uint32_t>(first->parent));
  if (!other) other = FromSentence(analysis, story_date, clause.sentence);
  if (!other || other->precision != DatePrecision::kDay) return std::nullopt;
  other->date = other->date.AddDays(*days);
  if (other->date < kFirstDay || other->date > story_date) return std::nullopt;
  // The span: the other act's date through the interval ("on Saturday, a day after").
  const Span interval = doc.tokens[first->marker].span;
  other->span = {std::min(other->span.begin, interval.begin),
                 std::max(other->span.end, interval.end)};
  return other;
}

std::optional<EventDate> EventDater::FromActBefore(const Analysis& analysis, Date story_date,
                                                   const Clause& clause) const {
  const Document& doc = analysis.document;
  const Syntax& syntax = analysis.syntax;
  const Clause* first = FirstConjunct(syntax, clause);
  // A bare "after": "a year after" or "hours after" says how far back the other act is.
  if (first->marker < 0 || first->parent < 0 ||
      doc.tokens[static_cast<uint32_t>(first->marker)].lower != "after" ||
      SaysAnInterval(doc.tokens, static_cast<uint32_t>(first->marker))) {
    return std::nullopt;
  }
  std::optional<EventDate> later;
  for (const int32_t c : syntax.Ancestors(static_cast<uint32_t>(first - syntax.clauses.data()))) {
    if ((later = FromClause(analysis, story_date, static_cast<uint32_t>(c)))) break;
  }
  if (!later || later->precision != DatePrecision::kDay) return std::nullopt;
  // The sentences near it, the following ones first: a lead's "after ..." is told in the
  // paragraph after it ("The confrontation on Sunday ...").
  const uint32_t s = clause.sentence;
  const uint32_t count = static_cast<uint32_t>(doc.sentences.size());
  for (uint32_t k = 1; k <= kActBeforeReach; ++k) {
    for (const uint32_t near : {s + k, s - k}) {  // s - k wraps past `count` before the first
      if (near >= count || doc.sentences[near].is_dateline) continue;
      std::optional<EventDate> d = FromSentence(analysis, story_date, near);
      if (d && d->precision == DatePrecision::kDay && d->date < later->date &&
          later->date.AddDays(-kNewsDaysBefore) <= d->date) {
        return d;
      }
    }
  }
  return std::nullopt;
}

std::optional<EventDate> EventDater::FromSentence(const Analysis& analysis, Date story_date,
                                                  uint32_t sentence) const {
  const Document& doc = analysis.document;
  const Sentence& s = doc.sentences[sentence];
  std::optional<EventDate> first;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    std::optional<TemporalExpression> e = ParseTemporalExpression(doc.tokens, t, s.end_token);
    if (!e) continue;
    if (auto d = Resolve(doc, story_date, e);
        d && d->date <= story_date &&
        !OfAnotherTime(doc, analysis.syntax, sentence, t, *d, story_date)) {
      if (IsNewsDay(*d, story_date)) return d;
      if (!first) first = d;
    }
    t = e->end - 1;  // its tokens start no other expression
  }
  return first;
}

EventDate EventDater::DateOf(const Analysis& analysis, Date story_date, StoryDays* story_days,
                             EpisodeDays* episode, const Event& event) const {
  const Document& doc = analysis.document;
  const Syntax& syntax = analysis.syntax;
  if (event.sentence >= doc.sentences.size()) return StoryDate(story_date);
  if (event.clause >= 0 && static_cast<size_t>(event.clause) < syntax.clauses.size()) {
    int32_t clause = event.clause;
    bool said = false;  // a future clause: date it by its parents only
    for (int step = 0; clause >= 0 && step < kMaxParentSteps; ++step) {
      const Clause& c = syntax.clauses[clause];
      if (c.verb.tense == Tense::kFuture) {
        said = true;
        clause = c.parent;
        continue;
      }
      if (auto d = FromClause(analysis, story_date, static_cast<uint32_t>(clause))) return *d;
      if (!said) {
        if (auto d = FromActItFollows(analysis, story_date, c)) return *d;
        if (auto d = FromActBefore(analysis, story_date, c)) return *d;
        // What was said is dated by the saying ("a day after the rebels said they had taken
        // the city").
        if (FirstConjunct(syntax, c)->kind != ClauseKind::kReported) break;
      }
      clause = c.parent;
    }
    if (said) return StoryDate(story_date);
  }
  if (const std::optional<EventDate>& d = story_days->InSentence(event.sentence)) return *d;
  if (auto d = episode->Of(event.sentence)) {
    return MovedInEpisode(doc, event.sentence, *d, story_date);
  }
  if (!ToldInThePresent(syntax, event.clause)) {
    if (const std::optional<EventDate>& news = story_days->News()) return *news;
  }
  return story_days->Undated();
}

}  // namespace tacitus
