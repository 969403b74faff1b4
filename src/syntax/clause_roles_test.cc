// Roles given after the walk: trailing reporters, understood subjects and speakers.
#include "syntax/clause_roles.h"

#include <gtest/gtest.h>

#include "syntax/clause_testing.h"

namespace tacitus {
namespace {

using testing::ExpectClauses;

TEST(ClauseRoles, ReportedSpeechInEveryOrder) {
  ExpectClauses(
      "Putin/NNP said/VBD/say that/IN Russia/NNP would/MD support/VB China/NNP ./. | "
      "Putin/NNP said/VBD/say Russia/NNP supports/VBZ/support China/NNP ./. | "
      "Russia/NNP supports/VBZ/support China/NNP ,/, Putin/NNP said/VBD/say ./. | "
      "``/`` We/PRP support/VBP China/NNP ,/, ''/'' said/VBD/say Putin/NNP ./. | "
      "Russia/NNP supports/VBZ/support China/NNP ,/, according/VBG to/TO Tass/NNP ./. | "
      "According/VBG/according to/TO Tass/NNP ,/, Russia/NNP supports/VBZ/support China/NNP ./.",
      {
          R"(s0 c0 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0 "that": subj="Russia" | verb="would support" lemma=support modal=would | obj="China" | speaker="Putin")",
          R"(s1 c0 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s1 c1 reported<c0: subj="Russia" | verb="supports" lemma=support present | obj="China" | speaker="Putin")",
          R"(s2 c0 reported<c1: subj="Russia" | verb="supports" lemma=support present | obj="China" | speaker="Putin")",
          R"(s2 c1 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s3 c0 reported<c1: subj="We" | verb="support" lemma=support present | obj="China" | speaker="Putin")",
          R"(s3 c1 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s4 c0 reported: subj="Russia" | verb="supports" lemma=support present | obj="China" | speaker="Tass")",
          R"(s5 c0 reported: subj="Russia" | verb="supports" lemma=support present | obj="China" | speaker="Tass")",
      });
}

TEST(ClauseRoles, AQuoteToldToSomeoneIsReported) {
  // "told" with whom it tells, after the quote; not "told" with what it tells.
  ExpectClauses(
      "``/`` We/PRP support/VBP China/NNP ,/, ''/'' Putin/NNP told/VBD/tell reporters/NNS/reporter "
      "./. | Russia/NNP supports/VBZ/support China/NNP ,/, and/CC Putin/NNP told/VBD/tell "
      "reporters/NNS/reporter ./.",
      {
          R"(s0 c0 reported<c1: subj="We" | verb="support" lemma=support present | obj="China" | speaker="Putin")",
          R"(s0 c1 main: subj="Putin" | verb="told" lemma=tell past | obj="reporters")",
          R"(s1 c0 main: subj="Russia" | verb="supports" lemma=support present | obj="China")",
          R"(s1 c1 coord<c0 "and": subj="Putin" | verb="told" lemma=tell past | obj="reporters")",
      });
}

TEST(ClauseRoles, AClauseOfTimeAfterATrailingReporterLeavesItTheReporter) {
  // "..., police said, as protesters clashed": "as" opens no complement of "said".
  ExpectClauses(
      "Ten/CD were/VBD/be held/VBN/hold ,/, police/NNS said/VBD/say ,/, as/IN "
      "protesters/NNS/protester clashed/VBD/clash with/IN officers/NNS/officer ./.",
      {
          R"(s0 c0 reported<c1: subj="Ten" | verb="were held" lemma=hold past passive | speaker="police")",
          R"(s0 c1 main: subj="police" | verb="said" lemma=say past)",
          R"(s0 c2 sub<c1 "as": subj="protesters" | verb="clashed" lemma=clash past | pp: with "officers")",
      });
}

TEST(ClauseRoles, TheActorsAfterACommasAsDidJoinTheSubjectBefore) {
  ExpectClauses(
      "Gondor/NNP condemned/VBD/condemn the/DT raid/NN ,/, as/RB did/VBD/do Arnor/NNP and/CC "
      "Rohan/NNP ./. | "
      "Gondor/NNP sent/VBD/send aid/NN ,/, as/IN it/PRP did/VBD/do last/JJ year/NN ./.",
      {
          R"(s0 c0 main: subj="Gondor" & "Arnor" & "Rohan" | verb="condemned" lemma=condemn past | obj="the raid")",
          R"(s0 c1 coord<c0: subj="Gondor" & "Arnor" & "Rohan" | verb="did" lemma=do past)",
          R"(s1 c0 main: subj="Gondor" | verb="sent" lemma=send past | obj="aid")",
          R"(s1 c1 sub<c0 "as": subj="it" | verb="did" lemma=do past | adv: "last year")",
      });
}

TEST(ClauseRoles, AThatClauseAfterACoordinatorIsReportedLikeTheClauseBeforeIt) {
  ExpectClauses(
      "Putin/NNP said/VBD/say Russia/NNP had/VBD/have met/VBN/meet China/NNP and/CC that/IN "
      "it/PRP would/MD support/VB Iran/NNP ./.",
      {
          R"(s0 c0 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="Russia" | verb="had met" lemma=meet past perfect | obj="China" | speaker="Putin")",
          R"(s0 c2 reported<c0 "that": subj="it" | verb="would support" lemma=support modal=would | obj="Iran" | speaker="Putin")",
      });
}

TEST(ClauseRoles, InfinitiveSubjectFollowsObjectControl) {
  ExpectClauses(
      "The/DT United/NNP States/NNPS urged/VBD/urge China/NNP to/TO stop/VB "
      "supporting/VBG/support Russia/NNP ./. | China/NNP wants/VBZ/want to/TO mediate/VB ./.",
      {
          R"(s0 c0 main: subj="The United States" | verb="urged" lemma=urge past | obj="China")",
          R"(s0 c1 inf<c0: subj="China" | verb="to stop" lemma=stop)",
          R"(s0 c2 part<c1: subj="China" | verb="supporting" lemma=support | obj="Russia")",
          R"(s1 c0 main: subj="China" | verb="wants" lemma=want present)",
          R"(s1 c1 inf<c0: subj="China" | verb="to mediate" lemma=mediate)",
      });
}

TEST(ClauseRoles, AGerundOfWhatTheObjectIsJudgedForIsTheObjects) {
  // Not after a verb whose object does nothing ("drew criticism for").
  ExpectClauses(
      "Gondor/NNP criticized/VBD/criticize Rohan/NNP for/IN blocking/VBG/block the/DT "
      "aid/NN ./. | Gondor/NNP warned/VBD/warn Rohan/NNP against/IN joining/VBG/join "
      "Arnor/NNP ./. | Gondor/NNP drew/VBD/draw criticism/NN for/IN blocking/VBG/block "
      "the/DT aid/NN ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="criticized" lemma=criticize past | obj="Rohan")",
          R"(s0 c1 part<c0 "for": subj="Rohan" | verb="blocking" lemma=block | obj="the aid")",
          R"(s1 c0 main: subj="Gondor" | verb="warned" lemma=warn past | obj="Rohan")",
          R"(s1 c1 part<c0 "against": subj="Rohan" | verb="joining" lemma=join | obj="Arnor")",
          R"(s2 c0 main: subj="Gondor" | verb="drew" lemma=draw past | obj="criticism")",
          R"(s2 c1 part<c0 "for": subj="Gondor" | verb="blocking" lemma=block | obj="the aid")",
      });
}

TEST(ClauseRoles, AQuoteIsReportedBeforeASpeakerWithAnAdverbialClause) {
  // A clause of when the speaker said it is no complement of what was said.
  ExpectClauses(
      "Rohan/NNP is/VBZ/be responsible/JJ ,/, Gondor/NNP said/VBD/say after/IN "
      "the/DT talks/NNS/talk ended/VBD/end ./.",
      {
          R"(s0 c0 reported<c1: subj="Rohan" | verb="is" lemma=be present | speaker="Gondor")",
          R"(s0 c1 main: subj="Gondor" | verb="said" lemma=say past)",
          R"(s0 c2 sub<c1 "after": subj="the talks" | verb="ended" lemma=end past)",
      });
}

TEST(ClauseRoles, ASpeechActAfterWhatTheSpeakerSaidIsTheSpeakers) {
  // After a modal or a perfect it is the speaker's; after a simple past, the reported
  // subject's ("said the crowds marched and demanded").
  ExpectClauses(
      "Gondor/NNP said/VBD/say Rohan/NNP would/MD attack/VB and/CC urged/VBD/urge "
      "Arnor/NNP to/TO help/VB ./. | "
      "Gondor/NNP said/VBD/say the/DT crowds/NNS/crowd marched/VBD/march and/CC "
      "demanded/VBD/demand bread/NN ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="Rohan" | verb="would attack" lemma=attack modal=would | speaker="Gondor")",
          R"(s0 c2 coord<c0 "and": subj="Gondor" | verb="urged" lemma=urge past | obj="Arnor")",
          R"(s0 c3 inf<c2: subj="Arnor" | verb="to help" lemma=help)",
          R"(s1 c0 main: subj="Gondor" | verb="said" lemma=say past)",
          R"(s1 c1 reported<c0: subj="the crowds" | verb="marched" lemma=march past | speaker="Gondor")",
          R"(s1 c2 coord<c1 "and": subj="the crowds" | verb="demanded" lemma=demand past | obj="bread")",
      });
  // A protest lodged, a condemnation, an accusation: speech acts too.
  ExpectClauses(
      "Gondor/NNP said/VBD/say missiles/NNS/missile had/VBD/have landed/VBN/land and/CC "
      "lodged/VBD/lodge a/DT protest/NN ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="missiles" | verb="had landed" lemma=land past perfect | speaker="Gondor")",
          R"(s0 c2 coord<c0 "and": subj="Gondor" | verb="lodged" lemma=lodge past | obj="a protest")",
      });
}

TEST(ClauseRoles, ACountCoordinatedWithAPassiveSharesItsAuxiliaries) {
  ExpectClauses(
      "Police/NNS/police said/VBD/say 12/CD gunmen/NNS/gunman had/VBD/have been/VBN/be "
      "killed/VBN/kill and/CC 40/CD people/NNS/people detained/VBD/detain ./. | "
      "Two/CD soldiers/NNS/soldier were/VBD/be killed/VBN/kill and/CC "
      "protesters/NNS/protester marched/VBD/march ./. | "
      "Two/CD soldiers/NNS/soldier were/VBD/be killed/VBN/kill and/CC 40/CD rebels/NNS/rebel "
      "seized/VBD/seize the/DT town/NN ./.",
      {
          R"(s0 c0 main: subj="Police" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="12 gunmen" | verb="had been killed" lemma=kill past perfect passive | speaker="Police")",
          R"(s0 c2 coord<c1 "and": subj="40 people" | verb="detained" lemma=detain past perfect passive)",
          // Not when the subject does not count, nor when an object follows.
          R"(s1 c0 main: subj="Two soldiers" | verb="were killed" lemma=kill past passive)",
          R"(s1 c1 coord<c0 "and": subj="protesters" | verb="marched" lemma=march past)",
          R"(s2 c0 main: subj="Two soldiers" | verb="were killed" lemma=kill past passive)",
          R"(s2 c1 coord<c0 "and": subj="40 rebels" | verb="seized" lemma=seize past | obj="the town")",
      });
}

}  // namespace
}  // namespace tacitus
