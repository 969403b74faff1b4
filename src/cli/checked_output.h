// Output whose failures are not silent: every write, flush and close of stdout and of the files
// a command writes is checked, and the first failure is kept with its reason (strerror).
//
//   int main(...) {
//     tacitus::cli::CheckStdout();                     // before any output
//     ... commands write to std::cout ...
//     if (int status = tacitus::cli::FinishStdout(); status != 0) return status;
//   }
//
//   auto file = OutputFile::Open(path);               // a command's output file
//   if (!file.ok()) return ReportWriteError(file.status());
//   (*file)->stream() << ...;
//   if (Status closed = (*file)->Close(); !closed.ok()) return ReportWriteError(closed);
//
// A failed write is reported once, as "tacitus: cannot write output: REASON", and the command
// exits 1, whatever it would have exited with. After a failure the stream is bad (the stream's
// operator<< does nothing), so a command that streams a long output can stop early by testing it
// (StdoutFailed).
#ifndef TACITUS_CLI_CHECKED_OUTPUT_H_
#define TACITUS_CLI_CHECKED_OUTPUT_H_

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

#include "tacitus/status.h"

namespace tacitus::cli {

// A std::streambuf that writes to a file descriptor it does not own, in blocks (or after each
// line, for a terminal), and keeps the errno of the first write that fails; later output is
// dropped.
class CheckedWriteBuffer : public std::streambuf {
 public:
  explicit CheckedWriteBuffer(int fd);

  // 0, or the errno of the first failed write.
  int error() const { return error_; }
  // Records a failure found outside the buffer (close); the first one is kept.
  void set_error(int error) {
    if (error_ == 0) error_ = error;
  }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

 private:
  // Writes `size` bytes (retrying short writes and EINTR); false, with error_ set, on failure.
  bool WriteAll(const char* data, size_t size);
  // Writes out what is buffered.
  bool Drain();

  const int fd_;
  const bool line_buffered_;
  std::vector<char> buffer_;
  int error_ = 0;
};

// Makes std::cout write through a CheckedWriteBuffer on stdout (fd 1) for the rest of the run.
// Everything a command prints to stdout must go through std::cout from then on (not printf).
void CheckStdout();

// Whether a write to stdout has failed: a streaming command stops reading input then.
bool StdoutFailed();

// Flushes std::cout and closes stdout; 0 when every write succeeded, else prints
// "tacitus: cannot write output: REASON" on stderr and returns 1.
int FinishStdout();

// Prints "tacitus: cannot write output: MESSAGE" on stderr; returns 1, the exit status.
int ReportWriteError(const Status& status);

// A file a command writes (created or truncated), every write to it checked.
class OutputFile {
 public:
  // Fails with "PATH: REASON" when the file cannot be opened for writing.
  static Result<std::unique_ptr<OutputFile>> Open(const std::string& path);
  ~OutputFile();

  std::ostream& stream() { return stream_; }
  // Flushes and closes; fails with "PATH: REASON" for the first write, flush or close that
  // failed.
  Status Close();

 private:
  OutputFile(std::string path, int fd);

  const std::string path_;
  int fd_;
  CheckedWriteBuffer buffer_;
  std::ostream stream_;
};

}  // namespace tacitus::cli

#endif  // TACITUS_CLI_CHECKED_OUTPUT_H_
