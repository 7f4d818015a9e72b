// Support for the kiosk's GUI tests (see test_kiosk_support.hpp); no test cases here.
#include "tests/gui/test_kiosk_support.hpp"

#include <stb_image.h>

#include <set>

namespace kezek::testing {

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
