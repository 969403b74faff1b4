#include "lex/lexicon.h"

#include <cmath>
#include <utility>

#include "base/files.h"
#include "lex/flat_yaml.h"

namespace tacitus {
namespace {

// Lingua::EN::Tagger's own names for the Penn tags it spells differently.
constexpr std::pair<std::string_view, PosTag> kLinguaNames[] = {
    {"det", PosTag::kDT},     {"ppc", PosTag::kComma},     {"pp", PosTag::kPeriod},
    {"pps", PosTag::kColon},  {"ppl", PosTag::kOpenQuote}, {"ppr", PosTag::kCloseQuote},
    {"ppd", PosTag::kDollar}, {"prps", PosTag::kPRPS},     {"wps", PosTag::kWPS},
    {"lrb", PosTag::kLRB},    {"rrb", PosTag::kRRB},
};

constexpr std::string_view kUnknownKeys[kUnknownClassCount] = {
    "-abr-", "-cap-", "-ed-",  "-hyp-",  "-hyp-adj-", "-ing-",
    "-ly-",  "-s-",   "-sym-", "-tion-", "-unknown-"};

// Transitions the training text never showed still get this probability, so that an
// unusual but forced sequence (a closed-class reading, a quote) keeps a finite score.
constexpr float kTransitionFloor = 1e-6f;

Status ToTagCounts(std::span<const FlatYamlValue> values, std::vector<TagCount>* out) {
  for (const FlatYamlValue& v : values) {
    std::optional<PosTag> tag = ParseLinguaTag(v.name);
    if (!tag) return Status::Error("unknown tag '" + std::string(v.name) + "'");
    if (!(v.number > 0))
      return Status::Error("count of '" + std::string(v.name) + "' is not positive");
    out->push_back({*tag, static_cast<float>(v.number)});
  }
  return Status::Ok();
}

}  // namespace

std::optional<PosTag> ParseLinguaTag(std::string_view name) {
  for (const auto& [lingua, tag] : kLinguaNames) {
    if (lingua == name) return tag;
  }
  char upper[8];
  if (name.size() > sizeof upper) return std::nullopt;
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c < 'a' || c > 'z') return std::nullopt;
    upper[i] = static_cast<char>(c - 'a' + 'A');
  }
  std::optional<PosTag> tag = ParsePosTag(std::string_view(upper, name.size()));
  // The tags Lingua spells its own way are not also accepted under their Penn names.
  for (const auto& [lingua, renamed] : kLinguaNames) {
    if (tag == renamed) return std::nullopt;
  }
  return tag;
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const LexiconPaths& paths) {
  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  Status status = lexicon->LoadFrom(paths);
  if (!status.ok()) return status;
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

Status Lexicon::LoadFrom(const LexiconPaths& paths) {
  TACITUS_RETURN_IF_ERROR(LoadWords(paths.tagger_dir + "/words.yml"));
  TACITUS_RETURN_IF_ERROR(LoadTransitions(paths.tagger_dir + "/tags.yml"));
  TACITUS_RETURN_IF_ERROR(LoadUnknown(paths.tagger_dir + "/unknown.yml"));
  TACITUS_RETURN_IF_ERROR(morphy_.Load(paths.wordnet_dir));

  std::span<const ClosedClassReading> readings = ClosedClassReadings();
  for (size_t begin = 0; begin < readings.size();) {
    size_t end = begin + 1;
    while (end < readings.size() && readings[end].word == readings[begin].word) ++end;
    *closed_class_.TryEmplace(readings[begin].word).first = readings.subspan(begin, end - begin);
    begin = end;
  }
  return Status::Ok();
}

Status Lexicon::LoadWords(const std::string& path) {
  TACITUS_RETURN_IF_ERROR(ReadWholeFile(path, &words_file_));
  observed_.Reserve(50000);
  counts_.reserve(60000);
  std::array<double, kPosTagCount> totals{};
  TACITUS_RETURN_IF_ERROR(ParseFlatYaml(
      words_file_, path, [&](std::string_view word, std::span<const FlatYamlValue> values) {
        Range range{static_cast<uint32_t>(counts_.size()), 0};
        TACITUS_RETURN_IF_ERROR(ToTagCounts(values, &counts_));
        range.size = static_cast<uint32_t>(counts_.size()) - range.begin;
        for (uint32_t i = range.begin; i < counts_.size(); ++i) {
          totals[static_cast<int>(counts_[i].tag)] += counts_[i].count;
        }
        const auto [slot, added] = observed_.TryEmplace(word);
        if (!added) return Status::Error("duplicate word '" + std::string(word) + "'");
        *slot = range;
        return Status::Ok();
      }));
  // '#' shares its contexts with '$' (both precede amounts); the counts have no '#'.
  totals[static_cast<int>(PosTag::kHash)] = totals[static_cast<int>(PosTag::kDollar)];
  double all = 0;
  for (double t : totals) all += t;
  for (int t = 0; t < kPosTagCount; ++t) {
    // Tags never counted (NONE) get the rarest possible prior rather than log(0).
    log_prior_[t] = static_cast<float>(std::log(std::max(totals[t], 1.0) / all));
  }
  return Status::Ok();
}

Status Lexicon::LoadTransitions(const std::string& path) {
  std::string contents;
  TACITUS_RETURN_IF_ERROR(ReadWholeFile(path, &contents));
  log_transition_.fill(std::log(kTransitionFloor));
  std::vector<TagCount> row;
  TACITUS_RETURN_IF_ERROR(ParseFlatYaml(
      contents, path, [&](std::string_view from, std::span<const FlatYamlValue> values) {
        std::optional<PosTag> previous = ParseLinguaTag(from);
        if (!previous) return Status::Error("unknown tag '" + std::string(from) + "'");
        row.clear();
        TACITUS_RETURN_IF_ERROR(ToTagCounts(values, &row));
        for (const TagCount& next : row) {
          log_transition_[static_cast<int>(*previous) * kPosTagCount + static_cast<int>(next.tag)] =
              std::log(std::max(next.count, kTransitionFloor));
        }
        return Status::Ok();
      }));
  const int dollar = static_cast<int>(PosTag::kDollar);
  const int hash = static_cast<int>(PosTag::kHash);
  for (int t = 0; t < kPosTagCount; ++t) {
    log_transition_[hash * kPosTagCount + t] = log_transition_[dollar * kPosTagCount + t];
    log_transition_[t * kPosTagCount + hash] = log_transition_[t * kPosTagCount + dollar];
  }
  return Status::Ok();
}

Status Lexicon::LoadUnknown(const std::string& path) {
  std::string contents;
  TACITUS_RETURN_IF_ERROR(ReadWholeFile(path, &contents));
  TACITUS_RETURN_IF_ERROR(ParseFlatYaml(
      contents, path, [&](std::string_view key, std::span<const FlatYamlValue> values) {
        for (int c = 0; c < kUnknownClassCount; ++c) {
          if (kUnknownKeys[c] == key) return ToTagCounts(values, &unknown_[c]);
        }
        return Status::Error("unknown word class '" + std::string(key) + "'");
      }));
  for (int c = 0; c < kUnknownClassCount; ++c) {
    if (unknown_[c].empty()) {
      return Status::Error(path + ": missing class '" + std::string(kUnknownKeys[c]) + "'");
    }
  }
  return Status::Ok();
}

std::span<const TagCount> Lexicon::Observed(std::string_view word) const {
  const Range* range = observed_.Find(word);
  if (range == nullptr) return {};
  return std::span<const TagCount>(counts_).subspan(range->begin, range->size);
}

std::span<const ClosedClassReading> Lexicon::ClosedClass(std::string_view lower) const {
  const auto* readings = closed_class_.Find(lower);
  return readings == nullptr ? std::span<const ClosedClassReading>() : *readings;
}

std::string_view Lexicon::Lemma(std::string_view lower, PosTag tag) const {
  return Lemma(lower, tag, ClosedClass(lower));
}

std::string_view Lexicon::Lemma(std::string_view lower, PosTag tag,
                                std::span<const ClosedClassReading> closed_class) const {
  for (const ClosedClassReading& reading : closed_class) {
    if (reading.tag == tag) return reading.lemma;
  }
  switch (tag) {
    case PosTag::kNN:
      return morphy_.BaseForm(lower, WordNetPos::kNoun, false);
    case PosTag::kNNS:
      return morphy_.BaseForm(lower, WordNetPos::kNoun, true);
    case PosTag::kVB:
    case PosTag::kVBP:
      return morphy_.BaseForm(lower, WordNetPos::kVerb, false);
    case PosTag::kVBD:
    case PosTag::kVBG:
    case PosTag::kVBN:
    case PosTag::kVBZ:
      return morphy_.BaseForm(lower, WordNetPos::kVerb, true);
    case PosTag::kJJ:
      return morphy_.BaseForm(lower, WordNetPos::kAdjective, false);
    case PosTag::kJJR:
    case PosTag::kJJS:
      return morphy_.BaseForm(lower, WordNetPos::kAdjective, true);
    default:
      return {};
  }
}

}  // namespace tacitus
