#include "store/store_testing.h"

#include <pqxx/pqxx>

#include "store/postgres/postgres_testing.h"
#include "store/sqlite.h"

namespace tacitus::testing {

std::string StoreKindName(const ::testing::TestParamInfo<StoreKind>& info) {
  return info.param == StoreKind::kSqlite ? "Sqlite" : "Postgres";
}

TestStore::TestStore(StoreKind kind) : kind_(kind) {
  if (kind == StoreKind::kSqlite) {
    location_ = file_.emplace().path();
  } else {
    location_ = PostgresTestServer::NewDatabase();
  }
}

std::unique_ptr<EventStore> TestStore::Open() {
  auto store = EventStore::Open(location_, EventStore::kReadWrite);
  EXPECT_TRUE(store.ok()) << store.status().message();
  return store.ok() ? std::move(store).value() : nullptr;
}

std::vector<std::string> TestStore::Column(const std::string& sql) {
  std::vector<std::string> values;
  if (kind_ == StoreKind::kPostgres) {
    try {
      pqxx::connection connection(location_);
      pqxx::nontransaction tx(connection);
      for (const pqxx::row& row : tx.exec(sql)) values.push_back(row[0].c_str());
    } catch (const std::exception& error) {
      ADD_FAILURE() << sql << ": " << error.what();
    }
    return values;
  }
  auto raw = SqliteDb::Open(location_, /*read_only=*/true);
  EXPECT_TRUE(raw.ok()) << raw.status().message();
  if (!raw.ok()) return values;
  auto rows = raw->Prepare(sql);
  EXPECT_TRUE(rows.ok()) << rows.status().message();
  Status status;
  while (rows.ok() && rows->Step(&status)) values.emplace_back(rows->Text(0));
  EXPECT_TRUE(status.ok()) << status.message();
  return values;
}

void StoreTest::SetUp() {
  if (GetParam() == StoreKind::kPostgres) {
    if (const std::string why = PostgresTestServer::Unavailable(); !why.empty()) {
      GTEST_SKIP() << why;
    }
  }
  db_.emplace(GetParam());
  ASSERT_FALSE(db_->location().empty());
}

}  // namespace tacitus::testing
