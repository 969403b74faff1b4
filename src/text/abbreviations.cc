#include "text/abbreviations.h"

#include "base/strings.h"

namespace tacitus {
namespace {

// Titles before a name, months before a day, Latin and list abbreviations before more
// text: a capitalised word after them is a name or a date, not a new sentence.
constexpr std::string_view kInnerAbbreviations[] = {
    "Mr",   "Mrs",  "Ms",   "Messrs", "Mme", "Dr",   "Prof", "Gen", "Lt",   "Col", "Maj",  "Capt",
    "Cmdr", "Sgt",  "Cpl",  "Pvt",    "Adm", "Brig", "Gov",  "Sen", "Sens", "Rep", "Reps", "Rev",
    "Hon",  "Pres", "Supt", "Insp",   "Det", "Fr",   "Mt",   "Ft",  "Jan",  "Feb", "Mar",  "Apr",
    "Aug",  "Sep",  "Sept", "Oct",    "Nov", "Dec",  "vs",   "v",   "e.g",  "i.e", "cf",   "approx",
    "Gens", "MR",   "MRS",  "DR",     "GEN", "GOV",  "SEN",  "REP", "ST",   "MT",  "FT",
};

// Company suffixes, generational suffixes and "etc." often close a sentence.
constexpr std::string_view kCanEndAbbreviations[] = {
    "Inc",  "Corp", "Co",   "Ltd",  "Bros", "Jr",   "Sr", "etc", "St", "Ave",
    "Blvd", "Dept", "Univ", "Assn", "INC",  "CORP", "CO", "LTD", "JR", "SR",
};

constexpr std::string_view kBeforeNumberAbbreviations[] = {"No", "Nos", "Art", "NO"};

// "U.S", "a.m", "Ph.D": letter runs of one or two, joined by single periods.
bool IsDottedLetters(std::string_view stem) {
  size_t run = 0;
  bool dotted = false;
  for (char c : stem) {
    if (IsAsciiLetter(c)) {
      if (++run > 2) return false;
    } else if (c == '.' && run > 0) {
      run = 0;
      dotted = true;
    } else {
      return false;
    }
  }
  return dotted && run > 0;
}

}  // namespace

Abbreviations::Abbreviations() {
  for (std::string_view a : kInnerAbbreviations) table_.emplace(a, AbbreviationKind::kInner);
  for (std::string_view a : kCanEndAbbreviations) table_.emplace(a, AbbreviationKind::kCanEnd);
  for (std::string_view a : kBeforeNumberAbbreviations)
    table_.emplace(a, AbbreviationKind::kBeforeNumber);
}

AbbreviationKind Abbreviations::Find(std::string_view stem) const {
  if (stem.size() == 1 && IsAsciiUpper(stem[0])) return AbbreviationKind::kInner;
  if (auto it = table_.find(stem); it != table_.end()) return it->second;
  // Dotted runs are mostly country and organisation names ("U.S.", "U.N."), which do end
  // sentences; "e.g." and "i.e." were found in the table above.
  if (IsDottedLetters(stem)) return AbbreviationKind::kCanEnd;
  return AbbreviationKind::kNone;
}

}  // namespace tacitus
