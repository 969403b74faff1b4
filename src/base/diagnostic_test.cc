#include "tacitus/diagnostic.h"

#include <gtest/gtest.h>

namespace tacitus {
namespace {

TEST(Diagnostic, WhereSaysAsMuchAsIsKnown) {
  EXPECT_EQ((Diagnostic{"a.txt", 12, 7, Severity::kError, "bad"}).Where(), "a.txt:12:7");
  EXPECT_EQ((Diagnostic{"a.txt", 12, 0, Severity::kError, "bad"}).Where(), "a.txt:12");
  EXPECT_EQ((Diagnostic{"a.txt", 0, 0, Severity::kError, "cannot read"}).Where(), "a.txt");
  // A column without a line says nothing.
  EXPECT_EQ((Diagnostic{"a.txt", 0, 7, Severity::kError, "bad"}).Where(), "a.txt");
}

TEST(Diagnostic, ToStringIsWhereThenReason) {
  EXPECT_EQ((Diagnostic{"a.txt", 12, 0, Severity::kWarning, "odd byte"}).ToString(),
            "a.txt:12: odd byte");
  EXPECT_EQ((Diagnostic{"a.txt", 12, 7, Severity::kError, "bad code"}).ToString(),
            "a.txt:12:7: bad code");
}

TEST(Diagnostics, CountsBySeverity) {
  Diagnostics diagnostics;
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_FALSE(diagnostics.has_errors());
  diagnostics.Warning("a.txt", 1, "odd");
  EXPECT_FALSE(diagnostics.has_errors());
  diagnostics.Error("a.txt", 2, "bad");
  diagnostics.Error("b.txt", 3, "worse");
  EXPECT_EQ(diagnostics.size(), 3u);
  EXPECT_EQ(diagnostics.error_count(), 2u);
  EXPECT_EQ(diagnostics.warning_count(), 1u);
  EXPECT_TRUE(diagnostics.has_errors());
  EXPECT_EQ(diagnostics[2].file, "b.txt");
  EXPECT_EQ(diagnostics[2].severity, Severity::kError);

  Diagnostics more;
  more.Warning("c.txt", 4, "odd");
  diagnostics.Append(more);
  EXPECT_EQ(diagnostics.warning_count(), 2u);
  EXPECT_EQ(diagnostics[3].file, "c.txt");
}

TEST(Diagnostics, ToStatusFailsWithEveryErrorAndNoWarning) {
  Diagnostics diagnostics;
  diagnostics.Warning("a.txt", 1, "odd");
  EXPECT_TRUE(diagnostics.ToStatus().ok());
  diagnostics.Error("a.txt", 2, "bad");
  diagnostics.Add({"b.txt", 3, 5, Severity::kError, "worse"});
  const Status status = diagnostics.ToStatus();
  EXPECT_EQ(status.code(), StatusCode::kDataError);
  EXPECT_EQ(status.message(), "a.txt:2: bad\nb.txt:3:5: worse");
}

}  // namespace
}  // namespace tacitus
