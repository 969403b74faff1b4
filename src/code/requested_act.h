// Acts done at someone's request. Who asks a state to act appeals to it (CAMEO 02), and news
// reports the appeal through the act it brought about:
//
//   Australia sent troops to Honiara at Sogavare's request.      SLBGOV -> AUS 020
//   Russia sent an envoy to Kyiv at the request of Yanukovich.    UKRGOV -> RUSGOV 020
//   China sent aid to Ukraine on a request from Kyiv.             UKRGOV -> CHN 020
//   Police closed the roads at the mayor's request.               nothing: an appeal at home
//                                                                 is the state's own business
//   Australia sent troops at the request.                         nothing: no one named
//
// The requester is the possessor of "request" after "at", "on" or "upon", or its "of"/"from"
// phrase, or the actor "request" names itself ("at a Saudi request"); the doers are the actors
// of the logical subject of a clause the request is attached to and that coded an event (not
// the host of a visit, whose 043 the visit's clause also codes). A requester of the doer's own
// country (the first three letters of its code) makes no event.
#ifndef TACITUS_CODE_REQUESTED_ACT_H_
#define TACITUS_CODE_REQUESTED_ACT_H_

#include <cstdint>
#include <vector>

#include "code/clause_coder.h"
#include "code/event_emitter.h"
#include "dict/dictionaries.h"
#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

// The phrase naming who asked for what clause `clause` reports; -1 when its words name no
// request. The phrase may name no actor: the caller checks.
int32_t Requester(const Document& doc, const Syntax& syntax, uint32_t clause);

// Appends, for each clause that coded events (from story.first_event on) and names its
// requester, the requester's appeal (020) to the clause's doers, unless both are of one country.
void CodeRequests(const CodedStory& story, const EventEmitter& emitter, std::vector<Event>* events);

// The pattern that explains a requester's events: CAMEO 020, appeal.
const VerbPattern& RequestPattern();

}  // namespace tacitus

#endif  // TACITUS_CODE_REQUESTED_ACT_H_
