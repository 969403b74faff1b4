#include "dict/cameo_tables.h"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <optional>
#include <utility>

#include "base/files.h"
#include "base/strings.h"

namespace tacitus {
namespace {

// Packs an event code of 2-4 digits (leading zeros matter: "01", "010", "0100" differ).
std::optional<uint32_t> PackEventCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return std::nullopt;
  uint32_t value = 0;
  for (char c : code) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<uint32_t>(c - '0');
  }
  return (static_cast<uint32_t>(code.size()) << 16) | value;
}

uint32_t PackPart(std::string_view part) {
  return static_cast<uint32_t>(static_cast<unsigned char>(part[0])) |
         static_cast<uint32_t>(static_cast<unsigned char>(part[1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(part[2])) << 16;
}

// Walks a TSV with '#' comment lines and a header naming `columns`; calls row(line, fields)
// with the fields in `columns` order. A missing column or a short row is an error.
template <typename RowFunction>
void ReadTable(std::string_view file, std::string_view text,
               std::initializer_list<std::string_view> columns, Diagnostics* diagnostics,
               RowFunction row) {
  std::vector<size_t> positions;
  std::string_view line;
  uint32_t line_number = 0;
  bool have_header = false;
  std::vector<std::string_view> picked(columns.size());
  while (NextLine(&text, &line)) {
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> fields = SplitOn(line, '\t');
    if (!have_header) {
      have_header = true;
      for (std::string_view column : columns) {
        size_t i = 0;
        while (i < fields.size() && fields[i] != column) ++i;
        if (i == fields.size()) {
          diagnostics->Error(file, line_number,
                             "header lacks column '" + std::string(column) + "'");
          return;
        }
        positions.push_back(i);
      }
      continue;
    }
    bool complete = true;
    for (size_t c = 0; c < positions.size(); ++c) {
      if (positions[c] >= fields.size()) {
        diagnostics->Error(file, line_number, "too few fields");
        complete = false;
        break;
      }
      picked[c] = fields[positions[c]];
    }
    if (complete) row(line_number, picked);
  }
  if (!have_header) diagnostics->Error(file, 0, "no header line");
}

}  // namespace

void CameoTables::ParseEventCodes(std::string_view file, std::string_view text,
                                  Diagnostics* diagnostics) {
  ReadTable(
      file, text,
      {"code", "root", "label", "goldstein", "quad_class", "plover_type", "plover_mode"},
      diagnostics, [&](uint32_t line, const std::vector<std::string_view>& f) {
        const std::optional<uint32_t> key = PackEventCode(f[0]);
        EventType type{std::string(f[0]), std::string(f[1]), std::string(f[2]), 0, 0,
                       std::string(f[5]), std::string(f[6])};
        const auto goldstein =
            std::from_chars(f[3].data(), f[3].data() + f[3].size(), type.goldstein);
        const auto quad = std::from_chars(f[4].data(), f[4].data() + f[4].size(), type.quad_class);
        if (!key || !type.code.starts_with(type.root)) {
          diagnostics->Error(file, line, "bad event code '" + Excerpt(type.code) + "'");
        } else if (goldstein.ec != std::errc() || goldstein.ptr != f[3].data() + f[3].size() ||
                   type.goldstein < -10 || type.goldstein > 10) {
          diagnostics->Error(file, line, "bad Goldstein score '" + Excerpt(f[3]) + "'");
        } else if (quad.ec != std::errc() || type.quad_class < 1 || type.quad_class > 4) {
          diagnostics->Error(file, line, "bad quad class '" + Excerpt(f[4]) + "'");
        } else if (type.plover_type.empty()) {
          diagnostics->Error(file, line, "no PLOVER type");
        } else if (!event_index_.emplace(*key, event_types_.size()).second) {
          diagnostics->Error(file, line, "event code '" + Excerpt(type.code) + "' given twice");
        } else {
          event_types_.push_back(std::move(type));
        }
      });
}

void CameoTables::ParseActorCodes(std::string_view file, std::string_view text,
                                  Diagnostics* diagnostics) {
  ReadTable(
      file, text, {"code", "kind", "label"}, diagnostics,
      [&](uint32_t line, const std::vector<std::string_view>& f) {
        static constexpr std::pair<std::string_view, PartKind> kKinds[] = {
            {"country", kCountry}, {"region", kRegion},     {"group", kGroup},
            {"type", kType},       {"religion", kReligion}, {"ethnic", kEthnic}};
        uint8_t kind = 0;
        for (const auto& [name, bit] : kKinds) {
          if (f[1] == name) kind = bit;
        }
        if (f[0].size() != 3) {
          diagnostics->Error(file, line,
                             "actor code part '" + Excerpt(f[0]) + "' is not 3 characters");
          return;
        }
        if (kind == 0) {
          diagnostics->Error(file, line, "unknown kind '" + Excerpt(f[1]) + "'");
          return;
        }
        // CAMEO manual Table 3.2: these open a code the way a country does.
        for (std::string_view international : {"IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS"}) {
          if (kind == kType && f[0] == international) kind |= kInternational;
        }
        parts_[PackPart(f[0])] |= kind;
        part_labels_.try_emplace(PackPart(f[0]), f[2]);  // a part of two kinds: its first label
      });
}

std::string CameoTables::ActorLabel(std::string_view code) const {
  std::string label;
  for (size_t at = 0; at < code.size(); at += 3) {
    const std::string_view part = code.substr(at, 3);
    const auto found = part.size() == 3 ? part_labels_.find(PackPart(part)) : part_labels_.end();
    if (!label.empty()) label += " · ";
    label += found == part_labels_.end() ? part : std::string_view(found->second);
  }
  return label;
}

const EventType* CameoTables::FindEventType(std::string_view code) const {
  const std::optional<uint32_t> key = PackEventCode(code);
  if (!key) return nullptr;
  auto it = event_index_.find(*key);
  return it == event_index_.end() ? nullptr : &event_types_[it->second];
}

std::vector<const EventType*> CameoTables::SelectEventTypes(std::string_view query) const {
  const bool by_code = !query.empty() && std::all_of(query.begin(), query.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; });
  const std::string lowered = AsciiLowercase(query);
  std::vector<const EventType*> selected;
  for (const EventType& type : event_types_) {
    if (by_code ? type.code.starts_with(query)
                : AsciiLowercase(type.label).find(lowered) != std::string::npos) {
      selected.push_back(&type);
    }
  }
  return selected;
}

uint8_t CameoTables::PartKinds(std::string_view part) const {
  if (part.size() != 3) return 0;
  auto it = parts_.find(PackPart(part));
  return it == parts_.end() ? 0 : it->second;
}

namespace {
constexpr uint8_t kSuffixKinds = CameoTables::kType | CameoTables::kGroup | CameoTables::kReligion |
                                 CameoTables::kEthnic | CameoTables::kRegion;
}  // namespace

std::string CameoTables::ActorCodeProblem(std::string_view code) const {
  if (code.empty() || code.size() % 3 != 0) {
    return "actor code '" + Excerpt(code) + "' is not made of 3-letter parts";
  }
  const std::string_view location = code.substr(0, 3);
  if ((PartKinds(location) & (kCountry | kRegion | kInternational)) == 0) {
    return "actor code '" + Excerpt(code) + "' does not start with a country, region or " +
           "IGO/NGO/IMG/NGM/MNC/INT/UIS ('" + std::string(location) + "' is none of them)";
  }
  for (size_t at = 3; at < code.size(); at += 3) {
    const std::string_view part = code.substr(at, 3);
    if ((PartKinds(part) & kSuffixKinds) == 0) {
      return "actor code '" + Excerpt(code) + "': '" + std::string(part) +
             "' is not a CAMEO type, known group, religion, ethnic or region code";
    }
  }
  return {};
}

std::string CameoTables::RoleCodeProblem(std::string_view code) const {
  if (code.empty() || code.size() % 3 != 0) {
    return "role code '" + Excerpt(code) + "' is not made of 3-letter parts";
  }
  for (size_t at = 0; at < code.size(); at += 3) {
    const std::string_view part = code.substr(at, 3);
    if ((PartKinds(part) & (kType | kGroup | kReligion | kEthnic)) == 0) {
      return "role code '" + Excerpt(code) + "': '" + std::string(part) +
             "' is not a CAMEO type, known group, religion or ethnic code";
    }
  }
  return {};
}

}  // namespace tacitus
