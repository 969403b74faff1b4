#include "base/data_file.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "base/diagnostic_testing.h"
#include "base/temp_dir_testing.h"

namespace tacitus {
namespace {

using ::testing::ElementsAre;

TEST(RefuseBadLines, GoodTextIsLeftAlone) {
  std::string text = "agent MIL troops\r\n# caf\xC3\xA9\n\nlast";
  const std::string before = text;
  Diagnostics diagnostics;
  EXPECT_EQ(RefuseBadLines("a.txt", &text, &diagnostics), 0u);
  EXPECT_EQ(text, before);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(RefuseBadLines, EmptiesEachBadLineAndSaysWhere) {
  const char kText[] = "good\nTIRUCHIR\0PPALLI\nok\nWERE\xC2 | BEEN\r\n\xFF";
  std::string text(kText, sizeof kText - 1);
  Diagnostics diagnostics;
  EXPECT_EQ(RefuseBadLines("verbs.txt", &text, &diagnostics), 3u);
  EXPECT_EQ(text, "good\n\nok\n\n");  // line numbers of the good lines kept
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("error verbs.txt:2:9", "error verbs.txt:4:5", "error verbs.txt:5:1"));
  EXPECT_EQ(diagnostics[0].reason, "NUL byte");
  EXPECT_EQ(diagnostics[1].reason, "invalid UTF-8 (byte 0xC2)");
  EXPECT_EQ(diagnostics[2].reason, "invalid UTF-8 (byte 0xFF)");
}

TEST(RefuseBadLines, ANulBeforeBadUtf8IsWhatIsReported) {
  std::string text = std::string("ab\0c\xFF", 5);
  Diagnostics diagnostics;
  RefuseBadLines("f", &text, &diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].ToString(), "f:1:3: NUL byte");
}

TEST(HasContentLine, BlankAndCommentLinesAreNoContent) {
  EXPECT_FALSE(HasContentLine(""));
  EXPECT_FALSE(HasContentLine(" \n\t\r\n  # all commented out\n#agent MIL troops\n"));
  EXPECT_TRUE(HasContentLine("# troops\nagent MIL troops"));
}

TEST(ReadDataFile, WarnsOfAFileWithNoEntries) {
  testing::TempDir dir;
  std::string text;
  Diagnostics diagnostics;
  ASSERT_TRUE(ReadDataFile(dir.Write("agents.txt", "# nothing yet\n"), "data/agents.txt", &text,
                           &diagnostics)
                  .ok());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(diagnostics[0].ToString(), "data/agents.txt: no entries (empty, or only comments)");

  diagnostics = Diagnostics();
  ASSERT_TRUE(ReadDataFile(dir.Write("empty.txt", ""), "data/empty.txt", &text, &diagnostics).ok());
  EXPECT_THAT(testing::Located(diagnostics), ElementsAre("warning data/empty.txt"));

  // A file whose only entry is refused has none left either.
  diagnostics = Diagnostics();
  ASSERT_TRUE(ReadDataFile(dir.Write("nul.txt", std::string("agent MIL tr\0ops\n", 17)),
                           "data/nul.txt", &text, &diagnostics)
                  .ok());
  EXPECT_THAT(testing::Located(diagnostics),
              ElementsAre("error data/nul.txt:1:13", "warning data/nul.txt"));
}

TEST(ReadDataFile, RefusesAFifoWithTheReasonAlone) {
  testing::TempDir dir;
  const std::string fifo = (dir.path() / "agents.txt").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0) << std::strerror(errno);
  std::string text;
  Diagnostics diagnostics;
  const Status status = ReadDataFile(fifo, "data/agents.txt", &text, &diagnostics);
  EXPECT_EQ(status.message(), "not a regular file (a FIFO)");
  EXPECT_TRUE(diagnostics.empty());
}

}  // namespace
}  // namespace tacitus
