#include "store/postgres/postgres_testing.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <glob.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <pqxx/pqxx>
#include <sstream>
#include <thread>
#include <vector>

namespace tacitus::testing {
namespace {

namespace fs = std::filesystem;

// The bin folder of the newest PostgreSQL installed; "" when there is none.
std::string FindPostgresBin() {
  glob_t found{};
  std::string bin;
  if (glob("/usr/lib/postgresql/*/bin/initdb", 0, nullptr, &found) == 0) {
    // Versions sort as numbers: the longest name of the last length is the newest.
    std::vector<std::string> paths(found.gl_pathv, found.gl_pathv + found.gl_pathc);
    std::sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    bin = fs::path(paths.back()).parent_path().string();
  }
  globfree(&found);
  return bin;
}

// A port on 127.0.0.1 that nothing listens on now.
int FreePort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  int port = 0;
  if (fd >= 0 && bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
    port = ntohs(address.sin_port);
  }
  if (fd >= 0) close(fd);
  return port;
}

// Starts `argv` with its output to `log`, as `user` (uid/gid; -1 to stay), dying with this
// process. The child's pid, or -1.
pid_t Spawn(const std::vector<std::string>& argv, const std::string& log, uid_t uid, gid_t gid) {
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  const pid_t pid = fork();
  if (pid != 0) return pid;
  // The child: only async-signal-safe calls until exec.
  const int out = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (out >= 0) {
    dup2(out, STDOUT_FILENO);
    dup2(out, STDERR_FILENO);
  }
  if (static_cast<int>(uid) >= 0 && (setgid(gid) != 0 || setuid(uid) != 0)) _exit(126);
  prctl(PR_SET_PDEATHSIG, SIGTERM);  // after setuid, which clears it
  execv(args[0], args.data());
  _exit(127);
}

std::string UriAt(int port, const std::string& name) {
  std::string uri = "postgresql://tacitus@127.0.0.1:";
  uri += std::to_string(port);
  uri += '/';
  return uri + name;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class Server {
 public:
  // Starts the server; on failure why_ says why.
  Server() {
    const std::string bin = FindPostgresBin();
    if (bin.empty()) {
      why_ =
          "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): the PostgreSQL "
          "store's tests are skipped (apt-get install postgresql)";
      return;
    }
    char folder[] = "/tmp/tacitus-pg-XXXXXX";
    if (mkdtemp(folder) == nullptr) {
      why_ = "cannot make a temporary folder for PostgreSQL";
      return;
    }
    folder_ = folder;
    uid_t uid = static_cast<uid_t>(-1);
    gid_t gid = static_cast<gid_t>(-1);
    if (geteuid() == 0) {
      // PostgreSQL refuses to run as root: as nobody, who must own the folder.
      const passwd* nobody = getpwnam("nobody");
      if (nobody == nullptr || chown(folder, nobody->pw_uid, nobody->pw_gid) != 0) {
        why_ = "running as root, and cannot hand " + folder_ + " to the user nobody";
        return;
      }
      uid = nobody->pw_uid;
      gid = nobody->pw_gid;
    }
    const std::string log = folder_ + "/log";
    const pid_t initdb = Spawn({bin + "/initdb", "-D", folder_ + "/data", "-U", "tacitus",
                                "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"},
                               log, uid, gid);
    int status = 0;
    if (initdb < 0 || waitpid(initdb, &status, 0) != initdb || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
      why_ = "initdb failed: " + ReadFile(log);
      return;
    }
    // Another test process may take the free port first (ctest -j): then postgres exits, and
    // another port is tried.
    for (int attempt = 0; attempt < 3; ++attempt) {
      port_ = FreePort();
      pid_ = Spawn(
          {bin + "/postgres", "-D", folder_ + "/data", "-h", "127.0.0.1", "-p",
           std::to_string(port_), "-k", folder_, "-c", "fsync=off", "-c", "synchronous_commit=off",
           "-c", "full_page_writes=off", "-c", "max_connections=60"},
          log, uid, gid);
      if (WaitUntilReady()) return;
    }
    why_ = "postgres did not start: " + ReadFile(log);
  }

  ~Server() {
    if (pid_ > 0) {
      kill(pid_, SIGINT);  // fast shutdown: rolls back what is open, closes the connections
      int status = 0;
      waitpid(pid_, &status, 0);
    }
    std::error_code ignored;
    if (!folder_.empty()) fs::remove_all(folder_, ignored);
  }

  const std::string& why() const { return why_; }
  int port() const { return port_; }

 private:
  // Whether the server started takes connections, through its own socket folder (so that it
  // is this server that answers, not another on the port); false, and pid_ -1, when it exits
  // or does not answer within 30 s.
  bool WaitUntilReady() {
    const std::string uri =
        "postgresql://tacitus@/postgres?host=" + folder_ + "&port=" + std::to_string(port_);
    for (int attempt = 0; attempt < 600; ++attempt) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) break;
      try {
        pqxx::connection probe(uri);
        return true;
      } catch (const std::exception&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
    if (waitpid(pid_, nullptr, WNOHANG) == 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    pid_ = -1;
    return false;
  }

  std::string why_;
  std::string folder_;
  int port_ = 0;
  pid_t pid_ = -1;
};

std::mutex server_mutex;
Server* server = nullptr;  // started by the first test that asks

// Stops the server when the tests end.
class StopServer : public ::testing::Environment {
 public:
  void TearDown() override {
    const std::lock_guard lock(server_mutex);
    delete server;
    server = nullptr;
  }
};
const auto* const kStopServer = ::testing::AddGlobalTestEnvironment(new StopServer);

Server& Started() {
  const std::lock_guard lock(server_mutex);
  if (server == nullptr) server = new Server;
  return *server;
}

}  // namespace

std::string PostgresTestServer::Unavailable() { return Started().why(); }

std::string PostgresTestServer::Uri(const std::string& name) {
  return UriAt(Started().port(), name);
}

std::string PostgresTestServer::NewDatabase() {
  static std::atomic<int> next = 0;
  std::string name = "t";
  name += std::to_string(++next);
  try {
    pqxx::connection connection(Uri("postgres"));
    pqxx::nontransaction tx(connection);
    tx.exec("CREATE DATABASE " + name);
  } catch (const std::exception& error) {
    ADD_FAILURE() << "cannot create database " << name << ": " << error.what();
    return "";
  }
  return Uri(name);
}

}  // namespace tacitus::testing
