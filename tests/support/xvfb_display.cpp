// XvfbDisplay: Xvfb -displayfd, read back through a pipe.
#include "tests/support/xvfb_display.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>

namespace kezek::testing {

XvfbDisplay::XvfbDisplay(int width, int height) {
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
  SpawnOptions spawn;
  spawn.argv = {"Xvfb", "-displayfd", std::to_string(pipe_fds[1]), "-screen", "0", screen, "-nolisten",
                "tcp",  "-noreset"};
  spawn.log = "/dev/null";
  spawn.keep_fd = pipe_fds[1];
  try {
    xvfb_ = std::make_unique<ChildProcess>(spawn);
  } catch (...) {
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    throw;
  }
  close(pipe_fds[1]);
  // Xvfb writes the display number and a newline once it is ready (and
  // closes the pipe, which ends the read, should it fail to start).
  const std::string text = read_first_line(pipe_fds[0], std::chrono::seconds(10));
  close(pipe_fds[0]);
  if (text.find('\n') == std::string::npos) {
    xvfb_->running();
    throw std::runtime_error("Xvfb did not start (is it installed? ./kezek.sh installs it): " + xvfb_->exit_text());
  }
  name_ = ":" + text.substr(0, text.find('\n'));
}

XvfbDisplay XvfbDisplay::from_environment() {
  const char* display = std::getenv("DISPLAY");
  if (display == nullptr || *display == '\0') throw std::runtime_error("DISPLAY is not set");
  XvfbDisplay d;
  d.name_ = display;
  return d;
}

std::vector<std::string> XvfbDisplay::on_display(const std::vector<std::string>& program_argv) const {
  std::vector<std::string> argv = {"/usr/bin/env", "DISPLAY=" + name_};
  argv.insert(argv.end(), program_argv.begin(), program_argv.end());
  return argv;
}

}  // namespace kezek::testing
