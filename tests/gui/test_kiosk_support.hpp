#pragma once
// What the kiosk's GUI tests share besides tests/support's XvfbDisplay (a
// private X display of a given size: portrait screenshots need a tall screen,
// and the scripted runs move the pointer, which must not disturb other
// programs' screenshots): the size of a written PNG.

#include <filesystem>
#include <string>

namespace kezek::testing {

struct PngFacts {
  int width = 0, height = 0;
};

// Reads a PNG; width 0 when it cannot be read.
PngFacts look_at_png(const std::filesystem::path& file);

}  // namespace kezek::testing
