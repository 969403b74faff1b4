#include "cli/serve_command.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <string>

#include "cli/dictionary_option.h"
#include "cli/story_coding.h"
#include "serve/api.h"
#include "serve/http_server.h"
#include "store/series_chart.h"
#include "tacitus/event_pipeline.h"

namespace tacitus::cli {
namespace {

struct ServeOptions {
  std::string db;
  DictionaryOption dictionary;
  serve::ServerOptions server;
  size_t threads = 0;  // 0: one per core
  double code_seconds = 10;
};

int RunServe(const ServeOptions& options) {
  const std::unique_ptr<const EventPipeline> pipeline =
      options.dictionary.PipelineOrReport("serve");
  if (pipeline == nullptr) return 1;
  serve::ApiOptions api_options{.max_story_bytes = options.server.max_body_bytes,
                                .code_time_limit = std::chrono::milliseconds(
                                    static_cast<int64_t>(options.code_seconds * 1000))};
  auto api = serve::Api::Create(pipeline.get(), options.db, api_options);
  if (!api.ok()) {
    std::cerr << "tacitus serve: " << api.status().message() << "\n";
    return 1;
  }
  serve::ServerOptions server = options.server;
  // A worker serves one connection at a time, for as long as the client keeps it alive, so
  // there are more of them than cores by default: coding is quick, and waiting is not.
  server.threads =
      options.threads > 0 ? options.threads : std::max<size_t>(8, 4 * WorkerThreads(0));
  const Status served = serve::RunServer(server, **api, [&](int port) {
    std::cout << "tacitus serve: listening on http://" << server.bind << ":" << port << "/"
              << std::endl;
  });
  ReleaseChartFontCaches();  // the series charts' fonts
  if (!served.ok()) {
    std::cerr << "tacitus serve: " << served.message() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void AddServeCommand(CLI::App* app, int* exit_status) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* command = app->add_subcommand(
      "serve", "serve a web page and a JSON API: code a story, explore a store (docs/api.md)");
  command->add_option("--db", options->db,
                      "event database (an SQLite file or a PostgreSQL URI) to explore, opened "
                      "read-only; without it only "
                      "coding is served");
  command->add_option("--bind", options->server.bind, "address to listen on")
      ->capture_default_str();
  command->add_option("--port", options->server.port, "port to listen on; 0 for any free port")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  options->dictionary.AddCodingOptionsTo(command);
  AddThreadsOption(command, &options->threads,
                   "worker threads, each serving one connection at a time (default: four per "
                   "core, at least 8)");
  command
      ->add_option("--max-connections", options->server.max_waiting_connections,
                   "connections that may wait for a worker; beyond them new ones wait unaccepted")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{65536}));
  command
      ->add_option("--max-body", options->server.max_body_bytes,
                   "longest request body in bytes (413 beyond); also the longest story coded")
      ->capture_default_str()
      ->check(CLI::Range(size_t{1}, size_t{64} << 20));
  command
      ->add_option("--code-time-limit", options->code_seconds,
                   "seconds a story may take to code (503 beyond), checked between its 64 KiB "
                   "parts")
      ->capture_default_str()
      ->check(CLI::Range(0.001, 3600.0));
  command->add_option("--cors", options->server.cors_origin,
                      "allow this origin (https://example.org) to call the API from its pages");
  command->callback([options, exit_status] { *exit_status = RunServe(*options); });
}

}  // namespace tacitus::cli
