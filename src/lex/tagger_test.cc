#include "lex/tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "lex/testing.h"

namespace tacitus {
namespace {

std::shared_ptr<const Lexicon> SharedLexicon() {
  static const std::shared_ptr<const Lexicon> lexicon = [] {
    Result<std::shared_ptr<const Lexicon>> loaded = Lexicon::Load();
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? *loaded : nullptr;
  }();
  return lexicon;
}

// Tags one sentence and joins, per token, what `show` makes of it.
template <typename Show>
std::string TagAndShow(std::string_view sentence, Show show) {
  Document doc;
  testing::MakeDocument({sentence}, &doc);
  Tagger(SharedLexicon()).Tag(&doc);
  std::string out;
  for (const Token& t : doc.tokens) {
    if (!out.empty()) out += ' ';
    out += show(t);
  }
  return out;
}

// "word/TAG word/TAG ..."
std::string Tagged(std::string_view sentence) {
  return TagAndShow(sentence, [](const Token& t) {
    return std::string(t.text) + "/" + std::string(PosTagName(t.tag));
  });
}

std::string Lemmas(std::string_view sentence) {
  return TagAndShow(sentence, [](const Token& t) { return std::string(t.lemma); });
}

TEST(Tagger, TagsNamesAndPastTense) {
  EXPECT_EQ(Tagged("Russian President Vladimir Putin and Chinese President Xi Jinping met in "
                   "Beijing yesterday ."),
            "Russian/JJ President/NNP Vladimir/NNP Putin/NNP and/CC Chinese/JJ President/NNP "
            "Xi/NNP Jinping/NNP met/VBD in/IN Beijing/NNP yesterday/NN ./.");
}

TEST(Tagger, ReadsAPastFormAfterASubjectPronounAndAdverbsAsItsVerb) {
  EXPECT_EQ(Tagged("Arnor said it strongly condemned Gondor 's raid ."),
            "Arnor/NNP said/VBD it/PRP strongly/RB condemned/VBD Gondor/NNP 's/POS raid/NN ./.");
  EXPECT_EQ(Tagged("Arnor said they firmly rejected the offer ."),
            "Arnor/NNP said/VBD they/PRP firmly/RB rejected/VBD the/DT offer/NN ./.");
  EXPECT_EQ(Tagged("\" We strongly criticize Gondor , \" Arnor said ."),
            "\"/`` We/PRP strongly/RB criticize/VBP Gondor/NNP ,/, \"/'' Arnor/NNP said/VBD ./.");
}

TEST(Tagger, ReadsABarePastFormAfterAnOpeningNameAsItsVerb) {
  EXPECT_EQ(Tagged("Arnor cut aid to Gondor ."), "Arnor/NNP cut/VBD aid/NN to/TO Gondor/NNP ./.");
  EXPECT_EQ(Tagged("The Shire put tariffs on Bree ."),
            "The/DT Shire/NNP put/VBD tariffs/NNS on/IN Bree/NNP ./.");
  // Another finite verb is the sentence's: the compound may stand.
  EXPECT_EQ(Tagged("Arnor said the cut aid was small ."),
            "Arnor/NNP said/VBD the/DT cut/NN aid/NN was/VBD small/JJ ./.");
}

TEST(Tagger, ReadsAPastFormBetweenAPluralSubjectAndACountedObjectAsItsVerb) {
  EXPECT_EQ(Tagged("The raiders abducted dozens of villagers ."),
            "The/DT raiders/NNS abducted/VBD dozens/NNS of/IN villagers/NNS ./.");
  // After a verb of saying too: the rule needs no sentence without another verb.
  EXPECT_EQ(Tagged("Wardens said the raiders abducted ten villagers ."),
            "Wardens/NNS said/VBD the/DT raiders/NNS abducted/VBD ten/NN villagers/NNS ./.");
}

TEST(Tagger, ReadsAFeelingAfterBeAsAnAdjective) {
  EXPECT_EQ(Tagged("Arnor was deeply disappointed by the decision ."),
            "Arnor/NNP was/VBD deeply/RB disappointed/JJ by/IN the/DT decision/NN ./.");
  EXPECT_EQ(Tagged("Gondor is concerned about the drills ."),
            "Gondor/NNP is/VBZ concerned/JJ about/IN the/DT drills/NNS ./.");
  // Without its cause's preposition the participle stays a passive.
  EXPECT_EQ(Tagged("Two envoys were concerned ."), "Two/CD envoys/NNS were/VBD concerned/VBN ./.");
}

TEST(Tagger, ReadsVisitingBeforeATitleAsAnAdjective) {
  // After a verb, a preposition or at the start, before a title, it says who is a guest.
  EXPECT_EQ(Tagged("Arnor 's king met visiting Gondorian Prime Minister Ivan Testov ."),
            "Arnor/NNP 's/POS king/NN met/VBD visiting/JJ Gondorian/NNP Prime/NNP Minister/NNP "
            "Ivan/NNP Testov/NNP ./.");
  EXPECT_EQ(
      Tagged("Visiting Gondorian President Ivan Testov praised Arnor ."),
      "Visiting/JJ Gondorian/NNP President/NNP Ivan/NNP Testov/NNP praised/VBD Arnor/NNP ./.");
  // Before a place or a unit it visits them.
  EXPECT_EQ(
      Tagged("Testov , visiting Moscow on Monday , praised Arnor ."),
      "Testov/NNP ,/, visiting/VBG Moscow/NNP on/IN Monday/NNP ,/, praised/VBD Arnor/NNP ./.");
}

TEST(Tagger, ReadsAnAdjectiveAloneAfterAPossessiveAsItsHeadNoun) {
  EXPECT_EQ(Tagged("Arnor urged Gondor 's military to withdraw ."),
            "Arnor/NNP urged/VBD Gondor/NNP 's/POS military/NN to/TO withdraw/VB ./.");
  // Before its noun it stays an adjective.
  EXPECT_EQ(Tagged("Gondor 's military leaders met ."),
            "Gondor/NNP 's/POS military/JJ leaders/NNS met/VBD ./.");
}

TEST(Tagger, TagsAnAdjectiveInsideANameAsPartOfTheName) {
  EXPECT_EQ(Tagged("Troops of the Central African Republic arrived ."),
            "Troops/NNS of/IN the/DT Central/NNP African/NNP Republic/NNP arrived/VBD ./.");
}

TEST(Tagger, TagsAnIngFormBeforeANameAsTheVerbOfItsObject) {
  // WordNet knows "putin" and "macron" as nouns; after a preposition or opening a clause,
  // "meeting" before them is the verb and they are names.
  EXPECT_EQ(Tagged("Xi said after meeting Putin in Moscow that ties were strong ."),
            "Xi/NNP said/VBD after/IN meeting/VBG Putin/NNP in/IN Moscow/NNP that/IN ties/NNS "
            "were/VBD strong/JJ ./.");
  EXPECT_EQ(Tagged("Meeting Macron in Berlin , Scholz said Europe must act ."),
            "Meeting/VBG Macron/NNP in/IN Berlin/NNP ,/, Scholz/NNP said/VBD Europe/NNP "
            "must/MD act/VB ./.");
}

TEST(Tagger, TagsABaseFormAfterACoordinatedSubjectAsFinite) {
  EXPECT_EQ(Tagged("France and Germany welcome the talks ."),
            "France/NNP and/CC Germany/NNP welcome/VBP the/DT talks/NNS ./.");
}

// The counts saw "arrested" only as a participle; a regular past form is both.
TEST(Tagger, TagsARegularPastSeenOnlyAsParticipleAsPastWithItsObject) {
  EXPECT_EQ(Tagged("Police arrested the attackers ."),
            "Police/NNS arrested/VBD the/DT attackers/NNS ./.");
  EXPECT_EQ(Tagged("The arrested men were freed ."),
            "The/DT arrested/VBN men/NNS were/VBD freed/VBN ./.");
}

// A subject's "including" list stands between it and its finite verb.
TEST(Tagger, TagsAPastFormAfterASubjectsIncludingListAsPast) {
  EXPECT_EQ(Tagged("Several partners , including Gondor and the Shire , voiced concern ."),
            "Several/JJ partners/NNS ,/, including/VBG Gondor/NNP and/CC the/DT Shire/NNP ,/, "
            "voiced/VBD concern/NN ./.");
  // A later finite verb leaves the participle a reduced relative.
  EXPECT_EQ(Tagged("Several towns , including Bree , flooded by the river were evacuated ."),
            "Several/JJ towns/NNS ,/, including/VBG Bree/NNP ,/, flooded/VBN by/IN the/DT "
            "river/NN were/VBD evacuated/VBN ./.");
}

// "Several of", "many of" head their phrase as "some of" does.
TEST(Tagger, TagsAQuantifierBeforeItsOfPhraseAsADeterminer) {
  EXPECT_EQ(Tagged("Several of the soldiers fled ."),
            "Several/DT of/IN the/DT soldiers/NNS fled/VBD ./.");
  EXPECT_EQ(Tagged("Many soldiers fled ."), "Many/JJ soldiers/NNS fled/VBD ./.");
}

// "the West" before a preposition is the name, not an adjective waiting for its noun.
TEST(Tagger, TagsACapitalisedAdjectiveThatTheHeadsBeforeAPrepositionAsAName) {
  EXPECT_EQ(Tagged("Gondor accused the West of hypocrisy ."),
            "Gondor/NNP accused/VBD the/DT West/NNP of/IN hypocrisy/NN ./.");
  EXPECT_EQ(Tagged("The Western powers met ."), "The/DT Western/JJ powers/NNS met/VBD ./.");
}

// After "after", "because" ... and a short subject, a past form with an object is the verb of
// that clause, though the sentence has another finite verb; before a preposition it may be a
// reduced relative and is left alone.
TEST(Tagger, TagsAPastFormAfterASubordinatorsSubjectAsPast) {
  EXPECT_EQ(Tagged("Gondor protested after Mordor ships fired water cannon at a boat ."),
            "Gondor/NNP protested/VBD after/IN Mordor/NNP ships/NNS fired/VBD water/NN "
            "cannon/NN at/IN a/DT boat/NN ./.");
  EXPECT_EQ(Tagged("Gondor protested after the men arrested in Bree were freed ."),
            "Gondor/NNP protested/VBD after/IN the/DT men/NNS arrested/VBN in/IN Bree/NNP "
            "were/VBD freed/VBN ./.");
}

// So after an "as" that follows a comma, and before a preposition when no other verb follows
// in the clause; the subject may run on through "of" phrases.
TEST(Tagger, TagsAPastFormAfterACommasAsAndItsSubjectAsPast) {
  const std::string clashed =
      Tagged("Ten were held , police said , as supporters of the party clashed with officers .");
  EXPECT_NE(clashed.find("clashed/VBD"), std::string::npos) << clashed;
  const std::string pounded = Tagged("Gondor appealed for help , as Mordor troops pounded Bree .");
  EXPECT_NE(pounded.find("pounded/VBD"), std::string::npos) << pounded;
  // "as" as a preposition: "served as a force deployed in Bree".
  const std::string deployed = Tagged("Gondor served as a force deployed in Bree .");
  EXPECT_NE(deployed.find("deployed/VBN"), std::string::npos) << deployed;
}

TEST(Tagger, TagsAnIngAdjectiveBeforeANameAsAnAdjective) {
  EXPECT_EQ(Tagged("In neighboring Cameroon , troops repelled the attack ."),
            "In/IN neighboring/JJ Cameroon/NNP ,/, troops/NNS repelled/VBD the/DT attack/NN ./.");
  EXPECT_EQ(Tagged("Russia is attacking Ukraine ."),
            "Russia/NNP is/VBZ attacking/VBG Ukraine/NNP ./.");
}

TEST(Tagger, TagsNoVerbAfterVery) {
  EXPECT_EQ(Tagged("The troops moved very close to the border ."),
            "The/DT troops/NNS moved/VBD very/RB close/JJ to/TO the/DT border/NN ./.");
}

TEST(Tagger, TagsPerfectBeforeAnObjectNotAdjective) {
  // "celebrated" is mostly an adjective, but after "has" and before a name it is the
  // perfect; before a common noun "has limited resources" keeps the adjective.
  const std::string perfect = Tagged("Nepal has celebrated Dashain with India .");
  EXPECT_NE(perfect.find("celebrated/VBN"), std::string::npos) << perfect;
  const std::string adjective = Tagged("Nepal has limited resources .");
  EXPECT_NE(adjective.find("limited/JJ"), std::string::npos) << adjective;
}

TEST(Tagger, TagsSecondCoordinatedPastVerb) {
  const std::string second =
      Tagged("The minister condemned the bombing on Friday and promised aid to the victims .");
  EXPECT_NE(second.find("promised/VBD"), std::string::npos) << second;
  // A participle before the subject of the next clause stays a modifier.
  const std::string modifier = Tagged("Police raided the camp and wounded soldiers fled .");
  EXPECT_NE(modifier.find("wounded/JJ"), std::string::npos) << modifier;
}

TEST(Tagger, TagsPerfectAndPossessive) {
  EXPECT_EQ(Tagged("Western powers have criticized China 's partnership with Russia ."),
            "Western/JJ powers/NNS have/VBP criticized/VBN China/NNP 's/POS partnership/NN "
            "with/IN Russia/NNP ./.");
}

TEST(Tagger, TagsPassiveParticiple) {
  EXPECT_EQ(Tagged("The agreement was signed by both leaders ."),
            "The/DT agreement/NN was/VBD signed/VBN by/IN both/DT leaders/NNS ./.");
}

TEST(Tagger, TagsTheOnlyVerbOfASentenceFinite) {
  EXPECT_EQ(Tagged("The two leaders discussed trade ."),
            "The/DT two/CD leaders/NNS discussed/VBD trade/NN ./.");
  // With another finite verb, the participle reading stays open: a reduced relative.
  EXPECT_EQ(Tagged("Weapons supplied by Russia arrived ."),
            "Weapons/NNS supplied/VBN by/IN Russia/NNP arrived/VBD ./.");
  // No other clause's verb is a rival: one after "and" shares the subject of the verb before
  // it; a relative or adverbial clause's, and the verbs that one governs; a coordinated
  // clause's with its own subject; the speaker's tail.
  const std::pair<const char*, const char*> kFinite[] = {
      {"Villagers burned effigies of the governor and blocked the highway .", "burned/VBD"},
      {"Gondor and its allies launched air strikes on the orcs that have seized the fords .",
       "launched/VBD"},
      {"Rohan formally declared war on Mordor a day after the orcs burst across the river .",
       "declared/VBD"},
      {"Rohan riders and Gondor troops exchanged fire around the ford on Tuesday , a day after "
       "the orcs said they had taken the city .",
       "exchanged/VBD"},
      {"Orc gunships attacked positions of the rangers , and trolls were seen .", "attacked/VBD"},
      {"Orc gunships attacked positions of the rangers , witnesses said .", "attacked/VBD"},
  };
  for (const auto& [sentence, verb] : kFinite) {
    const std::string tagged = Tagged(sentence);
    EXPECT_NE(tagged.find(verb), std::string::npos) << tagged;
  }
}

TEST(Tagger, TagsAnOpeningGerundThatRunsIntoTheVerbAsANoun) {
  EXPECT_EQ(Tagged("Shelling of the fortress resumed on Monday .").substr(0, 12), "Shelling/NN ");
  // Its phrase closed by a comma, it opens a participial clause.
  EXPECT_EQ(Tagged("Shelling the fortress , the orcs advanced .").substr(0, 13), "Shelling/VBG ");
  EXPECT_EQ(Tagged("Fighting in the hills , the orcs advanced .").substr(0, 13), "Fighting/VBG ");
  // Before "between", whose verb the bigrams may not have read as finite yet.
  EXPECT_EQ(Tagged("Fighting between orcs and M23 rebels intensified near Bree .").substr(0, 12),
            "Fighting/NN ");
}

TEST(Tagger, TagsDeadAfterShotAsTheVerbsParticle) {
  // "shot dead a journalist": the result of the shooting, not a participle of its own.
  EXPECT_EQ(Tagged("Gunmen shot dead a journalist in Bree .").substr(0, 36),
            "Gunmen/NNS shot/VBD dead/RP a/DT jou");
  EXPECT_NE(Tagged("The man was found dead .").find("dead/JJ"), std::string::npos);
}

TEST(Tagger, TagsAnOpeningGerundRightBeforeAPastFormAsTheSubjectNoun) {
  EXPECT_EQ(Tagged("Fighting erupted between the two armies ."),
            "Fighting/NN erupted/VBD between/IN the/DT two/CD armies/NNS ./.");
  EXPECT_EQ(Tagged("Heavy shelling continued overnight .").substr(0, 35),
            "Heavy/JJ shelling/NN continued/VBD ");
  // "Having" and "being" open participial clauses with a past participle.
  EXPECT_EQ(Tagged("Having seen the report , the council met .").substr(0, 11), "Having/VBG ");
}

TEST(Tagger, TagsAnIngNounAfterANounsCommaBeforeItsObjectAsAParticiple) {
  // "kidnapping" is seen only as a noun; after a noun's comma, with an object, it is the verb.
  const std::string tagged = Tagged("Raiders attacked the village , kidnapping ten farmers .");
  EXPECT_NE(tagged.find("kidnapping/VBG"), std::string::npos) << tagged;
  EXPECT_EQ(Tagged("The kidnapping of the farmers ended .").substr(0, 24),
            "The/DT kidnapping/NN of/");
}

TEST(Tagger, TagsAGerundAfterADeterminerBeforeAPrepositionAsANoun) {
  const std::string noun = Tagged("Gondor condemned the shelling of Bree .");
  EXPECT_NE(noun.find("shelling/NN"), std::string::npos) << noun;
}

TEST(Tagger, TagsAnIngFormBetweenANounsCommaAndAPrepositionAsAParticiple) {
  const std::string participle =
      Tagged("The council , meeting in emergency session , condemned Gondor .");
  EXPECT_NE(participle.find("meeting/VBG"), std::string::npos) << participle;
}

TEST(Tagger, TagsAPastFormBeforeByBetweenCommasAfterANounAsAParticiple) {
  const std::string relative = Tagged("The meeting , hosted by Gondor , brought Rohan together .");
  EXPECT_NE(relative.find("hosted/VBN"), std::string::npos) << relative;
}

TEST(Tagger, TagsAPastFormBeforeByAndAGerundAsTheFiniteVerb) {
  // "by" and an -ing form say how the subject acted: no reduced passive.
  const std::string means = Tagged("Gondor retaliated by expelling two envoys .");
  EXPECT_NE(means.find("retaliated/VBD"), std::string::npos) << means;
  const std::string praise = Tagged("The king opened his speech by praising Rohan .");
  EXPECT_NE(praise.find("praising/VBG"), std::string::npos) << praise;
  // A reduced passive keeps its agent.
  const std::string passive = Tagged("The envoys expelled by Gondor left .");
  EXPECT_NE(passive.find("expelled/VBN"), std::string::npos) << passive;
}

TEST(Tagger, TagsTheHeadOfAVerbsObjectBeforeAParticipleAsANoun) {
  const std::string object =
      Tagged("Soldiers tapped all communication links leading into the city .");
  EXPECT_NE(object.find("links/NNS"), std::string::npos) << object;
  // Before "according to" the verb of a complement clause stays a verb.
  const std::string verb = Tagged("Officials say the plan works according to schedule .");
  EXPECT_NE(verb.find("works/VBZ"), std::string::npos) << verb;
}

TEST(Tagger, TagsAPastFormAfterAVerbsObjectAsAReducedRelative) {
  const std::string relative =
      Tagged("Gondor welcomed assurances on cultural issues sent from Bree .");
  EXPECT_NE(relative.find("sent/VBN"), std::string::npos) << relative;
  // After a verb of saying the noun may open a complement clause: the verb stays finite.
  const std::string complement = Tagged("The army said troops moved to the border .");
  EXPECT_NE(complement.find("moved/VBD"), std::string::npos) << complement;
}

TEST(Tagger, TagsAPluralAfterAnOpeningNounAsTheSubjectsHead) {
  // A bigram model reads "forces" after a noun as a verb; a past form after it says it is
  // the plural noun and the past form the finite verb.
  EXPECT_EQ(Tagged("Security forces fired rubber bullets ."),
            "Security/NNP forces/NNS fired/VBD rubber/NN bullets/NNS ./.");
  EXPECT_EQ(Tagged("Government forces attacked rebel positions ."),
            "Government/NN forces/NNS attacked/VBD rebel/JJ positions/NNS ./.");
  const std::string after_comma = Tagged("On Sunday , security forces opened fire .");
  EXPECT_NE(after_comma.find("forces/NNS opened/VBD"), std::string::npos) << after_comma;
  const std::string after_and = Tagged("The vote was delayed and crowds gathered in the square .");
  EXPECT_NE(after_and.find("crowds/NNS gathered/VBD"), std::string::npos) << after_and;
  // A word read mostly as a verb stays one: a participle after it opens its object.
  const std::string verb = Tagged("The government hopes displaced families return .");
  EXPECT_NE(verb.find("hopes/VBZ displaced/VBN"), std::string::npos) << verb;
}

TEST(Tagger, TagsAnAllCapitalCountryAbbreviationAsAName) {
  // "US" is the country, not the pronoun: its plural is the subject's head and the past
  // form the verb, at the start or after a comma.
  EXPECT_EQ(Tagged("US forces launched missile strikes on rebel bases ."),
            "US/NNP forces/NNS launched/VBD missile/NN strikes/NNS on/IN rebel/JJ bases/NNS ./.");
  const std::string after_comma = Tagged("On Tuesday , US forces conducted raids in Syria .");
  EXPECT_NE(after_comma.find("US/NNP forces/NNS conducted/VBD"), std::string::npos) << after_comma;
  // In a verb's object it modifies the head noun.
  const std::string object = Tagged("The envoy pledged US support for the talks .");
  EXPECT_NE(object.find("US/NNP support/NN"), std::string::npos) << object;
  const std::string plural = Tagged("Tehran rejected US calls for restraint .");
  EXPECT_NE(plural.find("US/NNP calls/NNS"), std::string::npos) << plural;
  // Lower case stays the pronoun.
  const std::string pronoun = Tagged("He told us nothing .");
  EXPECT_NE(pronoun.find("us/PRP"), std::string::npos) << pronoun;
}

TEST(Tagger, TagsAnIngFormAfterAVerbsParticleAsItsObjectNoun) {
  const std::string cut = Tagged("Washington cut off funding to the agency last week .");
  EXPECT_NE(cut.find("off/RP funding/NN to/TO"), std::string::npos) << cut;
  const std::string held = Tagged("Berlin held back funding for the programme .");
  EXPECT_NE(held.find("funding/NN for/IN"), std::string::npos) << held;
}

TEST(Tagger, TagsANounAndPastFormOpeningAVerblessSentenceAsSubjectAndVerb) {
  // "military shared" read as two adjectives leaves the sentence with no verb.
  EXPECT_EQ(Tagged("The Israeli military shared intelligence with Jordan ."),
            "The/DT Israeli/JJ military/NN shared/VBD intelligence/NN with/IN Jordan/NNP ./.");
  const std::string used = Tagged("The military used force against protesters .");
  EXPECT_NE(used.find("military/NN used/VBD force/NN"), std::string::npos) << used;
  // With a finite verb elsewhere an adjective before its noun stays one.
  const std::string finite = Tagged("The shared interests of both sides were discussed .");
  EXPECT_NE(finite.find("shared/JJ"), std::string::npos) << finite;
}

TEST(Tagger, TagsContractedIs) {
  EXPECT_EQ(Tagged("He said it 's not a threat ."),
            "He/PRP said/VBD it/PRP 's/VBZ not/RB a/DT threat/NN ./.");
}

TEST(Tagger, TagsAParticipleBeforeANounAfterANounsApostropheSAsThePossessors) {
  // "the group's acting prime minister": the possessor's acting leader, not "is acting".
  const std::string acting = Tagged("Arnor met the group 's acting prime minister .");
  EXPECT_NE(acting.find("'s/POS"), std::string::npos) << acting;
  const std::string proposed = Tagged("Gondor rejected the council 's proposed budget .");
  EXPECT_NE(proposed.find("'s/POS"), std::string::npos) << proposed;
  // Before a participle with no noun after it, a noun's "'s" is "is" or "has".
  const std::string expected = Tagged("The plan 's expected to pass .");
  EXPECT_NE(expected.find("'s/VBZ"), std::string::npos) << expected;
}

TEST(Tagger, TagsThatAsComplementizerAndRelative) {
  EXPECT_EQ(Tagged("Officials said that the deal that was signed will hold ."),
            "Officials/NNS said/VBD that/IN the/DT deal/NN that/WDT was/VBD signed/VBN "
            "will/MD hold/VB ./.");
}

TEST(Tagger, ARelativeClausesVerbLeavesTheMainVerbFinite) {
  // "has" belongs to "that has seized", so "launched" is the sentence's finite verb.
  const std::string tagged = Tagged(
      "Arnor and its allies launched air strikes on Sunday against a militia that has seized "
      "the city .");
  EXPECT_NE(tagged.find("launched/VBD"), std::string::npos) << tagged;
  // A participle with a finite verb of its own clause stays one.
  const std::string reduced = Tagged("Strikes launched on Sunday killed ten people .");
  EXPECT_NE(reduced.find("launched/VBN"), std::string::npos) << reduced;
}

TEST(Tagger, AnAdverbAfterAReportedSubjectMarksItsFiniteVerb) {
  const std::string tagged = Tagged("Ankara says the drone never left Turkish airspace .");
  EXPECT_NE(tagged.find("never/RB left/VBD"), std::string::npos) << tagged;
  // With no adverb, a participle after the noun may be a reduced relative.
  const std::string relative = Tagged("Officials said the man arrested Sunday was freed .");
  EXPECT_NE(relative.find("arrested/VBN"), std::string::npos) << relative;
}

TEST(Tagger, TagsTheSubjunctiveOfADemand) {
  // After the subject of a that-clause that a demand asks for, a word that can be a verb is
  // its verb, whatever a bigram prefers.
  const std::string step = Tagged("Students demanded that the rector step down at once .");
  EXPECT_NE(step.find("rector/NN step/VB down/RP"), std::string::npos) << step;
  const std::string release =
      Tagged("Lawyers insisted that the junta release all political prisoners .");
  EXPECT_NE(release.find("junta/NN release/VB all/DT"), std::string::npos) << release;
  const std::string head = Tagged("They asked that Ms Okafor head the new commission .");
  EXPECT_NE(head.find("Okafor/NNP head/VB the/DT"), std::string::npos) << head;
  // A bare object after a subject that ends in a noun.
  const std::string halt = Tagged("Gondor demanded that Mordor halt uranium enrichment .");
  EXPECT_NE(halt.find("Mordor/NNP halt/VB uranium/NN"), std::string::npos) << halt;
  // Not the first noun of a subject's compound.
  const std::string aid = Tagged("Gondor demanded that the aid convoys be allowed in .");
  EXPECT_NE(aid.find("aid/NN convoys/NNS"), std::string::npos) << aid;
  // A told that-clause keeps its nouns: "said" asks for nothing.
  const std::string told = Tagged("Aides said that the budget plan in the south failed .");
  EXPECT_NE(told.find("budget/NN plan/NN in/IN"), std::string::npos) << told;
}

TEST(Tagger, AWordOfBothKindsAfterASingularDeterminerIsItsNoun) {
  const std::string call = Tagged("The envoys spoke in a phone call late on Friday .");
  EXPECT_NE(call.find("phone/NN call/NN late/RB"), std::string::npos) << call;
  const std::string try_ = Tagged("Gondor won with a try deep into extra time .");
  EXPECT_NE(try_.find("a/DT try/NN deep/RB"), std::string::npos) << try_;
  // Not after a plural noun, whose verb it may be: "the two leaders call for calm".
  const std::string plural = Tagged("The two leaders call for calm .");
  EXPECT_NE(plural.find("leaders/NNS call/VBP"), std::string::npos) << plural;
}

TEST(Tagger, TagsQuotesByPosition) {
  EXPECT_EQ(Tagged("He called it \" a dangerous step \" ."),
            "He/PRP called/VBD it/PRP \"/`` a/DT dangerous/JJ step/NN \"/'' ./.");
}

TEST(Tagger, TagsNumbersAndUnknownWords) {
  EXPECT_EQ(Tagged("Militants fired 12 rockets at Sderot on Tuesday ."),
            "Militants/NNS fired/VBD 12/CD rockets/NNS at/IN Sderot/NNP on/IN Tuesday/NNP ./.");
}

TEST(Tagger, ReadsAnAdjectiveAfterAVerbsDeterminerBeforeAPrepositionAsTheObject) {
  EXPECT_EQ(Tagged("Spain extradited the suspect to France ."),
            "Spain/NNP extradited/VBD the/DT suspect/NN to/TO France/NNP ./.");
  EXPECT_EQ(Tagged("Spain handed over the suspect to France ."),
            "Spain/NNP handed/VBD over/IN the/DT suspect/NN to/TO France/NNP ./.");
  // Before its noun it stays an adjective.
  EXPECT_EQ(Tagged("Spain extradited the suspect banker to France ."),
            "Spain/NNP extradited/VBD the/DT suspect/JJ banker/NN to/TO France/NNP ./.");
}

TEST(Tagger, TagsSentenceInitialCommonWord) {
  EXPECT_EQ(Tagged("Protesters blocked the road to the embassy ."),
            "Protesters/NNS blocked/VBD the/DT road/NN to/TO the/DT embassy/NN ./.");
}

TEST(Tagger, LemmatizesByTag) {
  EXPECT_EQ(Lemmas("Russian President Vladimir Putin met leaders of countries that has "
                   "criticized China ."),
            "russian president vladimir putin meet leader of country that have criticize china .");
  EXPECT_EQ(Lemmas("He was there and it 's cold ."), "he be there and it be cold .");
}

TEST(Tagger, MarksLexiconWords) {
  Document doc;
  testing::MakeDocument({"Xyzzyqux met Putin ."}, &doc);
  Tagger(SharedLexicon()).Tag(&doc);
  EXPECT_FALSE(doc.tokens[0].has(kInLexicon));
  EXPECT_TRUE(doc.tokens[1].has(kInLexicon));
  EXPECT_EQ(doc.tokens[0].tag, PosTag::kNNP);
  EXPECT_EQ(doc.tokens[0].lemma, "xyzzyqux");
}

TEST(Tagger, TagsEverySentenceOfADocument) {
  Document doc;
  testing::MakeDocument({"They met .", "Talks ended ."}, &doc);
  Tagger(SharedLexicon()).Tag(&doc);
  ASSERT_EQ(doc.tokens.size(), 6u);
  for (const Token& t : doc.tokens) EXPECT_NE(t.tag, PosTag::kNone) << t.text;
  EXPECT_EQ(doc.tokens[4].tag, PosTag::kVBD);
}

TEST(Tagger, GivesTheSameTagsFromManyThreads) {
  const Tagger tagger(SharedLexicon());
  const std::string expected =
      Tagged("Western powers have criticized China 's partnership with Russia .");
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (std::string& result : results) {
    threads.emplace_back([&tagger, &result] {
      Document doc;
      for (int round = 0; round < 200; ++round) {
        testing::MakeDocument({"Western powers have criticized China 's partnership with Russia ."},
                              &doc);
        tagger.Tag(&doc);
      }
      for (const Token& t : doc.tokens) {
        if (!result.empty()) result += ' ';
        result += std::string(t.text) + "/" + std::string(PosTagName(t.tag));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& result : results) EXPECT_EQ(result, expected);
}

}  // namespace
}  // namespace tacitus
