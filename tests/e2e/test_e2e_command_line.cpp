// End to end: kezek-server's command line — catalog checks, bad options and bad
// files refused at start-up with a message naming the file, entry and problem.
#include <doctest/doctest.h>

#include <fstream>

#include "tests/support/run_program.hpp"
#include "tests/support/server_process.hpp"

namespace kezek_e2e_command_line {

using kezek::testing::run_program;
using kezek::testing::TempDir;

TEST_CASE("cli: --check-catalog summarises the real catalog") {
  const auto r = run_program(
      {kezek::testing::server_binary().string(), "--check-catalog", KEZEK_ASSETS_DIR "/catalog/catalog.json"});
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("OK") != std::string::npos);
  CHECK(r.output.find("23") != std::string::npos);  // services
}

TEST_CASE("cli: a broken catalog is refused with the file, the entry and the problem") {
  TempDir dir;
  const auto file = dir.path() / "broken.json";
  std::ifstream in(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Point the first service at a document that does not exist.
  const auto at = text.find("\"doc\": \"");
  REQUIRE(at != std::string::npos);
  text.insert(at + 8, "no_such_document_");
  std::ofstream(file) << text;
  const auto r = run_program({kezek::testing::server_binary().string(), "--check-catalog", file.string()});
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("broken.json") != std::string::npos);
  CHECK(r.output.find("unknown document") != std::string::npos);
}

TEST_CASE("cli: a bad configuration or option stops the server before it listens") {
  TempDir dir;
  const auto config = dir.path() / "centre.json";
  std::ofstream(config) << R"({"counters": [{"number": 1, "services": ["visa_to_mars"]}]})";
  const auto bin = kezek::testing::server_binary().string();
  auto r =
      run_program({bin, "--data", (dir.path() / "d").string(), "--listen", "127.0.0.1:0", "--config", config.string()});
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("centre.json: counters[0].services: unknown service") != std::string::npos);
  r = run_program({bin, "--now", "yesterday"});
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("--now expects") != std::string::npos);
  r = run_program({bin, "--frobnicate"});
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("unknown option") != std::string::npos);
}

TEST_CASE("cli: first start creates the database and owner-only credentials") {
  TempDir dir;
  {
    kezek::testing::ServerProcess server(dir.path(), {});
    CHECK(std::filesystem::exists(dir.path() / "kezek.db"));
    const auto perms = std::filesystem::status(dir.path() / "credentials.json").permissions();
    CHECK((perms & std::filesystem::perms::group_all) == std::filesystem::perms::none);
    CHECK((perms & std::filesystem::perms::others_all) == std::filesystem::perms::none);
    CHECK(server.token("admin").size() == 64);
    CHECK(server.token("counter:8").size() == 64);
  }
  const auto r =
      run_program({kezek::testing::server_binary().string(), "--data", dir.path().string(), "--print-token", "kiosk"});
  CHECK(r.exit_code == 0);
  CHECK(r.output.size() == 65);
}

}  // namespace kezek_e2e_command_line
