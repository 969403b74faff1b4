#include "lex/flat_yaml.h"

#include <charconv>
#include <string>
#include <vector>

#include "base/files.h"

namespace tacitus {
namespace {

void SkipSpaces(std::string_view line, size_t* pos) {
  while (*pos < line.size() && line[*pos] == ' ') ++*pos;
}

// Parses one entry line into key and values; returns the reason on failure.
std::string_view ParseLine(std::string_view line, std::string_view* key,
                           std::vector<FlatYamlValue>* values) {
  size_t pos = 0;
  if (line[0] == '"') {
    const size_t close = line.find('"', 1);
    if (close == std::string_view::npos) return "unterminated quoted key";
    *key = line.substr(1, close - 1);
    if (key->find('\\') != std::string_view::npos) return "escape sequences are not supported";
    pos = close + 1;
    if (pos >= line.size() || line[pos] != ':') return "expected ':' after the key";
  } else {
    pos = line.find(": {");
    if (pos == std::string_view::npos) return "expected 'key: { ... }'";
    *key = line.substr(0, pos);
  }
  if (key->empty()) return "empty key";
  ++pos;  // ':'
  SkipSpaces(line, &pos);
  if (pos >= line.size() || line[pos] != '{') return "expected '{'";
  ++pos;
  values->clear();
  for (;;) {
    SkipSpaces(line, &pos);
    if (pos < line.size() && line[pos] == '}') break;
    const size_t colon = line.find(':', pos);
    if (colon == std::string_view::npos) return "expected 'name: number'";
    FlatYamlValue value;
    value.name = line.substr(pos, colon - pos);
    if (value.name.empty() || value.name.find_first_of(" ,{}\"") != std::string_view::npos) {
      return "bad value name";
    }
    pos = colon + 1;
    SkipSpaces(line, &pos);
    const char* begin = line.data() + pos;
    const char* end = line.data() + line.size();
    auto [ptr, ec] = std::from_chars(begin, end, value.number);
    if (ec != std::errc() || ptr == begin) return "expected a number";
    pos += static_cast<size_t>(ptr - begin);
    values->push_back(value);
    SkipSpaces(line, &pos);
    if (pos < line.size() && line[pos] == ',') {
      ++pos;
      continue;
    }
    if (pos < line.size() && line[pos] == '}') break;
    return "expected ',' or '}'";
  }
  ++pos;  // '}'
  SkipSpaces(line, &pos);
  if (pos != line.size()) return "trailing characters after '}'";
  if (values->empty()) return "empty mapping";
  return {};
}

}  // namespace

Status ParseFlatYaml(std::string_view contents, std::string_view file_name,
                     const FlatYamlVisitor& visit) {
  std::vector<FlatYamlValue> values;
  size_t line_number = 0;
  std::string_view line;
  while (NextLine(&contents, &line)) {
    ++line_number;
    if (line.empty() || line.starts_with("---")) continue;
    auto where = [&] { return std::string(file_name) + ":" + std::to_string(line_number) + ": "; };
    std::string_view key;
    const std::string_view reason = ParseLine(line, &key, &values);
    if (!reason.empty()) return Status::Error(where() + std::string(reason));
    Status status = visit(key, values);
    if (!status.ok()) return Status::Error(status.code(), where() + status.message());
  }
  return Status::Ok();
}

}  // namespace tacitus
