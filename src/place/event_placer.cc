#include "place/event_placer.h"

#include <algorithm>
#include <array>
#include <functional>
#include <utility>

#include "base/strings.h"
#include "dict/cameo_tables.h"

namespace tacitus {
namespace {

// The story's dateline sentence, or nullptr.
const Sentence* DatelineOf(const Document& doc) {
  const auto dateline = std::find_if(doc.sentences.begin(), doc.sentences.end(),
                                     [](const Sentence& s) { return s.is_dateline; });
  return dateline == doc.sentences.end() ? nullptr : &*dateline;
}

constexpr auto kLocativePrepositions = std::to_array<std::string_view>(
    {"in", "at", "near", "outside", "inside", "across", "throughout", "around"});
// Lower-case words that may stand inside a name: "Bosnia and Herzegovina", "Isle of Man".
constexpr auto kNameConnectors =
    std::to_array<std::string_view>({"of", "and", "de", "del", "al", "el", "-"});
// Last words a name may be written with or without: "Kharkiv Region", "Gaza City".
constexpr auto kGenericLastWords = std::to_array<std::string_view>(
    {"city", "province", "region", "oblast", "state", "county", "district", "governorate"});
// Heads of "the city of Kharkiv".
constexpr auto kGenericHeads = std::to_array<std::string_view>(
    {"city", "town", "village", "region", "province", "capital", "district", "area", "port",
     "state", "country", "outskirts", "suburbs"});
constexpr auto kCalendarWords = std::to_array<std::string_view>(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday"});
// CAMEO roots of events that happen at one spot: protest, assault, fight, mass violence.
constexpr auto kLocalRoots = std::to_array<std::string_view>({"14", "18", "19", "20"});
constexpr int kMaxParentSteps = 8;

bool IsNameWord(const Token& t) {
  return t.has(kCapitalized) && t.shape == TokenShape::kWord && !In(kCalendarWords, t.lower);
}

}  // namespace

std::span<const uint32_t> EventPlacer::Lookup(const Document& doc, uint32_t begin,
                                              uint32_t end) const {
  const uint32_t from = doc.tokens[begin].offset;
  const uint32_t to =
      doc.tokens[end - 1].offset + static_cast<uint32_t>(doc.tokens[end - 1].text.size());
  char buffer[Gazetteer::kMaxKeyBytes];
  return gazetteer_->Find(
      Gazetteer::MakeKey(std::string_view(doc.normalized.text()).substr(from, to - from), buffer));
}

uint32_t EventPlacer::Choose(std::span<const uint32_t> candidates,
                             std::span<const std::string_view> countries) const {
  const GazetteerEntry& top = gazetteer_->entry(candidates.front());
  if (top.kind == PlaceKind::kListed || top.kind == PlaceKind::kCountry) return candidates.front();
  for (uint32_t candidate : candidates) {
    const GazetteerEntry& e = gazetteer_->entry(candidate);
    const bool actors_country =
        std::find(countries.begin(), countries.end(), e.country) != countries.end();
    if (actors_country &&
        (e.kind == PlaceKind::kSubdivision || uint64_t{e.population} * 10 >= top.population)) {
      return candidate;
    }
  }
  return candidates.front();
}

EventPlacer::EventPlacer(std::shared_ptr<const Gazetteer> gazetteer)
    : gazetteer_(std::move(gazetteer)) {}

std::optional<EventPlacer::Found> EventPlacer::Resolve(
    const Document& doc, TokenRange range, std::span<const std::string_view> countries) const {
  const std::span<const Token> tokens = doc.tokens;
  const uint32_t end = std::min<uint32_t>(range.end, static_cast<uint32_t>(tokens.size()));
  for (uint32_t i = range.begin; i < end;) {
    if (!IsNameWord(tokens[i])) {
      ++i;
      continue;
    }
    uint32_t last = i;  // last name word of the run
    uint32_t j = i + 1;
    for (; j < end; ++j) {
      if (IsNameWord(tokens[j])) {
        last = j;
      } else if (!(In(kNameConnectors, tokens[j].lower) && j + 1 < end &&
                   IsNameWord(tokens[j + 1]))) {
        break;
      }
    }
    // The whole run, then without a generic last word.
    uint32_t stop = last + 1;
    std::span<const uint32_t> candidates = Lookup(doc, i, stop);
    if (candidates.empty() && last > i && In(kGenericLastWords, tokens[last].lower)) {
      stop = last;
      candidates = Lookup(doc, i, stop);
    }
    if (!candidates.empty()) {
      return Found{Choose(candidates, countries),
                   {tokens[i].span.begin, tokens[stop - 1].span.end}};
    }
    i = j;
  }
  return std::nullopt;
}

std::string_view EventPlacer::SoleCountry(const Document& doc, TokenRange range) const {
  if (range.empty() || range.end > doc.tokens.size()) return {};
  const std::span<const uint32_t> candidates = Lookup(doc, range.begin, range.end);
  if (candidates.empty()) return {};
  const GazetteerEntry& top = gazetteer_->entry(candidates.front());
  if (top.kind == PlaceKind::kListed || top.kind == PlaceKind::kCountry) return top.country;
  for (uint32_t candidate : candidates.subspan(1)) {
    const GazetteerEntry& e = gazetteer_->entry(candidate);
    if (e.country == top.country) continue;
    const bool overshadowed = top.kind == PlaceKind::kCity && e.kind == PlaceKind::kCity &&
                              uint64_t{e.population} * 10 < top.population;
    if (!overshadowed) return {};
  }
  return top.country;
}

std::optional<EventPlacer::Found> EventPlacer::FromPhrase(
    const Analysis& analysis, int32_t phrase, std::span<const std::string_view> countries) const {
  const Syntax& syntax = analysis.syntax;
  if (phrase < 0 || static_cast<size_t>(phrase) >= syntax.phrases.size()) return std::nullopt;
  const NounPhrase& np = syntax.phrases[phrase];
  if (auto found = Resolve(analysis.document, np.tokens, countries)) return found;
  if (!In(kGenericHeads, analysis.document.tokens[np.head].lower)) return std::nullopt;
  for (const Attachment& a : syntax.AttachmentsOf(np)) {
    if (a.object < 0 || analysis.document.tokens[a.preposition.begin].lower != "of") continue;
    return Resolve(analysis.document, syntax.phrases[a.object].tokens, countries);
  }
  return std::nullopt;
}

std::optional<EventPlacer::Found> EventPlacer::FromAttachments(
    const Analysis& analysis, std::span<const Attachment> attachments,
    std::span<const std::string_view> countries) const {
  for (const Attachment& a : attachments) {
    if (a.object < 0 || a.preposition.size() != 1 ||
        !In(kLocativePrepositions, analysis.document.tokens[a.preposition.begin].lower)) {
      continue;
    }
    if (auto found = FromPhrase(analysis, a.object, countries)) return found;
  }
  return std::nullopt;
}

std::optional<EventPlacer::Found> EventPlacer::FromClause(
    const Analysis& analysis, int32_t clause, std::span<const std::string_view> countries) const {
  const Syntax& syntax = analysis.syntax;
  for (int step = 0; clause >= 0 && step < kMaxParentSteps; ++step) {
    const Clause& c = syntax.clauses[clause];
    if (auto found = FromAttachments(analysis, syntax.AttachmentsOf(c), countries)) return found;
    if (c.kind != ClauseKind::kCoordinated && c.kind != ClauseKind::kParticipial) break;
    clause = c.parent;
  }
  return std::nullopt;
}

std::optional<EventPlacer::Found> EventPlacer::DatelinePlace(const Document& doc) const {
  const Sentence* dateline = DatelineOf(doc);
  if (dateline == nullptr) return std::nullopt;
  // "KHARKIV, Ukraine, May 3 (AP) -": the place comes before the first comma or parenthesis.
  TokenRange head{dateline->first_token, dateline->first_token};
  while (head.end < dateline->end_token && doc.tokens[head.end].text != "," &&
         doc.tokens[head.end].text != "(") {
    ++head.end;
  }
  return Resolve(doc, head, {});
}

std::optional<EventPlacer::Found> EventPlacer::DatelineOnlyPlace(const Analysis& analysis) const {
  const Document& doc = analysis.document;
  std::optional<Found> place = DatelinePlace(doc);
  if (!place) return std::nullopt;
  const Sentence* dateline = DatelineOf(doc);
  const GazetteerEntry& named = gazetteer_->entry(place->entry);
  for (const Attachment& a : analysis.syntax.attachments) {
    if (a.preposition.begin >= dateline->first_token && a.preposition.begin < dateline->end_token) {
      continue;
    }
    std::optional<Found> other = FromAttachments(analysis, {&a, 1}, {});
    if (other && (gazetteer_->entry(other->entry).name != named.name ||
                  gazetteer_->entry(other->entry).country != named.country)) {
      return std::nullopt;
    }
  }
  return place;
}

EventPlace EventPlacer::MakePlace(const Found& found) const {
  const GazetteerEntry& e = gazetteer_->entry(found.entry);
  return {e.name, e.country, e.admin1, e.lat, e.lon, found.span};
}

void EventPlacer::PlaceEvents(const Analysis& analysis, std::span<Event> events) const {
  const Syntax& syntax = analysis.syntax;
  std::optional<std::optional<Found>> dateline;  // computed for the first local event needing it
  for (Event& event : events) {
    std::array<std::string_view, 2> codes;
    size_t n = 0;
    for (const std::string& actor : {std::cref(event.source), std::cref(event.target)}) {
      const std::string_view code = LocationPart(actor);
      if (code.size() == 3 && gazetteer_->IsCountryCode(code)) codes[n++] = code;
    }
    const std::span<const std::string_view> countries(codes.data(), n);
    const bool local = In(kLocalRoots, event.root);
    std::optional<Found> found;
    if (event.clause >= 0 && static_cast<size_t>(event.clause) < syntax.clauses.size()) {
      found = FromClause(analysis, event.clause, countries);
      if (!found && local) {
        const int32_t object = syntax.clauses[event.clause].LogicalObject();
        if (object >= 0)
          found = Resolve(analysis.document, syntax.phrases[object].tokens, countries);
      }
    } else if (event.phrase >= 0 && static_cast<size_t>(event.phrase) < syntax.phrases.size()) {
      found =
          FromAttachments(analysis, syntax.AttachmentsOf(syntax.phrases[event.phrase]), countries);
    }
    if (!found && local) {
      if (!dateline) dateline = DatelineOnlyPlace(analysis);
      found = *dateline;
    }
    if (found) {
      event.place = MakePlace(*found);
    } else {
      event.place.reset();
    }
  }
}

}  // namespace tacitus
