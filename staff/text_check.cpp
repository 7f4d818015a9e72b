#include "staff/text_check.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "shared/gui/fonts.hpp"
#include "staff/staff_text.hpp"

namespace kezek::staff {

int check_texts() {
  ImGui::CreateContext();
  int problems = 0;
  {
    const gui::Fonts fonts = gui::load_fonts(1080);
    int checked = 0;
    for (const Phrase& p : all_phrases()) {
      for (catalog::Lang lang : catalog::kAllLangs) {
        const std::string_view t = tr(p.key, lang);
        ++checked;
        if (t.empty()) {
          std::fprintf(stderr, "phrase %d has no %s text\n", static_cast<int>(p.key),
                       std::string(to_string(lang)).c_str());
          ++problems;
        }
        for (const ImFont* font : {fonts.body, fonts.heading, fonts.large}) {
          for (char32_t c : gui::missing_glyphs(font, t)) {
            std::fprintf(stderr, "phrase %d (%s): U+%04X has no glyph\n", static_cast<int>(p.key),
                         std::string(to_string(lang)).c_str(), static_cast<unsigned>(c));
            ++problems;
          }
        }
      }
    }
    std::printf("%d phrases checked, %d problems\n", checked, problems);
  }
  ImGui::DestroyContext();
  return problems == 0 ? 0 : 1;
}

}  // namespace kezek::staff
