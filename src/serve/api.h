// The JSON API behind `tacitus serve` (docs/api.md), apart from HTTP so that it is tested
// without a socket: a request (method, path, query parameters, body) in, a response (status,
// content type, body) out.
//
//   auto api = Api::Create(pipeline.get(), "events.db", {});   // the store opened read-only
//   ApiResponse response = (*api)->Handle({.method = "GET", .path = "/api/events",
//                                          .params = {{"actor", "RUS"}}});
//
// Endpoints: POST /api/code (a story -> its events, the sentences that gave none and why),
// GET /api/events (the query filters, a page at a time after a cursor), GET /api/events/{id}
// (with its mentions), GET /api/series (JSON, or an SVG chart with format=svg), GET /api/top,
// GET /api/stories/{id}, GET /api/health. Bad input is a 4xx with {"error": ..., "field": ...};
// a store that fails is a 500 with SQLite's reason. Handle never throws and may be called from
// any number of threads at once: each call takes a store connection of its own from a pool.
#ifndef TACITUS_SERVE_API_H_
#define TACITUS_SERVE_API_H_

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "tacitus/event_pipeline.h"
#include "tacitus/event_store.h"
#include "tacitus/status.h"

namespace tacitus::serve {

struct ApiRequest {
  std::string method;                              // "GET", "POST", ...
  std::string path;                                // "/api/events/42", without the query string
  std::multimap<std::string, std::string> params;  // the query string's, decoded
  std::string body;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

struct ApiOptions {
  // The longest story text POST /api/code takes, in bytes (413 beyond).
  size_t max_story_bytes = size_t{1} << 20;
  // Coding a story stops, with a 503, when it has taken longer than this; checked between the
  // parts of a long story (pipeline/story_parts.h), so a story of one part always finishes.
  std::chrono::milliseconds code_time_limit{10'000};
  size_t default_page = 50, max_page = 500;  // events per page of GET /api/events
  size_t max_mentions = 100;                 // mentions listed by GET /api/events/{id}
};

class Api {
 public:
  // `pipeline` (which must outlive the Api) codes POST /api/code; `store_path` is opened
  // read-only for the store's endpoints, which answer 404 "no store" when it is empty. Fails
  // when the store cannot be opened.
  static Result<std::unique_ptr<Api>> Create(const EventPipeline* pipeline, std::string store_path,
                                             ApiOptions options);

  ApiResponse Handle(const ApiRequest& request) const;

 private:
  Api(const EventPipeline* pipeline, std::string store_path, ApiOptions options);

  // A read-only connection to the store for one call, returned to the pool when it ends.
  class StoreLease;
  Result<StoreLease> LeaseStore() const;

  // A stored event as `query --format jsonl` writes it, but with its id as a string (ids use
  // 63 bits, a JavaScript number holds 53), and its actors' labels.
  nlohmann::ordered_json EventJson(const StoredEvent& event) const;
  // "Russia · Government" for "RUSGOV" (CameoTables::ActorLabel).
  std::string ActorLabel(std::string_view code) const;

  ApiResponse Code(const ApiRequest& request) const;
  ApiResponse Events(const ApiRequest& request) const;
  ApiResponse Event(const ApiRequest& request, std::string_view id) const;
  ApiResponse Series(const ApiRequest& request) const;
  ApiResponse Top(const ApiRequest& request) const;
  ApiResponse Story(std::string_view id) const;
  ApiResponse Health() const;

  const EventPipeline* const pipeline_;
  const std::string store_path_;
  const ApiOptions options_;
  mutable std::mutex pool_mutex_;
  mutable std::vector<std::unique_ptr<EventStore>> idle_stores_;
};

}  // namespace tacitus::serve

#endif  // TACITUS_SERVE_API_H_
