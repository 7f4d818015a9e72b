// The server raises its open-files soft limit to the hard one at start-up, so a
// flood of sockets meets max_connections (503) before accept() runs out of descriptors.
#include <doctest/doctest.h>

#include <sys/resource.h>

#include <string>

#include "server/http/open_files_limit.hpp"

namespace kezek_server_http_open_files {

TEST_CASE("http open files: the soft limit is raised to the hard limit, and says so") {
  rlimit before{};
  REQUIRE(::getrlimit(RLIMIT_NOFILE, &before) == 0);
  const std::string line = kezek::http::raise_open_files_limit();
  CAPTURE(line);
  rlimit after{};
  REQUIRE(::getrlimit(RLIMIT_NOFILE, &after) == 0);
  CHECK(after.rlim_cur == after.rlim_max);
  CHECK(line.starts_with("open files: "));
  CHECK(line.find(std::to_string(after.rlim_cur)) != std::string::npos);
}

}  // namespace kezek_server_http_open_files
