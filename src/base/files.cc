#include "base/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tacitus {
namespace {

// "" for a regular file, else what it is instead: "not a regular file (a FIFO)".
std::string NotRegular(mode_t mode) {
  if (S_ISREG(mode)) return "";
  const char* kind = S_ISDIR(mode)    ? "a directory"
                     : S_ISFIFO(mode) ? "a FIFO"
                     : S_ISCHR(mode)  ? "a character device"
                     : S_ISBLK(mode)  ? "a block device"
                     : S_ISSOCK(mode) ? "a socket"
                                      : "of an unknown type";
  return std::string("not a regular file (") + kind + ")";
}

Status CannotOpen(int error) {
  return Status::Error(error == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError,
                       std::string("cannot open: ") + std::strerror(error));
}

// Closes the descriptor it holds when it goes.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

Status ReadFileBytes(const std::string& path, std::string* contents) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return CannotOpen(errno);
  if (std::string kind = NotRegular(info.st_mode); !kind.empty()) {
    return Status::Error(StatusCode::kIoError, std::move(kind));
  }
  // O_NONBLOCK and the fstat close the gap between stat and open: a FIFO put in the file's
  // place meanwhile opens at once and is refused here, instead of blocking the open.
  const FileDescriptor file(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (file.get() < 0) return CannotOpen(errno);
  if (::fstat(file.get(), &info) != 0) return CannotOpen(errno);
  if (std::string kind = NotRegular(info.st_mode); !kind.empty()) {
    return Status::Error(StatusCode::kIoError, std::move(kind));
  }
  contents->clear();
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(file.get(), buffer, sizeof buffer);
    if (n == 0) return Status::Ok();
    if (n > 0) {
      contents->append(buffer, static_cast<size_t>(n));
    } else if (errno != EINTR) {
      return Status::Error(StatusCode::kIoError,
                           std::string("read error: ") + std::strerror(errno));
    }
  }
}

Status ReadWholeFile(const std::string& path, std::string* contents) {
  const Status status = ReadFileBytes(path, contents);
  if (status.ok()) return status;
  return Status::Error(status.code(), path + ": " + status.message());
}

}  // namespace tacitus
