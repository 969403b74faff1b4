#include "base/data_file.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <utility>

#include "base/files.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace tacitus {
namespace {

// Offset in `line` of its first NUL byte or ill-formed UTF-8, or npos.
size_t FirstBadByte(std::string_view line) {
  const size_t nul = line.find('\0');
  return std::min(nul, FindInvalidUtf8(line.substr(0, nul)));
}

}  // namespace

size_t RefuseBadLines(std::string_view file, std::string* text, Diagnostics* diagnostics) {
  if (FirstBadByte(*text) == std::string_view::npos) return 0;
  std::string kept;
  kept.reserve(text->size());
  size_t refused = 0;
  uint32_t number = 0;
  for (size_t begin = 0; begin < text->size();) {
    ++number;
    const size_t newline = std::min(text->find('\n', begin), text->size());
    const std::string_view line = std::string_view(*text).substr(begin, newline - begin);
    if (const size_t bad = FirstBadByte(line); bad != std::string_view::npos) {
      std::string reason = "NUL byte";
      if (line[bad] != '\0') {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(line[bad]));
        reason = std::string("invalid UTF-8 (byte ") + byte + ")";
      }
      diagnostics->Add({std::string(file), number, static_cast<uint32_t>(bad + 1), Severity::kError,
                        std::move(reason)});
      ++refused;
    } else {
      kept.append(line);
    }
    if (newline < text->size()) kept += '\n';
    begin = newline + 1;
  }
  *text = std::move(kept);
  return refused;
}

bool HasContentLine(std::string_view text) {
  std::string_view line;
  while (NextLine(&text, &line)) {
    line = Trim(line);
    if (!line.empty() && line.front() != '#') return true;
  }
  return false;
}

Status ReadDataFile(const std::string& path, std::string_view file, std::string* text,
                    Diagnostics* diagnostics) {
  TACITUS_RETURN_IF_ERROR(ReadFileBytes(path, text));
  RefuseBadLines(file, text, diagnostics);
  if (!HasContentLine(*text)) diagnostics->Warning(file, 0, "no entries (empty, or only comments)");
  return Status::Ok();
}

}  // namespace tacitus
