// A strict reader for the flat YAML of the Lingua::EN::Tagger tables:
//
//   --- #YAML:1.0
//   key: { tag: 12, tag: 0.5 }
//   "quoted, key": { tag: 3 }
//
// Only this shape is accepted (one mapping of scalars per line, keys optionally in double
// quotes without escapes); anything else is refused with "file:line: reason", so a changed
// package format is noticed at load instead of silently mis-tagging.
#ifndef TACITUS_LEX_FLAT_YAML_H_
#define TACITUS_LEX_FLAT_YAML_H_

#include <functional>
#include <span>
#include <string_view>

#include "tacitus/status.h"

namespace tacitus {

struct FlatYamlValue {
  std::string_view name;
  double number = 0;
};

// Called once per entry; `key` and the names are views into `contents`. The callback may
// return an error, which is returned with the file:line prefix added.
using FlatYamlVisitor =
    std::function<Status(std::string_view key, std::span<const FlatYamlValue> values)>;

// Parses `contents`, named `file_name` in messages. Blank lines and "---" document
// markers are skipped.
Status ParseFlatYaml(std::string_view contents, std::string_view file_name,
                     const FlatYamlVisitor& visit);

}  // namespace tacitus

#endif  // TACITUS_LEX_FLAT_YAML_H_
