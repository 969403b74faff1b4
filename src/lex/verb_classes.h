// Verb classes that the tagger and the clause parser both read, by lemma ("say", "believe").
//
//   IsReportingVerb("say")            // true: "X said Y ...", "Y ..., X said"
//   TakesClauseComplement("believe")  // true: "believes Y can cope" has Y as a subject
//   TakesTwoObjects("give")           // true: "gave the Kurds new weapons"
//   IsLightVerb("hold")               // true: "held talks with X" is talks
//
// Closed lists of common news verbs; a verb not listed is neither. Thread-safe, no state.
#ifndef TACITUS_LEX_VERB_CLASSES_H_
#define TACITUS_LEX_VERB_CLASSES_H_

#include <string_view>

namespace tacitus {

// Verbs of saying: their clause is reported speech and their subject its speaker.
bool IsReportingVerb(std::string_view lemma);

// Verbs that take a that-less clausal complement: the reporting verbs and verbs of thought
// ("believe", "think", "hope", "expect" ...).
bool TakesClauseComplement(std::string_view lemma);

// Verbs that take two objects: "gave the Kurds new weapons", "offered Kyiv full support".
bool TakesTwoObjects(std::string_view lemma);

// Verbs whose object names the event: "held talks with X", "launched an attack on X". The
// subject of such a verb is the source of the event its object names.
bool IsLightVerb(std::string_view lemma);

// Verbs whose infinitive complement is wished, planned, asked for or refused, not done:
// "planned to visit", "urged X to resume talks", "is ready to talk" (unlike "voted to impose
// martial law", "ordered troops to withdraw", "used tear gas to disperse protesters").
bool IsIntentionVerb(std::string_view lemma);

// Verbs whose that-clause is asked for, not told: "demanded that the troops leave", "urged
// that talks resume" (unlike "said that the troops leave").
bool AsksForItsThatClause(std::string_view lemma);

// Verbs whose reported clause is denied, not told: "denied that its troops attacked".
bool IsDenialVerb(std::string_view lemma);

// Verbs of an act of speech: saying, judging aloud ("accuse", "praise"), naming, asking and
// stating intentions ("urge", "vow"). Only a report's speaker does these in a participle
// after the report: "said troops had shelled the town, accusing Kyiv", where "..., killing
// five" goes on with what was reported.
bool IsSpeechAct(std::string_view lemma);

// Verbs that give their object a quality or a name after it, bare or after "as": "called the
// move reckless", "branded it as illegal", "condemned what it called an invasion".
bool IsNamingVerb(std::string_view lemma);

// Verbs that give their object a quality only after "as": "described the raid as reckless".
// Verbs of criticism ("condemned the arrests as arbitrary") are neither.
bool IsNamingAsVerb(std::string_view lemma);

// Adjectives after "be" whose infinitive is wished or planned: "is ready to talk", "is due to
// arrive" (not "it is important to note").
bool IsReadinessWord(std::string_view lemma);

// Nouns whose infinitive is what their possessor decided, planned, offered or tried: "Russia's
// decision to expel the envoys", "Kyiv's bid to join NATO".
bool IsIntentionNoun(std::string_view lemma);

// Nouns of readiness, intention, threat, demand or refusal whose infinitive right after them
// is wished, planned or refused, not done: "expressed readiness to resume talks", "announced
// plans to visit", "renewed its threat to cut ties", "Hungary's refusal to approve aid".
bool IsReadinessNoun(std::string_view lemma);

// Verbs that link their subject to such an adjective as "be" does: "remains ready to talk",
// "stood ready to help", "stays willing to negotiate".
bool LinksToReadiness(std::string_view lemma);

// Verbs whose adjective after them says what their subject is, as "be" does: "was critical
// of", "remains open to talks with".
bool IsCopulaVerb(std::string_view lemma);

}  // namespace tacitus

#endif  // TACITUS_LEX_VERB_CLASSES_H_
