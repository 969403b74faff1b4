#include "code/event_emitter.h"

#include <string_view>
#include <utility>

namespace tacitus {
namespace {

Span OriginalSpan(const Document& doc, TokenRange tokens) {
  if (tokens.empty()) return {};
  return {doc.tokens[tokens.begin].span.begin, doc.tokens[tokens.end - 1].span.end};
}

// A riot or a storming (145) is violent dissent; troops or an armed group that storm a
// consulate or a school attack it, and the sentence's other words ("seized 49 people",
// "shooting students") say how.
bool IsArmedActorsRiot(std::string_view code, std::string_view source) {
  return code.starts_with("145") &&
         (source.ends_with("MIL") || source.ends_with("REB") || source.ends_with("INS"));
}

// A state organ (GOV, JUD, LEG) and its own country as a whole are one actor where the act is
// said or promised (roots 01 to 13): "Brazil's government condemned the treatment of Brazilian
// deportees" does not condemn Brazil, and a government "defending Ghana's agreement with
// Senegal" does not defend Ghana against anyone. Where the analysis finds such a pair, one side
// was misread, and no event is better than a wrong one. A government that acts on the whole
// country (a curfew, a state of emergency: 17x) and the country's army keep their events.
bool IsStateAddressingItself(std::string_view code, std::string_view source,
                             std::string_view target) {
  if (target.size() != 3 || target == "---" || source.size() != 6 || !source.starts_with(target)) {
    return false;  // PETRARCH's unknown actor "---" is no country
  }
  const std::string_view role = source.substr(3);
  if (role != "GOV" && role != "JUD" && role != "LEG") return false;
  return code.size() >= 2 && (code[0] == '0' || (code[0] == '1' && code[1] <= '3'));
}

}  // namespace

void EventEmitter::Emit(const EventSite& site, const PatternMatch& match,
                        std::span<const ResolvedActor> sources,
                        std::span<const ResolvedActor> targets, std::vector<Event>* events,
                        const IntentCode* intent) const {
  const VerbPattern& pattern = *match.pattern;
  if (pattern.code == kNoEventCode) return;
  const bool reciprocal = match.reciprocal;
  if (reciprocal) targets = sources;  // "Putin and Xi met": each with the other
  ResolvedActor null_actor;
  null_actor.code = "---";
  if (code_missing_side_ && !reciprocal && sources.empty() != targets.empty()) {
    if (sources.empty()) sources = {&null_actor, 1};
    if (targets.empty()) targets = {&null_actor, 1};
  }
  for (const ResolvedActor& source : sources) {
    for (const ResolvedActor& target : targets) {
      if (&source == &target || source.code == target.code) continue;
      if (intent != nullptr) {
        EmitOne(site, intent->intent, pattern, source, target, events, intent);
        continue;
      }
      EmitOne(site, pattern.code, pattern, source, target, events);
      if (!pattern.also_code.empty())
        EmitOne(site, pattern.also_code, pattern, source, target, events);
      if (!pattern.paired_code.empty() && !reciprocal) {  // reciprocal: both orders already
        EmitOne(site, pattern.paired_code, pattern, target, source, events);
      }
    }
  }
}

void EventEmitter::EmitFound(const EventSite& site, const VerbPattern& pattern,
                             std::span<const ResolvedActor> sources,
                             std::span<const ResolvedActor> targets,
                             std::vector<Event>* events) const {
  for (const ResolvedActor& source : sources) {
    for (const ResolvedActor& target : targets) {
      if (source.code != target.code) EmitOne(site, pattern.code, pattern, source, target, events);
    }
  }
}

void EventEmitter::EmitOne(const EventSite& site, const std::string& code,
                           const VerbPattern& pattern, const ResolvedActor& source,
                           const ResolvedActor& target, std::vector<Event>* events,
                           const IntentCode* intent) const {
  if (IsArmedActorsRiot(code, source.code)) return;
  if (IsStateAddressingItself(code, source.code, target.code)) return;
  Event event;
  event.story = story_.id;
  event.story_date = story_.date;
  event.date.date = story_.date;
  event.sentence = site.sentence;
  if (site.sentence < doc_.sentences.size())
    event.sentence_span = doc_.sentences[site.sentence].span;
  event.clause = site.clause;
  event.phrase = site.phrase;
  event.source = source.code;
  event.target = target.code;
  event.code = code;
  if (const EventType* type = dictionaries_.FindEventType(code)) {
    event.root = type->root;
    event.quad_class = type->quad_class;
    event.goldstein = type->goldstein;
    event.plover = type->plover_type;
    event.code_label = type->label;
  }
  event.source_span = OriginalSpan(doc_, source.tokens);
  event.verb_span = OriginalSpan(doc_, site.verb);
  event.target_span = OriginalSpan(doc_, target.tokens);
  event.pattern = pattern.text;
  event.matched.reserve(1 + (intent != nullptr ? 1 : 0) + source.origin_count +
                        target.origin_count);
  event.matched.push_back(pattern.Provenance());
  if (intent != nullptr) event.matched.push_back(intent->origin.ToString());
  for (uint8_t i = 0; i < source.origin_count; ++i) {
    event.matched.push_back(source.origins[i].ToString());
  }
  for (uint8_t i = 0; i < target.origin_count; ++i) {
    event.matched.push_back(target.origins[i].ToString());
  }
  events->push_back(std::move(event));
}

}  // namespace tacitus
