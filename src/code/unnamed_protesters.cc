#include "code/unnamed_protesters.h"

#include <array>
#include <string>

#include "base/strings.h"
#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

// Verbs whose object is what they made happen: "the decision sparked protests".
constexpr std::array<std::string_view, 9> kCausingVerbs = {
    "spark", "trigger", "prompt", "provoke", "fuel", "ignite", "spur", "unleash", "cause"};

}  // namespace

bool CausesItsObject(std::string_view lemma) { return In(kCausingVerbs, lemma); }

bool IsBareNounPattern(const VerbPattern& pattern) {
  return pattern.nominal && pattern.elements.empty() && pattern.modifiers.empty();
}

void UnnamedProtesters(const Dictionaries& dictionaries, const Document& doc, const Syntax& syntax,
                       const StoryActors& actors, const VerbPattern& pattern, uint32_t clause,
                       std::vector<ResolvedActor>* sources) {
  sources->clear();
  if (!pattern.code.starts_with("14") || clause >= syntax.clauses.size()) return;
  std::string_view country = actors.ActCountry(doc, syntax, clause);
  // "in the western town": a region's adjective is no country to protest in.
  if ((dictionaries.cameo().PartKinds(country) & CameoTables::kCountry) == 0) {
    country = actors.StoryCountry();
  }
  if ((dictionaries.cameo().PartKinds(country) & CameoTables::kCountry) == 0) return;
  ResolvedActor civilians;
  civilians.code = std::string(country) + "CVL";
  sources->push_back(std::move(civilians));
}

}  // namespace tacitus
