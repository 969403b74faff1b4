// What the libFuzzer targets (src/**/*_fuzzer.cc) share: a scratch directory for the readers
// that take a path rather than bytes, and a way to pick options from the input's first bytes.
//
//   const std::filesystem::path& dir = fuzzing::ScratchDir();   // once per process
//   fuzzing::WriteOrDie(dir / "places.txt", input);               // once per input
//
// The directory is made by mkdtemp under std::filesystem::temp_directory_path(), its name
// starting "tacitus_fuzz_", and removed with everything in it when the process exits normally
// (a crash leaves it, with the input that crashed, for whoever looks). A fuzzer that cannot
// make or write it aborts: a run that silently fuzzed nothing would pass for a clean one.
#ifndef TACITUS_BASE_FUZZ_TESTING_H_
#define TACITUS_BASE_FUZZ_TESTING_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

namespace tacitus::fuzzing {

[[noreturn]] inline void Die(const std::string& message) {
  std::fprintf(stderr, "fuzzer: %s\n", message.c_str());
  std::abort();
}

inline const std::filesystem::path& ScratchDir() {
  static const std::filesystem::path dir = [] {
    std::error_code error;
    const std::filesystem::path base = std::filesystem::temp_directory_path(error);
    if (error) Die("no temporary directory: " + error.message());
    std::string name = (base / "tacitus_fuzz_XXXXXX").string();
    if (mkdtemp(name.data()) == nullptr) Die("cannot make a directory in " + base.string());
    return std::filesystem::path(name);
  }();
  static const bool removed_at_exit = [] {
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(dir, ignored);
    });
    return true;
  }();
  (void)removed_at_exit;
  return dir;
}

// Writes `content` byte for byte to `path`, making its parent directories.
inline void WriteOrDie(const std::filesystem::path& path, std::string_view content) {
  std::error_code error;
  std::filesystem::create_directories(path.parent_path(), error);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (error || !out) Die("cannot write " + path.string());
}

// The input as text, after its first `skip` bytes (which the fuzzer reads as options).
inline std::string_view Rest(const uint8_t* data, size_t size, size_t skip) {
  if (size <= skip) return {};
  return {reinterpret_cast<const char*>(data) + skip, size - skip};
}

}  // namespace tacitus::fuzzing

#endif  // TACITUS_BASE_FUZZ_TESTING_H_
