#pragma once
// What the kiosk's GUI tests share: a private X display (Xvfb) of a given
// size — portrait screenshots need a tall screen, and the scripted runs move
// the pointer, which must not disturb other programs' screenshots — and a
// look at a written PNG.

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace kezek::testing {

// An Xvfb of its own, stopped with the object.
class PrivateDisplay {
 public:
  PrivateDisplay(int width, int height);
  ~PrivateDisplay();
  PrivateDisplay(const PrivateDisplay&) = delete;
  PrivateDisplay& operator=(const PrivateDisplay&) = delete;
  // ":57"
  const std::string& name() const { return name_; }
  // argv that runs `program_argv` on this display (through /usr/bin/env).
  std::vector<std::string> on_display(const std::vector<std::string>& program_argv) const;

 private:
  std::string name_;
  pid_t pid_ = -1;
};

struct PngFacts {
  int width = 0, height = 0;
  std::size_t distinct_colours = 0;
};

// Reads a PNG; width 0 when it cannot be read.
PngFacts look_at_png(const std::filesystem::path& file);

}  // namespace kezek::testing
