#include "cli/checked_output.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <utility>

namespace tacitus::cli {
namespace {

// Output is written in blocks of this size: few system calls, and a failure (a full disk) found
// within this much of output.
constexpr size_t kBlockBytes = 64 * 1024;

// std::cout's buffer. Never destroyed: std::cout is flushed at exit, after function-local
// statics are gone.
CheckedWriteBuffer* StdoutBuffer() {
  static CheckedWriteBuffer* const buffer = new CheckedWriteBuffer(STDOUT_FILENO);
  return buffer;
}

}  // namespace

CheckedWriteBuffer::CheckedWriteBuffer(int fd) : fd_(fd), line_buffered_(isatty(fd) == 1) {
  buffer_.reserve(kBlockBytes);
}

CheckedWriteBuffer::int_type CheckedWriteBuffer::overflow(int_type c) {
  if (error_ != 0) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return Drain() ? 0 : traits_type::eof();
  buffer_.push_back(traits_type::to_char_type(c));
  const bool full = buffer_.size() >= kBlockBytes || (line_buffered_ && c == '\n');
  if (full && !Drain()) return traits_type::eof();
  return c;
}

std::streamsize CheckedWriteBuffer::xsputn(const char* data, std::streamsize size) {
  if (error_ != 0) return 0;
  buffer_.insert(buffer_.end(), data, data + size);
  const bool full =
      buffer_.size() >= kBlockBytes || (line_buffered_ && std::memchr(data, '\n', size) != nullptr);
  if (full && !Drain()) return 0;
  return size;
}

int CheckedWriteBuffer::sync() { return error_ == 0 && Drain() ? 0 : -1; }

bool CheckedWriteBuffer::Drain() {
  const bool written = WriteAll(buffer_.data(), buffer_.size());
  buffer_.clear();
  return written;
}

bool CheckedWriteBuffer::WriteAll(const char* data, size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(fd_, data, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      // write(2) returns 0 only for a request of 0 bytes; never loop on it.
      set_error(written < 0 ? errno : EIO);
      return false;
    }
    data += written;
    size -= static_cast<size_t>(written);
  }
  return true;
}

void CheckStdout() { std::cout.rdbuf(StdoutBuffer()); }

bool StdoutFailed() { return StdoutBuffer()->error() != 0; }

int FinishStdout() {
  CheckedWriteBuffer* const buffer = StdoutBuffer();
  std::cout.flush();
  // Whatever a library printed with C's stdio; nothing of ours does.
  if (std::fflush(stdout) != 0) buffer->set_error(errno);
  // close(2) is where some file systems (NFS) report a failed write; EBADF is a stdout that was
  // never open (`>&-`) and had nothing written to it.
  if (::close(STDOUT_FILENO) != 0 && errno != EBADF) buffer->set_error(errno);
  if (buffer->error() == 0) return 0;
  return ReportWriteError(Status::Error(std::strerror(buffer->error())));
}

int ReportWriteError(const Status& status) {
  std::cerr << "tacitus: cannot write output: " << status.message() << "\n";
  return 1;
}

Result<std::unique_ptr<OutputFile>> OutputFile::Open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return Status::Error(StatusCode::kIoError, path + ": " + std::strerror(errno));
  return std::unique_ptr<OutputFile>(new OutputFile(path, fd));
}

OutputFile::OutputFile(std::string path, int fd)
    : path_(std::move(path)), fd_(fd), buffer_(fd), stream_(&buffer_) {}

OutputFile::~OutputFile() {
  // Not closed: the command failed before; what is left of the file does not matter.
  if (fd_ >= 0) ::close(fd_);
}

Status OutputFile::Close() {
  stream_.flush();
  if (::close(fd_) != 0) buffer_.set_error(errno);
  fd_ = -1;
  if (buffer_.error() == 0) return Status::Ok();
  return Status::Error(StatusCode::kIoError, path_ + ": " + std::strerror(buffer_.error()));
}

}  // namespace tacitus::cli
