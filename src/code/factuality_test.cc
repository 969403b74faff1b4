// Which clauses report a done act, one kind of clause per test, on the real analysis.
#include "code/factuality.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/analyzer_testing.h"

namespace tacitus {
namespace {

using testing::FindClause;
using testing::SharedAnalyzer;

// The factuality of the clause of `lemma` in `text`.
Factuality Of(const std::string& text, std::string_view lemma) {
  Analysis analysis;
  SharedAnalyzer()->Analyze(text, &analysis);
  std::vector<Factuality> factuality;
  ClauseFactuality(analysis.document, analysis.syntax, &factuality);
  const int32_t c = FindClause(analysis, lemma);
  EXPECT_GE(c, 0) << "no clause of " << lemma << " in " << text;
  return c < 0 ? Factuality::kDenied : factuality[c];
}

TEST(Factuality, APastOrPresentActIsDone) {
  EXPECT_EQ(Of("Biden met Putin in Geneva.", "meet"), Factuality::kDone);
  EXPECT_EQ(Of("Russian troops are shelling Kharkiv.", "shell"), Factuality::kDone);
}

TEST(Factuality, APerfectSinceAYearOrForYearsIsBackground) {
  EXPECT_EQ(Of("The Islamic State has killed more than 5,000 people since 2014.", "kill"),
            Factuality::kBackground);
  EXPECT_EQ(Of("Kurdish militants have fought Turkish forces since July 2015.", "fight"),
            Factuality::kBackground);
  EXPECT_EQ(Of("The separatists have attacked government posts for decades.", "attack"),
            Factuality::kBackground);
  // A progressive tells an act still under way.
  EXPECT_EQ(Of("The court has been investigating the officers since 2022.", "investigate"),
            Factuality::kDone);
  // Since a day, or for a few days, the perfect reports the episode itself.
  EXPECT_EQ(Of("Police have arrested 300 protesters since Sunday.", "arrest"), Factuality::kDone);
  EXPECT_EQ(Of("Rebels have shelled the town for three days.", "shell"), Factuality::kDone);
  // Not a perfect: a dated act of that year.
  EXPECT_EQ(Of("The army expelled the French troops in 2022.", "expel"), Factuality::kDone);
}

TEST(Factuality, AGerundAnActIsLikenedToIsNotDone) {
  EXPECT_EQ(Of("Seoul said the travel ban amounted to holding its citizens hostage.", "hold"),
            Factuality::kIntended);
  EXPECT_EQ(Of("Tehran said the blockade was tantamount to declaring war on Iran.", "declare"),
            Factuality::kIntended);
  // A gerund after another "to" is told as done.
  EXPECT_EQ(Of("Japan is committed to working with Seoul.", "work"), Factuality::kIntended);
  EXPECT_EQ(Of("The rebels resorted to shelling the town.", "shell"), Factuality::kDone);
}

TEST(Factuality, AFutureOrModalActIsIntended) {
  EXPECT_EQ(Of("Biden will meet Putin next month.", "meet"), Factuality::kIntended);
  EXPECT_EQ(Of("Russia could retaliate against Ukraine.", "retaliate"), Factuality::kIntended);
}

TEST(Factuality, AGerundOrInfinitiveOfAnIntentionNounIsIntended) {
  EXPECT_EQ(Of("Russia has no intention of attacking Ukraine.", "attack"), Factuality::kIntended);
  // A gerund after "of" that no such noun governs is told as done.
  EXPECT_EQ(Of("Kyiv accused Moscow of attacking the port.", "attack"), Factuality::kDone);
}

TEST(Factuality, AGerundWarnedAgainstOrKeptFromIsDenied) {
  EXPECT_EQ(Of("Moscow warned Kyiv against attacking Crimea.", "attack"), Factuality::kDenied);
  EXPECT_EQ(Of("Israel refrained from attacking Rafah.", "attack"), Factuality::kDenied);
  EXPECT_EQ(Of("The court barred the police from arresting him.", "arrest"), Factuality::kDenied);
  // A "from" of no verb of restraint says nothing of the act.
  EXPECT_EQ(Of("Israel retaliated by attacking Rafah.", "attack"), Factuality::kDone);
}

TEST(Factuality, ANegatedOrSubjunctiveActIsDenied) {
  EXPECT_EQ(Of("Iran did not attack Israel.", "attack"), Factuality::kDenied);
  EXPECT_EQ(Of("Poland demanded that Russia withdraw its troops.", "withdraw"),
            Factuality::kDenied);
}

TEST(Factuality, AnActWithNoPlanOrIntentionIsDenied) {
  EXPECT_EQ(Of("Iran has no plans to attack Israel.", "attack"), Factuality::kDenied);
  EXPECT_EQ(Of("Myanmar has no policy to negotiate with the rebels.", "negotiate"),
            Factuality::kDenied);
  EXPECT_EQ(Of("\"We have no intention to negotiate with them,\" the minister said.", "negotiate"),
            Factuality::kDenied);
  EXPECT_EQ(Of("Iran has plans to attack Israel.", "attack"), Factuality::kIntended);
}

TEST(Factuality, AnActThatAVerbOfEndingTakesIsDenied) {
  EXPECT_EQ(Of("India stopped buying Russian oil.", "buy"), Factuality::kDenied);
  EXPECT_EQ(Of("The army ceased shelling the town.", "shell"), Factuality::kDenied);
  EXPECT_EQ(Of("India kept buying Russian oil.", "buy"), Factuality::kDone);
}

TEST(Factuality, AnActOfNeitherConjunctIsDenied) {
  EXPECT_EQ(Of("Neither Peru nor Chile condemned the coup.", "condemn"), Factuality::kDenied);
  EXPECT_EQ(Of("Neither Egypt nor Jordan sent troops to the border.", "send"), Factuality::kDenied);
  // "neither" after the verb denies only its own phrase, not the act.
  EXPECT_EQ(Of("Peru condemned the coup, which neither side expected.", "condemn"),
            Factuality::kDone);
}

TEST(Factuality, WhatANamedSidesDecisionIsToDoIsIntendedInWhatIsSaid) {
  EXPECT_EQ(Of("Putin said Ukraine's decision to attack Russian troops was reckless.", "attack"),
            Factuality::kIntended);
  // The speaker's own decision tells its act.
  EXPECT_EQ(Of("Russia said its decision to expel the envoys was final.", "expel"),
            Factuality::kDone);
}

TEST(Factuality, WhatADenialReportsIsDenied) {
  EXPECT_EQ(Of("Iran denied that its drones attacked the tanker.", "attack"), Factuality::kDenied);
  EXPECT_EQ(Of("Iran denied its drones had attacked the tanker.", "attack"), Factuality::kDenied);
  // Not denying is telling.
  EXPECT_EQ(Of("Iran did not deny that its drones attacked the tanker.", "attack"),
            Factuality::kDone);
}

TEST(Factuality, AnInfinitiveIsIntendedAfterAVerbOfIntentionAndDoneAfterOthers) {
  EXPECT_EQ(Of("Germany urged Serbia to resume talks.", "resume"), Factuality::kIntended);
  EXPECT_EQ(Of("Pakistan is ready to hold talks with India.", "hold"), Factuality::kIntended);
  EXPECT_EQ(Of("Parliament voted to impose martial law.", "impose"), Factuality::kDone);
  EXPECT_EQ(Of("Police used tear gas to disperse the protesters.", "disperse"), Factuality::kDone);
  // Not every "be": "it is important to note that" states a fact.
  EXPECT_EQ(Of("It is important to note that Russia attacked Ukraine.", "attack"),
            Factuality::kDone);
}

TEST(Factuality, AGerundAVerbOfProposalTakesIsIntended) {
  EXPECT_EQ(Of("Iran proposed holding talks with the EU.", "hold"), Factuality::kIntended);
  EXPECT_EQ(Of("Japan is considering sending troops to Haiti.", "send"), Factuality::kIntended);
}

TEST(Factuality, AnInfinitiveAfterANounOfIntentionIsIntended) {
  EXPECT_EQ(Of("Iran expressed readiness to resume talks with the EU.", "resume"),
            Factuality::kIntended);
  EXPECT_EQ(Of("Kenya announced plans to open an embassy in Ghana.", "open"),
            Factuality::kIntended);
  EXPECT_EQ(Of("Seoul expressed hope to hold a summit with Tokyo.", "hold"), Factuality::kIntended);
  // After another noun the infinitive is a purpose, done with its clause.
  EXPECT_EQ(Of("Police used tear gas to disperse the protesters.", "disperse"), Factuality::kDone);
}

TEST(Factuality, AnInfinitiveAfterANounOfThreatDemandOrRefusalIsNotDone) {
  EXPECT_EQ(Of("Turkey repeated its threat to cut ties with Israel.", "cut"),
            Factuality::kIntended);
  EXPECT_EQ(Of("Iran rejected the American demand to halt enrichment.", "halt"),
            Factuality::kIntended);
  // Wherever the noun stands: here the subject, before its clause's verb.
  EXPECT_EQ(Of("Hungary's refusal to approve the aid angered Kyiv.", "approve"),
            Factuality::kIntended);
}

TEST(Factuality, ReadinessAfterAnyLinkingVerbMakesTheInfinitiveIntended) {
  EXPECT_EQ(Of("Japan stood ready to send aid to Turkey.", "send"), Factuality::kIntended);
  EXPECT_EQ(Of("China remains willing to resume talks.", "resume"), Factuality::kIntended);
  // A purpose after a linking verb is done as its clause is.
  EXPECT_EQ(Of("The envoy stayed in Kabul to meet Taliban leaders.", "meet"), Factuality::kDone);
}

TEST(Factuality, AGerundAfterCommittedIsPledgedNotDone) {
  EXPECT_EQ(Of("Japan remains committed to working with Seoul.", "work"), Factuality::kIntended);
  EXPECT_EQ(Of("India is dedicated to strengthening ties with Japan.", "strengthen"),
            Factuality::kIntended);
  EXPECT_EQ(Of("Police arrested two men after searching the house.", "search"), Factuality::kDone);
}

TEST(Factuality, AConditionIsIntended) {
  EXPECT_EQ(Of("If Iran attacks Israel, the United States will respond.", "attack"),
            Factuality::kIntended);
}

TEST(Factuality, WhatAPlannedActEmbedsIsNotDoneEither) {
  EXPECT_EQ(Of("Russia said it would send troops to guard the border.", "guard"),
            Factuality::kIntended);
  // A coordinated verb without a tense of its own shares the first one's modal.
  EXPECT_EQ(Of("Germany said it would inform France and consult Italy.", "consult"),
            Factuality::kIntended);
  // Reported speech keeps the reported act's own status.
  EXPECT_EQ(Of("Officials said police arrested 40 people.", "arrest"), Factuality::kDone);
}

}  // namespace
}  // namespace tacitus
