// SIGTERM and SIGINT as a request to stop, for the commands that run until told to (worker,
// enqueue): they finish what they are doing and check StopRequested between steps.
#ifndef TACITUS_CLI_STOP_SIGNAL_H_
#define TACITUS_CLI_STOP_SIGNAL_H_

#include <chrono>

namespace tacitus::cli {

// From now on SIGTERM and SIGINT set the flag StopRequested reads instead of ending the
// process (system calls they interrupt are restarted: SA_RESTART).
void CatchStopSignals();

// Whether SIGTERM or SIGINT came since CatchStopSignals.
bool StopRequested();

// Sleeps `duration`, or less when a stop is requested meanwhile; whether one was.
bool SleepUnlessStopped(std::chrono::milliseconds duration);

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_STOP_SIGNAL_H_
