// The Penn Treebank part-of-speech tag set, as Stanford CoreNLP prints it.
//
// The type lives with the token model (text/) because every later stage reads it; lex/ is
// the stage that fills it in.
#ifndef TACITUS_TEXT_POS_TAG_H_
#define TACITUS_TEXT_POS_TAG_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace tacitus {

// A table laid out by hand: clang-format would staircase it.
// clang-format off
#define TACITUS_POS_TAGS(X)                                                          \
  X(kNone, "NONE")                                                                   \
  X(kCC, "CC")         X(kCD, "CD")         X(kDT, "DT")         X(kEX, "EX")        \
  X(kFW, "FW")         X(kIN, "IN")         X(kJJ, "JJ")         X(kJJR, "JJR")      \
  X(kJJS, "JJS")       X(kLS, "LS")         X(kMD, "MD")         X(kNN, "NN")        \
  X(kNNS, "NNS")       X(kNNP, "NNP")       X(kNNPS, "NNPS")     X(kPDT, "PDT")      \
  X(kPOS, "POS")       X(kPRP, "PRP")       X(kPRPS, "PRP$")     X(kRB, "RB")        \
  X(kRBR, "RBR")       X(kRBS, "RBS")       X(kRP, "RP")         X(kSYM, "SYM")      \
  X(kTO, "TO")         X(kUH, "UH")         X(kVB, "VB")         X(kVBD, "VBD")      \
  X(kVBG, "VBG")       X(kVBN, "VBN")       X(kVBP, "VBP")       X(kVBZ, "VBZ")      \
  X(kWDT, "WDT")       X(kWP, "WP")         X(kWPS, "WP$")       X(kWRB, "WRB")      \
  X(kComma, ",")       X(kPeriod, ".")      X(kColon, ":")       X(kOpenQuote, "``") \
  X(kCloseQuote, "''") X(kLRB, "-LRB-")     X(kRRB, "-RRB-")     X(kHash, "#")       \
  X(kDollar, "$")
// clang-format on

enum class PosTag : uint8_t {
#define TACITUS_POS_ENUM(name, text) name,
  TACITUS_POS_TAGS(TACITUS_POS_ENUM)
#undef TACITUS_POS_ENUM
};

inline constexpr int kPosTagCount = 0
#define TACITUS_POS_COUNT(name, text) +1
    TACITUS_POS_TAGS(TACITUS_POS_COUNT)
#undef TACITUS_POS_COUNT
    ;

// "NN", "PRP$", "-LRB-" ...; "NONE" for an untagged token.
std::string_view PosTagName(PosTag tag);
// The tag named `name` in Penn spelling; nullopt for anything else.
std::optional<PosTag> ParsePosTag(std::string_view name);

inline bool IsNoun(PosTag t) { return t >= PosTag::kNN && t <= PosTag::kNNPS; }
inline bool IsProperNoun(PosTag t) { return t == PosTag::kNNP || t == PosTag::kNNPS; }
inline bool IsVerb(PosTag t) { return t >= PosTag::kVB && t <= PosTag::kVBZ; }
inline bool IsAdjective(PosTag t) { return t >= PosTag::kJJ && t <= PosTag::kJJS; }
inline bool IsAdverb(PosTag t) { return t >= PosTag::kRB && t <= PosTag::kRBS; }
inline bool IsPunctuation(PosTag t) { return t >= PosTag::kComma; }

}  // namespace tacitus

#endif  // TACITUS_TEXT_POS_TAG_H_
