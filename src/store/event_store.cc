#include "tacitus/event_store.h"

#include "base/hash.h"
#include "store/postgres/postgres_event_store.h"
#include "store/sqlite_event_store.h"

namespace tacitus {
namespace {

// Hashes `field` and then a separator byte, so ("ab","c") and ("a","bc") differ. 0xff never
// occurs in UTF-8 text.
void AddField(std::string_view field, Fnv1a64* hash) {
  hash->Add(field);
  hash->Add("\xff");
}

}  // namespace

int64_t EventKeyHash(const Event& event) {
  Fnv1a64 hash;
  AddField(event.date.ToString(), &hash);
  AddField(event.source, &hash);
  AddField(event.target, &hash);
  AddField(event.code, &hash);
  AddField(event.place ? std::string_view(event.place->country) : std::string_view(), &hash);
  const int64_t id = static_cast<int64_t>(hash.value() & 0x7fffffffffffffffull);
  return id == 0 ? 1 : id;
}

std::string StoryContentHash(const Story& story) {
  Fnv1a64 hash;
  AddField(story.date.ToString(), &hash);
  AddField(story.text, &hash);
  for (const auto* field : {&story.title, &story.source, &story.url}) {
    AddField(field->has_value() ? std::string_view(**field) : std::string_view("\x01"), &hash);
  }
  return HexDigits16(hash.value());
}

std::string StoredEvent::DateString() const {
  return EventDate{.date = date, .precision = precision, .span = {}}.ToString();
}

bool IsPostgresLocation(std::string_view location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string RedactedLocation(std::string_view location) {
  std::string redacted(location);
  if (!IsPostgresLocation(location)) return redacted;
  const size_t scheme = redacted.find("://");
  if (scheme != std::string::npos) {
    const size_t begin = scheme + 3;
    const size_t end = redacted.find_first_of("/?", begin);
    const size_t at = redacted.rfind('@', end == std::string::npos ? redacted.size() : end);
    if (at != std::string::npos && at >= begin) {
      const size_t colon = redacted.find(':', begin);
      if (colon != std::string::npos && colon < at) redacted.erase(colon, at - colon);
    }
  }
  for (size_t found = redacted.find("password="); found != std::string::npos;
       found = redacted.find("password=", found + 1)) {
    if (found > 0 && redacted[found - 1] != '?' && redacted[found - 1] != '&') continue;
    const size_t value = found + 9;
    const size_t end = redacted.find('&', value);
    redacted.replace(value, (end == std::string::npos ? redacted.size() : end) - value, "***");
  }
  return redacted;
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& location, Mode mode) {
  if (IsPostgresLocation(location)) return OpenPostgresEventStore(location, mode);
  return OpenSqliteEventStore(location, mode);
}

EventStore::~EventStore() = default;

Result<bool> EventStore::IsStored(const Story& story, std::string_view dict_version) {
  auto stored = FindStory(story.id);
  if (!stored.ok()) return stored.status();
  return stored->has_value() && (*stored)->content_hash == StoryContentHash(story) &&
         (*stored)->dict_version == dict_version;
}

}  // namespace tacitus
