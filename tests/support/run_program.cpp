// run_program: a ChildProcess whose stdout and stderr fill one pipe we drain.
#include "tests/support/run_program.hpp"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

#include "tests/support/child_process.hpp"
#include "tests/support/wait_until.hpp"

namespace kezek::testing {

ProgramResult run_program(const std::vector<std::string>& args, std::chrono::seconds limit) {
  int out[2];
  if (pipe2(out, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  ProgramResult result;
  {
    SpawnOptions spawn;
    spawn.argv = args;
    spawn.stdout_fd = out[1];
    spawn.stderr_fd = out[1];
    ChildProcess child(spawn);
    close(out[1]);
    const auto deadline = std::chrono::steady_clock::now() + limit;
    bool timed_out = false;
    for (;;) {
      if (std::chrono::steady_clock::now() > deadline) {
        timed_out = true;
        break;
      }
      pollfd p{out[0], POLLIN, 0};
      if (poll(&p, 1, 100) <= 0) continue;
      char buffer[4096];
      const ssize_t n = read(out[0], buffer, sizeof buffer);
      if (n <= 0) break;
      result.output.append(buffer, static_cast<std::size_t>(n));
    }
    close(out[0]);
    // Its output ended: it is exiting. Reap it (killed only past the limit).
    if (!timed_out) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      wait_until([&] { return !child.running(); }, std::max(left, std::chrono::milliseconds(0)),
                 std::chrono::milliseconds(2));
    }
    child.kill9();
    result.exit_code = child.exit_code();
  }
  return result;
}

}  // namespace kezek::testing
