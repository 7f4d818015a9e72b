// Support for the kiosk's GUI tests (see test_kiosk_support.hpp); no test cases here.
#include "tests/gui/test_kiosk_support.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stb_image.h>

#include <chrono>
#include <set>
#include <stdexcept>
#include <thread>

namespace kezek::testing {

PrivateDisplay::PrivateDisplay(int width, int height) {
  const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
  // A display number nobody holds (the lock file is X's own claim); two tests
  // racing for one number make one Xvfb quit, and that one tries the next.
  int number = 60 + static_cast<int>(::getpid() % 300);
  for (int attempt = 0; attempt < 20; ++attempt, ++number) {
    if (std::filesystem::exists("/tmp/.X" + std::to_string(number) + "-lock")) continue;
    name_ = ":" + std::to_string(number);
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      ::execlp("Xvfb", "Xvfb", name_.c_str(), "-screen", "0", screen.c_str(), "-nolisten", "tcp",
               static_cast<char*>(nullptr));
      ::_exit(127);
    }
    const std::string socket = "/tmp/.X11-unix/X" + std::to_string(number);
    for (int i = 0; i < 100; ++i) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        break;
      }
      if (std::filesystem::exists(socket)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let it finish setting up
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
      pid_ = -1;
    }
  }
  throw std::runtime_error("cannot start an Xvfb (is the xvfb package installed?)");
}

PrivateDisplay::~PrivateDisplay() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
}

std::vector<std::string> PrivateDisplay::on_display(const std::vector<std::string>& program_argv) const {
  std::vector<std::string> argv = {"/usr/bin/env", "DISPLAY=" + name_};
  argv.insert(argv.end(), program_argv.begin(), program_argv.end());
  return argv;
}

PngFacts look_at_png(const std::filesystem::path& file) {
  PngFacts facts;
  int channels = 0;
  unsigned char* pixels = stbi_load(file.c_str(), &facts.width, &facts.height, &channels, 4);
  if (pixels == nullptr) return PngFacts{};
  std::set<std::uint32_t> colours;
  for (int i = 0; i < facts.width * facts.height; i += 7) {
    const unsigned char* p = pixels + static_cast<std::size_t>(i) * 4;
    colours.insert(static_cast<std::uint32_t>(p[0] << 16 | p[1] << 8 | p[2]));
  }
  stbi_image_free(pixels);
  facts.distinct_colours = colours.size();
  return facts;
}

}  // namespace kezek::testing
