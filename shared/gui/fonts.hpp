#pragma once
// Fonts with every glyph the Centre's three languages need: Latin, Cyrillic with
// the Kazakh letters (ә ғ қ ң ө ұ ү һ і), dashes and quotes, № and the tenge sign ₸.
// Loaded from Debian's fonts-dejavu-core / fonts-noto-core at several pixel sizes
// because ImGui 1.86 rasterises each size into the atlas ahead of time.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;
struct ImDrawData;

namespace kezek::gui {

struct Fonts {
  ImFont* body = nullptr;     // running text, buttons
  ImFont* heading = nullptr;  // screen titles
  ImFont* large = nullptr;    // ticket numbers on cards
  ImFont* huge = nullptr;     // the newest call on the wall display (digits, Latin)
};

// The first font file found among the candidates; throws when none is installed.
std::filesystem::path find_font_file(bool bold);

// Builds the atlas for a window `height` pixels high (sizes scale from 1080p).
// Must be called after ImGui::CreateContext and before the first frame.
Fonts load_fonts(int height);

// How many missing-glyph marks (our U+FFFD box, which ImGui draws for any
// character a font lacks) a rendered frame contains. 0 means every text drew.
int count_missing_glyph_marks(const ImDrawData* draw_data, const Fonts& fonts);

// Code points of `utf8` that `font` cannot draw (ImGui would show a box).
std::vector<char32_t> missing_glyphs(const ImFont* font, std::string_view utf8);

}  // namespace kezek::gui
