// Errors as values at module boundaries.
//
// A Status is either ok or carries a code, which says what kind of failure it is, and a message
// that already names where the problem is ("data/actors.txt:12: unknown CAMEO code" or "story
// AFP_1: invalid date"). Callers branch on the code, never on the message, which is for people.
// Functions that can fail on user input return Status or Result<T>; nothing in the library
// throws for bad input, and only cli/ turns an error into an exit status.
#ifndef TACITUS_STATUS_H_
#define TACITUS_STATUS_H_

#include <cassert>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace tacitus {

// What kind of failure a Status is: few, so that callers can act on them (as absl's and re2's).
enum class StatusCode : uint8_t {
  kOk,
  kInvalidArgument,     // a caller's value is malformed: an option, a date, a chart file name
  kNotFound,            // a file, directory or database that is not there
  kDataError,           // input was read but is malformed: a dictionary, lexicon, story, tree
  kIoError,             // reading or writing failed: the file system, SQLite, cairo
  kFailedPrecondition,  // a call out of order, as committing a batch never begun
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  // Malformed input (kDataError), the failure most of the library reports.
  static Status Error(std::string message) {
    return Status(StatusCode::kDataError, std::move(message));
  }
  // `code` must not be kOk.
  static Status Error(StatusCode code, std::string message) {
    assert(code != StatusCode::kOk);
    return Status(code, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T& value() & {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace tacitus

#define TACITUS_RETURN_IF_ERROR(expr)                  \
  do {                                                 \
    ::tacitus::Status tacitus_status_ = (expr);        \
    if (!tacitus_status_.ok()) return tacitus_status_; \
  } while (0)

#endif  // TACITUS_STATUS_H_
