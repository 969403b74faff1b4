#include "lex/closed_class.h"

namespace tacitus {
namespace {

using T = PosTag;

constexpr ClosedClassReading kReadings[] = {
    // Determiners and predeterminers.
    {"the", T::kDT, ""}, {"a", T::kDT, ""}, {"an", T::kDT, ""},
    {"this", T::kDT, ""}, {"these", T::kDT, ""}, {"those", T::kDT, ""},
    {"that", T::kDT, ""}, {"that", T::kIN, ""}, {"that", T::kWDT, ""}, {"that", T::kRB, ""},
    {"every", T::kDT, ""}, {"each", T::kDT, ""}, {"another", T::kDT, ""},
    {"some", T::kDT, ""}, {"some", T::kRB, ""}, {"any", T::kDT, ""}, {"any", T::kRB, ""},
    {"no", T::kDT, ""}, {"no", T::kRB, ""}, {"no", T::kUH, ""},
    {"either", T::kDT, ""}, {"either", T::kCC, ""}, {"either", T::kRB, ""},
    {"neither", T::kDT, ""}, {"neither", T::kCC, ""},
    {"all", T::kDT, ""}, {"all", T::kPDT, ""}, {"all", T::kRB, ""},
    {"both", T::kDT, ""}, {"both", T::kPDT, ""}, {"both", T::kCC, ""},
    // Personal, possessive, reflexive pronouns.
    {"i", T::kPRP, ""}, {"me", T::kPRP, ""}, {"you", T::kPRP, ""}, {"he", T::kPRP, ""},
    {"him", T::kPRP, ""}, {"she", T::kPRP, ""}, {"her", T::kPRP, ""}, {"her", T::kPRPS, ""},
    {"it", T::kPRP, ""}, {"we", T::kPRP, ""}, {"us", T::kPRP, ""}, {"they", T::kPRP, ""},
    {"them", T::kPRP, ""}, {"'em", T::kPRP, "them"},
    {"myself", T::kPRP, ""}, {"yourself", T::kPRP, ""}, {"himself", T::kPRP, ""},
    {"herself", T::kPRP, ""}, {"itself", T::kPRP, ""}, {"ourselves", T::kPRP, ""},
    {"yourselves", T::kPRP, ""}, {"themselves", T::kPRP, ""},
    {"mine", T::kPRP, ""}, {"yours", T::kPRP, ""}, {"hers", T::kPRP, ""},
    {"ours", T::kPRP, ""}, {"theirs", T::kPRP, ""},
    {"my", T::kPRPS, ""}, {"your", T::kPRPS, ""}, {"his", T::kPRPS, ""}, {"its", T::kPRPS, ""},
    {"our", T::kPRPS, ""}, {"their", T::kPRPS, ""},
    // Wh-words.
    {"who", T::kWP, ""}, {"whom", T::kWP, ""}, {"whoever", T::kWP, ""},
    {"what", T::kWP, ""}, {"what", T::kWDT, ""}, {"whatever", T::kWDT, ""},
    {"whatever", T::kWP, ""}, {"which", T::kWDT, ""}, {"whichever", T::kWDT, ""},
    {"whose", T::kWPS, ""}, {"when", T::kWRB, ""}, {"where", T::kWRB, ""},
    {"why", T::kWRB, ""}, {"how", T::kWRB, ""}, {"whenever", T::kWRB, ""},
    {"wherever", T::kWRB, ""}, {"whereby", T::kWRB, ""},
    // Existential there, infinitival to, negation.
    {"there", T::kEX, ""}, {"there", T::kRB, ""}, {"to", T::kTO, ""},
    {"not", T::kRB, ""}, {"n't", T::kRB, "not"},
    // Coordinating conjunctions.
    {"and", T::kCC, ""}, {"or", T::kCC, ""}, {"nor", T::kCC, ""}, {"but", T::kCC, ""},
    {"but", T::kIN, ""}, {"&", T::kCC, ""},
    // Prepositions and subordinating conjunctions.
    {"of", T::kIN, ""}, {"in", T::kIN, ""}, {"in", T::kRP, ""}, {"in", T::kRB, ""},
    {"on", T::kIN, ""}, {"on", T::kRP, ""}, {"on", T::kRB, ""}, {"at", T::kIN, ""},
    {"by", T::kIN, ""}, {"by", T::kRB, ""}, {"by", T::kRP, ""}, {"for", T::kIN, ""},
    {"with", T::kIN, ""}, {"from", T::kIN, ""}, {"into", T::kIN, ""}, {"onto", T::kIN, ""},
    {"upon", T::kIN, ""}, {"during", T::kIN, ""}, {"against", T::kIN, ""},
    {"among", T::kIN, ""}, {"amongst", T::kIN, ""}, {"amid", T::kIN, ""},
    {"between", T::kIN, ""}, {"without", T::kIN, ""}, {"within", T::kIN, ""},
    {"toward", T::kIN, ""}, {"towards", T::kIN, ""}, {"despite", T::kIN, ""},
    {"via", T::kIN, ""}, {"per", T::kIN, ""}, {"unless", T::kIN, ""}, {"whether", T::kIN, ""},
    {"because", T::kIN, ""}, {"although", T::kIN, ""}, {"though", T::kIN, ""},
    {"though", T::kRB, ""}, {"if", T::kIN, ""}, {"than", T::kIN, ""},
    {"while", T::kIN, ""}, {"while", T::kNN, ""}, {"whereas", T::kIN, ""},
    {"until", T::kIN, ""}, {"till", T::kIN, ""},
    // Modals, with the clitic and negative-stem spellings the tokeniser produces.
    {"can", T::kMD, ""}, {"could", T::kMD, ""}, {"may", T::kMD, ""}, {"might", T::kMD, ""},
    {"must", T::kMD, ""}, {"shall", T::kMD, ""}, {"should", T::kMD, ""},
    {"will", T::kMD, ""}, {"will", T::kNN, ""}, {"would", T::kMD, ""},
    {"'ll", T::kMD, "will"}, {"'d", T::kMD, "would"}, {"'d", T::kVBD, "have"},
    {"ca", T::kMD, "can"}, {"wo", T::kMD, "will"}, {"ought", T::kMD, ""},
    // Auxiliaries.
    {"be", T::kVB, ""}, {"am", T::kVBP, "be"}, {"'m", T::kVBP, "be"}, {"is", T::kVBZ, "be"},
    {"are", T::kVBP, "be"}, {"'re", T::kVBP, "be"}, {"was", T::kVBD, "be"},
    {"were", T::kVBD, "be"}, {"been", T::kVBN, "be"}, {"being", T::kVBG, "be"},
    {"have", T::kVB, ""}, {"have", T::kVBP, ""}, {"'ve", T::kVB, "have"},
    {"'ve", T::kVBP, "have"}, {"has", T::kVBZ, "have"}, {"had", T::kVBD, "have"},
    {"had", T::kVBN, "have"}, {"having", T::kVBG, "have"},
    {"do", T::kVB, ""}, {"do", T::kVBP, ""}, {"does", T::kVBZ, "do"}, {"did", T::kVBD, "do"},
    {"doing", T::kVBG, "do"},
    // Clitic 's: possessive, "is"/"has", or "us" in "let's".
    {"'s", T::kPOS, ""}, {"'s", T::kVBZ, "be"}, {"'s", T::kPRP, "us"},
    {"'", T::kPOS, ""}, {"'", T::kCloseQuote, ""}, {"'", T::kOpenQuote, ""},
};

}  // namespace

std::span<const ClosedClassReading> ClosedClassReadings() { return kReadings; }

}  // namespace tacitus
