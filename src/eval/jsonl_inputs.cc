#include "eval/jsonl_inputs.h"

#include <cstdint>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>

namespace tacitus {
namespace {

using nlohmann::json;

// Why a line is refused; nullopt when the field read is fine.
using Refusal = std::optional<std::string>;

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// Hands each non-blank line's JSON object to `read`, which fills in what it takes from it or
// gives the reason it cannot; a line that is not an object, or that `read` refuses, becomes
// "FILE:LINE: reason" in *errors.
void ForEachObject(std::istream& in, std::string_view file_name, std::vector<std::string>* errors,
                   const std::function<std::string(const json&, uint32_t line)>& read) {
  std::string line;
  for (uint32_t number = 1; std::getline(in, line); ++number) {
    if (IsBlank(line)) continue;
    std::string reason;
    try {
      const json object = json::parse(line);
      reason = object.is_object() ? read(object, number) : "not a JSON object";
    } catch (const json::parse_error& error) {
      reason = "not valid JSON (byte " + std::to_string(error.byte) + ")";
    }
    if (!reason.empty()) {
      errors->push_back(std::string(file_name) + ":" + std::to_string(number) + ": " + reason);
    }
  }
}

// "\"FIELD\" must be EXPECTED": the reason a line is refused.
std::string MustBe(std::string_view field, std::string_view expected) {
  std::string reason = "\"";
  reason += field;
  reason += "\" must be ";
  reason += expected;
  return reason;
}

// object[field] into *out: a string as it is, null or absent as empty; refused for any other
// type.
Refusal OptionalString(const json& object, const char* field, std::string* out) {
  const auto found = object.find(field);
  if (found == object.end() || found->is_null()) {
    out->clear();
  } else if (found->is_string()) {
    *out = found->get<std::string>();
  } else {
    return MustBe(field, "a string or null");
  }
  return std::nullopt;
}

Refusal RequiredString(const json& object, const char* field, std::string* out) {
  const auto found = object.find(field);
  if (found == object.end() || !found->is_string()) {
    return MustBe(field, "a string");
  }
  *out = found->get<std::string>();
  return std::nullopt;
}

// score.py's alts(): `value`, then alt[field] (a string or a list of strings; null entries
// and empty strings are left out, as Python's filter on truth leaves them).
Refusal Alternatives(const json* alt, const char* field, const std::string& value,
                     std::vector<std::string>* out) {
  out->clear();
  if (!value.empty()) out->push_back(value);
  if (alt == nullptr) return std::nullopt;
  const auto found = alt->find(field);
  if (found == alt->end() || found->is_null()) return std::nullopt;
  const std::string refused = MustBe("alt." + std::string(field), "a string or a list of strings");
  if (found->is_string()) {
    if (!found->get_ref<const std::string&>().empty()) out->push_back(found->get<std::string>());
    return std::nullopt;
  }
  if (!found->is_array()) return refused;
  for (const json& item : *found) {
    if (item.is_null()) continue;
    if (!item.is_string()) return refused;
    if (!item.get_ref<const std::string&>().empty()) out->push_back(item.get<std::string>());
  }
  return std::nullopt;
}

std::string ReadGoldEvent(const json& object, uint32_t line, GoldEvent* event) {
  event->line = line;
  std::string salience;
  for (auto reason : {RequiredString(object, "article", &event->article),
                      RequiredString(object, "code", &event->code),
                      OptionalString(object, "source", &event->source),
                      OptionalString(object, "target", &event->target),
                      OptionalString(object, "date", &event->date),
                      OptionalString(object, "sentence", &event->sentence),
                      OptionalString(object, "salience", &salience)}) {
    if (reason) return *reason;
  }
  event->key = salience == "key";
  const auto dyadic = object.find("dyadic");
  if (dyadic != object.end() && !dyadic->is_boolean()) return MustBe("dyadic", "true or false");
  event->dyadic = dyadic == object.end() || dyadic->get<bool>();

  const auto alt_field = object.find("alt");
  const json* alt = nullptr;
  if (alt_field != object.end() && !alt_field->is_null()) {
    if (!alt_field->is_object()) return MustBe("alt", "an object");
    alt = &*alt_field;
  }
  for (auto reason : {Alternatives(alt, "source", event->source, &event->sources),
                      Alternatives(alt, "target", event->target, &event->targets),
                      Alternatives(alt, "code", event->code, &event->codes),
                      Alternatives(alt, "date", event->date, &event->dates)}) {
    if (reason) return *reason;
  }
  return "";
}

// A value of an events line as score.py's str() gives it: a string as it is, an integer as
// its digits; nullopt for other types.
std::optional<std::string> ScalarText(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return value.dump();
  return std::nullopt;
}

// score.py's `str(e.get(field) or "")`: null, absent, "" and 0 are empty.
Refusal EventField(const json& object, const char* field, std::string* out) {
  out->clear();
  const auto found = object.find(field);
  if (found == object.end() || found->is_null() || *found == 0) return std::nullopt;
  const std::optional<std::string> text = ScalarText(*found);
  if (!text) return MustBe(field, "a string");
  *out = *text;
  return std::nullopt;
}

std::string ReadPrediction(const json& object, Prediction* prediction) {
  bool has_story = false;
  for (const char* field : {"story", "story_id", "article", "id"}) {
    const auto found = object.find(field);
    if (found == object.end() || found->is_null()) continue;
    const std::optional<std::string> story = ScalarText(*found);
    if (!story) return MustBe(field, "a string");
    prediction->story = *story;
    has_story = true;
    break;
  }
  if (!has_story) return "no story id (\"story\", \"story_id\", \"article\" or \"id\")";
  for (auto reason : {EventField(object, "source", &prediction->source),
                      EventField(object, "target", &prediction->target),
                      EventField(object, "code", &prediction->code),
                      EventField(object, "date", &prediction->date)}) {
    if (reason) return *reason;
  }
  // Ours is the sentence's index; another coder may give the sentence itself.
  const auto sentence = object.find("sentence");
  if (sentence != object.end() && sentence->is_number_unsigned()) {
    prediction->sentence_index = sentence->get<int64_t>();
  } else if (sentence != object.end() && sentence->is_string()) {
    prediction->sentence = sentence->get<std::string>();
  }
  return "";
}

template <typename File>
Result<File> ReadFile(const std::string& path, File (*read)(std::istream&, std::string_view)) {
  std::ifstream in(path);
  if (!in) return Status::Error(path + ": cannot open");
  File file = read(in, path);
  if (in.bad()) return Status::Error(path + ": cannot read");
  return file;
}

}  // namespace

GoldFile ReadGold(std::istream& in, std::string_view file_name) {
  GoldFile gold;
  ForEachObject(in, file_name, &gold.errors, [&](const json& object, uint32_t line) {
    GoldEvent event;
    std::string reason = ReadGoldEvent(object, line, &event);
    if (reason.empty()) gold.events.push_back(std::move(event));
    return reason;
  });
  return gold;
}

EventsFile ReadEvents(std::istream& in, std::string_view file_name) {
  EventsFile events;
  ForEachObject(in, file_name, &events.errors, [&](const json& object, uint32_t) {
    Prediction prediction;
    std::string reason = ReadPrediction(object, &prediction);
    if (reason.empty()) events.predictions.push_back(std::move(prediction));
    return reason;
  });
  return events;
}

Result<GoldFile> ReadGoldFile(const std::string& path) { return ReadFile(path, &ReadGold); }

Result<EventsFile> ReadEventsFile(const std::string& path) { return ReadFile(path, &ReadEvents); }

}  // namespace tacitus
