#include "serve/http_server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "serve/web_assets.h"

namespace tacitus::serve {
namespace {

// Only the server's own files: no inline script or style, no other origin, no frames.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// httplib's worker pool with a bound: `threads` workers, and at most `max_waiting` connections
// waiting for one. When that many wait, enqueue blocks the accepting thread until a worker is
// free, so the server stops accepting and further clients wait in the kernel's listen queue.
class BoundedPool : public httplib::TaskQueue {
 public:
  BoundedPool(size_t threads, size_t max_waiting) : max_waiting_(max_waiting) {
    for (size_t i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  ~BoundedPool() override = default;

  void enqueue(std::function<void()> task) override {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return waiting_.size() < max_waiting_ || shutdown_; });
    waiting_.push_back(std::move(task));
    work_.notify_one();
  }

  void shutdown() override {
    {
      const std::lock_guard lock(mutex_);
      shutdown_ = true;
    }
    work_.notify_all();
    room_.notify_all();
    for (std::thread& worker : workers_) worker.join();
  }

 private:
  void Work() {
    while (true) {
      std::function<void()> task;
      {
        std::unique_lock lock(mutex_);
        work_.wait(lock, [&] { return !waiting_.empty() || shutdown_; });
        if (waiting_.empty()) return;  // shut down, and nothing left to do
        task = std::move(waiting_.front());
        waiting_.pop_front();
      }
      room_.notify_one();
      task();
    }
  }

  const size_t max_waiting_;
  std::mutex mutex_;
  std::condition_variable work_, room_;
  std::deque<std::function<void()>> waiting_;
  bool shutdown_ = false;
  std::vector<std::thread> workers_;
};

ApiRequest ToApiRequest(const httplib::Request& request) {
  return {.method = request.method,
          .path = request.path,
          .params = {request.params.begin(), request.params.end()},
          .body = request.body};
}

// Answers from the compiled-in files, or from the API; a 404 for anything else.
void Dispatch(const Api& api, const httplib::Request& request, httplib::Response& response) {
  if (std::string_view(request.path).starts_with("/api/")) {
    ApiResponse answer = api.Handle(ToApiRequest(request));
    response.status = answer.status;
    response.set_header("Cache-Control", "no-store");
    response.set_content(std::move(answer.body), answer.content_type.c_str());
    return;
  }
  for (const WebAsset& asset : kWebAssets) {
    if (request.path == asset.path) {
      response.set_content(std::string(asset.body), std::string(asset.content_type).c_str());
      return;
    }
  }
  response.status = 404;
  response.set_content("not found\n", "text/plain; charset=utf-8");
}

// The server's own errors (a body too long, a malformed request) as the API's JSON.
void DescribeError(const httplib::Request&, httplib::Response& response) {
  if (!response.body.empty()) return;  // the handler said what was wrong
  const bool too_long = response.status == 413;
  const std::string reason =
      too_long ? "the request body is too long" : "HTTP " + std::to_string(response.status);
  response.set_content(
      std::string(R"({"error":")") + reason + R"(","field":)" + (too_long ? R"("body"})" : "null}"),
      "application/json");
}

}  // namespace

Status RunServer(const ServerOptions& options, const Api& api,
                 const std::function<void(int port)>& on_listening) {
  // SIGINT and SIGTERM are waited for by a thread of their own, which stops the server; the
  // threads started below inherit the mask, so no other thread takes them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server server;
  server.new_task_queue = [&] {
    return new BoundedPool(options.threads, options.max_waiting_connections);
  };
  // SO_REUSEADDR alone: httplib's default adds SO_REUSEPORT, with which a second server on the
  // same port would start and take half of the connections instead of failing.
  server.set_socket_options([](socket_t socket) {
    const int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  // Headers and body go out in two writes: with Nagle's algorithm the second waits for the
  // client's delayed ACK, 40 ms a request.
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(options.max_body_bytes);
  server.set_keep_alive_timeout(options.keep_alive.count());
  server.set_read_timeout(options.read_timeout);
  server.set_write_timeout(options.read_timeout);
  httplib::Headers headers = {{"Content-Security-Policy", kContentSecurityPolicy},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"}};
  if (!options.cors_origin.empty()) {
    headers.emplace("Access-Control-Allow-Origin", options.cors_origin);
    headers.emplace("Access-Control-Allow-Methods", "GET, POST");
    headers.emplace("Access-Control-Allow-Headers", "Content-Type");
    headers.emplace("Vary", "Origin");
  }
  server.set_default_headers(std::move(headers));
  const auto dispatch = [&api](const httplib::Request& request, httplib::Response& response) {
    Dispatch(api, request, response);
  };
  // Every method reaches the API, which says which one an endpoint takes (405).
  server.Get("/.*", dispatch)
      .Post("/.*", dispatch)
      .Put("/.*", dispatch)
      .Delete("/.*", dispatch)
      .Patch("/.*", dispatch)
      .Options("/.*", [&options](const httplib::Request&, httplib::Response& response) {
        response.status = options.cors_origin.empty() ? 405 : 204;  // a CORS preflight
      });
  server.set_error_handler(DescribeError);

  const int port = options.port == 0
                       ? server.bind_to_any_port(options.bind)
                       : (server.bind_to_port(options.bind, options.port) ? options.port : -1);
  if (port < 0) {
    return Status::Error(StatusCode::kIoError, "cannot listen on " + options.bind + ":" +
                                                   std::to_string(options.port) +
                                                   " (in use, or not an address of this machine)");
  }
  std::thread stopper([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  on_listening(port);
  server.listen_after_bind();
  // Stopped by a signal, or the socket failed: wake the stopper if no signal came.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  return Status::Ok();
}

}  // namespace tacitus::serve
