// End to end: SIGTERM in the middle of concurrent ticket requests. The server
// answers every command it has committed before it exits, or commits none it
// cannot answer (docs/operations.md, "Faults"): after the restart every stored
// ticket was acknowledged to some kiosk — none a kiosk would take again as a
// silent duplicate — and a kiosk not answered got a clean 503 or a closed
// connection.
#include <doctest/doctest.h>

#include <signal.h>
#include <sqlite3.h>

#include <atomic>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "tests/support/api_session.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek_e2e_shutdown {

using kezek::net::HttpClient;
using kezek::testing::ServerProcess;
using kezek::testing::TempDir;

namespace {

// What the kiosks were told.
struct Outcomes {
  std::mutex mutex;
  std::set<std::string> acknowledged;   // ticket numbers answered 201
  std::map<std::string, int> refused;   // 503 by error code
  int unanswered = 0;                   // connection closed or refused
  std::vector<std::string> unexpected;  // anything else

  void record(const kezek::net::HttpResult& r) {
    std::lock_guard lock(mutex);
    if (r.status == 201) {
      acknowledged.insert(std::string(r.json().at("ticket").at("number").as_string()));
    } else if (r.status == 503) {
      const boost::json::value body = r.json();
      const auto* error = body.is_object() ? body.as_object().if_contains("error") : nullptr;
      ++refused[error != nullptr ? std::string(error->at("code").as_string()) : "(no code)"];
    } else if (r.status == 0) {
      ++unanswered;
    } else {
      unexpected.push_back(std::to_string(r.status) + " " + r.body);
    }
  }
  std::size_t acknowledged_count() {
    std::lock_guard lock(mutex);
    return acknowledged.size();
  }
};

ServerProcess::Options busy_centre(const TempDir& config_dir, const std::filesystem::path& log) {
  const auto config = config_dir.path() / "centre.json";
  std::ofstream(config) << R"({"max_tickets_per_day": 9999, "limits": {"kiosk_requests_per_second": 0}})";
  auto options = kezek::testing::at("2026-11-24T09:00:00+05:00");
  options.config = config;
  options.log = log;
  return options;
}

// Every stored ticket's number, read back by id (ids are dense from 1).
std::set<std::string> stored_numbers(ServerProcess& server) {
  HttpClient admin(server.address(), server.token("admin"));
  std::set<std::string> stored;
  for (int id = 1;; ++id) {
    const auto r = admin.get("/api/v1/tickets/" + std::to_string(id));
    if (r.status == 404) break;
    REQUIRE(r.status == 200);
    stored.insert(std::string(r.json().at("ticket").at("number").as_string()));
  }
  return stored;
}

// Connections to `port` the server has accepted and read everything sent on
// (ESTABLISHED, nothing left in its receive queue), from /proc/net/tcp.
int drained_connections(int port) {
  std::ifstream table("/proc/net/tcp");
  std::string line;
  std::getline(table, line);  // the header
  int drained = 0;
  while (std::getline(table, line)) {
    std::istringstream fields(line);
    std::string slot, local, remote, state, queues;
    fields >> slot >> local >> remote >> state >> queues;
    const auto colon = local.find(':');
    if (colon == std::string::npos || std::stoi(local.substr(colon + 1), nullptr, 16) != port) continue;
    if (state == "01" && queues.ends_with(":00000000")) ++drained;
  }
  return drained;
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The contract, after the restart: nothing stored that no kiosk was told of,
// nothing told of that is not stored, and no answer but 201, a 503 with a
// code, or none.
void check_contract(Outcomes& outcomes, const std::set<std::string>& stored) {
  INFO("acknowledged " << outcomes.acknowledged.size() << ", stored " << stored.size() << ", unanswered "
                       << outcomes.unanswered << ", shutting_down " << outcomes.refused["shutting_down"]);
  for (const std::string& number : stored) {
    INFO("stored ticket " << number);
    CHECK(outcomes.acknowledged.contains(number));
  }
  for (const std::string& number : outcomes.acknowledged) {
    INFO("acknowledged ticket " << number);
    CHECK(stored.contains(number));
  }
  for (const auto& [code, count] : outcomes.refused) {
    INFO(count << " refused with " << code);
    CHECK((code == "shutting_down" || code == "storage_unavailable"));
  }
  for (const std::string& answer : outcomes.unexpected) FAIL_CHECK("unexpected answer: " << answer);
}

}  // namespace

TEST_CASE("e2e shutdown: SIGTERM during concurrent ticket requests, then every stored ticket was acknowledged") {
  TempDir data;
  TempDir config_dir;
  ServerProcess server(data.path(), busy_centre(config_dir, config_dir.path() / "server.log"));
  Outcomes outcomes;
  std::atomic<bool> stop{false};
  std::vector<std::thread> kiosks;
  for (int k = 0; k < 8; ++k) {
    kiosks.emplace_back([&, token = server.token("kiosk")] {
      HttpClient kiosk(server.address(), token, std::chrono::seconds(10));
      while (!stop) {
        const auto r = kiosk.post("/api/v1/tickets", R"({"service":"iin"})");
        outcomes.record(r);
        if (r.status == 0 || r.status == 503) return;  // the server is going: a kiosk would wait now
      }
    });
  }
  CHECK(kezek::testing::wait_until([&] { return outcomes.acknowledged_count() > 40; }, std::chrono::seconds(60)));
  const std::string ended = server.stop();  // SIGTERM with requests in flight
  stop = true;
  for (auto& t : kiosks) t.join();
  CHECK(ended == "exit code 0");
  CHECK(read_text(config_dir.path() / "server.log").find("shutting down") != std::string::npos);

  server.start();
  check_contract(outcomes, stored_numbers(server));
}

TEST_CASE("e2e shutdown: commands stuck behind a held database lock at SIGTERM are refused, never committed later") {
  TempDir data;
  TempDir config_dir;
  const auto log = config_dir.path() / "server.log";
  ServerProcess server(data.path(), busy_centre(config_dir, log));
  Outcomes outcomes;
  {
    HttpClient kiosk(server.address(), server.token("kiosk"));
    for (int i = 0; i < 3; ++i) outcomes.record(kiosk.post("/api/v1/tickets", R"({"service":"iin"})"));
    REQUIRE(outcomes.acknowledged_count() == 3);
  }
  // Another process holds the write lock (an operator's sqlite3 shell, a slow
  // disk): the engine's next batch waits for it (busy timeout 5 s).
  sqlite3* holder = nullptr;
  REQUIRE(sqlite3_open((data.path() / "kezek.db").c_str(), &holder) == SQLITE_OK);
  REQUIRE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

  std::atomic<int> sent{0};
  std::vector<std::thread> kiosks;
  for (int k = 0; k < 6; ++k) {
    kiosks.emplace_back([&, token = server.token("kiosk")] {
      HttpClient kiosk(server.address(), token, std::chrono::seconds(20));
      ++sent;
      outcomes.record(kiosk.post("/api/v1/tickets", R"({"service":"iin"})"));
    });
  }
  // Sent, and read by the server: the commands are in its engine, waiting.
  REQUIRE(kezek::testing::wait_until([&] { return sent == 6 && drained_connections(server.port()) >= 6; },
                                     std::chrono::seconds(10)));
  REQUIRE(::kill(server.pid(), SIGTERM) == 0);
  // The server gives the engine 3 s, then refuses what is still in it. The
  // lock is let go then (at the latest 4 s on, still inside the engine's busy
  // timeout): a batch that went on to commit now would have nobody to answer.
  const bool gave_up = kezek::testing::wait_until(
      [&] { return read_text(log).find("still in the engine") != std::string::npos; }, std::chrono::seconds(4));
  REQUIRE(sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(holder);
  for (auto& t : kiosks) t.join();
  CHECK(server.stop() == "exit code 0");
  CHECK(gave_up);

  server.start();
  check_contract(outcomes, stored_numbers(server));
  CHECK(outcomes.acknowledged.size() == 3);  // the six were all refused or unanswered
}

}  // namespace kezek_e2e_shutdown
