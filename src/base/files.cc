#include "base/files.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace tacitus {

Status ReadWholeFile(const std::string& path, std::string* contents) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) {
    const int error = errno;
    return Status::Error(error == ENOENT ? StatusCode::kNotFound : StatusCode::kIoError,
                         path + ": cannot open: " + std::strerror(error));
  }
  contents->clear();
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) contents->append(buffer, n);
  if (std::ferror(file.get())) return Status::Error(StatusCode::kIoError, path + ": read error");
  return Status::Ok();
}

}  // namespace tacitus
