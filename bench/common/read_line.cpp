// read_first_line: poll + read until a newline or the deadline.
#include "bench/common/read_line.hpp"

#include <poll.h>
#include <unistd.h>

namespace kezek::bench {

std::string read_first_line(int fd, std::chrono::milliseconds limit) {
  std::string line;
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    char chunk[256];
    const ssize_t n = read(fd, chunk, sizeof chunk);
    if (n <= 0) break;
    line.append(chunk, static_cast<std::size_t>(n));
  }
  return line;
}

}  // namespace kezek::bench
