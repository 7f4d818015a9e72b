// The error-code list (shared/protocol/error_codes.hpp) against docs/api.md's
// error table, which is the contract: each names exactly the other's codes.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "shared/protocol/error_codes.hpp"
#include "shared/protocol/version.hpp"

namespace kezek_unit_protocol_error_codes {

namespace {

using namespace kezek::protocol;

// Every `code` in the second column of the table under "## Errors".
std::set<std::string> documented_codes() {
  std::ifstream file(std::string(KEZEK_TEST_DATA_DIR) + "/../../docs/api.md");
  REQUIRE(file);
  std::set<std::string> codes;
  std::string line;
  bool in_errors = false;
  while (std::getline(file, line)) {
    if (line.rfind("## ", 0) == 0) in_errors = line == "## Errors";
    if (!in_errors || line.rfind("| ", 0) != 0 || line.rfind("| status", 0) == 0 || line.rfind("|---", 0) == 0)
      continue;
    const auto second = line.find('|', 1);
    const std::string cell = line.substr(second + 1);
    for (std::size_t open = cell.find('`'); open != std::string::npos; open = cell.find('`', open)) {
      const auto close = cell.find('`', open + 1);
      if (close == std::string::npos) break;
      codes.insert(cell.substr(open + 1, close - open - 1));
      open = close + 1;
    }
  }
  return codes;
}

}  // namespace

TEST_CASE("protocol: every error code is in docs/api.md's table and every documented code is in the list") {
  const std::set<std::string> documented = documented_codes();
  REQUIRE(documented.size() > 40);
  std::set<std::string> listed;
  for (const ErrorCodeName& entry : kAllErrorCodes) {
    CAPTURE(entry.name);
    CHECK(documented.count(std::string(entry.name)) == 1);
    listed.insert(std::string(entry.name));
  }
  for (const std::string& code : documented) {
    CAPTURE(code);
    CHECK(listed.count(code) == 1);
  }
  CHECK(listed.size() == kAllErrorCodes.size());  // no name twice
}

TEST_CASE("protocol: error codes read back by name; unknown names are refused") {
  for (const ErrorCodeName& entry : kAllErrorCodes) {
    CHECK(to_string(entry.code) == entry.name);
    CHECK(parse_error_code(entry.name) == entry.code);
  }
  CHECK_FALSE(parse_error_code("payload_too_large"));
  CHECK_FALSE(parse_error_code("server_busy"));
  CHECK_FALSE(parse_error_code("internal_error"));
  CHECK_FALSE(parse_error_code(""));
}

TEST_CASE("protocol: a client is compatible with its own version only") {
  static_assert(kProtocolVersion == 1);
  CHECK(compatible(kProtocolVersion));
  CHECK_FALSE(compatible(kProtocolVersion + 1));
  CHECK_FALSE(compatible(0));
}

}  // namespace kezek_unit_protocol_error_codes
