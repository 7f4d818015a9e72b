#include "shared/gui/code_points.hpp"

#include <imgui_internal.h>  // ImTextCharFromUtf8

namespace kezek::gui {

std::vector<unsigned int> code_points(std::string_view utf8) {
  std::vector<unsigned int> out;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) break;
    out.push_back(c);
    p += n;
  }
  return out;
}

}  // namespace kezek::gui
