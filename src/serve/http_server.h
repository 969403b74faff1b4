// The HTTP side of `tacitus serve` (cpp-httplib): the page's files, compiled in, and the JSON
// API (api.h) on one address, with bounds on what a client may take.
//
//   const Status served = RunServer({.port = 8080, .threads = 4}, *api,
//                                   [](int port) { std::cerr << "listening on " << port; });
//
// Bounds: a request body over max_body_bytes is refused (413); a worker pool of `threads`
// serves the connections, and at most max_waiting_connections more wait for a worker: beyond
// that the server stops accepting, so further clients wait in the kernel's listen queue rather
// than in memory; idle keep-alive connections close after keep_alive. Every response carries a
// Content-Security-Policy that allows only the server's own script, style and images (no inline
// script), and nosniff; CORS headers only for cors_origin.
#ifndef TACITUS_SERVE_HTTP_SERVER_H_
#define TACITUS_SERVE_HTTP_SERVER_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "serve/api.h"
#include "tacitus/status.h"

namespace tacitus::serve {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port (on_listening says which)
  size_t threads = 4;
  size_t max_waiting_connections = 64;
  size_t max_body_bytes = size_t{1} << 20;
  std::string cors_origin;  // empty: no cross-origin requests are allowed
  std::chrono::seconds keep_alive{5};
  std::chrono::seconds read_timeout{10};
};

// Serves until SIGINT or SIGTERM, then finishes the requests in progress and returns Ok.
// `on_listening` is called with the port once the socket is bound. Fails, without serving, when
// the address cannot be bound. Blocks SIGINT and SIGTERM in the calling thread (and so in the
// threads it starts) to wait for them.
Status RunServer(const ServerOptions& options, const Api& api,
                 const std::function<void(int port)>& on_listening);

}  // namespace tacitus::serve

#endif  // TACITUS_SERVE_HTTP_SERVER_H_
