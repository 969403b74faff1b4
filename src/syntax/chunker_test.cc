// The chunker on its own (ChunkSentence), and the noun phrases it makes as the parser's
// clauses show them.
#include "syntax/chunker.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "syntax/clause_testing.h"
#include "syntax/dump.h"
#include "syntax/testing.h"

namespace tacitus {
namespace {

using syntax_internal::ChunkSentence;
using testing::ExpectClauses;

class Chunker : public ::testing::Test {
 protected:
  // Chunks the first sentence of `annotated` and returns its chunks as DumpSyntax prints
  // them: "[NP Putin] [VG met] [NP Xi] [PUNCT .]".
  std::string ChunkLine(std::string_view annotated) {
    if (!testing::MakeTaggedDocument(annotated, &doc_)) return "(bad annotation)";
    syntax_.Clear();
    SentenceSyntax sentence;
    sentence.chunks = ChunkSentence(doc_, 0, &syntax_);
    syntax_.sentences.push_back(sentence);
    std::string line = DumpSyntax(doc_, syntax_, {.chunks = true});
    const std::string_view prefix = "s0 chunks: ";
    if (line.starts_with(prefix)) line.erase(0, prefix.size());
    if (line.ends_with('\n')) line.pop_back();
    return line;
  }

  // The text of a token, by its index.
  std::string_view Word(uint32_t t) const { return doc_.tokens[t].text; }

  Document doc_;
  Syntax syntax_;
};

TEST_F(Chunker, TwoWordPrepositionsAreOneChunk) {
  EXPECT_EQ(ChunkLine("Russia/NNP supports/VBZ/support China/NNP according/VBG to/TO Tass/NNP "
                      "because/IN of/IN the/DT war/NN ,/, such/JJ as/IN Iran/NNP ./."),
            "[NP Russia] [VG supports] [NP China] [P according to] [NP Tass] [P because of] "
            "[NP the war] [PUNCT ,] [P such as] [NP Iran] [PUNCT .]");
}

TEST_F(Chunker, ANameAfterAMonthAndItsYearOpensANewPhrase) {
  EXPECT_EQ(ChunkLine("In/IN March/NNP 2019/CD Lima/NNP expelled/VBD/expel two/CD "
                      "diplomats/NNS/diplomat ./."),
            "[P In] [NP March 2019] [NP Lima] [VG expelled] [NP two diplomats] [PUNCT .]");
  // Not a name after a year with no month before it.
  EXPECT_EQ(ChunkLine("The/DT 2019/CD Lima/NNP talks/NNS/talk failed/VBD/fail ./."),
            "[NP The 2019 Lima talks] [VG failed] [PUNCT .]");
}

TEST_F(Chunker, HostageAfterACommonNounIsWhatTheVerbMadeOfItsObject) {
  EXPECT_EQ(ChunkLine("Gunmen/NNS/gunman took/VBD/take 12/CD aid/NN workers/NNS/worker "
                      "hostage/NN ./."),
            "[NP Gunmen] [VG took] [NP 12 aid workers] [NP hostage] [PUNCT .]");
  EXPECT_EQ(ChunkLine("Rebels/NNS/rebel held/VBD/hold the/DT pilot/NN captive/NN ./."),
            "[NP Rebels] [VG held] [NP the pilot] [NP captive] [PUNCT .]");
  // A compound goes on: a noun after it, or a name before it.
  EXPECT_EQ(ChunkLine("The/DT prisoner/NN hostage/NN deal/NN collapsed/VBD/collapse ./."),
            "[NP The prisoner hostage deal] [VG collapsed] [PUNCT .]");
  EXPECT_EQ(ChunkLine("Qatar/NNP freed/VBD/free a/DT Gaza/NNP hostage/NN ./."),
            "[NP Qatar] [VG freed] [NP a Gaza hostage] [PUNCT .]");
}

TEST_F(Chunker, AmongThemAfterACommaIsOnePrepositionBeforeANounPhrase) {
  // ", among them four children," says "including"; "among them" at the end is a phrase.
  EXPECT_EQ(ChunkLine("Ten/CD civilians/NNS/civilian ,/, among/IN them/PRP four/CD "
                      "children/NNS/child ,/, were/VBD/be freed/VBN/free ./."),
            "[NP Ten civilians] [PUNCT ,] [P among them] [NP four children] [PUNCT ,] "
            "[VG were freed] [PUNCT .]");
  EXPECT_EQ(ChunkLine("Two/CD children/NNS/child were/VBD/be among/IN them/PRP ./."),
            "[NP Two children] [VG were] [P among] [NP them] [PUNCT .]");
}

TEST_F(Chunker, ANameBetweenAndAndItsNounGoesOnWithCoordinatedAdjectives) {
  // A nationality the tagger reads as a name: "the Egyptian and Jordanian foreign ministers".
  EXPECT_EQ(ChunkLine("The/DT Egyptian/JJ and/CC Jordanian/NNP foreign/JJ ministers/NNS/minister "
                      "met/VBD/meet ./."),
            "[NP The Egyptian and Jordanian foreign ministers] [VG met] [PUNCT .]");
  // A name with no common noun after it is a conjunct of its own.
  EXPECT_EQ(ChunkLine("The/DT Egyptian/JJ and/CC Jordan/NNP met/VBD/meet ./."),
            "[O The] [ADJ Egyptian] [CC and] [NP Jordan] [VG met] [PUNCT .]");
}

TEST_F(Chunker, AScareQuotedAdverbStaysInsideItsVerbGroup) {
  EXPECT_EQ(ChunkLine("They/PRP have/VBP/have ``/`` quietly/RB ''/'' approved/VBN/approve "
                      "the/DT plan/NN ./."),
            "[NP They] [VG have ``quietly'' approved] [NP the plan] [PUNCT .]");
}

TEST_F(Chunker, AParticipleBeforeANounPhraseCanBeAPreposition) {
  EXPECT_EQ(ChunkLine("They/PRP discussed/VBD/discuss projects/NNS/project including/VBG/include "
                      "the/DT Belt/NNP and/CC Road/NNP Initiative/NNP ./."),
            "[NP They] [VG discussed] [NP projects] [P including] "
            "[NP the Belt and Road Initiative] [PUNCT .]");
}

TEST_F(Chunker, OnlyANameShapedLikeBeltAndRoadKeepsItsAnd) {
  EXPECT_EQ(ChunkLine("The/DT Kremlin/NNP and/CC Beijing/NNP agreed/VBD/agree ./."),
            "[NP The Kremlin] [CC and] [NP Beijing] [VG agreed] [PUNCT .]");
}

TEST_F(Chunker, APossessiveMakesAPhraseOfItsOwn) {
  EXPECT_EQ(ChunkLine("China/NNP 's/POS partnership/NN with/IN Russia/NNP ./."),
            "[NP China's partnership] [P with] [NP Russia] [PUNCT .]");
  const NounPhrase& partnership = syntax_.phrases[syntax_.chunks[0].phrase];
  EXPECT_EQ(Word(partnership.head), "partnership");
  EXPECT_EQ(partnership.tokens, (TokenRange{0, 3}));  // with its possessor
  ASSERT_GE(partnership.possessor, 0);
  const NounPhrase& china = syntax_.phrases[partnership.possessor];
  EXPECT_EQ(china.tokens, (TokenRange{0, 1}));
  EXPECT_EQ(Word(china.head), "China");
}

TEST_F(Chunker, APossessivePronounIsThePossessor) {
  EXPECT_EQ(ChunkLine("Their/PRP$ partnership/NN grew/VBD/grow ./."),
            "[NP Their partnership] [VG grew] [PUNCT .]");
  const NounPhrase& partnership = syntax_.phrases[syntax_.chunks[0].phrase];
  ASSERT_GE(partnership.possessor, 0);
  EXPECT_EQ(Word(syntax_.phrases[partnership.possessor].head), "Their");
}

TEST_F(Chunker, APossessiveWithNothingAfterItIsThePhrase) {
  EXPECT_EQ(ChunkLine("He/PRP attended/VBD/attend the/DT forum/NN 's/POS ./."),
            "[NP He] [VG attended] [NP the forum's] [PUNCT .]");
  const NounPhrase& forum = syntax_.phrases[syntax_.chunks[2].phrase];
  EXPECT_EQ(Word(forum.head), "forum");
  EXPECT_EQ(forum.possessor, -1);
  EXPECT_EQ(syntax_.phrases.size(), 2u);  // "He" and "the forum": no phrase left over
}

TEST_F(Chunker, ADeterminerStandingAloneIsAPhrase) {
  EXPECT_EQ(ChunkLine("Both/DT signed/VBD/sign ./."), "[NP Both] [VG signed] [PUNCT .]");
  EXPECT_GE(syntax_.chunks[0].phrase, 0);
}

TEST_F(Chunker, ADayOrACountAfterANounStartsAPhraseOfItsOwn) {
  EXPECT_EQ(ChunkLine("Putin/NNP met/VBD/meet Xi/NNP yesterday/NN ./."),
            "[NP Putin] [VG met] [NP Xi] [NP yesterday] [PUNCT .]");
  EXPECT_EQ(ChunkLine("Russia/NNP gave/VBD/give a/DT warning/NN two/CD days/NNS/day ago/RB ./."),
            "[NP Russia] [VG gave] [NP a warning] [NP two days] [ADV ago] [PUNCT .]");
}

TEST_F(Chunker, ParticiplesAndAdverbsInsideANounPhrase) {
  EXPECT_EQ(ChunkLine("Prices/NNS/price rose/VBD/rise after/IN the/DT rising/VBG/rise "
                      "tension/NN ./."),
            "[NP Prices] [VG rose] [P after] [NP the rising tension] [PUNCT .]");
  EXPECT_EQ(ChunkLine("They/PRP met/VBD/meet in/IN a/DT rapidly/RB changing/VBG/change "
                      "world/NN ./."),
            "[NP They] [VG met] [P in] [NP a rapidly changing world] [PUNCT .]");
  // A present participle after a verb goes on with a verb group of its own.
  EXPECT_EQ(ChunkLine("Moscow/NNP will/MD stop/VB supporting/VBG/support rebels/NNS/rebel ./."),
            "[NP Moscow] [VG will stop] [VG supporting] [NP rebels] [PUNCT .]");
}

TEST_F(Chunker, CoordinatedAdjectivesStayInTheirPhrase) {
  EXPECT_EQ(ChunkLine("Three/CD Russian/JJ banks/NNS/bank and/CC economic/JJ and/CC "
                      "diplomatic/JJ ties/NNS/tie ./."),
            "[NP Three Russian banks] [CC and] [NP economic and diplomatic ties] [PUNCT .]");
  // The second modifier may be a noun of a compound.
  EXPECT_EQ(ChunkLine("Talks/NNS/talk between/IN the/DT foreign/JJ and/CC finance/NN "
                      "ministers/NNS/minister resumed/VBD/resume ./."),
            "[NP Talks] [P between] [NP the foreign and finance ministers] [VG resumed] "
            "[PUNCT .]");
  // Not a noun alone: "the poor and workers" are two phrases.
  EXPECT_EQ(ChunkLine("They/PRP helped/VBD/help the/DT poor/JJ and/CC workers/NNS/worker ./."),
            "[NP They] [VG helped] [O the] [ADJ poor] [CC and] [NP workers] [PUNCT .]");
}

TEST_F(Chunker, AVerbGroupRunsFromItsAuxiliariesToItsParticle) {
  EXPECT_EQ(ChunkLine("Putin/NNP did/VBD/do not/RB meet/VB Xi/NNP and/CC China/NNP could/MD "
                      "pull/VB out/RP ./."),
            "[NP Putin] [VG did not meet] [NP Xi] [CC and] [NP China] [VG could pull out] "
            "[PUNCT .]");
  EXPECT_EQ(Word(syntax_.chunks[1].head), "meet");  // the main verb
  EXPECT_EQ(Word(syntax_.chunks[5].head), "pull");
  EXPECT_EQ(ChunkLine("Kyiv/NNP has/VBZ/have been/VBN/be stepping/VBG/step up/RP attacks/NNS "
                      "to/TO quickly/RB regain/VB ground/NN ./."),
            "[NP Kyiv] [VG has been stepping up] [NP attacks] [VG to quickly regain] [NP ground] "
            "[PUNCT .]");
  EXPECT_EQ(Word(syntax_.chunks[1].head), "stepping");
  EXPECT_EQ(Word(syntax_.chunks[3].head), "regain");
  EXPECT_EQ(ChunkLine("Moscow/NNP never/RB agreed/VBD/agree ./."),
            "[NP Moscow] [VG never agreed] [PUNCT .]");
}

TEST_F(Chunker, ANegatedAuxiliaryWithNoVerbAfterItIsTheMainVerb) {
  EXPECT_EQ(ChunkLine("The/DT talks/NNS/talk are/VBP/be not/RB important/JJ ./."),
            "[NP The talks] [VG are not] [ADJ important] [PUNCT .]");
  EXPECT_EQ(Word(syntax_.chunks[1].head), "are");
}

TEST_F(Chunker, OtherWordsAreChunksOfOneWordByTheirTag) {
  EXPECT_EQ(ChunkLine("that/IN because/IN in/IN and/CC which/WDT currently/RB big/JJ ./. "
                      "x/NONE"),
            "[SUB that] [SUB because] [P in] [CC and] [REL which] [ADV currently] [ADJ big] "
            "[PUNCT .] [O x]");
}

TEST_F(Chunker, APrepositionBeforeASubjectAndAFiniteVerbIsASubordinator) {
  EXPECT_EQ(ChunkLine("As/IN the/DT world/NN grapples/VBZ/grapple with/IN conflicts/NNS ,/, "
                      "it/PRP serves/VBZ/serve as/IN a/DT reminder/NN ./."),
            "[SUB As] [NP the world] [VG grapples] [P with] [NP conflicts] [PUNCT ,] [NP it] "
            "[VG serves] [P as] [NP a reminder] [PUNCT .]");
}

TEST_F(Chunker, ChunksCoverEveryTokenOnceInOrder) {
  for (const std::string_view annotated :
       {"and/CC ,/, ,/, 's/POS which/WDT to/TO by/IN )/-RRB- said/VBD/say",
        "x/NONE y/NONE not/RB ./.", "Putin/NNP 's/POS ./.",
        "The/DT US/NNP special/JJ envoy/NN ,/, in/IN a/DT long/JJ ,/, bloody/JJ war/NN ,/, "
        "never/RB ever/RB stopped/VBD/stop"}) {
    ChunkLine(annotated);
    uint32_t next = doc_.sentences[0].first_token;
    for (const Chunk& chunk : syntax_.chunks) {
      EXPECT_EQ(chunk.tokens.begin, next) << annotated;
      EXPECT_GT(chunk.tokens.end, chunk.tokens.begin) << annotated;
      EXPECT_GE(chunk.head, chunk.tokens.begin) << annotated;
      EXPECT_LT(chunk.head, chunk.tokens.end) << annotated;
      next = chunk.tokens.end;
    }
    EXPECT_EQ(next, doc_.sentences[0].end_token) << annotated;
  }
}

TEST(ChunkerInClauses, AsWellAsBeforeANounJoinsTwoPhrasesAsAndDoes) {
  ExpectClauses(
      "Gondor/NNP condemned/VBD/condemn Rohan/NNP as/IN well/RB as/IN Mordor/NNP ./. | "
      "Gondor/NNP as/IN well/RB as/IN Rohan/NNP condemned/VBD/condemn Mordor/NNP ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="condemned" lemma=condemn past | obj="Rohan" & "Mordor")",
          R"(s1 c0 main: subj="Gondor" & "Rohan" | verb="condemned" lemma=condemn past | obj="Mordor")",
      });
  // Before a preposition it joins nothing: "in Bree" is the verb's.
  ExpectClauses(
      "Gondor/NNP fought/VBD/fight in/IN Rohan/NNP as/IN well/RB as/IN in/IN Bree/NNP ./.",
      {R"(s0 c0 main: subj="Gondor" | verb="fought" lemma=fight past | pp: in "Rohan"; in "Bree")"});
}

TEST(ChunkerInClauses, PastParticipleAfterALexicalVerbModifiesTheObject) {
  ExpectClauses(
      "Moscow/NNP rejected/VBD/reject revised/VBN/revise trade/NN terms/NNS ./.",
      {R"(s0 c0 main: subj="Moscow" | verb="rejected" lemma=reject past | obj="revised trade terms")"});
  // After "have" the participle is the verb itself.
  ExpectClauses(
      "Moscow/NNP has/VBZ/have revised/VBN/revise trade/NN terms/NNS ./.",
      {R"(s0 c0 main: subj="Moscow" | verb="has revised" lemma=revise present perfect | obj="trade terms")"});
  // A particle or adverb may stand between; after an auxiliary and an adverb, the participle
  // is still the verb.
  ExpectClauses(
      "Gondor/NNP handed/VBD/hand over/RB wounded/VBN/wound Orc/JJ prisoners/NNS ./. | "
      "Gondor/NNP has/VBZ/have already/RB freed/VBN/free Orc/JJ prisoners/NNS ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="handed over" lemma=hand past prt=over | obj="wounded Orc prisoners")",
          R"(s1 c0 main: subj="Gondor" | verb="has already freed" lemma=free present perfect | obj="Orc prisoners")",
      });
}

TEST(ChunkerInClauses, AdjectivesAfterANameGoOnWithItsPhraseUnlessTheyOpenASecondObject) {
  ExpectClauses(
      "The/DT US/NNP special/JJ envoy/NN met/VBD/meet Assad/NNP ./. | "
      "Russia/NNP gave/VBD/give the/DT Kurds/NNPS new/JJ weapons/NNS/weapon ./. | "
      "Abe/NNP visited/VBD/visit Washington/NNP last/JJ week/NN ./.",
      {
          R"(s0 c0 main: subj="The US special envoy" | verb="met" lemma=meet past | obj="Assad")",
          R"(s1 c0 main: subj="Russia" | verb="gave" lemma=give past | obj="new weapons" | iobj="the Kurds")",
          // A time after the name is no part of it.
          R"(s2 c0 main: subj="Abe" | verb="visited" lemma=visit past | obj="Washington" | adv: "last week")",
      });
}

TEST(ChunkerInClauses, ANumberBeforeAdjectivesCountsTheirNoun) {
  ExpectClauses(
      "The/DT US/NNP sanctioned/VBD/sanction three/CD Russian/JJ banks/NNS/bank ./. | "
      "The/DT talks/NNS/talk lasted/VBD/last two/CD full/JJ days/NNS/day ./.",
      {
          R"(s0 c0 main: subj="The US" | verb="sanctioned" lemma=sanction past | obj="three Russian banks")",
          R"(s1 c0 main: subj="The talks" | verb="lasted" lemma=last past | obj="two full days")",
      });
}

TEST(ChunkerInClauses, ThatTaggedADeterminerAfterAVerbOfSayingOpensItsClause) {
  ExpectClauses(
      "Gondor/NNP warned/VBD/warn that/DT orc/NN raids/NNS/raid would/MD stop/VB ./. | "
      "Gondor/NNP denied/VBD/deny that/DT report/NN ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="warned" lemma=warn past)",
          R"(s0 c1 reported<c0 "that": subj="orc raids" | verb="would stop" lemma=stop modal=would | speaker="Gondor")",
          // No verb after it: a determiner.
          R"(s1 c0 main: subj="Gondor" | verb="denied" lemma=deny past | obj="that report")",
      });
}

TEST(ChunkerInClauses, ABareVerbAfterAPastAndBeforeANounBeginsACompoundNoun) {
  ExpectClauses(
      "Guards/NNS/guard fired/VBD/fire tear/VB gas/NN ./. | "
      "Gondor/NNP helped/VBD/help build/VB roads/NNS/road ./.",
      {
          R"(s0 c0 main: subj="Guards" | verb="fired" lemma=fire past | obj="tear gas")",
          // "help" takes a bare infinitive.
          R"(s1 c0 main: subj="Gondor" | verb="helped" lemma=help past)",
          R"(s1 c1 inf<c0: subj="Gondor" | verb="build" lemma=build | obj="roads")",
      });
}

TEST(ChunkerInClauses, AQuantifierFirstInItsClauseBeforeAVerbOrOfIsAPhrase) {
  ExpectClauses(
      "Most/JJS of/IN the/DT orcs/NNS/orc fled/VBD/flee ./. | "
      "Gondor/NNP won/VBD/win and/CC several/JJ protested/VBD/protest ./. | "
      "Gondor/NNP sent/VBD/send some/DT 200/CD orcs/NNS/orc ./.",
      {
          R"(s0 c0 main: subj="Most"{of "the orcs"} | verb="fled" lemma=flee past)",
          R"(s1 c0 main: subj="Gondor" | verb="won" lemma=win past)",
          R"(s1 c1 coord<c0 "and": subj="several" | verb="protested" lemma=protest past)",
          // Before its noun, part of that noun's phrase.
          R"(s2 c0 main: subj="Gondor" | verb="sent" lemma=send past | obj="some 200 orcs")",
      });
}

TEST(ChunkerInClauses, ANumberAfterANumberGoesOnWithItsPhrase) {
  ExpectClauses(
      "Gondor/NNP gave/VBD/give Rohan/NNP $/$ 5/CD billion/CD ./. | "
      "Gondor/NNP pledged/VBD/pledge an/DT extra/JJ $/$ 30/CD million/CD for/IN Rohan/NNP ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="gave" lemma=give past | obj="$ 5 billion" | iobj="Rohan")",
          R"(s1 c0 main: subj="Gondor" | verb="pledged" lemma=pledge past | obj="an extra $ 30 million" | pp: for "Rohan")",
      });
}

TEST(ChunkerInClauses, ABoundOnANumberIsPartOfItsPhrase) {
  ExpectClauses(
      "Gondor/NNP jailed/VBD/jail more/JJR than/IN 40/CD smugglers/NNS/smuggler ./. | "
      "Orcs/NNS/orc burned/VBD/burn at/IN least/JJS 12/CD farms/NNS/farm ./. | "
      "Rohan/NNP freed/VBD/free up/RB to/TO a/DT dozen/NN hostages/NNS/hostage ./. | "
      "Arnor/NNP expelled/VBD/expel over/IN 30/CD Gondorian/JJ envoys/NNS/envoy ./.",
      {
          R"(s0 c0 main: subj="Gondor" | verb="jailed" lemma=jail past | obj="more than 40 smugglers")",
          R"(s1 c0 main: subj="Orcs" | verb="burned" lemma=burn past | obj="at least 12 farms")",
          R"(s2 c0 main: subj="Rohan" | verb="freed" lemma=free past | obj="up to a dozen hostages")",
          R"(s3 c0 main: subj="Arnor" | verb="expelled" lemma=expel past | obj="over 30 Gondorian envoys")",
      });
  // "over" before a time, or as the particle of a verb, bounds nothing.
  ExpectClauses(
      "Rohan/NNP fought/VBD/fight over/IN 3/CD days/NNS/day ./. | "
      "Gondor/NNP handed/VBD/hand over/IN 30/CD prisoners/NNS/prisoner ./.",
      {
          R"(s0 c0 main: subj="Rohan" | verb="fought" lemma=fight past | adv: "over 3 days")",
          R"(s1 c0 main: subj="Gondor" | verb="handed" lemma=hand past | pp: over "30 prisoners")",
      });
}

TEST(ChunkerInClauses, ACommaBetweenAdjectivesOfOneNounStaysInItsPhrase) {
  ExpectClauses(
      "Arnor/NNP restored/VBD/restore complete/JJ ,/, full/JJ ties/NNS/tie ./. | "
      "He/PRP was/VBD/be tired/JJ ,/, hungry/JJ and/CC cold/JJ ./.",
      {
          R"(s0 c0 main: subj="Arnor" | verb="restored" lemma=restore past | obj="complete, full ties")",
          // Adjectives with no noun after them make no phrase.
          R"(s1 c0 main: subj="He" | verb="was" lemma=be past)",
      });
}

TEST(ChunkerInClauses, AParticipleInsideANounPhraseMayPrecedeAName) {
  ExpectClauses(
      "A/DT clearly/RB inebriated/VBN/inebriate Bree/NNP official/NN said/VBD/say ./.",
      {
          R"(s0 c0 main: subj="A clearly inebriated Bree official" | verb="said" lemma=say past)",
      });
}

TEST_F(Chunker, AQuoteInsideANounPhraseStaysInIt) {
  EXPECT_EQ(ChunkLine("Oslo/NNP called/VBD/call the/DT raid/NN a/DT ``/`` massacre/NN ''/'' ./."),
            "[NP Oslo] [VG called] [NP the raid] [NP a ``massacre''] [PUNCT .]");
}

TEST_F(Chunker, AQuotedPhraseInsideAClauseJoinsItsChunks) {
  EXPECT_EQ(ChunkLine("Lagos/NNP blamed/VBD/blame ``/`` foreign/JJ agents/NNS/agent ''/'' for/IN "
                      "the/DT riots/NNS/riot ./."),
            "[NP Lagos] [VG blamed] [NP ``foreign agents''] [P for] [NP the riots] [PUNCT .]");
  EXPECT_EQ(ChunkLine("Oslo/NNP fined/VBD/fine the/DT firm/NN ``/`` at/IN the/DT highest/JJS "
                      "rate/NN ''/'' ./."),
            "[NP Oslo] [VG fined] [NP the firm] [P ``at] [NP the highest rate''] [PUNCT .]");
}

TEST_F(Chunker, AQuotationOfSpeechKeepsItsQuotes) {
  // A verb inside: a clause of its own.
  EXPECT_EQ(ChunkLine("``/`` We/PRP will/MD win/VB ''/'' ,/, he/PRP said/VBD/say ./."),
            "[PUNCT ``] [NP We] [VG will win] [PUNCT ''] [PUNCT ,] [NP he] [VG said] [PUNCT .]");
  // Closed after a comma: the end of a quotation, not of a phrase.
  EXPECT_EQ(ChunkLine("Oslo/NNP spoke/VBD/speak with/IN ``/`` grave/JJ concern/NN ,/, ''/'' "
                      "and/CC Rome/NNP agreed/VBD/agree ./."),
            "[NP Oslo] [VG spoke] [P with] [PUNCT ``] [NP grave concern] [PUNCT ,] [PUNCT ''] "
            "[CC and] [NP Rome] [VG agreed] [PUNCT .]");
}

TEST(ChunkerInClauses, AQuotedWordOrPhraseIsPartOfTheClause) {
  ExpectClauses(
      "Oslo/NNP called/VBD/call the/DT raid/NN a/DT ``/`` massacre/NN ''/'' ./. | "
      "Oslo/NNP called/VBD/call the/DT raid/NN an/DT act/NN of/IN ``/`` state/NN terror/NN ''/'' "
      "./. | "
      "Lagos/NNP held/VBD/hold ``/`` foreign/JJ agents/NNS/agent ''/'' responsible/JJ for/IN "
      "the/DT riots/NNS/riot ./.",
      {
          R"(s0 c0 main: subj="Oslo" | verb="called" lemma=call past | obj="a ``massacre" | iobj="the raid")",
          R"(s1 c0 main: subj="Oslo" | verb="called" lemma=call past | obj="an act"{of "state terror"} | iobj="the raid")",
          R"(s2 c0 main: subj="Lagos" | verb="held" lemma=hold past | obj="foreign agents" | pp: for "the riots")",
      });
}

}  // namespace
}  // namespace tacitus
