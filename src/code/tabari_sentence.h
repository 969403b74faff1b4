// What TABARI decides about a sentence as a whole, with its dictionaries and options
// (TABARI manual 6.3, 6.4, 7.3, 8.2.3, 8.7, 10.5), for coding with --tabari-project:
//
//   TimeShiftIn(dicts.time_shifts(), doc, s)    the verb files' <TIME> phrases in sentence s:
//                                               the first that moves the date ("yesterday"
//                                               [-1]), and whether one discards ([###]) it or
//                                               marks it complex ([+++])
//   TabariWordCount(doc, s)                     its length as TABARI counts it: words, numbers
//                                               and commas (SET: MINIMUM WORDS)
//   ShiftTabariDates(dicts, doc, date, events)  each event of a sentence with a shift dated
//                                               that many days from the story date
//
// A <TIME> phrase's words match tokens by Token::lower: a word ending in "*" is a stem (the
// token begins with it), the others must be the whole token; its words must be consecutive.
// Never fails; time linear in the sentence's length times the number of <TIME> entries.
#ifndef TACITUS_CODE_TABARI_SENTENCE_H_
#define TACITUS_CODE_TABARI_SENTENCE_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dict/dictionaries.h"
#include "tacitus/date.h"
#include "tacitus/event.h"
#include "text/document.h"

namespace tacitus {

struct SentenceTimeShift {
  // The first phrase of the sentence with a number of days (TABARI uses the first non-null
  // one); nullptr when none.
  const TabariTimeShift* shift = nullptr;
  Span span;             // the bytes of that phrase in the story text
  bool discard = false;  // a [###] phrase is in the sentence
  bool complex = false;  // a [+++] phrase is
};

SentenceTimeShift TimeShiftIn(const std::vector<TabariTimeShift>& times, const Document& doc,
                              uint32_t sentence);

int TabariWordCount(const Document& doc, uint32_t sentence);

// Sets Event::date of each event in `events` whose sentence (in `doc`) holds a phrase that
// shifts the date: `story_date` moved by its days, precise to the day, its span that of the
// phrase. Other events keep their date. Nothing when `dictionaries` has no <TIME> entries.
void ShiftTabariDates(const Dictionaries& dictionaries, const Document& doc, Date story_date,
                      std::span<Event> events);

}  // namespace tacitus

#endif  // TACITUS_CODE_TABARI_SENTENCE_H_
