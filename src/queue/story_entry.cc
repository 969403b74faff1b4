#include "queue/story_entry.h"

#include <charconv>
#include <sstream>

#include "out/json_text.h"

namespace tacitus {

std::optional<std::string_view> StreamEntry::Field(std::string_view name) const {
  for (const auto& [field, value] : fields) {
    if (field == name) return value;
  }
  return std::nullopt;
}

std::string StoryJson(const Story& story) {
  std::string out;
  JsonText json(&out);
  json.BeginObject();
  json.Key("id");
  json.String(story.id);
  json.Key("date");
  json.String(story.time ? story.date.ToString() + "T" + *story.time : story.date.ToString());
  json.Key("text");
  json.String(story.text);
  for (const auto& [key, value] :
       {std::pair{"source", &story.source}, {"url", &story.url}, {"title", &story.title}}) {
    if (!*value) continue;
    json.Key(key);
    json.String(**value);
  }
  json.EndObject();
  return out;
}

std::vector<std::pair<std::string, std::string>> StoryEntryFields(const Story& story) {
  return {{std::string(kStoryField), StoryJson(story)},
          {std::string(kFromField), story.file + ":" + std::to_string(story.line)}};
}

Result<Story> DecodeStoryEntry(const StreamEntry& entry, std::string_view stream) {
  const std::optional<std::string_view> json = entry.Field(kStoryField);
  if (!json) return Status::Error("no \"" + std::string(kStoryField) + "\" field");
  if (json->find('\n') != std::string_view::npos) {
    return Status::Error("the story is not one line of JSON");
  }
  std::istringstream in{std::string(*json)};
  std::string reason;
  ReadOptions options;
  options.format = StoryFormat::kJsonLines;
  options.max_story_bytes = json->size() + 1;
  StoryReader reader(
      {"-"}, options,
      [&](const StoryError& error) {
        if (reason.empty())
          reason = error.story_id.empty() ? error.reason
                                          : "story " + error.story_id + ": " + error.reason;
      },
      &in);
  Story story;
  if (!reader.Next(&story)) {
    return Status::Error(reason.empty() ? "the story field is empty" : reason);
  }
  story.file = std::string(stream) + " entry " + entry.id;
  story.line = 0;
  if (const std::optional<std::string_view> from = entry.Field(kFromField)) {
    const size_t colon = from->rfind(':');
    uint32_t line = 0;
    if (colon != std::string_view::npos &&
        std::from_chars(from->data() + colon + 1, from->data() + from->size(), line).ptr ==
            from->data() + from->size()) {
      story.file = from->substr(0, colon);
      story.line = line;
    }
  }
  return story;
}

std::optional<std::string> DeliveryFailure(int64_t deliveries, int64_t max_deliveries) {
  if (deliveries <= max_deliveries) return std::nullopt;
  return "delivered " + std::to_string(deliveries) + " times, more than --max-deliveries " +
         std::to_string(max_deliveries) + ", and never acknowledged: workers died or failed on it";
}

std::vector<std::pair<std::string, std::string>> DeadLetterFields(const StreamEntry& entry,
                                                                  std::string_view stream,
                                                                  std::string_view reason) {
  std::vector<std::pair<std::string, std::string>> fields = {
      {"reason", std::string(reason)}, {"stream", std::string(stream)}, {"entry", entry.id}};
  fields.insert(fields.end(), entry.fields.begin(), entry.fields.end());
  return fields;
}

}  // namespace tacitus
