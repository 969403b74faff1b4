// Collects a loader's errors, each "file:line: reason", so that one run reports them all.
#ifndef TACITUS_DICT_LOAD_ERRORS_H_
#define TACITUS_DICT_LOAD_ERRORS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tacitus {

class LoadErrors {
 public:
  // `line` 0 means the file as a whole: "file: reason".
  void Add(std::string_view file, uint32_t line, std::string_view reason) {
    std::string message(file);
    if (line > 0) message += ":" + std::to_string(line);
    message += ": ";
    message += reason;
    messages_.push_back(std::move(message));
  }
  bool empty() const { return messages_.empty(); }
  size_t size() const { return messages_.size(); }
  const std::vector<std::string>& messages() const { return messages_; }
  // Ok when empty; otherwise an error with every message, one per line, in the order added.
  Status ToStatus() const {
    if (messages_.empty()) return Status::Ok();
    std::string all;
    for (const std::string& m : messages_) {
      if (!all.empty()) all += '\n';
      all += m;
    }
    return Status::Error(std::move(all));
  }

 private:
  std::vector<std::string> messages_;
};

}  // namespace tacitus

#endif  // TACITUS_DICT_LOAD_ERRORS_H_
