// Processes a stream on several threads and hands the results on in input order, with a
// bounded number of items in flight — so a corpus of any size is read, processed and
// written in bounded memory, and the output is the same whatever the thread count.
//
//   OrderedParallel<Story, std::vector<Event>> run(threads, /*window=*/4 * threads, /*batch=*/64);
//   run.Run(
//       [&](Story* story) { return reader.Next(story); },                 // read: false at end
//       [&](size_t worker, const Story& story, std::vector<Event>* out) {  // on a worker thread
//         pipeline.Process(story, &scratch[worker], out); },
//       [&](const Story& story, std::vector<Event>& events) { write(...); });  // in input order
//
// `read` and `write` run on the calling thread; `process` on `threads` worker threads, each
// with its own index so per-thread scratch needs no locking. Items travel in batches of up to
// `batch`, so that short items (a one-sentence story takes microseconds) do not spend their
// time waiting on locks; at most `window` batches are in flight. Given `bytes_of`, a batch
// also closes once its items weigh `batch_bytes` or more, so that large items (the parts of a
// long story, pipeline/story_parts.h) travel few to a batch and what is in flight stays
// small. None of the callbacks may throw.
#ifndef TACITUS_PIPELINE_ORDERED_PARALLEL_H_
#define TACITUS_PIPELINE_ORDERED_PARALLEL_H_

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace tacitus {

// Stories handed to a worker at a time by the commands that code: enough that locking is
// noise even for one-sentence stories, few enough that memory stays small.
inline constexpr size_t kStoriesPerBatch = 64;
// ... and the bytes of text after which a batch closes with fewer: two parts of a long story.
inline constexpr size_t kStoryBytesPerBatch = size_t{128} << 10;

// One thread per core, as the standard library counts them; 1 when it cannot tell.
inline size_t DefaultThreadCount() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

template <typename In, typename Out>
class OrderedParallel {
 public:
  // At least one thread; at least `threads` batches in the window; at least one item a batch.
  OrderedParallel(size_t threads, size_t window, size_t batch = 1,
                  std::function<size_t(const In&)> bytes_of = nullptr, size_t batch_bytes = 0)
      : threads_(threads == 0 ? 1 : threads),
        batch_(batch == 0 ? 1 : batch),
        bytes_of_(std::move(bytes_of)),
        batch_bytes_(bytes_of_ ? batch_bytes : 0),
        slots_(window < threads_ ? threads_ : window) {
    for (Slot& slot : slots_) {
      slot.in.resize(batch_);
      slot.out.resize(batch_);
    }
  }

  void Run(const std::function<bool(In*)>& read,
           const std::function<void(size_t worker, const In&, Out*)>& process,
           const std::function<void(const In&, Out&)>& write) {
    std::vector<std::thread> workers;
    workers.reserve(threads_);
    for (size_t w = 0; w < threads_; ++w) {
      workers.emplace_back([this, w, &process] { Work(w, process); });
    }
    size_t next_read = 0;   // sequence number of the next item to read
    size_t next_write = 0;  // ... and to write
    bool input_done = false;
    std::unique_lock lock(mutex_);
    while (!input_done || next_write < next_read) {
      // Write every finished batch that is next in order.
      while (next_write < next_read && slots_[next_write % slots_.size()].state == kDone) {
        Slot& slot = slots_[next_write % slots_.size()];
        lock.unlock();
        for (size_t i = 0; i < slot.count; ++i) write(slot.in[i], slot.out[i]);
        lock.lock();
        slot.state = kEmpty;
        ++next_write;
      }
      // Read batches into free slots while the window allows.
      bool read_any = false;
      while (!input_done && next_read - next_write < slots_.size()) {
        Slot& slot = slots_[next_read % slots_.size()];
        lock.unlock();
        slot.count = 0;
        size_t bytes = 0;
        bool ended = false;
        while (slot.count < batch_ && (batch_bytes_ == 0 || bytes < batch_bytes_)) {
          if (!read(&slot.in[slot.count])) {
            ended = true;
            break;
          }
          if (bytes_of_) bytes += bytes_of_(slot.in[slot.count]);
          slot.out[slot.count] = Out();
          ++slot.count;
        }
        lock.lock();
        if (ended) input_done = true;
        if (slot.count == 0) break;
        slot.sequence = next_read++;
        slot.state = kReady;
        pending_.push_back(&slot);
        read_any = true;
        work_ready_.notify_one();
      }
      if (read_any) continue;
      if (next_write < next_read) {
        done_.wait(lock, [&] { return slots_[next_write % slots_.size()].state == kDone; });
      }
    }
    stopping_ = true;
    lock.unlock();
    work_ready_.notify_all();
    for (std::thread& worker : workers) worker.join();
  }

 private:
  enum State { kEmpty, kReady, kBusy, kDone };
  struct Slot {
    std::vector<In> in;  // batch_ items, reused from batch to batch
    std::vector<Out> out;
    size_t count = 0;  // items of this batch
    size_t sequence = 0;
    State state = kEmpty;
  };

  void Work(size_t worker, const std::function<void(size_t, const In&, Out*)>& process) {
    std::unique_lock lock(mutex_);
    while (true) {
      work_ready_.wait(lock, [&] { return stopping_ || pending_begin_ < pending_.size(); });
      if (pending_begin_ == pending_.size()) {
        if (stopping_) return;
        continue;
      }
      Slot* slot = pending_[pending_begin_++];
      if (pending_begin_ == pending_.size()) {  // keep the queue from growing
        pending_.clear();
        pending_begin_ = 0;
      }
      slot->state = kBusy;
      lock.unlock();
      for (size_t i = 0; i < slot->count; ++i) process(worker, slot->in[i], &slot->out[i]);
      lock.lock();
      slot->state = kDone;
      done_.notify_one();
    }
  }

  const size_t threads_;
  const size_t batch_;
  const std::function<size_t(const In&)> bytes_of_;
  const size_t batch_bytes_;  // 0: no limit
  std::vector<Slot> slots_;
  std::vector<Slot*> pending_;  // ready slots in input order, from pending_begin_
  size_t pending_begin_ = 0;
  bool stopping_ = false;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable done_;
};

}  // namespace tacitus

#endif  // TACITUS_PIPELINE_ORDERED_PARALLEL_H_
