// Which actors the phrases of a story name, on the small dictionaries of code_testing.h: one
// rule of StoryActors per test, read through the phrase that shows it.
#include "code/story_actors.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "code/code_testing.h"
#include "code/story_actors_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::OurTestDictionaries;
using testing::StoryActorsTest;

TEST_F(StoryActorsTest, ANationalityAndAnAgentCombine) {
  EXPECT_THAT(ActorsOf("Chinese troops attacked Ukraine.", "Chinese troops"),
              ElementsAre("CHNMIL"));
}

TEST_F(StoryActorsTest, APersonIsTheRoleHeldOnTheStoryDate) {
  const std::string text = "Ivan Example spoke on Monday.";
  EXPECT_THAT(ActorsOf(text, "Ivan Example", "2005-06-01"), ElementsAre("RUSMIL"));
  EXPECT_THAT(ActorsOf(text, "Ivan Example", "2012-06-01"), ElementsAre("RUSGOV"));
  // Out of office: the country's elite, from the last role held.
  EXPECT_THAT(ActorsOf(text, "Ivan Example", "2020-06-01"), ElementsAre("RUSELI"));
}

TEST_F(StoryActorsTest, AnOfPhrasePlacesAnAgent) {
  EXPECT_THAT(ActorsOf("The president of Russia met Xi.", "The president"), ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, APossessorStandsInForAPhraseThatNamesNoActor) {
  EXPECT_THAT(ActorsOf("Western powers criticized China's partnership.", "China's partnership"),
              ElementsAre("CHN"));
}

TEST_F(StoryActorsTest, WhoseAgentIsItsAntecedents) {
  EXPECT_THAT(ActorsOf("China angered Russia, whose minister criticized it.", "minister"),
              ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, ACraftOwnedByTheSpeakersPronounIsTheSpeakers) {
  EXPECT_THAT(ActorsOf("Russia said its jets struck Ukraine.", "its jets"), ElementsAre("RUS"));
  // Not a craft's word: "its people" are no one the speaker is.
  EXPECT_THAT(ActorsOf("Russia said its people struck Ukraine.", "its people"),
              ::testing::Not(ElementsAre("RUS")));
}

TEST_F(StoryActorsTest, ACapitalIsItsGovernment) {
  EXPECT_THAT(ActorsOf("Beijing rejected the claim.", "Beijing"), ElementsAre("CHNGOV"));
}

TEST_F(StoryActorsTest, ASeatNamedForAnotherCountryIsThatCountrysOffice) {
  EXPECT_THAT(ActorsOf("The Test Office criticized Ukraine.", "The Test Office"),
              ElementsAre("RUSGOV"));
  EXPECT_THAT(ActorsOf("China's Test Office criticized Ukraine.", "China's Test Office"),
              ElementsAre("CHNGOV"));
  EXPECT_THAT(ActorsOf("The Chinese Test Office criticized Ukraine.", "The Chinese Test Office"),
              ElementsAre("CHNGOV"));
  EXPECT_THAT(ActorsOf("The Russian Test Office criticized Ukraine.", "The Russian Test Office"),
              ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, ACoordinationNamesEachOfItsActors) {
  EXPECT_THAT(ActorsOf("Putin and Xi met in Beijing.", "Putin"), ElementsAre("RUSGOV", "CHNGOV"));
}

TEST_F(StoryActorsTest, AnIncludingListNamesEachOfItsActors) {
  EXPECT_THAT(ActorsOf("Several countries, including Russia and China, criticized Ukraine.",
                       "Several countries"),
              ElementsAre("RUS", "CHN"));
  EXPECT_THAT(ActorsOf("Leaders such as Putin and Xi criticized Ukraine.", "Leaders"),
              ElementsAre("RUSGOV", "CHNGOV"));
}

TEST_F(StoryActorsTest, TheGroupASubjectIsAmongNamesItsActors) {
  EXPECT_THAT(ActorsOf("Russia and China were among the countries that criticized Ukraine.",
                       "the countries"),
              ElementsAre("RUS", "CHN"));
}

TEST_F(StoryActorsTest, HeRefersToTheLastPersonNamed) {
  EXPECT_THAT(ActorsOf("Putin arrived on Monday. He criticized Ukraine.", "He"),
              ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, AnObjectPronounIsNotItsClausesSubject) {
  // "welcomed him" is not "welcomed himself": the person named before the subject.
  EXPECT_THAT(ActorsOf("Putin arrived on Monday. The Chinese president welcomed him.", "him"),
              ElementsAre("RUSGOV"));
  EXPECT_THAT(
      ActorsOf("Putin arrived on Monday. He said the Chinese president had met him.", "him"),
      ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, HeRefersToASubjectNamedByAnOfficeOnePersonHolds) {
  EXPECT_THAT(ActorsOf("Putin arrived on Monday. The Chinese president visited Ukraine. He "
                       "criticized Russia.",
                       "He"),
              ElementsAre("CHNGOV"));
  // An office met is not whom "he" goes on with: the subject named before is.
  EXPECT_THAT(ActorsOf("Putin met the Chinese president on Monday. He criticized Ukraine.", "He"),
              ElementsAre("RUSGOV"));
  // Troops are many: "he" passes them over.
  EXPECT_THAT(ActorsOf("Putin arrived on Monday. Chinese troops entered Ukraine. He "
                       "criticized them.",
                       "He"),
              ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, TheTwoLeadersReferToTheLastTwoPersons) {
  EXPECT_THAT(
      ActorsOf("Putin met Xi in Beijing. The two leaders signed a deal.", "The two leaders"),
      ElementsAre("RUSGOV", "CHNGOV"));
}

TEST_F(StoryActorsTest, TheWarringPartiesAreTheLastGroupNamedThoughOfOneCountry) {
  const std::string earlier = "Russian troops and rebels fought on Monday. ";
  EXPECT_THAT(ActorsOf(earlier + "China urged the warring parties to stop.", "the warring parties"),
              ElementsAre("RUSMIL", "RUSREB"));
  // Not "the parties" alone, nor warring parties with nothing named before.
  EXPECT_THAT(ActorsOf("China urged the warring parties to stop.", "the warring parties"),
              IsEmpty());
}

TEST_F(StoryActorsTest, BothSidesAfterOtherActorsOfTheirSentenceReferToAnEarlierPair) {
  const std::string earlier = "Russian troops attacked Ukraine on Monday. ";
  EXPECT_THAT(ActorsOf(earlier + "China urged both sides to show restraint.", "both sides"),
              ElementsAre("RUS", "UKR"));
  // With no pair before its sentence, the pair of its own.
  EXPECT_THAT(ActorsOf("Russia and Ukraine said both sides would talk.", "both sides"),
              ElementsAre("RUS", "UKR"));
}

TEST_F(StoryActorsTest, TheTwoDelegationsAndTheTwoForeignMinistersReferBack) {
  EXPECT_THAT(
      ActorsOf("Russia hosted China. The two delegations signed a deal.", "The two delegations"),
      ElementsAre("RUS", "CHN"));
  EXPECT_THAT(ActorsOf("Putin met Xi in Beijing. Both foreign ministers signed a deal.",
                       "Both foreign ministers"),
              ElementsAre("RUSGOV", "CHNGOV"));
  // Any other word between: no reference ("the two main parties").
  EXPECT_THAT(ActorsOf("Putin met Xi in Beijing. The two main leaders signed a deal.",
                       "The two main leaders"),
              IsEmpty());
}

TEST_F(StoryActorsTest, TheTwoLeadersReferBackEvenInAStoryWithACountry) {
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Putin met Xi. The two leaders signed a deal.",
                       "The two leaders"),
              ElementsAre("RUSGOV", "CHNGOV"));
}

TEST_F(StoryActorsTest, ASurnameAloneRefersBackToTheFullName) {
  // Only "Tony Blair" is in the dictionary; out of office on the story's date.
  EXPECT_THAT(ActorsOf("Tony Blair spoke on Monday. Blair criticized Russia.", "Blair"),
              ElementsAre("GBRELI"));
}

TEST_F(StoryActorsTest, AnAcronymInBracketsAfterANameRefersBackToIt) {
  // Only "Test Liberation Front" is in the dictionary, not "TLF".
  const std::string text =
      "The Test Liberation Front (TLF) took Kharkiv. The TLF said it would stay.";
  EXPECT_THAT(ActorsOf(text, "The TLF"), ElementsAre("UKRREB"));
  // Without the definition, or with letters that are no initials of the name, nothing.
  EXPECT_THAT(ActorsOf("The TLF said it would stay.", "The TLF"), IsEmpty());
  EXPECT_THAT(ActorsOf("The Test Liberation Front (TXF) took Kharkiv. The TXF left.", "The TXF"),
              IsEmpty());
  // A dateline's agency after a country is no acronym of it.
  EXPECT_THAT(ActorsOf("KYIV, Ukraine (AP) - Fighting went on. AP said it would stay.", "AP"),
              IsEmpty());
}

TEST_F(StoryActorsTest, AFamilyNameThatOpensAChineseNameRefersBackToIt) {
  // Only "Xi Jinping | Xi" and "Tony Blair" are in the dictionary.
  EXPECT_THAT(ActorsOf("Xi Jinping spoke on Monday. Jinping criticized Russia.", "Jinping"),
              ElementsAre("CHNGOV"));
  EXPECT_THAT(ActorsOf("Tony Blair spoke on Monday. Tony criticized Russia.", "Tony"), IsEmpty());
}

TEST_F(StoryActorsTest, EitherOfTwoFamilyNamesRefersBack) {
  const std::string text = "Luisa Testa de Ejemplo spoke. Testa criticized Russia. Ejemplo left.";
  EXPECT_THAT(ActorsOf(text, "Testa"), ElementsAre("ARGGOV"));
  EXPECT_THAT(ActorsOf(text, "Ejemplo"), ElementsAre("ARGGOV"));
  // Not the given name, nor a word that is no name ("de").
  EXPECT_THAT(ActorsOf("Luisa Testa de Ejemplo spoke. Luisa left.", "Luisa"), IsEmpty());
}

TEST_F(StoryActorsTest, AnArabicFamilyNameAgainWithoutItsArticleRefersBack) {
  EXPECT_THAT(ActorsOf("Omar al-Testi spoke on Monday. Testi criticized Russia.", "Testi"),
              ElementsAre("UKRGOV"));
}

TEST_F(StoryActorsTest, AFamilyNameRefersBackToAPersonIntroducedByATitle) {
  // Nobody the dictionaries know: the title gives the actor.
  EXPECT_THAT(ActorsOf("Russian Ambassador Ivan Testov spoke. Testov criticized China.", "Testov"),
              ElementsAre("RUSGOV"));
  EXPECT_THAT(ActorsOf("Ivan Testov, the Russian ambassador, spoke. Mr Testov criticized China.",
                       "Mr Testov"),
              ElementsAre("RUSGOV"));
  // A title with no place of its own takes the story's country first.
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Minister Ana Gomez spoke. Gomez criticized Russia.", "Gomez"),
      ElementsAre("CHNGOV"));
  // Not before the introduction, and not a name introduced by no title.
  EXPECT_THAT(ActorsOf("Testov spoke. Russian Ambassador Ivan Testov left.", "Testov"), IsEmpty());
  EXPECT_THAT(ActorsOf("Ivan Testov spoke in Russia. Testov criticized China.", "Testov"),
              IsEmpty());
}

TEST_F(StoryActorsTest, ANameTakesTheActorOfItsAppositionsOfPhrase) {
  // The apposition comes after the name and has its actor only once the bare agent of its
  // "of" phrase takes the story's country; the name looks at it after that.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Ivan Testov, the head of the police, "
                       "criticized Russia.",
                       "Ivan Testov"),
              ElementsAre("CHNCOP"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Ivan Testov, 58, the head of the police, "
                       "criticized Russia.",
                       "Ivan Testov"),
              ElementsAre("CHNCOP"));
}

TEST_F(StoryActorsTest, AFamilyNameRefersBackToAPersonNamedAfterAnOffice) {
  // The name ends the title's "for" phrase, which names no actor of its own.
  EXPECT_THAT(ActorsOf("Russian Minister for the Arctic Ivan Testov spoke. Testov criticized "
                       "China.",
                       "Testov"),
              ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, HeRefersBackToAPersonIntroducedByATitle) {
  EXPECT_THAT(ActorsOf("Putin spoke. Later, Chinese Ambassador Li Testo arrived. He criticized "
                       "Russia.",
                       "He"),
              ElementsAre("CHNGOV"));
}

TEST_F(StoryActorsTest, TheOfficerRefersBackToAPersonNamedWithARank) {
  EXPECT_THAT(ActorsOf("China captured Russian pilot Captain Ivan Testov. Beijing said the officer "
                       "would be freed.",
                       "the officer"),
              ElementsAre("RUS"));
  // A person named with no rank or post of the forces is someone else.
  EXPECT_THAT(ActorsOf("Chinese Ambassador Li Testo arrived. Beijing said the officer would be "
                       "freed.",
                       "the officer"),
              IsEmpty());
}

TEST_F(StoryActorsTest, HeOfWhatAPersonSaysIsTheSpeaker) {
  EXPECT_THAT(ActorsOf("Chinese Ambassador Li Testo, meeting Russian Ambassador Ivan Testov, said "
                       "he would criticize Russia.",
                       "he"),
              ElementsAre("CHNGOV"));
  // Not what a group says: "he" is the last person named.
  EXPECT_THAT(ActorsOf("Chinese Ambassador Li Testo met Russian Ambassador Ivan Testov. Chinese "
                       "troops said he would criticize China.",
                       "he"),
              ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, TheyOfWhatABodyNamedInThePluralSaysIsTheSpeaker) {
  EXPECT_THAT(ActorsOf("Russian police said they had detained ten people.", "they"),
              ElementsAre("RUSCOP"));
  EXPECT_THAT(ActorsOf("Chinese troops said they had left Ukraine.", "they"),
              ElementsAre("CHNMIL"));
  // A person's "they" are others; and so are a body's named in the singular ("the ministry
  // said they had been detained" speaks of the detained).
  EXPECT_THAT(ActorsOf("Putin said they had left Ukraine.", "they"), IsEmpty());
  EXPECT_THAT(ActorsOf("The Russian ministry said they had left Ukraine.", "they"), IsEmpty());
}

TEST_F(StoryActorsTest, WeOrIOfWhatAnyoneSaysIsTheSpeaker) {
  EXPECT_THAT(ActorsOf("\"We support Ukraine,\" the Chinese ambassador said.", "We"),
              ElementsAre("CHNGOV"));
  EXPECT_THAT(ActorsOf("Russian police said: \"I detained ten people.\"", "I"),
              ElementsAre("RUSCOP"));
  // Not outside what is said.
  EXPECT_THAT(ActorsOf("We support Ukraine.", "We"), IsEmpty());
}

TEST_F(StoryActorsTest, LeadersOfNoPlaceOfTheirOwnAreThoseTheyList) {
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Putin was among the ministers who criticized Ukraine.",
                       "the ministers"),
              ElementsAre("RUSGOV"));
  // Leaders who name their place are more than those listed; people of other kinds too.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Putin was among the Chinese ministers who criticized "
                       "Ukraine.",
                       "the Chinese ministers"),
              ElementsAre("RUSGOV", "CHNGOV"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Six civilians, including Putin, left Ukraine.",
                       "Six civilians"),
              ElementsAre("RUSGOV", "CHNCVL"));
}

TEST_F(StoryActorsTest, TheHeadOfABodyPlacedByTheStoryIsOfItsCountry) {
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - The head of the police criticized Russia.", "The head"),
              ElementsAre("CHNCOP"));
  // Only a word for whoever leads or speaks for the body: not "the rest of the army".
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - The rest of the police criticized Russia.", "The rest"),
              ::testing::Not(ElementsAre("CHNCOP")));
}

TEST_F(StoryActorsTest, SupportersOfABodyPlacedByTheStoryAreOfIt) {
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Supporters of the rebels criticized Russia.", "Supporters"),
      ElementsAre("CHNREB"));
  // Not who a body's acts strike: "the victims of the rebels" are not rebels.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Victims of the rebels criticized Russia.", "Victims"),
              ::testing::Not(ElementsAre("CHNREB")));
}

TEST_F(StoryActorsTest, WhatAnArmedBodyPlacedByTheStoryHoldsIsOfItsCountry) {
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Troops struck the positions of the rebels.", "the positions"),
      ElementsAre("CHNREB"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Rebels hit a base of the troops.", "a base"),
              ElementsAre("CHNMIL"));
  // Only a word for what the body holds: not "the rest of the rebels".
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - The rest of the rebels fled.", "The rest"),
              ::testing::Not(ElementsAre("CHNREB")));
}

TEST_F(StoryActorsTest, SomeonesKinAreCiviliansOfTheirCountry) {
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Police detained the rebel's parents.", "the rebel's parents"),
      ElementsAre("CHNCVL"));
  EXPECT_THAT(ActorsOf("Police detained the wife of Vladimir Putin.", "the wife"),
              ElementsAre("RUSCVL"));
  // Kin of an actor of no country are no actor.
  EXPECT_THAT(ActorsOf("Police detained the family of the ICC.", "the family"), IsEmpty());
}

TEST_F(StoryActorsTest, TheCraftRefersBackToTheLastCraftNamedWithItsOwner) {
  const std::string text = "China shot down a Russian plane. Moscow said the plane was unarmed.";
  EXPECT_THAT(ActorsOf(text, "the plane"), ElementsAre("RUS"));
  EXPECT_THAT(
      ActorsOf("China shot down a Russian bomber. Moscow said the plane was unarmed.", "the plane"),
      ElementsAre("RUS"));
  // "a plane" is another one; and none was named with its owner before.
  EXPECT_THAT(ActorsOf("China shot down a Russian plane. A plane left.", "A plane"), IsEmpty());
  EXPECT_THAT(ActorsOf("The plane left. China shot down a Russian plane.", "The plane"), IsEmpty());
}

TEST_F(StoryActorsTest, AnArmedGroupOfSeveralCountriesIsOfTheCountryItFightsIn) {
  // Where the act happens, else the country the story names most: not CAMEO's IMG code.
  EXPECT_THAT(
      ActorsOf("Islamic State fighters attacked a village in Ukraine.", "Islamic State fighters"),
      ElementsAre("UKRREB"));
  EXPECT_THAT(ActorsOf("Russia and Ukraine traded blame. Islamic State fighters attacked "
                       "Russian troops. Russia said so.",
                       "Islamic State fighters"),
              ElementsAre("RUSREB"));
  // Not the dateline's, which may be a power that fights the group; none known: as it is.
  EXPECT_THAT(
      ActorsOf("Islamic State claimed the attack.", "Islamic State", "2023-11-08", {}, "CHN"),
      ElementsAre("IMGMOS"));
}

TEST_F(StoryActorsTest, AQuantityOfAQuantityStandsForTheLastOfPhrase) {
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Hundreds of thousands of civilians gathered.", "Hundreds"),
      ElementsAre("CHNCVL"));
}

TEST_F(StoryActorsTest, APartyOfPeopleStandsForItsOfPhrase) {
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - A team of Russian troops crossed the border.", "A team"),
      ElementsAre("RUSMIL"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - A band of rebels crossed the border.", "A band"),
              ElementsAre("CHNREB"));
}

TEST_F(StoryActorsTest, TheNounNamedWithItsCountryInTheSentenceBeforeIsThatCountrys) {
  // The government's agents too, over the dateline's country.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - The Russian police arrested ten people on Monday. "
                       "The police criticized Ukraine.",
                       "The police"),
              ElementsAre("RUSCOP"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Russia's ministers met on Monday. The ministers "
                       "criticized Ukraine.",
                       "The ministers"),
              ElementsAre("RUSGOV"));
  // Further back, the dateline's.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Russia's ministers met on Monday. Xi left. Putin "
                       "arrived. The ministers criticized Ukraine.",
                       "The ministers"),
              ElementsAre("CHNGOV"));
}

TEST_F(StoryActorsTest, InAStoryOfNoCountryAnAgentIsTheOneNamedEarlierByTheSameNoun) {
  // China and Russia named once each: the story is of neither, and "the civilians" are those
  // of China named before, though civilians otherwise take the story's country.
  EXPECT_THAT(ActorsOf("Civilians from China gathered on Monday. The civilians criticized "
                       "Russia.",
                       "The civilians"),
              ElementsAre("CHNCVL"));
  EXPECT_THAT(ActorsOf("Civilians from China gathered on Monday. The people criticized Russia.",
                       "The people"),
              IsEmpty());
}

TEST_F(StoryActorsTest, AnAgentOfNoPlaceInAStoryOfNoCountryNamesNoActor) {
  EXPECT_THAT(ActorsOf("The minister criticized Russia.", "The minister"), IsEmpty());
  ActorRules rules;
  rules.agents_take_story_country = false;
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - The minister spoke.", "The minister", "2023-11-08", rules),
      IsEmpty());
}

TEST_F(StoryActorsTest, ABareAgentTakesTheCountryOfThePlaceItActsIn) {
  EXPECT_THAT(ActorsOf("In Beijing, troops fired on the crowd.", "troops"), ElementsAre("CHNMIL"));
  EXPECT_THAT(ActorsOf("Troops in Ukraine fired on the crowd.", "Troops"), ElementsAre("UKRMIL"));
}

TEST_F(StoryActorsTest, ForcesLedByAnActorAreItsOwn) {
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Russian-led troops fired on the crowd.", "Russian-led troops"),
      ElementsAre("RUSMIL"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - ICC-led troops fired on the crowd.", "ICC-led troops"),
              ElementsAre("IGOICCMIL"));
  // A name in capitals is matched only in capitals, as anywhere else.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Icc-led troops fired on the crowd.", "Icc-led troops"),
              ElementsAre("CHNMIL"));
}

TEST_F(StoryActorsTest, ABareAgentTakesTheSceneItsParagraphSet) {
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - In Ukraine, thousands of civilians gathered. Police "
                       "detained ten people.",
                       "Police"),
              ElementsAre("UKRCOP"));
  // Only in the paragraph that sets it, and only by a sentence that opens with it.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - In Ukraine, thousands of civilians gathered.\n\n"
                       "Police detained ten people.",
                       "Police"),
              ElementsAre("CHNCOP"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Thousands of civilians gathered in Ukraine. Police "
                       "detained ten people.",
                       "Police"),
              ElementsAre("CHNCOP"));
}

TEST_F(StoryActorsTest, APlaceOfTheClauseAlsoPlacesTheObjectOfItsPrepositions) {
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - In Ukraine, troops fired on civilians.", "civilians"),
              ElementsAre("UKRCVL"));
}

TEST_F(StoryActorsTest, AStateOrGovernmentActsFromAfarOnThoseItNames) {
  // The act is in Ukraine; the police it names are the story's (its dateline's).
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - In Ukraine, Russia criticized the police.", "the police"),
      ElementsAre("CHNCOP"));
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - In Ukraine, the minister criticized the police.", "the police"),
      ElementsAre("CHNCOP"));
  // The doer itself is where it acts.
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - In Ukraine, the minister criticized Russia.", "the minister"),
      ElementsAre("UKRGOV"));
}

TEST_F(StoryActorsTest, AQuantityStandsForItsOfPhraseAndIsPlacedWhereItActs) {
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - In Ukraine, dozens of civilians gathered.", "dozens"),
              ElementsAre("UKRCVL"));
  EXPECT_THAT(ActorsOf("Russian police detained two of the civilians.", "two"),
              ElementsAre("RUSCVL"));
}

TEST_F(StoryActorsTest, ThoseThePoliceActOnAreInThePolicesCountry) {
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Russian police detained six civilians.", "six civilians"),
      ElementsAre("RUSCVL"));
  // Not those that troops act on: a war crosses borders.
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Russian troops detained six civilians.", "six civilians"),
      ElementsAre("CHNCVL"));
}

TEST_F(StoryActorsTest, CiviliansDoNotTakeTheCountryOfCiviliansNamedEarlier) {
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Russian civilians fled. The civilians returned.",
                       "The civilians"),
              ElementsAre("CHNCVL"));
}

TEST_F(StoryActorsTest, ANationAsAWholeIsItsCountryAndPeopleAloneAreCivilians) {
  EXPECT_THAT(ActorsOf("China thanked the Russian people.", "the Russian people"),
              ElementsAre("RUS"));
  EXPECT_THAT(ActorsOf("Russian police detained people.", "people"), ElementsAre("RUSCVL"));
}

TEST_F(StoryActorsTest, AnAgentOwnedByAPronounDoesNotTakeTheStorysCountry) {
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Russia said its troops left.", "its troops"),
              ::testing::Not(ElementsAre("CHNMIL")));
}

TEST_F(StoryActorsTest, ABareAgentTakesTheCountryItWasGivenEarlierInTheStory) {
  EXPECT_THAT(ActorsOf("Chinese troops crossed the border. Russia protested. The troops left.",
                       "The troops"),
              ElementsAre("CHNMIL"));
}

TEST_F(StoryActorsTest, ABareAgentIsTheStorysOwnWhenTheStoryNamedThem) {
  // A story from Beijing that named Chinese troops calls them "the troops", though it named
  // Russian troops since.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Chinese troops said Russian troops shelled the "
                       "border. The troops said they returned fire.",
                       "The troops"),
              ElementsAre("CHNMIL"));
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Chinese police said Russian police detained a "
                       "trader. Police said he was freed.",
                       "Police"),
              ElementsAre("CHNCOP"));
  // Agents of a kind the story never named for its own country are the last named.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Russian troops shelled the border. The troops left.",
                       "The troops"),
              ElementsAre("RUSMIL"));
}

TEST_F(StoryActorsTest, ABareAgentTakesTheDatelinesCountry) {
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - The minister met Putin.", "The minister"),
              ElementsAre("CHNGOV"));
}

TEST_F(StoryActorsTest, ABareAgentTakesTheCountryOfTheDatelinesCity) {
  // The dictionaries do not know Odessa; the lookup (DatelineCountries) gives its country.
  EXPECT_THAT(
      ActorsOf("ODESSA (Reuters) - Police detained ten people.", "Police", "2023-11-08", {}, "UKR"),
      ElementsAre("UKRCOP"));
  EXPECT_THAT(ActorsOf("ODESSA (Reuters) - Police detained ten people. Ukraine protested.",
                       "Police", "2023-11-08", {}, "UKR"),
              ElementsAre("UKRCOP"));
  // A reporter files from a city about other countries: a story that names countries but
  // not the city's takes the one it names most.
  EXPECT_THAT(ActorsOf("ODESSA (Reuters) - Russia warned China. Russia sent envoys. Police left.",
                       "Police", "2023-11-08", {}, "UKR"),
              ElementsAre("RUSCOP"));
  // A country or capital in the dateline wins over the lookup.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Police detained ten people.", "Police", "2023-11-08",
                       {}, "UKR"),
              ElementsAre("CHNCOP"));
}

TEST_F(StoryActorsTest, ADatelineCountryNamedNowhereElseGivesWayToTheStorysCountry) {
  // Filed from a neighbour's capital: the story names Russia three times, China never again.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Russia warned Ukraine. Russia sent envoys. Putin "
                       "spoke. Police detained ten people.",
                       "Police"),
              ElementsAre("RUSCOP"));
  // Named twice only: the dateline's country stands.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Russia warned Ukraine. Putin spoke. Police "
                       "detained ten people.",
                       "Police"),
              ElementsAre("CHNCOP"));
  // The dateline's country named again in the story stands too.
  EXPECT_THAT(ActorsOf("BEIJING (Reuters) - Russia warned China. Russia sent envoys. Putin "
                       "spoke. Police detained ten people.",
                       "Police"),
              ElementsAre("CHNCOP"));
}

TEST_F(StoryActorsTest, AnAgentOwnedByAPersonsPronounIsOfThatPersonsCountry) {
  // The story's country (the dateline's) would make the minister Chinese.
  EXPECT_THAT(
      ActorsOf("BEIJING (Reuters) - Putin ordered his minister to attack Ukraine.", "his minister"),
      ElementsAre("RUSGOV"));
  // "their" refers to a group, not to one country: it places nothing.
  EXPECT_THAT(ActorsOf("Russia and China met. Their troops left.", "Their troops"), IsEmpty());
}

TEST_F(StoryActorsTest, ABareAgentTakesTheCountryTheStoryNamesMostWithoutADateline) {
  EXPECT_THAT(ActorsOf("Russia warned Ukraine. Russia sent envoys. The troops left.", "The troops"),
              ElementsAre("RUSMIL"));
  // Named as often as another: no country is the story's.
  EXPECT_THAT(
      ActorsOf("Russia warned Ukraine. Ukraine warned Russia. The troops left.", "The troops"),
      IsEmpty());
}

TEST_F(StoryActorsTest, TheCountryTheStoryNamesMostCountsItsPeople) {
  // China is named twice, Russia only by its president, three times.
  EXPECT_THAT(ActorsOf("Putin warned China. China protested. Putin spoke again. Putin left. "
                       "The troops left.",
                       "The troops"),
              ElementsAre("RUSMIL"));
}

TEST_F(StoryActorsTest, PetrarchRulesCodeAnUnplacedAgentWithTheNullPlace) {
  EXPECT_THAT(ActorsOf("The minister criticized Russia.", "The minister", "2023-11-08",
                       ActorRules::Petrarch(0)),
              ElementsAre("---GOV"));
}

TEST_F(StoryActorsTest, PetrarchRulesLetInPlaceAnAgent) {
  const std::string text = "The minister in Russia criticized Ukraine.";
  ActorRules rules;
  rules.agents_take_story_country = false;
  EXPECT_THAT(ActorsOf(text, "The minister", "2023-11-08", rules), IsEmpty());
  rules.agents_placed_by_in = true;
  EXPECT_THAT(ActorsOf(text, "The minister", "2023-11-08", rules), ElementsAre("RUSGOV"));
}

TEST_F(StoryActorsTest, NewActorLengthCodesAShortUnknownPhraseByItsWords) {
  const std::string text = "The goat herders criticized Russia.";
  EXPECT_THAT(ActorsOf(text, "The goat herders"), IsEmpty());
  ActorRules rules;
  rules.new_actor_length = 3;
  EXPECT_THAT(ActorsOf(text, "The goat herders", "2023-11-08", rules),
              ElementsAre("\"THE GOAT HERDERS\""));
  rules.new_actor_length = 2;  // three words are too many
  EXPECT_THAT(ActorsOf(text, "The goat herders", "2023-11-08", rules), IsEmpty());
}

TEST_F(StoryActorsTest, AnAgentOfAnOrganisationInAListOfPlacesIsTheOrganisation) {
  EXPECT_THAT(
      ActorsOf("Ministers from Russia and the Test Liberation Front met on Monday.", "Ministers"),
      ElementsAre("RUSGOV", "UKRREB"));
}

}  // namespace
}  // namespace tacitus
