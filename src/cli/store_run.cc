#include "cli/store_run.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace tacitus::cli {

ProgressBar::ProgressBar(uint64_t total) : total_(total), start_(Clock::now()) {}

void ProgressBar::Update(uint64_t done, size_t stories, size_t events) {
  const Clock::time_point now = Clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  Draw(done, stories, events, now);
}

void ProgressBar::Finish(size_t stories, size_t events) {
  Draw(total_, stories, events, Clock::now());
  BreakLine();
}

void ProgressBar::BreakLine() {
  if (line_open_) std::fputc('\n', stderr);
  line_open_ = false;
}

void ProgressBar::Draw(uint64_t done, size_t stories, size_t events, Clock::time_point now) {
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? stories / seconds : 0;
  const double fraction = total_ > 0 ? std::min(1.0, static_cast<double>(done) / total_) : 0;
  constexpr int kWidth = 30;
  const int filled = static_cast<int>(fraction * kWidth);
  std::string bar(kWidth + 2, '.');
  bar.front() = '[';
  bar.back() = ']';
  std::fill_n(bar.begin() + 1, filled, '#');
  char eta[32] = "";
  if (total_ > 0 && fraction > 0.001 && fraction < 1) {
    const int left = static_cast<int>(seconds * (1 - fraction) / fraction);
    std::snprintf(eta, sizeof eta, "  ETA %d:%02d", left / 60, left % 60);
  }
  line_open_ = true;
  std::fprintf(stderr, "\r%s %3.0f%%  %zu stories  %.0f stories/s  %zu events%s\x1b[K",
               total_ > 0 ? bar.c_str() : "", fraction * 100, stories, rate, events, eta);
}

Status StoreBatches::Begin() {
  written_ = 0;
  start_ = Clock::now();
  return store_->BeginBatch();
}

Status StoreBatches::Next(bool written) {
  written_ += written;
  if (size_ == 0) return Status::Ok();
  if (written_ < size_ && Clock::now() - start_ <= std::chrono::seconds(1)) return Status::Ok();
  TACITUS_RETURN_IF_ERROR(store_->CommitBatch());
  return Begin();
}

bool StoryPartsToStore::Next(const std::function<bool(Story*)>& read, StoryToStore* out) {
  const bool more = parts_.Next(
      [&](Story* story) {
        if (!read(story)) return false;
        whole_ = parts_.Cuts(*story) ? std::make_shared<const Story>(*story) : nullptr;
        return true;
      },
      &out->story);
  out->whole = whole_;
  return more;
}

}  // namespace tacitus::cli
