// The country of a story's dateline when it names a place the actor dictionaries do not
// hold: a city that is no capital ("LAGOS (Reuters) -", "GOMA (AFP) -"). Agents whose
// country the story does not state take the dateline's (StoryActors::StoryCountryFor), and
// the dictionaries name only countries and capitals. Places are looked up by place/, a later
// stage that code/ does not include, so the pipeline hands the Coder one of these made from
// its gazetteer (pipeline/event_pipeline.cc); without one, such a dateline gives no country.
// It also gives the country of a city a leader travels to (StoryActors' visited places) and
// of a place a material act hits (struck_place.h).
//
//   class MyDatelines : public DatelineCountries { ... };
//   Coder coder(analyzer, dictionaries, clause_coder, std::make_shared<MyDatelines>());
#ifndef TACITUS_CODE_DATELINE_COUNTRIES_H_
#define TACITUS_CODE_DATELINE_COUNTRIES_H_

#include <string_view>

#include "syntax/syntax.h"
#include "text/document.h"

namespace tacitus {

class DatelineCountries {
 public:
  virtual ~DatelineCountries() = default;

  // The ISO 3166-1 alpha-3 code of the country of the place `doc`'s dateline names ("NGA"
  // for "LAGOS (Reuters) -"); empty when there is no dateline or its place is unknown. The
  // view lives as long as this object. Const and safe to call from any thread.
  virtual std::string_view CountryOf(const Document& doc) const = 0;

  // The alpha-3 code of the country of the place that tokens [range) of `doc` name, for a
  // city the dictionaries do not hold ("arrived in Sochi": RUS); empty when unknown, as it is
  // without a gazetteer. Const and safe to call from any thread.
  virtual std::string_view CountryOfPlace(const Document& doc, TokenRange range) const {
    (void)doc;
    (void)range;
    return {};
  }

  // As CountryOfPlace, but only for a name the gazetteer gives one country: every place of
  // that name is in it, or the name is a country or one of our list's, or the largest city
  // of the name has ten times the people of any elsewhere ("Kherson": UKR; a name of towns in
  // two countries: empty). Tokens [range) must be the name and nothing else. Const and safe
  // to call from any thread.
  virtual std::string_view UnambiguousCountryOfPlace(const Document& doc, TokenRange range) const {
    (void)doc;
    (void)range;
    return {};
  }
};

}  // namespace tacitus

#endif  // TACITUS_CODE_DATELINE_COUNTRIES_H_
