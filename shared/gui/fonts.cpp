#include "shared/gui/fonts.hpp"

#include "shared/gui/code_points.hpp"

#include <imgui.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace kezek::gui {
namespace {

// Ranges every Kezek screen may use. ImGui keeps a pointer to this array until
// the atlas is built, so it must outlive load_fonts: a namespace-scope constant.
constexpr std::array<ImWchar, 19> kTextRanges = {0x0020, 0x00FF,  // Basic Latin + Latin-1 (no-break space, «», ·)
                                                 0x0400, 0x04FF,  // Cyrillic, including Kazakh ә ғ қ ң ө ұ ү һ і
                                                 0x2010, 0x2027,  // dashes, quotes, ellipsis, bullet
                                                 0x2030, 0x203A,  // per mille, single guillemets
                                                 0x20B8, 0x20B8,  // tenge sign ₸
                                                 0x2116, 0x2116,  // numero sign №
                                                 0x2190, 0x2193,  // arrows
                                                 0x25A0, 0x25CF,  // squares and circles (status dots, checkboxes)
                                                 0x2713, 0x2713,  // check mark
                                                 0};
// Pixel sizes at 1080p; load_fonts scales them to the window's height.
constexpr float kBodyPx = 34.0f;
constexpr float kHeadingPx = 52.0f;
constexpr float kLargePx = 110.0f;
constexpr float kHugePx = 200.0f;

// The wall display's huge size only ever draws ticket numbers and counters.
constexpr std::array<ImWchar, 5> kHugeRanges = {0x0020, 0x007E, 0x2190, 0x2192, 0};

}  // namespace

std::filesystem::path find_font_file(bool bold) {
  const std::array<const char*, 3> regular = {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                                              "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                                              KEZEK_ASSETS_DIR "/fonts/KezekSans.ttf"};
  const std::array<const char*, 3> heavy = {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                                            "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
                                            KEZEK_ASSETS_DIR "/fonts/KezekSans-Bold.ttf"};
  for (const char* candidate : bold ? heavy : regular) {
    if (std::filesystem::exists(candidate)) return candidate;
  }
  // Fall back to the regular face before giving up: bold is a nicety.
  if (bold) return find_font_file(false);
  throw std::runtime_error("no font with Cyrillic and Kazakh glyphs found: install fonts-dejavu-core");
}

Fonts load_fonts(int height) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  // FreeType hints small Cyrillic text far better than stb_truetype.
  io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
  const float scale = static_cast<float>(height) / 1080.0f;
  const std::string regular = find_font_file(false).string();
  const std::string bold = find_font_file(true).string();

  auto add = [&](const std::string& file, float px, const ImWchar* ranges) {
    ImFontConfig config;
    config.OversampleH = 1;  // FreeType ignores oversampling; keep the atlas small
    ImFont* font = io.Fonts->AddFontFromFileTTF(file.c_str(), px * scale, &config, ranges);
    if (font == nullptr) throw std::runtime_error("cannot load font " + file);
    return font;
  };
  Fonts fonts;
  fonts.body = add(regular, kBodyPx, kTextRanges.data());
  fonts.heading = add(bold, kHeadingPx, kTextRanges.data());
  fonts.large = add(bold, kLargePx, kTextRanges.data());
  fonts.huge = add(bold, kHugePx, kHugeRanges.data());

  // A glyph of our own for U+FFFD: ImGui draws it in place of any character the
  // font lacks (it prefers U+FFFD over '?'), so a missing glyph is a visible box
  // on screen and a recognisable texture spot in the draw data.
  std::vector<int> marker_rects;
  // (ImGui fills a font's size in only at Build(), so use the sizes asked for.)
  const std::pair<ImFont*, float> sized[] = {{fonts.body, kBodyPx * scale},
                                             {fonts.heading, kHeadingPx * scale},
                                             {fonts.large, kLargePx * scale},
                                             {fonts.huge, kHugePx * scale}};
  for (const auto& [font, size] : sized) {
    const int h = std::max(4, static_cast<int>(size * 0.7f));
    marker_rects.push_back(io.Fonts->AddCustomRectFontGlyph(font, IM_UNICODE_CODEPOINT_INVALID, h / 2 + 2, h,
                                                            static_cast<float>(h / 2 + 4), ImVec2(1, size * 0.2f)));
  }
  if (!io.Fonts->Build()) throw std::runtime_error("cannot build the font atlas");
  unsigned char* pixels = nullptr;
  int atlas_width = 0, atlas_height = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_width, &atlas_height);
  for (int id : marker_rects) {
    const ImFontAtlasCustomRect* r = io.Fonts->GetCustomRectByIndex(id);
    for (int y = 0; y < r->Height; ++y) {
      for (int x = 0; x < r->Width; ++x) {
        const bool edge = x < 2 || y < 2 || x >= r->Width - 2 || y >= r->Height - 2;
        unsigned char* p = pixels + (static_cast<std::size_t>(r->Y + y) * atlas_width + r->X + x) * 4;
        p[0] = p[1] = p[2] = 255;
        p[3] = edge ? 255 : 0;
      }
    }
  }
  return fonts;
}

int count_missing_glyph_marks(const ImDrawData* draw_data, const Fonts& fonts) {
  if (draw_data == nullptr) return 0;
  std::vector<ImVec2> marks;
  for (const ImFont* font : {fonts.body, fonts.heading, fonts.large, fonts.huge}) {
    if (const ImFontGlyph* g = font->FindGlyphNoFallback(IM_UNICODE_CODEPOINT_INVALID))
      marks.emplace_back(g->U0, g->V0);
  }
  int count = 0;
  for (int i = 0; i < draw_data->CmdListsCount; ++i) {
    const ImDrawList* list = draw_data->CmdLists[i];
    for (const ImDrawVert& v : list->VtxBuffer) {
      for (const ImVec2& m : marks)
        if (v.uv.x == m.x && v.uv.y == m.y) ++count;  // the top-left corner of one drawn mark
    }
  }
  return count;
}

std::vector<char32_t> missing_glyphs(const ImFont* font, std::string_view utf8) {
  std::vector<char32_t> missing;
  for (const unsigned int c : code_points(utf8)) {
    if (c == '\n' || c == '\r' || c == '\t') continue;
    if (font->FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) missing.push_back(c);
  }
  return missing;
}

}  // namespace kezek::gui
