// A PostgreSQL server for the store's tests, started by the first test that asks for it: initdb
// and postgres from /usr/lib/postgresql/*/bin in a temporary folder, listening on 127.0.0.1 and
// a free port (its socket in the folder too), fsync off; as the user nobody when the tests run
// as root (PostgreSQL refuses root). A gtest Environment stops it and removes the folder when the
// tests end, failed or not; if the test process dies, the server gets SIGTERM from the kernel
// (PR_SET_PDEATHSIG) and the folder stays in /tmp (named tacitus-pg-*).
//
//   if (std::string why = PostgresTestServer::Unavailable(); !why.empty()) GTEST_SKIP() << why;
//   std::string uri = PostgresTestServer::NewDatabase();  // postgresql://...:port/t3
#ifndef TACITUS_STORE_POSTGRES_POSTGRES_TESTING_H_
#define TACITUS_STORE_POSTGRES_POSTGRES_TESTING_H_

#include <string>

namespace tacitus::testing {

class PostgresTestServer {
 public:
  // "" when the server runs (starting it if it was not); else why it cannot (no initdb under
  // /usr/lib/postgresql, or initdb or postgres failed: the message quotes its log).
  static std::string Unavailable();
  // A new empty database on the server, as a URI; "" (and a test failure) when it cannot be
  // made. The server must be available.
  static std::string NewDatabase();
  // The URI of the server's database `name`.
  static std::string Uri(const std::string& name);
};

}  // namespace tacitus::testing

#endif  // TACITUS_STORE_POSTGRES_POSTGRES_TESTING_H_
