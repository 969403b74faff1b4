// Diagnostics as tests check them: how bad and where, not the wording of the reason, which is
// for people and may change.
//
//   EXPECT_THAT(testing::Located(diagnostics), ElementsAre("error a.txt:11", "warning a.txt:13"));
#ifndef TACITUS_BASE_DIAGNOSTIC_TESTING_H_
#define TACITUS_BASE_DIAGNOSTIC_TESTING_H_

#include <string>
#include <vector>

#include "tacitus/diagnostic.h"

namespace tacitus::testing {

// Each diagnostic as "SEVERITY WHERE" ("error data/agents.txt:2:7"), in the order added.
inline std::vector<std::string> Located(const Diagnostics& diagnostics) {
  std::vector<std::string> located;
  for (const Diagnostic& diagnostic : diagnostics) {
    located.push_back(std::string(SeverityName(diagnostic.severity)) + " " + diagnostic.Where());
  }
  return located;
}

}  // namespace tacitus::testing

#endif  // TACITUS_BASE_DIAGNOSTIC_TESTING_H_
