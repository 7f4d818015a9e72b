#pragma once
// ApiSession: a started kezek-server plus one HTTP client per role, for the
// end-to-end tests. Parses JSON answers so a test reads like the API docs.

#include <boost/json.hpp>

#include <map>
#include <memory>
#include <string>

#include "shared/net/http_client.hpp"
#include "tests/support/server_process.hpp"

namespace kezek::testing {

struct Answer {
  unsigned status = 0;
  boost::json::value body;  // null when not JSON
  std::string raw;

  const boost::json::object& object() const;
  std::string error_code() const;                      // body.error.code, or ""
  std::string str(std::string_view key) const;         // top-level string member
  std::string ticket_str(std::string_view key) const;  // body.ticket.<key> as text
};

class ApiSession {
 public:
  explicit ApiSession(ServerProcess::Options options = {});

  // role: "admin", "kiosk", "display", "counter:N", or "" for no token.
  Answer call(const std::string& role, const std::string& method, const std::string& target,
              const std::string& body = {});
  Answer get(const std::string& role, const std::string& target) { return call(role, "GET", target); }
  Answer post(const std::string& role, const std::string& target, const std::string& body = {}) {
    return call(role, "POST", target, body);
  }

  // Shortcuts for the common steps of a day.
  Answer issue(const std::string& service, const std::string& tier = "standard");
  Answer counter(int n, const std::string& action, const std::string& body = {});

  ServerProcess& server() { return *server_; }
  const std::filesystem::path& data() const { return dir_.path(); }
  void restart();  // stop and start again on the same data folder
  // Stop, and start again on the same data folder with the clock at `now`:
  // a later moment of the same day without waiting for it in real time.
  void restart_at(std::string now);
  void crash_and_restart();

 private:
  net::HttpClient& client(const std::string& role);

  TempDir dir_;
  std::unique_ptr<ServerProcess> server_;
  std::map<std::string, std::unique_ptr<net::HttpClient>> clients_;
};

}  // namespace kezek::testing
