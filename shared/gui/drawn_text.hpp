#pragma once
// DrawnText: the text a rendered frame shows, read back from its draw data, so
// that a scripted test can ask "is this sentence on the screen?" of any text
// however it was drawn (ImGui::Text, a touch button's wrapped title, a
// hand-placed AddText). Each glyph is a textured quad whose top-left texture
// coordinate is its glyph's own in the font atlas; a quad whose corners match a
// glyph's is that character. Spaces draw nothing and so are not seen; a glyph
// cut by a clip rectangle has other coordinates and is not seen either (it is
// not wholly on the screen).
//
// Threading: UI thread only (it reads ImGui's font atlas).

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

struct ImDrawData;

namespace kezek::gui {

class DrawnText {
 public:
  // Reads the glyphs of a frame; call after ImGui::Render(), before the next NewFrame.
  void read(const ImDrawData& frame);

  // True when `utf8` was drawn as one run of characters (white space ignored on
  // both sides, so a line wrapped on the screen still matches).
  bool shows(std::string_view utf8) const;
  // Characters drawn as the missing-glyph box (U+FFFD): 0 when every text drew.
  int missing_glyphs() const { return missing_; }
  // The characters read, without white space, as UTF-8 (for messages).
  std::string text() const;

 private:
  void index_glyphs();

  std::unordered_map<std::uint64_t, char32_t> by_corner_;        // atlas (U0, V0) -> code point
  std::unordered_map<std::uint64_t, std::uint64_t> far_corner_;  // (U0, V0) -> (U1, V1)
  std::u32string glyphs_;
  int missing_ = 0;
};

}  // namespace kezek::gui
