// What each verb group does to the clause being built (enum Opening in clause_opening.cc),
// through the whole parser.
#include "syntax/clause_opening.h"

#include <gtest/gtest.h>

#include "syntax/clause_testing.h"

namespace tacitus {
namespace {

using testing::ExpectClauses;

TEST(ClauseOpening, RelativeClauses) {
  ExpectClauses(
      "The/DT warrant/NN ,/, which/WDT was/VBD/be issued/VBN/issue by/IN the/DT ICC/NNP ,/, "
      "angered/VBD/anger Moscow/NNP ./. | The/DT leaders/NNS/leader discussed/VBD/discuss the/DT "
      "Belt/NNP and/CC Road/NNP Initiative/NNP ,/, a/DT major/JJ project/NN "
      "championed/VBN/champion "
      "by/IN Xi/NNP ./. | The/DT deal/NN that/WDT Putin/NNP signed/VBD/sign angered/VBD/anger "
      "Kyiv/NNP ./.",
      {
          R"(s0 c0 rel<c1 "which": subj="The warrant" | verb="was issued" lemma=issue past passive | agent="the ICC")",
          R"(s0 c1 main: subj="The warrant" | verb="angered" lemma=anger past | obj="Moscow")",
          R"(s1 c0 main: subj="The leaders" | verb="discussed" lemma=discuss past | obj="the Belt and Road Initiative"{appos="a major project"})",
          R"(s1 c1 rel<c0: subj="a major project" | verb="championed" lemma=champion passive | agent="Xi")",
          R"(s2 c0 rel<c1 "that": subj="Putin" | verb="signed" lemma=sign past | obj="The deal")",
          R"(s2 c1 main: subj="The deal" | verb="angered" lemma=anger past | obj="Kyiv")",
      });
}

TEST(ClauseOpening, ALoneParticipleAfterAnActiveVerbAndAConjunctionSharesItsAuxiliaries) {
  ExpectClauses(
      "Troops/NNS/troop had/VBD/have crossed/VBN/cross the/DT river/NN and/CC "
      "shelled/VBN/shell the/DT town/NN ./. | "
      "Troops/NNS/troop crossed/VBD/cross the/DT river/NN and/CC then/RB "
      "shelled/VBN/shell the/DT town/NN ./. | "
      "The/DT man/NN was/VBD/be arrested/VBN/arrest and/CC charged/VBN/charge ./.",
      {
          R"(s0 c0 main: subj="Troops" | verb="had crossed" lemma=cross past perfect | obj="the river")",
          R"(s0 c1 coord<c0 "and": subj="Troops" | verb="shelled" lemma=shell past perfect | obj="the town")",
          R"(s1 c0 main: subj="Troops" | verb="crossed" lemma=cross past | obj="the river")",
          R"(s1 c1 coord<c0 "and": subj="Troops" | verb="shelled" lemma=shell past | obj="the town")",
          // A passive's conjunct stays passive.
          R"(s2 c0 main: subj="The man" | verb="was arrested" lemma=arrest past passive)",
          R"(s2 c1 coord<c0 "and": subj="The man" | verb="charged" lemma=charge passive)",
      });
}

TEST(ClauseOpening, AParticipleAfterAClauseOfTimeGoesOnWithItsAct) {
  ExpectClauses(
      "The/DT meeting/NN came/VBD/come after/IN rebels/NNS/rebel attacked/VBD/attack a/DT "
      "convoy/NN ,/, killing/VBG/kill two/CD soldiers/NNS/soldier ./. | "
      "The/DT minister/NN stayed/VBD/stay until/IN a/DT vote/NN was/VBD/be held/VBN/hold ,/, "
      "calling/VBG/call it/PRP illegal/JJ ./.",
      {
          R"(s0 c0 main: subj="The meeting" | verb="came" lemma=come past)",
          R"(s0 c1 sub<c0 "after": subj="rebels" | verb="attacked" lemma=attack past | obj="a convoy")",
          R"(s0 c2 part<c1: subj="rebels" | verb="killing" lemma=kill | obj="two soldiers")",
          R"(s1 c0 main: subj="The minister" | verb="stayed" lemma=stay past)",
          R"(s1 c1 sub<c0 "until": subj="a vote" | verb="was held" lemma=hold past passive)",
          R"(s1 c2 part<c0: subj="The minister" | verb="calling" lemma=call | obj="it")",
      });
}

TEST(ClauseOpening, ABareVerbWithItsOwnSubjectAfterThatIsSubjunctive) {
  ExpectClauses(
      "Poland/NNP demanded/VBD/demand that/IN Russia/NNP withdraw/VB its/PRP$ troops/NNS/troop ./. "
      "| "
      "Poland/NNP wants/VBZ/want to/TO withdraw/VB its/PRP$ troops/NNS/troop ./.",
      {
          R"(s0 c0 main: subj="Poland" | verb="demanded" lemma=demand past)",
          R"(s0 c1 sub<c0 "that": subj="Russia" | verb="withdraw" lemma=withdraw subjunctive | obj="its troops"{poss="its"})",
          // "to withdraw" is an infinitive, not a subjunctive.
          R"(s1 c0 main: subj="Poland" | verb="wants" lemma=want present)",
          R"(s1 c1 inf<c0: subj="Poland" | verb="to withdraw" lemma=withdraw | obj="its troops"{poss="its"})",
      });
}

TEST(ClauseOpening, ABarePresentAfterThatUnderAVerbThatAsksIsSubjunctive) {
  // The tagger's VBP after a plural subject: asked for under "demand", told under "say",
  // and a past or "are" under "insist" is told.
  ExpectClauses(
      "Poland/NNP demanded/VBD/demand that/IN the/DT troops/NNS/troop leave/VBP ./. | "
      "Poland/NNP said/VBD/say that/IN the/DT troops/NNS/troop leave/VBP ./. | "
      "Poland/NNP insists/VBZ/insist that/IN the/DT troops/NNS/troop are/VBP/be safe/JJ ./.",
      {
          R"(s0 c0 main: subj="Poland" | verb="demanded" lemma=demand past)",
          R"(s0 c1 sub<c0 "that": subj="the troops" | verb="leave" lemma=leave present subjunctive)",
          R"(s1 c0 main: subj="Poland" | verb="said" lemma=say past)",
          R"(s1 c1 reported<c0 "that": subj="the troops" | verb="leave" lemma=leave present | speaker="Poland")",
          R"(s2 c0 main: subj="Poland" | verb="insists" lemma=insist present)",
          R"(s2 c1 reported<c0 "that": subj="the troops" | verb="are" lemma=be present | speaker="Poland")",
      });
}

TEST(ClauseOpening, CoordinatedSubjectsOpenAThatLessComplement) {
  ExpectClauses(
      "Putin/NNP said/VBD/say Russia/NNP and/CC China/NNP would/MD cope/VB ./. | "
      "Arnor/NNP believes/VBZ/believe Gondor/NNP and/CC Rohan/NNP can/MD cope/VB ./. | "
      "Russia/NNP attacked/VBD/attack Ukraine/NNP and/CC China/NNP condemned/VBD/condemn it/PRP "
      "./.",
      {
          R"(s0 c0 main: subj="Putin" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="Russia" & "China" | verb="would cope" lemma=cope modal=would | speaker="Putin")",
          R"(s1 c0 main: subj="Arnor" | verb="believes" lemma=believe present)",
          R"(s1 c1 sub<c0: subj="Gondor" & "Rohan" | verb="can cope" lemma=cope modal=can)",
          // A verb without a clausal complement: two clauses, each with its subject.
          R"(s2 c0 main: subj="Russia" | verb="attacked" lemma=attack past | obj="Ukraine")",
          R"(s2 c1 coord<c0 "and": subj="China" | verb="condemned" lemma=condemn past | obj="it")",
      });
}

TEST(ClauseOpening, AThatLessComplementAfterTheVerbsAdjunctsIsReported) {
  ExpectClauses(
      "Russia/NNP said/VBD/say in/IN a/DT statement/NN the/DT army/NN attacked/VBD/attack ./. | "
      "Russia/NNP said/VBD/say on/IN Monday/NNP ,/, Ukraine/NNP attacked/VBD/attack ./.",
      {
          R"(s0 c0 main: subj="Russia" | verb="said" lemma=say past | pp: in "a statement")",
          R"(s0 c1 reported<c0: subj="the army" | verb="attacked" lemma=attack past | speaker="Russia")",
          // After a comma the clause is a sentence of its own.
          R"(s1 c0 main: subj="Russia" | verb="said" lemma=say past | adv: "on Monday")",
          R"(s1 c1 main: subj="Ukraine" | verb="attacked" lemma=attack past)",
      });
}

TEST(ClauseOpening, AThatLessComplementTakesItsSubjectsPrepositionalPhrases) {
  ExpectClauses(
      "Gondor/NNP said/VBD/say the/DT raid/NN by/IN Mordor/NNP was/VBD/be illegal/JJ ./. | "
      "Gondor/NNP told/VBD/tell reporters/NNS/reporter in/IN Bree/NNP was/VBD/be ready/JJ ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="the raid"{by "Mordor"} | verb="was" lemma=be past | speaker="Gondor")",
          R"(s1 c0 main: subj="Gondor" | verb="told" lemma=tell past | obj="reporters" | pp: in "Bree")",
          R"(s1 c1 main: verb="was" lemma=be past)",
      });
}

TEST(ClauseOpening, AThatLessComplementTakesItsSubjectsInfinitive) {
  ExpectClauses(
      "Gondor/NNP said/VBD/say Mordor/NNP 's/POS plan/NN to/TO close/VB/close the/DT "
      "pass/NN was/VBD/be reckless/JJ ./. | "
      "Gondor/NNP urged/VBD/urge Mordor/NNP to/TO close/VB/close the/DT pass/NN ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="said" lemma=say past)",
          R"(s0 c1 inf<c0: subj="Gondor" | verb="to close" lemma=close | obj="the pass")",
          R"(s0 c2 reported<c0: subj="Mordor's plan"{poss="Mordor"} | verb="was" lemma=be past | speaker="Gondor")",
          R"(s1 c0 main: subj="Gondor" | verb="urged" lemma=urge past | obj="Mordor")",
          R"(s1 c1 inf<c0: subj="Mordor" | verb="to close" lemma=close | obj="the pass")",
      });
}

TEST(ClauseOpening, SubjectWaitsOverAParentheticalWithAParticiple) {
  ExpectClauses(
      "The/DT envoy/NN ,/, in/IN a/DT letter/NN sent/VBN/send on/IN Friday/NNP ,/, "
      "asked/VBD/ask Chile/NNP for/IN help/NN ./.",
      {
          R"(s0 c0 rel<c1: subj="a letter" | verb="sent" lemma=send passive | adv: "on Friday")",
          R"(s0 c1 main: subj="The envoy" | verb="asked" lemma=ask past | obj="Chile" | pp: in "a letter"; for "help")",
      });
}

TEST(ClauseOpening, PreposedSubordinateClauseAndListInsideAttachment) {
  ExpectClauses(
      "While/IN the/DT focus/NN of/IN this/DT trip/NN was/VBD/be on/IN economic/JJ and/CC "
      "diplomatic/JJ discussions/NNS/discussion ,/, tension/NN rose/VBD/rise between/IN "
      "Russia/NNP ,/, Ukraine/NNP ,/, and/CC the/DT international/JJ community/NN ./.",
      {
          R"(s0 c0 sub<c1 "While": subj="the focus"{of "this trip"} | verb="was" lemma=be past | pp: on "economic and diplomatic discussions")",
          R"(s0 c1 main: subj="tension" | verb="rose" lemma=rise past | pp: between "Russia" & "Ukraine" & "the international community")",
      });
}

TEST(ClauseOpening, WhereRelativeBeforeMainClauseKeepsPreposedAttachment) {
  ExpectClauses(
      "In/IN a/DT rapidly/RB changing/VBG/change world/NN ,/, where/WRB alliances/NNS/alliance "
      "are/VBP/be shifting/VBG/shift and/CC challenges/NNS/challenge require/VBP collaboration/NN "
      ",/, this/DT meeting/NN serves/VBZ/serve as/IN a/DT reminder/NN ./.",
      {
          R"(s0 c0 rel<c2 "where": subj="alliances" | verb="are shifting" lemma=shift present progressive)",
          R"(s0 c1 coord<c0 "and": subj="challenges" | verb="require" lemma=require present | obj="collaboration")",
          R"(s0 c2 main: subj="this meeting" | verb="serves" lemma=serve present | pp: In "a rapidly changing world"; as "a reminder")",
      });
}

TEST(ClauseOpening, GerundAfterPrepositionTakesTheSubjectDownTheChain) {
  ExpectClauses(
      "Russia/NNP exports/VBZ/export oil/NN to/TO China/NNP ,/, making/VBG/make it/PRP a/DT "
      "partner/NN in/IN meeting/VBG/meet China/NNP 's/POS demand/NN ./.",
      {
          R"(s0 c0 main: subj="Russia" | verb="exports" lemma=export present | obj="oil" | pp: to "China")",
          R"(s0 c1 part<c0: subj="Russia" | verb="making" lemma=make | obj="a partner" | iobj="it")",
          R"(s0 c2 part<c1 "in": subj="Russia" | verb="meeting" lemma=meet | obj="China's demand"{poss="China"})",
      });
}

TEST(ClauseOpening, ABareVerbAfterACommaGoesOnAListOfClauses) {
  ExpectClauses(
      "They/PRP met/VBD/meet to/TO discuss/VB goals/NNS/goal ,/, foster/VB cooperation/NN ,/, "
      "and/CC sign/VB deals/NNS/deal ./.",
      {
          R"(s0 c0 main: subj="They" | verb="met" lemma=meet past)",
          R"(s0 c1 inf<c0: subj="They" | verb="to discuss" lemma=discuss | obj="goals")",
          R"(s0 c2 coord<c1: subj="They" | verb="foster" lemma=foster | obj="cooperation")",
          R"(s0 c3 coord<c2 "and": subj="They" | verb="sign" lemma=sign | obj="deals")",
      });
}

TEST(ClauseOpening, AToInfinitiveAfterACommaContinuesAListOfInfinitives) {
  ExpectClauses(
      "They/PRP agreed/VBD/agree to/TO open/VB embassies/NNS/embassy ,/, to/TO resume/VB "
      "flights/NNS/flight and/CC to/TO hold/VB talks/NNS/talk ./.",
      {
          R"(s0 c0 main: subj="They" | verb="agreed" lemma=agree past)",
          R"(s0 c1 inf<c0: subj="They" | verb="to open" lemma=open | obj="embassies")",
          R"(s0 c2 coord<c1: subj="They" | verb="to resume" lemma=resume | obj="flights")",
          R"(s0 c3 coord<c2 "and": subj="They" | verb="to hold" lemma=hold | obj="talks")",
      });
  // Not after a clause that is no infinitive: a purpose.
  ExpectClauses("They/PRP met/VBD/meet ,/, to/TO hold/VB talks/NNS/talk ./.",
                {
                    R"(s0 c0 main: subj="They" | verb="met" lemma=meet past)",
                    R"(s0 c1 inf<c0: subj="They" | verb="to hold" lemma=hold | obj="talks")",
                });
}

TEST(ClauseOpening, SpeechQuotedAfterAColonIsReported) {
  ExpectClauses(
      "The/DT envoy/NN said/VBD/say :/: ``/`` Our/PRP$ troops/NNS/troop will/MD leave/VB ./. ''/'' "
      "| "
      "The/DT envoy/NN said/VBD/say :/: the/DT talks/NNS/talk failed/VBD/fail ./. | "
      "The/DT envoy/NN read/VBD/read the/DT note/NN :/: ``/`` We/PRP will/MD leave/VB ./. ''/''",
      {
          R"(s0 c0 main: subj="The envoy" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="Our troops"{poss="Our"} | verb="will leave" lemma=leave future | speaker="The envoy")",
          // Without a quote the colon still ends the clause; after an object it is a list.
          R"(s1 c0 main: subj="The envoy" | verb="said" lemma=say past)",
          R"(s1 c1 main: subj="the talks" | verb="failed" lemma=fail past)",
          R"(s2 c0 main: subj="The envoy" | verb="read" lemma=read past | obj="the note")",
          R"(s2 c1 main: subj="We" | verb="will leave" lemma=leave future)",
      });
}

TEST(ClauseOpening, AVerbAfterACommaWithNoSubjectContinuesAListOfVerbs) {
  ExpectClauses(
      "The/DT president/NN dismissed/VBD/dismiss the/DT cabinet/NN ,/, imposed/VBD/impose a/DT "
      "curfew/NN on/IN the/DT city/NN and/CC asked/VBD/ask Russia/NNP for/IN troops/NNS/troop ./. "
      "| "
      "``/`` We/PRP will/MD respond/VB ,/, ''/'' said/VBD/say the/DT minister/NN ./. | "
      "Talks/NNS/talk will/MD resume/VB ,/, said/VBD/say a/DT spokesman/NN for/IN the/DT "
      "ministry/NN ./.",
      {
          R"(s0 c0 main: subj="The president" | verb="dismissed" lemma=dismiss past | obj="the cabinet")",
          R"(s0 c1 coord<c0: subj="The president" | verb="imposed" lemma=impose past | obj="a curfew" | pp: on "the city")",
          R"(s0 c2 coord<c1 "and": subj="The president" | verb="asked" lemma=ask past | obj="Russia" | pp: for "troops")",
          // Only a speaker after the verb of saying: it reports what comes before.
          R"(s1 c0 reported<c1: subj="We" | verb="will respond" lemma=respond future | speaker="the minister")",
          R"(s1 c1 main: subj="the minister" | verb="said" lemma=say past)",
          R"(s2 c0 reported<c1: subj="Talks" | verb="will resume" lemma=resume future | speaker="a spokesman")",
          R"(s2 c1 main: subj="a spokesman" | verb="said" lemma=say past | pp: for "the ministry")",
      });
}

TEST(ClauseOpening, APastSetOffAfterItsSubjectIsAParticipleWhenTheMainVerbFollows) {
  ExpectClauses(
      "The/DT militias/NNS/militia ,/, recently/RB united/VBD/unite under/IN one/CD "
      "commander/NN ,/, attacked/VBD/attack the/DT port/NN ./. | "
      "The/DT militias/NNS/militia united/VBD/unite ,/, attacked/VBD/attack the/DT port/NN ./.",
      {
          R"(s0 c0 part<c1: subj="The militias" | verb="united" lemma=unite passive | pp: under "one commander" | adv: "recently")",
          R"(s0 c1 main: subj="The militias" | verb="attacked" lemma=attack past | obj="the port")",
          // No comma between the subject and the first verb: a list of two acts.
          R"(s1 c0 main: subj="The militias" | verb="united" lemma=unite past)",
          R"(s1 c1 coord<c0: subj="The militias" | verb="attacked" lemma=attack past | obj="the port")",
      });
}

TEST(ClauseOpening, ALoneParticipleWhereOnlyAPastFitsIsAPast) {
  ExpectClauses(
      "The/DT envoy/NN said/VBD/say she/PRP strongly/RB objected/VBN/object to/TO the/DT "
      "plan/NN ./. | "
      "The/DT envoy/NN ,/, who/WP left/VBD/leave Kabul/NNP when/WRB the/DT talks/NNS/talk "
      "failed/VBD/fail ,/, landed/VBN/land in/IN Doha/NNP ./. | "
      "The/DT envoy/NN ,/, who/WP left/VBD/leave Kabul/NNP ,/, welcomed/VBN/welcome by/IN "
      "Qatar/NNP ,/, spoke/VBD/speak ./.",
      {
          R"(s0 c0 main: subj="The envoy" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="she" | verb="objected" lemma=object past | pp: to "the plan" | speaker="The envoy")",
          R"(s1 c0 rel<c2 "who": subj="The envoy" | verb="left" lemma=leave past | obj="Kabul")",
          R"(s1 c1 rel<c0 "when": subj="the talks" | verb="failed" lemma=fail past)",
          R"(s1 c2 main: subj="The envoy" | verb="landed" lemma=land past | pp: in "Doha")",
          // Followed by "by": a passive participle still.
          R"(s2 c0 rel<c2 "who": subj="The envoy" | verb="left" lemma=leave past | obj="Kabul")",
          R"(s2 c1 part<c0: subj="The envoy" | verb="welcomed" lemma=welcome passive | agent="Qatar")",
          R"(s2 c2 main: subj="The envoy" | verb="spoke" lemma=speak past)",
      });
}

TEST(ClauseOpening, AParticipleAfterAReportedActGoesOnWithItUnlessItIsSpeech) {
  ExpectClauses(
      "Rebels/NNS/rebel said/VBD/say troops/NNS/troop shelled/VBD/shell Bree/NNP ,/, "
      "killing/VBG/kill five/CD people/NNS/people ./. | "
      "Rebels/NNS/rebel said/VBD/say troops/NNS/troop shelled/VBD/shell Bree/NNP ,/, "
      "accusing/VBG/accuse Gondor/NNP of/IN lies/NNS/lie ./.",
      {
          R"(s0 c0 main: subj="Rebels" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="troops" | verb="shelled" lemma=shell past | obj="Bree" | speaker="Rebels")",
          R"(s0 c2 part<c1: subj="troops" | verb="killing" lemma=kill | obj="five people")",
          R"(s1 c0 main: subj="Rebels" | verb="said" lemma=say past)",
          R"(s1 c1 reported<c0: subj="troops" | verb="shelled" lemma=shell past | obj="Bree" | speaker="Rebels")",
          R"(s1 c2 part<c0: subj="Rebels" | verb="accusing" lemma=accuse | obj="Gondor"{of "lies"})",
      });
}

// Nor as subject: its antecedent owns the subject ("whose ministers" are Chile's and Peru's).
TEST(ClauseOpening, WhoseClauseDoesNotTakeItsAntecedentAsObject) {
  ExpectClauses(
      "Chile/NNP and/CC Peru/NNP ,/, whose/WP$ ministers/NNS/minister signed/VBD/sign the/DT "
      "pact/NN ,/, urged/VBD/urge Bolivia/NNP to/TO join/VB ./.",
      {
          R"(s0 c0 rel<c1 "whose": subj="ministers"{poss="Chile" & "Peru"} | verb="signed" lemma=sign past | obj="the pact")",
          R"(s0 c1 main: subj="Chile" & "Peru" | verb="urged" lemma=urge past | obj="Bolivia")",
          R"(s0 c2 inf<c1: subj="Bolivia" | verb="to join" lemma=join)",
      });
}

TEST(ClauseOpening, ASubordinatorWithNoClauseBeforeAndVerbWasAPreposition) {
  ExpectClauses(
      "The/DT minister/NN rejected/VBD/reject sanctions/NNS/sanction as/IN a/DT weapon/NN "
      "and/CC said/VBD/say Chile/NNP opposed/VBD/oppose them/PRP ./.",
      {
          R"(s0 c0 main: subj="The minister" | verb="rejected" lemma=reject past | obj="sanctions")",
          R"(s0 c1 coord<c0 "and": subj="The minister" | verb="said" lemma=say past)",
          R"(s0 c2 reported<c1: subj="Chile" | verb="opposed" lemma=oppose past | obj="them" | speaker="The minister")",
      });
}

TEST(ClauseOpening, AnObjectWithItsOfPhrasesIsTheSubjectOfTheComplementAfterIt) {
  ExpectClauses(
      "Chile/NNP said/VBD/say two/CD of/IN the/DT ships/NNS/ship had/VBD/have sunk/VBN/sink ./. | "
      "Chile/NNP sank/VBD/sink two/CD of/IN the/DT ships/NNS/ship ./.",
      {
          R"(s0 c0 main: subj="Chile" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="two"{of "the ships"} | verb="had sunk" lemma=sink past perfect | speaker="Chile")",
          R"(s1 c0 main: subj="Chile" | verb="sank" lemma=sink past | obj="two"{of "the ships"})",
      });
}

TEST(ClauseOpening, APastRightAfterThePrepositionsObjectModifiesIt) {
  ExpectClauses(
      "In/IN a/DT note/NN signed/VBD/sign on/IN Monday/NNP ,/, Chile/NNP thanked/VBD/thank "
      "Peru/NNP ./. | "
      "In/IN Lima/NNP protesters/NNS/protester attacked/VBD/attack the/DT police/NN ./.",
      {
          R"(s0 c0 rel<c1: subj="a note" | verb="signed" lemma=sign passive | adv: "on Monday")",
          R"(s0 c1 main: subj="Chile" | verb="thanked" lemma=thank past | obj="Peru" | pp: In "a note")",
          // An object after it: the past of a clause.
          R"(s1 c0 main: verb="attacked" lemma=attack past | obj="the police" | pp: In "Lima protesters")",
      });
}

TEST(ClauseOpening, ARelativeClauseOnTheSubjectEndsAtItsVerb) {
  ExpectClauses(
      "The/DT rebels/NNS/rebel who/WP raided/VBD/raid the/DT camp/NN fled/VBN/flee ./. | "
      "Chile/NNP said/VBD/say that/IN sailors/NNS/sailor who/WP seized/VBD/seize the/DT "
      "ship/NN would/MD be/VB/be tried/VBN/try ./.",
      {
          R"(s0 c0 rel<c1 "who": subj="The rebels" | verb="raided" lemma=raid past | obj="the camp")",
          R"(s0 c1 main: subj="The rebels" | verb="fled" lemma=flee past)",
          R"(s1 c0 main: subj="Chile" | verb="said" lemma=say past)",
          R"(s1 c1 rel<c2 "who": subj="sailors" | verb="seized" lemma=seize past | obj="the ship")",
          R"(s1 c2 reported<c0 "that": subj="sailors" | verb="would be tried" lemma=try passive modal=would | speaker="Chile")",
      });
}

TEST(ClauseOpening, ASubjectAfterAndWithARelativeClauseSetOffOpensAClause) {
  ExpectClauses(
      "Chile/NNP closed/VBD/close the/DT port/NN ,/, and/CC Peru/NNP ,/, whose/WP$ "
      "navy/NN was/VBD/be away/RB ,/, protested/VBD/protest ./. | "
      "Chile/NNP visited/VBD/visit Peru/NNP and/CC Bolivia/NNP ,/, which/WDT "
      "border/VBP/border it/PRP ./.",
      {
          R"(s0 c0 main: subj="Chile" | verb="closed" lemma=close past | obj="the port")",
          R"(s0 c1 rel<c2 "whose": subj="navy"{poss="Peru"} | verb="was" lemma=be past)",
          R"(s0 c2 main: subj="Peru" | verb="protested" lemma=protest past)",
          // No verb after the relative clause: a list of objects.
          R"(s1 c0 main: subj="Chile" | verb="visited" lemma=visit past | obj="Peru" & "Bolivia")",
          R"(s1 c1 rel<c0 "which": subj="Bolivia" | verb="border" lemma=border present | obj="it")",
      });
}

TEST(ClauseOpening, AClauseInsertedInTheSubjectOfAThatClauseKeepsItsMarker) {
  ExpectClauses(
      "Chile/NNP said/VBD/say that/IN a/DT vote/NN held/VBN/hold by/IN Peru/NNP to/TO "
      "annex/VB Arica/NNP was/VBD/be void/JJ ./. | "
      "Chile/NNP said/VBD/say that/IN the/DT state/NN of/IN war/NN that/WDT "
      "had/VBD/have lasted/VBN/last a/DT year/NN has/VBZ/have ended/VBN/end ./.",
      {
          R"(s0 c0 main: subj="Chile" | verb="said" lemma=say past)",
          R"(s0 c1 rel<c3: subj="a vote" | verb="held" lemma=hold passive | agent="Peru")",
          // The infinitive's object is no subject of the verb after it.
          R"(s0 c2 inf<c1: subj="a vote" | verb="to annex" lemma=annex | obj="Arica")",
          R"(s0 c3 reported<c0 "that": subj="a vote" | verb="was" lemma=be past | speaker="Chile")",
          R"(s1 c0 main: subj="Chile" | verb="said" lemma=say past)",
          R"(s1 c1 rel<c2 "that": subj="war" | verb="had lasted" lemma=last past perfect | obj="a year")",
          R"(s1 c2 reported<c0 "that": subj="the state"{of "war"} | verb="has ended" lemma=end present perfect | speaker="Chile")",
      });
}

TEST(ClauseOpening, ALoneParticipleWithAnObjectAfterPhrasesSetOffIsThePast) {
  ExpectClauses(
      "The/DT envoys/NNS/envoy ,/, including/VBG/include Chile/NNP ,/, "
      "voiced/VBN/voice concern/NN ./. | "
      "The/DT envoy/NN ,/, given/VBN/give a/DT chance/NN ,/, spoke/VBD/speak ./.",
      {
          R"(s0 c0 main: subj="The envoys" | verb="voiced" lemma=voice past | obj="concern" | pp: including "Chile")",
          // A verb of two objects may take one in the passive.
          R"(s1 c0 rel<c1: subj="The envoy" | verb="given" lemma=give passive | obj="a chance")",
          R"(s1 c1 main: subj="The envoy" | verb="spoke" lemma=speak past)",
      });
}

}  // namespace
}  // namespace tacitus
