#include "base/files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/temp_dir_testing.h"

namespace tacitus {
namespace {

TEST(ReadWholeFile, ReadsEveryByte) {
  testing::TempDir dir;
  // NULs, CRs and bytes past 0x7f come back unchanged; more than one read buffer's worth.
  std::string bytes = std::string("a\0b\r\n\xff", 6);
  while (bytes.size() < 200000) bytes += bytes;
  const std::string path = dir.Write("data.bin", bytes);
  std::string contents = "replaced";
  ASSERT_TRUE(ReadWholeFile(path, &contents).ok());
  EXPECT_EQ(contents, bytes);

  ASSERT_TRUE(ReadWholeFile(dir.Write("empty.txt", ""), &contents).ok());
  EXPECT_EQ(contents, "");
}

TEST(ReadWholeFile, NamesTheFileItCannotRead) {
  testing::TempDir dir;
  const std::string missing = (dir.path() / "missing.txt").string();
  std::string contents = "kept";
  const Status status = ReadWholeFile(missing, &contents);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(), missing + ": cannot open: No such file or directory");
  EXPECT_EQ(contents, "kept");

  const Status directory = ReadWholeFile(dir.path().string(), &contents);
  ASSERT_FALSE(directory.ok());
  EXPECT_EQ(directory.message(), dir.path().string() + ": not a regular file (a directory)");
  EXPECT_EQ(contents, "kept");
}

// A FIFO with no writer would block open() for ever: refused from its stat, never opened (a
// test that opened it would hang, not fail, so ctest's timeout backs this one up). A device
// is refused the same way.
TEST(ReadWholeFile, RefusesFifosAndDevicesWithoutOpeningThem) {
  testing::TempDir dir;
  const std::string fifo = (dir.path() / "verbs.txt").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
  std::string contents = "kept";
  Status status = ReadWholeFile(fifo, &contents);
  EXPECT_EQ(status.code(), StatusCode::kIoError);
  EXPECT_EQ(status.message(), fifo + ": not a regular file (a FIFO)");
  EXPECT_EQ(contents, "kept");

  status = ReadFileBytes("/dev/null", &contents);
  EXPECT_EQ(status.message(), "not a regular file (a character device)");
  // A symbolic link to a regular file is read through.
  const std::string target = dir.Write("real.txt", "agent MIL troops\n");
  const std::string link = (dir.path() / "link.txt").string();
  ASSERT_EQ(::symlink(target.c_str(), link.c_str()), 0) << std::strerror(errno);
  ASSERT_TRUE(ReadWholeFile(link, &contents).ok());
  EXPECT_EQ(contents, "agent MIL troops\n");
}

TEST(NextLine, WalksLinesOfEitherEnding) {
  std::string_view rest = "one\r\ntwo\n\nlast", line;
  std::vector<std::string_view> lines;
  while (NextLine(&rest, &line)) lines.push_back(line);
  EXPECT_EQ(lines, (std::vector<std::string_view>{"one", "two", "", "last"}));
  EXPECT_TRUE(rest.empty());

  rest = "only\n";
  ASSERT_TRUE(NextLine(&rest, &line));
  EXPECT_EQ(line, "only");
  EXPECT_FALSE(NextLine(&rest, &line));  // no empty line after the last newline
}

}  // namespace
}  // namespace tacitus
