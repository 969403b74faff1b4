// A fresh temporary directory for a test, removed with everything in it when the object dies.
// ctest runs every test in a process of its own, so a per-process directory that a test never
// removes piles up in /tmp run after run; one helper that always cleans up stops that.
//
//   testing::TempDir dir;
//   const std::string verbs = dir.Write("data/verbs/a.txt", "verb 040 meet +T\n");
//   auto dicts = Dictionaries::Load((dir.path() / "data").string());
//
// The directory is made by mkdtemp under std::filesystem::temp_directory_path(), its name
// starting "tacitus_", so tests running at the same time never share one. If it cannot be
// made, the constructor adds a test failure that says why and path() is empty; Write then adds
// a failure too and writes nothing, so such a test fails instead of writing into the working
// directory. Write adds a failure when it cannot write the file.
//
// Removal first gives the owner full access to every directory in the tree (a test may have
// made one unreadable), does not follow symbolic links, and ignores errors: a destructor must
// not throw, and a test that passed should not fail over cleaning up.
#ifndef TACITUS_BASE_TEMP_DIR_TESTING_H_
#define TACITUS_BASE_TEMP_DIR_TESTING_H_

#include <gtest/gtest.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>

namespace tacitus::testing {

class TempDir {
 public:
  TempDir() {
    std::error_code error;
    const std::filesystem::path base = std::filesystem::temp_directory_path(error);
    if (error) {
      ADD_FAILURE() << "no temporary directory: " << error.message();
      return;
    }
    std::string name = (base / "tacitus_XXXXXX").string();
    if (mkdtemp(name.data()) == nullptr) {
      const int mkdtemp_errno = errno;
      ADD_FAILURE() << "mkdtemp cannot make a directory in " << base.string() << ": "
                    << std::strerror(mkdtemp_errno);
      return;
    }
    path_ = name;
  }
  ~TempDir() {
    if (path_.empty()) return;
    RestoreOwnerAccess();
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Empty when the directory could not be made.
  const std::filesystem::path& path() const { return path_; }

  // Writes `content` byte for byte to `relative_name` inside the directory, making its parent
  // directories, and returns the file's full path.
  std::string Write(const std::string& relative_name, std::string_view content) const {
    if (path_.empty()) {
      ADD_FAILURE() << "no temporary directory to write " << relative_name << " in";
      return "";
    }
    const std::filesystem::path file = path_ / relative_name;
    std::error_code error;
    std::filesystem::create_directories(file.parent_path(), error);
    EXPECT_FALSE(error) << file.parent_path().string() << ": " << error.message();
    std::ofstream out(file, std::ios::binary);
    out << content;
    out.close();
    EXPECT_TRUE(out) << "cannot write " << file.string();
    return file.string();
  }

 private:
  // Removing an entry needs write and search permission on the directory holding it, never on
  // the entry itself, so directories are all that need it. Each is opened up before the walk
  // goes into it.
  void RestoreOwnerAccess() const {
    namespace fs = std::filesystem;
    std::error_code ignored;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
    std::error_code walk_error;
    for (fs::recursive_directory_iterator it(path_, walk_error), end; !walk_error && it != end;
         it.increment(walk_error)) {
      if (it->symlink_status(ignored).type() == fs::file_type::directory) {
        fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
      }
    }
  }

  std::filesystem::path path_;
};

}  // namespace tacitus::testing

#endif  // TACITUS_BASE_TEMP_DIR_TESTING_H_
