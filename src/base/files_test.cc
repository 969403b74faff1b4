#include "base/files.h"

#include <gtest/gtest.h>

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
  EXPECT_EQ(directory.message(), dir.path().string() + ": read error");
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
