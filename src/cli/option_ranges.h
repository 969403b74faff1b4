// The ranges of the numeric options that are counts, checked by CLI::Range where each option is
// added: a value outside its range is a usage error (exit 1) that names the option and the range
// ("--limit: Value -1 not in range 0 to 1000000000"), never a value read as something else (-1
// as every row). --threads has its own, kMaxThreads (cli/story_coding.h); plot's --width and
// --height theirs, in pixels.
#ifndef TACITUS_CLI_OPTION_RANGES_H_
#define TACITUS_CLI_OPTION_RANGES_H_

#include <cstddef>
#include <cstdint>

namespace tacitus::cli {

// --limit of query and export, -n of top, -n/--limit of actors: 0 is no limit, and more than
// any store or corpus holds is no different.
inline constexpr int64_t kMaxListed = 1'000'000'000;

// --batch of ingest and recode, stories per transaction (which also ends after a second).
inline constexpr size_t kMaxBatch = 1'000'000;
// --batch of worker, stream entries coded and committed at a time: a batch and its events are
// held in memory until committed.
inline constexpr int64_t kMaxWorkerBatch = 10'000;

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_OPTION_RANGES_H_
