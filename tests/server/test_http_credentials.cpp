// Credentials: the private token file and bearer authentication.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include <boost/json.hpp>

#include "server/http/credentials.hpp"
#include "server/http/random_token.hpp"

namespace kezek::http {
namespace server_http_credentials {
namespace {

namespace fs = std::filesystem;

// A fresh directory, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("kezek-http-test-" + random_hex_token(8))) {
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

unsigned permissions_of(const fs::path& file) {
  struct stat status {};
  REQUIRE(::stat(file.c_str(), &status) == 0);
  return status.st_mode & 07777;
}

bool is_hex64(const std::string& token) {
  return token.size() == 64 && std::all_of(token.begin(), token.end(),
                                           [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::string read_text(const fs::path& file) {
  std::ifstream in{file};
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("http credentials: first start creates a private file of random tokens") {
  TempDir dir;
  const auto file = dir.path() / "secrets" / "tokens.json";
  const auto credentials = Credentials::load_or_create(file, {1, 2, 3});
  CHECK(permissions_of(file) == 0600);

  std::set<std::string> tokens;
  for (const Role role : {Role::admin, Role::kiosk, Role::display}) {
    tokens.insert(credentials.token_for(role));
  }
  for (const int counter : {1, 2, 3}) tokens.insert(credentials.token_for(Role::counter, counter));
  CHECK(tokens.size() == 6);
  for (const auto& token : tokens) CHECK(is_hex64(token));

  const auto json = boost::json::parse(read_text(file)).as_object();
  CHECK(json.at("admin").as_string() == credentials.token_for(Role::admin));
  CHECK(json.at("kiosk").as_string() == credentials.token_for(Role::kiosk));
  CHECK(json.at("display").as_string() == credentials.token_for(Role::display));
  CHECK(json.at("counters").at("2").as_string() == credentials.token_for(Role::counter, 2));
  CHECK_THROWS_AS(credentials.token_for(Role::counter, 9), std::out_of_range);
}

TEST_CASE("http credentials: a restart reads the same tokens back") {
  TempDir dir;
  const auto file = dir.path() / "tokens.json";
  const auto first = Credentials::load_or_create(file, {1, 2});
  const auto before = read_text(file);
  const auto second = Credentials::load_or_create(file, {1, 2});
  CHECK(read_text(file) == before);  // nothing to add: not rewritten
  for (const Role role : {Role::admin, Role::kiosk, Role::display}) {
    CHECK(second.token_for(role) == first.token_for(role));
  }
  CHECK(second.token_for(Role::counter, 1) == first.token_for(Role::counter, 1));
  CHECK(second.token_for(Role::counter, 2) == first.token_for(Role::counter, 2));
}

TEST_CASE("http credentials: a new counter gets a token, the others keep theirs") {
  TempDir dir;
  const auto file = dir.path() / "tokens.json";
  const auto first = Credentials::load_or_create(file, {1, 2});
  const auto second = Credentials::load_or_create(file, {1, 2, 7});
  CHECK(is_hex64(second.token_for(Role::counter, 7)));
  CHECK(second.token_for(Role::counter, 7) != second.token_for(Role::counter, 1));
  CHECK(second.token_for(Role::counter, 1) == first.token_for(Role::counter, 1));
  CHECK(second.token_for(Role::admin) == first.token_for(Role::admin));
  CHECK(permissions_of(file) == 0600);
  CHECK(boost::json::parse(read_text(file)).at("counters").at("7").as_string() == second.token_for(Role::counter, 7));
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    CHECK(entry.path().filename() == "tokens.json");  // no temporary left behind
  }

  SUBCASE("a counter dropped from the configuration keeps its line but not its access") {
    const auto third = Credentials::load_or_create(file, {1});
    CHECK_FALSE(third.authenticate("Bearer " + first.token_for(Role::counter, 2)));
    CHECK(boost::json::parse(read_text(file)).at("counters").as_object().contains("2"));
  }
}

TEST_CASE("http credentials: a file others may read is refused") {
  TempDir dir;
  const auto file = dir.path() / "tokens.json";
  Credentials::load_or_create(file, {1});
  for (const unsigned mode : {0644u, 0640u, 0604u, 0660u}) {
    CAPTURE(mode);
    REQUIRE(::chmod(file.c_str(), mode) == 0);
    try {
      Credentials::load_or_create(file, {1});
      FAIL("a group/other-accessible credentials file was accepted");
    } catch (const std::runtime_error& e) {
      const std::string message = e.what();
      CHECK(message.find("chmod 600") != std::string::npos);
      CHECK(message.find(file.string()) != std::string::npos);
    }
  }
  REQUIRE(::chmod(file.c_str(), 0600) == 0);
  CHECK_NOTHROW(Credentials::load_or_create(file, {1}));
}

TEST_CASE("http credentials: a malformed file is refused without echoing its tokens") {
  TempDir dir;
  const auto file = dir.path() / "tokens.json";
  const auto write_private = [&](const std::string& text) {
    fs::remove(file);
    std::ofstream{file} << text;
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
  };
  write_private("not json");
  CHECK_THROWS_AS(Credentials::load_or_create(file, {}), std::runtime_error);
  write_private(R"({"admin": "SECRET-but-short"})");
  try {
    Credentials::load_or_create(file, {});
    FAIL("a malformed token was accepted");
  } catch (const std::runtime_error& e) {
    CHECK(std::string(e.what()).find("SECRET") == std::string::npos);
  }
  const std::string token(64, 'a');
  write_private(R"({"admin": ")" + token + R"(", "kiosk": ")" + token + R"("})");
  CHECK_THROWS_AS(Credentials::load_or_create(file, {}), std::runtime_error);  // shared token
  CHECK_THROWS_AS(Credentials::load_or_create(dir.path() / "other.json", {0}), std::invalid_argument);
}

TEST_CASE("http credentials: authenticate maps each token to its principal") {
  TempDir dir;
  const auto credentials = Credentials::load_or_create(dir.path() / "tokens.json", {1, 4});

  CHECK(credentials.authenticate("Bearer " + credentials.token_for(Role::admin)) == Principal{Role::admin, 0});
  CHECK(credentials.authenticate("Bearer " + credentials.token_for(Role::kiosk)) == Principal{Role::kiosk, 0});
  CHECK(credentials.authenticate("Bearer " + credentials.token_for(Role::display)) == Principal{Role::display, 0});
  CHECK(credentials.authenticate("Bearer " + credentials.token_for(Role::counter, 1)) == Principal{Role::counter, 1});
  CHECK(credentials.authenticate("Bearer " + credentials.token_for(Role::counter, 4)) == Principal{Role::counter, 4});
  // The scheme is case-insensitive (RFC 9110); surrounding blanks are tolerated.
  CHECK(credentials.authenticate("bearer " + credentials.token_for(Role::kiosk) + " ") == Principal{Role::kiosk, 0});

  const std::string admin = credentials.token_for(Role::admin);
  std::string flipped = admin;
  flipped.back() = flipped.back() == '0' ? '1' : '0';
  CHECK_FALSE(credentials.authenticate(""));
  CHECK_FALSE(credentials.authenticate("Bearer"));
  CHECK_FALSE(credentials.authenticate("Bearer "));
  CHECK_FALSE(credentials.authenticate(admin));  // no scheme
  CHECK_FALSE(credentials.authenticate("Basic " + admin));
  CHECK_FALSE(credentials.authenticate("Bearer " + flipped));
  CHECK_FALSE(credentials.authenticate("Bearer " + admin.substr(0, 63)));
  CHECK_FALSE(credentials.authenticate("Bearer " + admin + "0"));
  CHECK_FALSE(credentials.authenticate("Bearer " + std::string(64, '0')));
  CHECK_FALSE(credentials.authenticate("Bearerx" + admin));
  // The comparison goes eight bytes at a time: a difference in any byte counts.
  for (std::size_t i = 0; i < admin.size(); ++i) {
    std::string changed = admin;
    changed[i] = changed[i] == 'a' ? 'b' : 'a';
    CHECK_FALSE(credentials.authenticate("Bearer " + changed));
  }
}

}  // namespace server_http_credentials
}  // namespace kezek::http
