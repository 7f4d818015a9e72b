// VirtualDisplay: Xvfb -displayfd, read back through a pipe.
#include "bench/clients/virtual_display.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>

#include "bench/common/read_line.hpp"

namespace kezek::bench {

VirtualDisplay::VirtualDisplay(int width, int height) {
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe failed");
  const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
  try {
    xvfb_ = std::make_unique<ChildProcess>(
        SpawnOptions{{"Xvfb", "-displayfd", std::to_string(pipe_fds[1]), "-screen", "0", screen, "-nolisten", "tcp"},
                     {},
                     {},
                     pipe_fds[1]});
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
  if (text.find('\n') == std::string::npos)
    throw std::runtime_error("Xvfb did not start (is it installed? ./kezek.sh installs it): " + xvfb_->exit_text());
  name_ = ":" + text.substr(0, text.find('\n'));
}

VirtualDisplay VirtualDisplay::from_environment() {
  const char* display = std::getenv("DISPLAY");
  if (display == nullptr || *display == '\0') throw std::runtime_error("--use-display: DISPLAY is not set");
  VirtualDisplay d;
  d.name_ = display;
  return d;
}

}  // namespace kezek::bench
