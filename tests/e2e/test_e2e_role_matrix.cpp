// End to end: every endpoint with every role and with no token.
#include <doctest/doctest.h>

#include <map>

#include "tests/support/api_session.hpp"

namespace kezek_e2e_role_matrix {

using kezek::testing::ApiSession;

TEST_CASE("e2e roles: each endpoint answers each role as documented") {
  ApiSession api;
  struct Case {
    const char* method;
    const char* target;
    const char* body;
    std::map<std::string, bool> allowed;  // role → may it (true: not 401/403)
  };
  const std::string roles[] = {"", "admin", "kiosk", "display", "counter:1", "counter:2"};
  const std::vector<Case> cases = {
      {"GET",
       "/api/v1/catalog",
       "",
       {{"", true}, {"admin", true}, {"kiosk", true}, {"display", true}, {"counter:1", true}, {"counter:2", true}}},
      {"GET",
       "/api/v1/status",
       "",
       {{"", false}, {"admin", true}, {"kiosk", true}, {"display", true}, {"counter:1", true}, {"counter:2", true}}},
      {"GET",
       "/api/v1/board",
       "",
       {{"", false}, {"admin", true}, {"kiosk", true}, {"display", true}, {"counter:1", true}, {"counter:2", true}}},
      {"POST",
       "/api/v1/tickets",
       R"({"service":"iin"})",
       {{"", false}, {"admin", true}, {"kiosk", true}, {"display", false}, {"counter:1", false}, {"counter:2", false}}},
      {"GET",
       "/api/v1/tickets/1",
       "",
       {{"", false}, {"admin", true}, {"kiosk", true}, {"display", false}, {"counter:1", false}, {"counter:2", false}}},
      {"GET",
       "/api/v1/counters/1",
       "",
       {{"", false}, {"admin", true}, {"kiosk", false}, {"display", false}, {"counter:1", true}, {"counter:2", false}}},
      {"POST",
       "/api/v1/counters/1/pause",
       "",
       {{"", false}, {"admin", true}, {"kiosk", false}, {"display", false}, {"counter:1", true}, {"counter:2", false}}},
      {"POST",
       "/api/v1/counters/1/resume",
       "",
       {{"", false}, {"admin", true}, {"kiosk", false}, {"display", false}, {"counter:1", true}, {"counter:2", false}}},
      {"GET",
       "/api/v1/slots?service=iin&date=2026-11-25",
       "",
       {{"", false}, {"admin", true}, {"kiosk", true}, {"display", false}, {"counter:1", false}, {"counter:2", false}}},
      {"POST",
       "/api/v1/appointments",
       R"({"service":"iin","start":"2026-11-25T09:00:00+05:00","applicant":"X"})",
       {{"", false},
        {"admin", true},
        {"kiosk", false},
        {"display", false},
        {"counter:1", false},
        {"counter:2", false}}},
      {"GET",
       "/api/v1/appointments/ACDEFG",
       "",
       {{"", false}, {"admin", true}, {"kiosk", true}, {"display", false}, {"counter:1", false}, {"counter:2", false}}},
      {"DELETE",
       "/api/v1/appointments/ACDEFG",
       "",
       {{"", false},
        {"admin", true},
        {"kiosk", false},
        {"display", false},
        {"counter:1", false},
        {"counter:2", false}}},
      {"POST",
       "/api/v1/appointments/ACDEFG/check-in",
       "",
       {{"", false}, {"admin", true}, {"kiosk", true}, {"display", false}, {"counter:1", false}, {"counter:2", false}}},
  };
  for (const Case& c : cases) {
    for (const std::string& role : roles) {
      const auto answer = api.call(role, c.method, c.target, c.body);
      INFO(c.method << " " << c.target << " as " << (role.empty() ? "(no token)" : role) << " → " << answer.status);
      const bool refused = answer.status == 401 || answer.status == 403;
      CHECK(refused == !c.allowed.at(role));
      if (refused) CHECK((role.empty() ? answer.status == 401 : answer.status == 403));
      CHECK(!answer.raw.empty());
    }
  }
}

}  // namespace kezek_e2e_role_matrix
