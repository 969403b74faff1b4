// English abbreviations that keep their period, shared by the tokenizer (does "Mr" + "."
// make one token?) and the sentence splitter (can "Inc." end a sentence?).
//
//   const Abbreviations abbreviations;               // compiled once; const, thread-safe
//   abbreviations.Find("Gen");                       // kInner
//   abbreviations.Find("U.S");                       // kCanEnd: any dotted 1-2 letter run
//   abbreviations.Find("percent");                   // kNone
#ifndef TACITUS_TEXT_ABBREVIATIONS_H_
#define TACITUS_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>
#include <unordered_map>

namespace tacitus {

enum class AbbreviationKind : uint8_t {
  kNone,          // not an abbreviation: a period after it is a token of its own
  kInner,         // titles, months, "e.g.", initials: a sentence does not end on them
  kCanEnd,        // "Inc.", "Co.", "etc.", "U.S.": may end a sentence
  kBeforeNumber,  // "No.", "Nos.": an abbreviation only when a number follows
};

class Abbreviations {
 public:
  Abbreviations();

  // `stem` is the word as written, without its final period ("Mr", "U.S", "e.g"). Case
  // matters: "No" is a title of a number, "no" is a word. Besides the table, a single
  // capital letter is an initial (kInner) and a dotted run of 1-2 letter parts ("U.S",
  // "a.m", "Ph.D") is kCanEnd.
  AbbreviationKind Find(std::string_view stem) const;

 private:
  std::unordered_map<std::string_view, AbbreviationKind> table_;
};

}  // namespace tacitus

#endif  // TACITUS_TEXT_ABBREVIATIONS_H_
