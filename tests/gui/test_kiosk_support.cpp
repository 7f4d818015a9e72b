// Support for the kiosk's GUI tests (see test_kiosk_support.hpp); no test cases here.
#include "tests/gui/test_kiosk_support.hpp"

#include <stb_image.h>

namespace kezek::testing {

PngFacts look_at_png(const std::filesystem::path& file) {
  PngFacts facts;
  int channels = 0;
  // Only the header is read: the size is what the tests ask.
  if (stbi_info(file.c_str(), &facts.width, &facts.height, &channels) == 0) return PngFacts{};
  return facts;
}

}  // namespace kezek::testing
