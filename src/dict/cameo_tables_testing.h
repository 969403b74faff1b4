// The project's CAMEO tables in a data directory that a test or a fuzzer writes, so that the
// dictionaries it writes beside them load (Dictionaries::Load requires the tables).
//
//   testing::CopyCameoTables(temp.path() / "data");  // data/cameo/event_codes.tsv, ...
//
// Throws std::filesystem::filesystem_error when the tables cannot be copied.
#ifndef TACITUS_DICT_CAMEO_TABLES_TESTING_H_
#define TACITUS_DICT_CAMEO_TABLES_TESTING_H_

#include <filesystem>

namespace tacitus::testing {

// Copies TACITUS_SOURCE_DIR/data/cameo/{event,actor}_codes.tsv into DATA_DIR/cameo/,
// replacing copies already there.
inline void CopyCameoTables(const std::filesystem::path& data_dir) {
  namespace fs = std::filesystem;
  fs::create_directories(data_dir / "cameo");
  for (const char* table : {"event_codes.tsv", "actor_codes.tsv"}) {
    fs::copy_file(fs::path(TACITUS_SOURCE_DIR) / "data" / "cameo" / table,
                  data_dir / "cameo" / table, fs::copy_options::overwrite_existing);
  }
}

}  // namespace tacitus::testing

#endif  // TACITUS_DICT_CAMEO_TABLES_TESTING_H_
