#include "pipeline/ordered_parallel.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <random>
#include <set>
#include <thread>
#include <vector>

namespace tacitus {
namespace {

// Squares 0..n-1 on `threads` threads with uneven work, and checks the order and the window.
void CheckOrderAndWindow(size_t threads, size_t window, size_t batch, int n) {
  OrderedParallel<int, long> run(threads, window, batch);
  int next = 0;
  size_t in_flight = 0;
  size_t most_in_flight = 0;
  std::vector<long> written;
  std::set<size_t> workers_seen;
  std::mutex workers_mutex;
  run.Run(
      [&](int* item) {
        if (next == n) return false;
        *item = next++;
        most_in_flight = std::max(most_in_flight, ++in_flight);
        return true;
      },
      [&](size_t worker, const int& item, long* out) {
        {
          std::lock_guard lock(workers_mutex);
          workers_seen.insert(worker);
        }
        // Later items often finish first.
        std::this_thread::sleep_for(std::chrono::microseconds((item * 7919) % 300));
        *out = static_cast<long>(item) * item;
      },
      [&](const int& item, long& out) {
        --in_flight;
        EXPECT_EQ(out, static_cast<long>(item) * item);
        written.push_back(out);
      });
  ASSERT_EQ(written.size(), static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) EXPECT_EQ(written[i], static_cast<long>(i) * i) << i;
  EXPECT_LE(most_in_flight, std::max(window, threads) * batch);
  for (size_t worker : workers_seen) EXPECT_LT(worker, threads);
}

TEST(OrderedParallel, WritesInInputOrderWithinTheWindow) {
  CheckOrderAndWindow(1, 1, 1, 50);
  CheckOrderAndWindow(2, 3, 1, 500);
  CheckOrderAndWindow(4, 16, 1, 1000);
  CheckOrderAndWindow(2, 4, 7, 500);  // batches that do not divide the input
  CheckOrderAndWindow(3, 3, 64, 1000);
}

TEST(OrderedParallel, EmptyInput) {
  OrderedParallel<int, int> run(3, 8);
  int processed = 0;
  run.Run([](int*) { return false; }, [&](size_t, const int&, int*) { ++processed; },
          [&](const int&, int&) { ++processed; });
  EXPECT_EQ(processed, 0);
}

TEST(OrderedParallel, ResultsAreResetBetweenItems) {
  OrderedParallel<int, std::vector<int>> run(2, 2, 3);
  int next = 0;
  run.Run([&](int* item) { return next < 100 ? (*item = next++, true) : false; },
          [](size_t, const int& item, std::vector<int>* out) { out->push_back(item); },
          [](const int& item, std::vector<int>& out) {
            ASSERT_EQ(out.size(), 1u);
            EXPECT_EQ(out[0], item);
          });
}

TEST(OrderedParallel, HeavyItemsTravelFewToABatch) {
  // Batches of up to 100 items, but closed at 30 bytes: items of 10 go three to a batch, so
  // with two batches in the window no more than six are ever read and not yet written.
  OrderedParallel<int, int> run(
      1, 2, 100, [](const int&) { return size_t{10}; }, 30);
  int read = 0;
  int written = 0;
  int most_in_flight = 0;
  run.Run(
      [&](int* item) {
        if (read == 100) return false;
        *item = read++;
        most_in_flight = std::max(most_in_flight, read - written);
        return true;
      },
      [](size_t, const int& item, int* out) { *out = item; },
      [&](const int& item, int& out) {
        EXPECT_EQ(out, item);
        EXPECT_EQ(item, written);
        ++written;
      });
  EXPECT_EQ(written, 100);
  EXPECT_LE(most_in_flight, 6);
  EXPECT_GE(most_in_flight, 3);
}

}  // namespace
}  // namespace tacitus
