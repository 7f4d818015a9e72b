#pragma once
// The code points of UTF-8 text, decoded as Dear ImGui decodes what it draws
// (ImTextCharFromUtf8), so glyph checks, drawn-text reading and scripted typing
// agree with the screen. Stops at the first byte ImGui cannot decode.
//
// Threading: pure.
#include <string_view>
#include <vector>

namespace kezek::gui {

std::vector<unsigned int> code_points(std::string_view utf8);

}  // namespace kezek::gui
