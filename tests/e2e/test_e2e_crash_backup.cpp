// End to end: kill -9 in the middle of concurrent issuing and calling loses
// nothing that was acknowledged; an online backup taken while the server runs
// restores to a working Centre.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "tests/support/api_session.hpp"
#include "tests/support/run_program.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek_e2e_crash_backup {

namespace json = boost::json;
using kezek::net::HttpClient;
using kezek::testing::ServerProcess;

TEST_CASE("e2e crash: kill -9 during concurrent issuing and calling, then every acknowledged change is there") {
  kezek::testing::TempDir data;
  kezek::testing::TempDir config_dir;
  const auto config = config_dir.path() / "centre.json";
  std::ofstream(config) << R"({"counters": [{"number": 1, "services": ["*"]}, {"number": 2, "services": ["*"]},
                                             {"number": 3, "services": ["*"]}], "max_tickets_per_day": 100000,
                                "limits": {"kiosk_requests_per_second": 0}})";
  auto options = kezek::testing::at("2026-11-24T09:00:00+05:00");
  options.config = config;
  ServerProcess server(data.path(), options);

  std::mutex mutex;
  std::map<std::string, std::string> acknowledged;  // number → last acknowledged status
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int k = 0; k < 3; ++k) {
    threads.emplace_back([&, token = server.token("kiosk")] {
      HttpClient kiosk(server.address(), token, std::chrono::seconds(2));
      while (!stop) {
        const auto r = kiosk.post("/api/v1/tickets", R"({"service":"iin"})");
        if (r.status != 201) continue;
        std::lock_guard lock(mutex);
        acknowledged[std::string(r.json().as_object().at("ticket").as_object().at("number").as_string())] = "waiting";
      }
    });
  }
  for (int c = 1; c <= 3; ++c) {
    threads.emplace_back([&, c, token = server.token("counter:" + std::to_string(c))] {
      HttpClient counter(server.address(), token, std::chrono::seconds(2));
      const std::string base = "/api/v1/counters/" + std::to_string(c) + "/";
      while (!stop) {
        const auto r = counter.post(base + "call-next");
        if (r.status != 200) continue;
        const std::string number(r.json().as_object().at("ticket").as_object().at("number").as_string());
        {
          std::lock_guard lock(mutex);
          acknowledged[number] = "called";
        }
        if (counter.post(base + "finish").status == 200) {
          std::lock_guard lock(mutex);
          acknowledged[number] = "done";
        }
      }
    });
  }
  // Traffic in full flow (some tickets done, more acknowledged than the check
  // below needs), however fast this build is; then the crash.
  const auto flowing = [&] {
    std::lock_guard lock(mutex);
    return acknowledged.size() > 40 &&
           std::any_of(acknowledged.begin(), acknowledged.end(), [](const auto& a) { return a.second == "done"; });
  };
  CHECK(kezek::testing::wait_until(flowing, std::chrono::seconds(60)));
  server.kill9();  // mid-flight: requests in the air get no answer
  stop = true;
  for (auto& t : threads) t.join();
  REQUIRE(acknowledged.size() > 20);

  server.start();
  HttpClient admin(server.address(), server.token("admin"));
  // Read every ticket back by id (ids are dense from 1).
  std::map<std::string, std::string> stored;
  for (int id = 1;; ++id) {
    const auto r = admin.get("/api/v1/tickets/" + std::to_string(id));
    if (r.status == 404) break;
    REQUIRE(r.status == 200);
    const auto t = r.json().as_object().at("ticket").as_object();
    stored[std::string(t.at("number").as_string())] = std::string(t.at("status").as_string());
  }
  for (const auto& [number, status] : acknowledged) {
    INFO(number << " acknowledged as " << status);
    REQUIRE(stored.contains(number));
    const std::string& now = stored[number];
    if (status == "done") CHECK(now == "done");
    if (status == "called") CHECK((now == "called" || now == "done"));
  }
  // Numbering continues without a repeat.
  HttpClient kiosk(server.address(), server.token("kiosk"));
  const auto next = kiosk.post("/api/v1/tickets", R"({"service":"iin"})");
  REQUIRE(next.status == 201);
  CHECK_FALSE(stored.contains(std::string(next.json().as_object().at("ticket").as_object().at("number").as_string())));
  // Nothing half-exists: every stored ticket is one the numbering accounts for
  // (ids are dense and numbers distinct).
  std::set<std::string> numbers;
  for (const auto& [number, status] : stored) numbers.insert(number);
  CHECK(numbers.size() == stored.size());
}

TEST_CASE("e2e backup: an online backup while the server runs, restored into a new data folder") {
  kezek::testing::ApiSession api;
  for (int i = 0; i < 5; ++i) REQUIRE(api.issue("iin").status == 201);
  kezek::testing::TempDir backups;
  const auto file = backups.path() / "kezek-backup.db";
  const auto r = kezek::testing::run_program(
      {kezek::testing::server_binary().string(), "--data", api.data().string(), "--backup", file.string()});
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  REQUIRE(api.issue("iin").status == 201);  // after the backup: not in it

  // Restore (docs/operations.md): a new data folder with the backup as kezek.db
  // and the old credentials.
  kezek::testing::TempDir restored;
  std::filesystem::copy_file(file, restored.path() / "kezek.db");
  std::filesystem::copy_file(api.data() / "credentials.json", restored.path() / "credentials.json");
  std::filesystem::permissions(restored.path() / "credentials.json",
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  ServerProcess again(restored.path(), {});
  HttpClient kiosk(again.address(), again.token("kiosk"));
  const auto next = kiosk.post("/api/v1/tickets", R"({"service":"iin"})");
  REQUIRE(next.status == 201);
  CHECK(next.json().as_object().at("ticket").as_object().at("number").as_string() == "O-006");
  // A backup of a folder without a database is refused.
  kezek::testing::TempDir empty;
  const auto refused =
      kezek::testing::run_program({kezek::testing::server_binary().string(), "--data", empty.path().string(),
                                   "--backup", (empty.path() / "x.db").string()});
  CHECK(refused.exit_code == 1);
  CHECK(refused.output.find("no database") != std::string::npos);
}

}  // namespace kezek_e2e_crash_backup
