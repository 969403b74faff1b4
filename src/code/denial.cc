#include "code/denial.h"

#include <algorithm>
#include <string_view>

#include "dict/cameo_tables.h"

namespace tacitus {

bool DeniesAnUnnamedCharge(const VerbPattern& pattern, bool has_object) {
  if (!pattern.code.starts_with("016")) return false;
  const bool reads_words =
      std::any_of(pattern.elements.begin(), pattern.elements.end(),
                  [](const PatternElement& e) { return e.kind == PatternElement::Kind::kWord; });
  return reads_words || !has_object;
}

const Event* AnsweredEvent(std::span<const Event> events, uint32_t sentence, int32_t clause,
                           std::span<const ResolvedActor> deniers, bool charges_only) {
  const Event* answered = nullptr;
  for (const Event& e : events) {
    const bool before =
        e.sentence < sentence || (e.sentence == sentence && e.clause >= 0 && e.clause < clause);
    if (!before || e.quad_class < 3 || (charges_only && e.quad_class != 3) || e.target.empty() ||
        e.source.empty()) {
      continue;
    }
    if (answered != nullptr && e.sentence < answered->sentence) continue;
    const std::string_view accused = LocationPart(e.target);
    if (LocationPart(e.source) == accused) continue;
    if (std::any_of(deniers.begin(), deniers.end(),
                    [&](const ResolvedActor& d) { return LocationPart(d.code) == accused; })) {
      answered = &e;
    }
  }
  return answered;
}

}  // namespace tacitus
