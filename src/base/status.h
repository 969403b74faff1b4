// Errors as values at module boundaries.
//
// A Status is either ok or carries a message that already names where the problem is
// ("data/actors.txt:12: unknown CAMEO code" or "story AFP_1: invalid date"). Functions that
// can fail on user input return Status or Result<T>; nothing in the library throws for bad
// input, and only cli/ turns an error into an exit status.
#ifndef TACITUS_BASE_STATUS_H_
#define TACITUS_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace tacitus {

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message), true); }

  bool ok() const { return !failed_; }
  const std::string& message() const { return message_; }

 private:
  Status(std::string message, bool failed) : message_(std::move(message)), failed_(failed) {}
  std::string message_;
  bool failed_ = false;
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

#endif  // TACITUS_BASE_STATUS_H_
