// Where the dictionaries are when the user does not say: `tacitus --dict DIR` overrides this.
#ifndef TACITUS_DICT_DATA_DIR_H_
#define TACITUS_DICT_DATA_DIR_H_

#include <optional>
#include <string>

namespace tacitus {

// The first of these that is a directory holding cameo/event_codes.tsv:
//   $TACITUS_DATA;  <exe dir>/../data (a build directory inside the source tree);
//   <exe dir>/../share/tacitus/data (an installed tree).
// `argv0` is main's argv[0]; /proc/self/exe is preferred when it exists, so a binary found
// through PATH works too. nullopt when none is found.
std::optional<std::string> FindDataDir(const char* argv0);

}  // namespace tacitus

#endif  // TACITUS_DICT_DATA_DIR_H_
