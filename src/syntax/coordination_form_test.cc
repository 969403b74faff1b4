// Which clause a verb after "and" goes on with (coordination_form.h), through the whole
// parser.
#include "syntax/coordination_form.h"

#include <gtest/gtest.h>

#include "syntax/clause_testing.h"

namespace tacitus {
namespace {

using testing::ExpectClauses;

TEST(CoordinationForm, AVerbAfterAndGoesWithTheNearestClauseOfItsForm) {
  ExpectClauses(
      "The/DT envoy/NN said/VBD/say he/PRP would/MD leave/VB and/CC thanked/VBD/thank "
      "Chile/NNP ./. | "
      "Crowds/NNS/crowd marched/VBD/march ,/, denouncing/VBG/denounce the/DT gas/NN "
      "fired/VBN/fire at/IN them/PRP and/CC blaming/VBG/blame the/DT army/NN ./. | "
      "Troops/NNS/troop said/VBD/say rebels/NNS/rebel shelled/VBD/shell the/DT town/NN and/CC "
      "burned/VBD/burn it/PRP ./.",
      {
          R"(s0 c0 main: subj="The envoy" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="he" | verb="would leave" lemma=leave modal=would | speaker="The envoy")",
          R"(s0 c2 coord<c0 "and": subj="The envoy" | verb="thanked" lemma=thank past | obj="Chile")",
          R"(s1 c0 main: subj="Crowds" | verb="marched" lemma=march past)",
          R"(s1 c1 part<c0: subj="Crowds" | verb="denouncing" lemma=denounce | obj="the gas")",
          R"(s1 c2 rel<c1: subj="the gas" | verb="fired" lemma=fire passive | pp: at "them")",
          R"(s1 c3 coord<c1 "and": subj="Crowds" | verb="blaming" lemma=blame | obj="the army")",
          // The reported clause has the form itself: it takes the conjunct.
          R"(s2 c0 main: subj="Troops" | verb="said" lemma=say past)",
          R"(s2 c1 reported<c0: subj="rebels" | verb="shelled" lemma=shell past | obj="the town" | speaker="Troops")",
          R"(s2 c2 coord<c1 "and": subj="rebels" | verb="burned" lemma=burn past | obj="it")",
      });
  // After a past perfect and a bare "and", a past goes on with its act; after ", and", with
  // the verb of saying.
  ExpectClauses(
      "Chile/NNP said/VBD/say the/DT ship/NN had/VBD/have sunk/VBN/sink and/CC "
      "posed/VBD/pose no/DT risk/NN ./. | "
      "Chile/NNP said/VBD/say the/DT ship/NN had/VBD/have sunk/VBN/sink ,/, and/CC "
      "thanked/VBD/thank Peru/NNP ./.",
      {
          R"(s0 c0 main: subj="Chile" | verb="said" lemma=say past)",
          R"(s0 c1 reported<c0: subj="the ship" | verb="had sunk" lemma=sink past perfect | speaker="Chile")",
          R"(s0 c2 coord<c1 "and": subj="the ship" | verb="posed" lemma=pose past | obj="no risk")",
          R"(s1 c0 main: subj="Chile" | verb="said" lemma=say past)",
          R"(s1 c1 reported<c0: subj="the ship" | verb="had sunk" lemma=sink past perfect | speaker="Chile")",
          R"(s1 c2 coord<c0 "and": subj="Chile" | verb="thanked" lemma=thank past | obj="Peru")",
      });
  // After ", and" a past goes on with the nearest past above, whatever its verb.
  ExpectClauses(
      "Chile/NNP urged/VBD/urge Peru/NNP to/TO sign/VB a/DT pact/NN ,/, which/WDT "
      "would/MD end/VB the/DT feud/NN ,/, and/CC closed/VBD/close the/DT border/NN ./.",
      {
          R"(s0 c0 main: subj="Chile" | verb="urged" lemma=urge past | obj="Peru")",
          R"(s0 c1 inf<c0: subj="Peru" | verb="to sign" lemma=sign | obj="a pact")",
          R"(s0 c2 rel<c1 "which": subj="a pact" | verb="would end" lemma=end modal=would | obj="the feud")",
          R"(s0 c3 coord<c0 "and": subj="Chile" | verb="closed" lemma=close past | obj="the border")",
      });
  // A verb of saying after a reported clause goes on with the verb that reports it.
  ExpectClauses(
      "Chile/NNP denied/VBD/deny that/IN troops/NNS/troop crossed/VBD/cross and/CC "
      "said/VBD/say Peru/NNP lied/VBD/lie ./.",
      {
          R"(s0 c0 main: subj="Chile" | verb="denied" lemma=deny past)",
          R"(s0 c1 reported<c0 "that": subj="troops" | verb="crossed" lemma=cross past | speaker="Chile")",
          R"(s0 c2 coord<c0 "and": subj="Chile" | verb="said" lemma=say past)",
          R"(s0 c3 reported<c2: subj="Peru" | verb="lied" lemma=lie past | speaker="Chile")",
      });
}

}  // namespace
}  // namespace tacitus
