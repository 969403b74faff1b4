#include "syntax/verb_group.h"

#include <gtest/gtest.h>

#include <string_view>

#include "syntax/chunker.h"
#include "syntax/clause_testing.h"
#include "syntax/testing.h"

namespace tacitus {
namespace {

using syntax_internal::AnalyzeVerbGroup;
using syntax_internal::ChunkSentence;
using syntax_internal::SentenceView;
using testing::ExpectClauses;

class VerbGroupTest : public ::testing::Test {
 protected:
  // The VerbGroup of the first verb chunk of the one sentence of `annotated`.
  VerbGroup FirstVerb(std::string_view annotated) {
    EXPECT_TRUE(testing::MakeTaggedDocument(annotated, &doc_));
    syntax_.Clear();
    const TokenRange chunks = ChunkSentence(doc_, 0, &syntax_);
    const SentenceView view(doc_, 0, syntax_.chunks, chunks);
    for (uint32_t c = chunks.begin; c < chunks.end; ++c) {
      if (syntax_.chunks[c].kind == ChunkKind::kVerb) return AnalyzeVerbGroup(view, c);
    }
    ADD_FAILURE() << "no verb group in " << annotated;
    return {};
  }

  std::string_view Word(int32_t t) const { return t < 0 ? "" : doc_.tokens[t].text; }

  Document doc_;
  Syntax syntax_;
};

TEST_F(VerbGroupTest, TenseComesFromTheFirstVerbOrModal) {
  EXPECT_EQ(FirstVerb("Putin/NNP met/VBD/meet Xi/NNP").tense, Tense::kPast);
  EXPECT_EQ(FirstVerb("Putin/NNP meets/VBZ/meet Xi/NNP").tense, Tense::kPresent);
  EXPECT_EQ(FirstVerb("They/PRP have/VBP met/VBN/meet").tense, Tense::kPresent);
  EXPECT_EQ(FirstVerb("Putin/NNP will/MD meet/VB Xi/NNP").tense, Tense::kFuture);
  EXPECT_EQ(FirstVerb("Putin/NNP 'll/MD meet/VB Xi/NNP").tense, Tense::kFuture);
}

TEST_F(VerbGroupTest, OtherModalsCarryModalityNotTense) {
  const VerbGroup vg = FirstVerb("Putin/NNP could/MD meet/VB Xi/NNP");
  EXPECT_EQ(vg.tense, Tense::kNone);
  EXPECT_TRUE(vg.finite);
  EXPECT_EQ(Word(vg.modal), "could");
  EXPECT_EQ(vg.lemma, "meet");
  EXPECT_EQ(Word(static_cast<int32_t>(vg.head)), "meet");
}

TEST_F(VerbGroupTest, NonFiniteGroupsHaveNoTense) {
  const VerbGroup infinitive = FirstVerb("to/TO engage/VB in/IN talks/NNS");
  EXPECT_FALSE(infinitive.finite);
  EXPECT_EQ(infinitive.tense, Tense::kNone);
  const VerbGroup participle = FirstVerb(",/, underscoring/VBG/underscore ties/NNS");
  EXPECT_FALSE(participle.finite);
  EXPECT_FALSE(participle.progressive);  // no "be" before it
}

TEST_F(VerbGroupTest, AspectAndVoiceComeFromTheAuxiliaryBeforeEachVerb) {
  const VerbGroup vg =
      FirstVerb("Kyiv/NNP has/VBZ/have been/VBN/be stepping/VBG/step up/RP attacks/NNS");
  EXPECT_TRUE(vg.perfect);
  EXPECT_TRUE(vg.progressive);
  EXPECT_FALSE(vg.passive);
  EXPECT_EQ(Word(vg.particle), "up");
  EXPECT_TRUE(FirstVerb("It/PRP was/VBD/be issued/VBN/issue").passive);
  EXPECT_TRUE(FirstVerb("He/PRP got/VBD/get arrested/VBN/arrest").passive);
  EXPECT_FALSE(FirstVerb("He/PRP got/VBD/get angry/JJ").passive);
}

TEST_F(VerbGroupTest, APastParticipleStandingAloneIsPassive) {
  const VerbGroup vg = FirstVerb("a/DT project/NN championed/VBN/champion by/IN Xi/NNP");
  EXPECT_TRUE(vg.passive);
  EXPECT_FALSE(vg.finite);
  EXPECT_FALSE(FirstVerb("Moscow/NNP rejected/VBD/reject it/PRP").passive);
}

TEST_F(VerbGroupTest, NegationAnywhereInTheGroup) {
  EXPECT_TRUE(FirstVerb("Putin/NNP did/VBD/do n't/RB meet/VB Xi/NNP").negated);
  EXPECT_TRUE(FirstVerb("Putin/NNP never/RB met/VBD/meet Xi/NNP").negated);
  EXPECT_FALSE(FirstVerb("Putin/NNP met/VBD/meet Xi/NNP").negated);
}

TEST(VerbGroupInClauses, Negation) {
  ExpectClauses(
      "Putin/NNP did/VBD/do not/RB meet/VB Xi/NNP ./. | Putin/NNP never/RB met/VBD/meet Xi/NNP "
      "./. | The/DT talks/NNS/talk have/VBP not/RB been/VBN/be productive/JJ ./. | Moscow/NNP "
      "is/VBZ/be not/RB being/VBG/be investigated/VBN/investigate ./.",
      {
          R"(s0 c0 main: subj="Putin" | verb="did not meet" lemma=meet past neg | obj="Xi")",
          R"(s1 c0 main: subj="Putin" | verb="never met" lemma=meet past neg | obj="Xi")",
          R"(s2 c0 main: subj="The talks" | verb="have not been" lemma=be present perfect neg)",
          R"(s3 c0 main: subj="Moscow" | verb="is not being investigated" lemma=investigate present progressive passive neg)",
      });
}

TEST(VerbGroupInClauses, ModalFutureAndParticle) {
  ExpectClauses(
      "Russia/NNP will/MD sign/VB the/DT deal/NN next/JJ week/NN ./. | China/NNP could/MD "
      "pull/VB out/RP of/IN the/DT talks/NNS/talk ./. | Kyiv/NNP has/VBZ/have been/VBN/be "
      "stepping/VBG/step up/RP attacks/NNS/attack ./.",
      {
          R"(s0 c0 main: subj="Russia" | verb="will sign" lemma=sign future | obj="the deal" | adv: "next week")",
          R"(s1 c0 main: subj="China" | verb="could pull out" lemma=pull modal=could prt=out | pp: of "the talks")",
          R"(s2 c0 main: subj="Kyiv" | verb="has been stepping up" lemma=step present perfect progressive prt=up | obj="attacks")",
      });
}

TEST(VerbGroupInClauses, AnAdverbAfterAParticleVerbIsItsParticle) {
  // The tagger may read "over" as an adverb before a participle of the object.
  ExpectClauses(
      "Arnor/NNP handed/VBD/hand over/RB captured/VBN/capture soldiers/NNS/soldier to/TO "
      "Gondor/NNP ./. | Arnor/NNP did/VBD/do not/RB hand/VB soldiers/NNS/soldier over/RB ./.",
      {
          R"(s0 c0 main: subj="Arnor" | verb="handed over" lemma=hand past prt=over | obj="captured soldiers" | pp: to "Gondor")",
          R"(s1 c0 main: subj="Arnor" | verb="did not hand" lemma=hand past neg | obj="soldiers")",
      });
}

}  // namespace
}  // namespace tacitus
