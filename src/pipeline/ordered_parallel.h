// Processes a stream on several threads and hands the results on in input order, with a
// bounded number of items in flight — so a corpus of any size is read, processed and
// written in bounded memory, and the output is the same whatever the thread count.
//
//   OrderedParallel<Story, std::vector<Event>> run(threads, /*window=*/4 * threads);
//   run.Run(
//       [&](Story* story) { return reader.Next(story); },                 // read: false at end
//       [&](size_t worker, const Story& story, std::vector<Event>* out) {  // on a worker thread
//         pipeline.Process(story, &scratch[worker], out); },
//       [&](const Story& story, std::vector<Event>& events) { write(...); });  // in input order
//
// `read` and `write` run on the calling thread; `process` on `threads` worker threads, each
// with its own index so per-thread scratch needs no locking. None of the callbacks may throw.
#ifndef TACITUS_PIPELINE_ORDERED_PARALLEL_H_
#define TACITUS_PIPELINE_ORDERED_PARALLEL_H_

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace tacitus {

// One thread per core, as the standard library counts them; 1 when it cannot tell.
inline size_t DefaultThreadCount() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

template <typename In, typename Out>
class OrderedParallel {
 public:
  // At least one thread; at least `threads` slots in the window.
  OrderedParallel(size_t threads, size_t window)
      : threads_(threads == 0 ? 1 : threads),
        slots_(window < threads_ ? threads_ : window) {}

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
      // Write every finished item that is next in order.
      while (next_write < next_read && slots_[next_write % slots_.size()].state == kDone) {
        Slot& slot = slots_[next_write % slots_.size()];
        lock.unlock();
        write(slot.in, slot.out);
        lock.lock();
        slot.state = kEmpty;
        ++next_write;
      }
      // Read into free slots while the window allows.
      bool read_any = false;
      while (!input_done && next_read - next_write < slots_.size()) {
        Slot& slot = slots_[next_read % slots_.size()];
        lock.unlock();
        slot.out = Out();
        const bool got = read(&slot.in);
        lock.lock();
        if (!got) {
          input_done = true;
          break;
        }
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
    In in;
    Out out;
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
      process(worker, slot->in, &slot->out);
      lock.lock();
      slot->state = kDone;
      done_.notify_one();
    }
  }

  const size_t threads_;
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
