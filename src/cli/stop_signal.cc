#include "cli/stop_signal.h"

#include <signal.h>

#include <algorithm>
#include <atomic>
#include <thread>

namespace tacitus::cli {
namespace {

std::atomic<bool> stop_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

void OnStopSignal(int) { stop_requested.store(true); }

}  // namespace

void CatchStopSignals() {
  struct sigaction action = {};
  action.sa_handler = OnStopSignal;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
}

bool StopRequested() { return stop_requested.load(); }

bool SleepUnlessStopped(std::chrono::milliseconds duration) {
  // Woken every 50 ms to look at the flag: a signal handler can do no more than set it.
  constexpr std::chrono::milliseconds kStep{50};
  while (duration.count() > 0 && !StopRequested()) {
    const auto step = std::min(duration, kStep);
    std::this_thread::sleep_for(step);
    duration -= step;
  }
  return StopRequested();
}

}  // namespace tacitus::cli
