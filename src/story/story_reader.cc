#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

#include "base/hash.h"
#include "base/strings.h"
#include "story/format_reader.h"
#include "story/input_buffer.h"
#include "tacitus/story.h"

namespace tacitus {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
// Leading white space longer than this is not worth scanning for a format: plain text.
constexpr size_t kDetectionLimit = size_t{1} << 20;

struct FormatName {
  StoryFormat format;
  std::string_view name;
};
constexpr FormatName kFormatNames[] = {
    {StoryFormat::kAuto, "auto"},
    {StoryFormat::kDated, "dated"},
    {StoryFormat::kJsonLines, "jsonl"},
    {StoryFormat::kPlainText, "text"},
    {StoryFormat::kPetrarchXml, "petrarch"},
    {StoryFormat::kTabari, "tabari"},
};

// "date" then blanks then something shaped like a date: what a dated story starts with. The
// date's validity is the dated reader's to judge and report, so a date written the wrong way
// ("24/02/2022", "2022.02.24") is still taken for one, and refused as a date, not read as
// plain text that lacks --date.
bool LooksDated(std::string_view text) {
  constexpr std::string_view kKeyword = "date";
  if (!text.starts_with(kKeyword)) return false;
  size_t i = kKeyword.size();
  const size_t blanks = i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i == blanks) return false;
  bool digit = false;
  for (; i < text.size() && !IsAsciiWhitespace(text[i]); ++i) {
    if (IsAsciiDigit(text[i])) {
      digit = true;
    } else if (text[i] != '-' && text[i] != '/' && text[i] != '.') {
      return false;
    }
  }
  return digit;
}

// `path` is empty for stdin. Reads ahead into `buffer` without consuming.
StoryFormat DetectFormat(const std::string& path, InputBuffer* buffer) {
  if (!path.empty()) {
    const std::string extension = AsciiLowercase(fs::path(path).extension().string());
    if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json") {
      return StoryFormat::kJsonLines;
    }
    if (extension == ".xml") return StoryFormat::kPetrarchXml;
  }
  size_t first = 0;
  for (;;) {
    const std::string_view data = buffer->data();
    while (first < data.size() && IsAsciiWhitespace(data[first])) ++first;
    if (first < data.size()) break;
    if (first > kDetectionLimit || !buffer->ReadMore()) return StoryFormat::kPlainText;
  }
  switch (buffer->data()[first]) {
    case '{':
      return StoryFormat::kJsonLines;
    case '<':
      return StoryFormat::kPetrarchXml;
    default:
      constexpr size_t kDatedPrefix = 64;    // "date", blanks and a date fit easily
      constexpr size_t kTabariPrefix = 256;  // a TABARI header line (its id: up to 31 bytes)
      buffer->Ensure(first + std::max(kDatedPrefix, kTabariPrefix));
      if (LooksDated(buffer->data().substr(first))) return StoryFormat::kDated;
      return LooksTabari(buffer->data().substr(first)) ? StoryFormat::kTabari
                                                       : StoryFormat::kPlainText;
  }
}

}  // namespace

std::optional<StoryFormat> ParseStoryFormat(std::string_view name) {
  for (const FormatName& entry : kFormatNames) {
    if (entry.name == name) return entry.format;
  }
  return std::nullopt;
}

std::string_view StoryFormatName(StoryFormat format) {
  for (const FormatName& entry : kFormatNames) {
    if (entry.format == format) return entry.name;
  }
  return "?";
}

std::string StoryError::ToString() const {
  if (line == 0) return file + ": " + reason;  // the whole input: no line, no story
  return file + ":" + std::to_string(line) + ": story " + (story_id.empty() ? "?" : story_id) +
         ": " + reason;
}

std::optional<StoryShard> StoryShard::Parse(std::string_view text) {
  const size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto number = [](std::string_view digits) -> std::optional<uint32_t> {
    uint32_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) {
      return std::nullopt;
    }
    return value;
  };
  const std::optional<uint32_t> index = number(text.substr(0, slash));
  const std::optional<uint32_t> count = number(text.substr(slash + 1));
  if (!index || !count || *index >= *count) return std::nullopt;
  return StoryShard{*index, *count};
}

uint32_t StoryShard::Of(std::string_view story_id, uint32_t count) {
  Fnv1a64 hash;
  hash.Add(story_id);
  // FNV-1a's low bits follow the last bytes closely (ids that end in a counter); SplitMix64's
  // finaliser spreads every bit of the hash over the ones the remainder keeps.
  uint64_t mixed = hash.value();
  mixed = (mixed ^ (mixed >> 30)) * 0xbf58476d1ce4e5b9ull;
  mixed = (mixed ^ (mixed >> 27)) * 0x94d049bb133111ebull;
  mixed ^= mixed >> 31;
  return static_cast<uint32_t>(mixed % count);
}

// One open input: its stream, the buffer over it and the reader of its format.
class StoryReader::Input {
 public:
  explicit Input(std::istream* in) : name_("-"), buffer_(in) {}
  explicit Input(const std::string& path)
      : name_(path), file_(path, std::ios::binary), buffer_(&file_) {}

  bool is_open() const { return name_ == "-" || file_.is_open(); }
  const std::string& name() const { return name_; }
  InputBuffer* buffer() { return &buffer_; }
  std::unique_ptr<FormatReader>& reader() { return reader_; }

 private:
  std::string name_;
  std::ifstream file_;  // unused for stdin
  InputBuffer buffer_;
  std::unique_ptr<FormatReader> reader_;
};

StoryReader::StoryReader(std::vector<std::string> inputs, ReadOptions options,
                         std::function<void(const StoryError&)> on_error, std::istream* in)
    : options_(options),
      on_error_(std::move(on_error)),
      report_([this](StoryError error) { Report(std::move(error)); }),
      stdin_(in) {
  pending_.reserve(inputs.size());
  for (auto it = inputs.rbegin(); it != inputs.rend(); ++it) {
    pending_.push_back({std::move(*it), false});
  }
}

StoryReader::~StoryReader() = default;

void StoryReader::Report(StoryError error) {
  if (options_.shard) {
    const std::string key = !error.story_id.empty() ? error.story_id
                            : error.line == 0       ? error.file
                                                    : error.file + ":" + std::to_string(error.line);
    if (!options_.shard->Holds(key)) return;  // another shard's to report
  }
  ++skipped_;
  if (on_error_) on_error_(error);
}

bool StoryReader::Next(Story* story) {
  for (;;) {
    if (current_ == nullptr && !OpenNextInput()) return false;
    if (current_->reader()->Next(story)) {
      if (!options_.shard || options_.shard->Holds(story->id)) return true;
      continue;
    }
    if (const InputBuffer* buffer = current_->buffer(); buffer->failed()) {
      const uint64_t received = buffer->offset() + buffer->data().size();
      Report({current_->name(), 0, "", "read error after byte " + std::to_string(received)});
    }
    current_.reset();
  }
}

void StoryReader::ListDirectory(const std::string& directory) {
  std::vector<std::string> entries;
  std::error_code error;
  for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    // Hidden entries are tool state (.git, editor swap files), not stories.
    if (it->path().filename().string().starts_with('.')) continue;
    entries.push_back(it->path().string());
  }
  if (error) Report({directory, 0, "", "cannot read directory: " + error.message()});
  // The entries share the directory prefix, so this is name order; read depth-first, it puts
  // every file in std::filesystem::path order.
  std::sort(entries.begin(), entries.end(), std::greater<>());
  for (std::string& entry : entries) pending_.push_back({std::move(entry), true});
}

bool StoryReader::OpenNextInput() {
  while (!pending_.empty()) {
    const Pending next = std::move(pending_.back());
    pending_.pop_back();
    const bool is_stdin = next.path == "-" && !next.in_directory;
    if (!is_stdin) {
      std::error_code error;
      const fs::file_status status = fs::status(next.path, error);
      if (error || !fs::exists(status)) {
        Report({next.path, 0, "",
                "cannot open: " + (error ? error.message() : std::strerror(ENOENT))});
        continue;
      }
      if (fs::is_directory(status)) {
        // Links to directories found while listing are not followed: no cycles.
        if (!next.in_directory || !fs::is_symlink(fs::symlink_status(next.path, error))) {
          ListDirectory(next.path);
        }
        continue;
      }
      // Sockets, devices and pipes are read when named, not when met in a directory.
      if (next.in_directory && !fs::is_regular_file(status)) continue;
    }
    auto input = is_stdin ? std::make_unique<Input>(stdin_) : std::make_unique<Input>(next.path);
    if (!input->is_open()) {
      Report({next.path, 0, "", std::string("cannot open: ") + std::strerror(errno)});
      continue;
    }
    InputBuffer* buffer = input->buffer();
    buffer->Ensure(kByteOrderMark.size());
    if (buffer->data().starts_with(kByteOrderMark)) buffer->Consume(kByteOrderMark.size());

    StoryFormat format = options_.format;
    if (format == StoryFormat::kAuto) format = DetectFormat(is_stdin ? "" : next.path, buffer);
    InputInfo info{input->name(), is_stdin ? "stdin" : fs::path(next.path).stem().string()};
    switch (format) {
      case StoryFormat::kAuto:  // DetectFormat never returns it
      case StoryFormat::kPlainText:
        input->reader() = NewPlainTextReader(buffer, std::move(info), options_, report_);
        break;
      case StoryFormat::kDated:
        input->reader() = NewDatedReader(buffer, std::move(info), options_, report_);
        break;
      case StoryFormat::kJsonLines:
        input->reader() = NewJsonLinesReader(buffer, std::move(info), options_, report_);
        break;
      case StoryFormat::kPetrarchXml:
        input->reader() = NewPetrarchXmlReader(buffer, std::move(info), options_, report_);
        break;
      case StoryFormat::kTabari:
        input->reader() = NewTabariTextReader(buffer, std::move(info), options_, report_);
        break;
    }
    current_ = std::move(input);
    return true;
  }
  return false;
}

}  // namespace tacitus
