#include "dict/data_dir.h"

#include <cstdlib>
#include <filesystem>

namespace tacitus {
namespace {

bool HoldsDictionaries(const std::filesystem::path& dir) {
  std::error_code error;
  return std::filesystem::is_regular_file(dir / "cameo" / "event_codes.tsv", error);
}

}  // namespace

std::optional<std::string> FindDataDir(const char* argv0) {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("TACITUS_DATA"); env != nullptr && *env != '\0') {
    if (HoldsDictionaries(env)) return std::string(env);
  }
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (error && argv0 != nullptr) exe = fs::absolute(argv0, error);
  if (error || exe.empty()) return std::nullopt;
  const fs::path exe_dir = exe.parent_path();
  for (const fs::path& candidate :
       {exe_dir / ".." / "data", exe_dir / ".." / "share" / "tacitus" / "data"}) {
    if (HoldsDictionaries(candidate)) return candidate.lexically_normal().string();
  }
  return std::nullopt;
}

}  // namespace tacitus
