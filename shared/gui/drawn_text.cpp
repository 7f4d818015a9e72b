#include "shared/gui/drawn_text.hpp"

#include "shared/gui/code_points.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharToUtf8

#include <bit>

namespace kezek::gui {
namespace {

std::uint64_t corner(float u, float v) {
  return static_cast<std::uint64_t>(std::bit_cast<std::uint32_t>(u)) << 32 | std::bit_cast<std::uint32_t>(v);
}

std::uint64_t corner(const ImVec2& uv) { return corner(uv.x, uv.y); }

// Characters that draw no glyph, or that the screen may put where the text has
// another (a wrapped line's break).
bool blank(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u00A0' || c == U'\u2009' || c == U'\u202F';
}

std::u32string without_blanks(std::string_view utf8) {
  std::u32string out;
  for (const unsigned int c : code_points(utf8))
    if (!blank(c)) out.push_back(c);
  return out;
}

}  // namespace

void DrawnText::index_glyphs() {
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts) {
    for (const ImFontGlyph& g : font->Glyphs) {
      if (!g.Visible) continue;
      by_corner_.emplace(corner(g.U0, g.V0), static_cast<char32_t>(g.Codepoint));
      far_corner_.emplace(corner(g.U0, g.V0), corner(g.U1, g.V1));
    }
  }
}

void DrawnText::read(const ImDrawData& frame) {
  if (by_corner_.empty()) index_glyphs();
  glyphs_.clear();
  missing_ = 0;
  for (int l = 0; l < frame.CmdListsCount; ++l) {
    const ImVector<ImDrawVert>& v = frame.CmdLists[l]->VtxBuffer;
    // ImFont::RenderText writes each glyph as four vertices: top-left (U0, V0),
    // top-right, bottom-right (U1, V1), bottom-left.
    for (int i = 0; i + 3 < v.Size;) {
      const auto found = by_corner_.find(corner(v[i].uv));
      if (found == by_corner_.end() || far_corner_.at(found->first) != corner(v[i + 2].uv)) {
        ++i;
        continue;
      }
      glyphs_.push_back(found->second);
      if (found->second == IM_UNICODE_CODEPOINT_INVALID) ++missing_;
      i += 4;
    }
  }
}

bool DrawnText::shows(std::string_view utf8) const {
  const std::u32string wanted = without_blanks(utf8);
  return !wanted.empty() && glyphs_.find(wanted) != std::u32string::npos;
}

std::string DrawnText::text() const {
  std::string out;
  for (char32_t c : glyphs_) {
    char buf[5] = {};
    ImTextCharToUtf8(buf, static_cast<unsigned int>(c));
    out += buf;
  }
  return out;
}

}  // namespace kezek::gui
