// Every text a Kezek screen can show must be drawable with the fonts we load:
// a missing glyph would appear as '?' on the kiosk or the wall display.
#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

#include "shared/calendar/working_calendar.hpp"
#include "shared/catalog/catalog_loader.hpp"
#include "shared/catalog/money_format.hpp"
#include "shared/gui/fonts.hpp"
#include "shared/i18n/centre_status_text.hpp"

namespace kezek_gui_glyph_coverage {

namespace {

using namespace kezek;

// An ImGui context with the real font atlas; no window or GPU needed.
struct FontFixture {
  FontFixture() {
    ImGui::CreateContext();
    fonts = gui::load_fonts(1080);
  }
  ~FontFixture() { ImGui::DestroyContext(); }
  gui::Fonts fonts;
};

std::string describe(const std::vector<char32_t>& missing) {
  std::string out;
  for (char32_t c : missing) out += "U+" + std::to_string(static_cast<unsigned>(c)) + " ";
  return out;
}

void check_all_fonts(const gui::Fonts& fonts, const std::string& text) {
  for (const ImFont* font : {fonts.body, fonts.heading, fonts.large}) {
    const auto missing = gui::missing_glyphs(font, text);
    INFO("text: " << text << " missing: " << describe(missing));
    CHECK(missing.empty());
  }
}

}  // namespace

TEST_CASE("gui: the fonts carry every Kazakh and Russian letter, the dash, quotes and the tenge sign") {
  FontFixture f;
  check_all_fonts(f.fonts, "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І — – «» “” ₸ № ●");
  check_all_fonts(f.fonts, "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя");
}

TEST_CASE("gui: a glyph outside the loaded ranges is reported missing") {
  FontFixture f;
  // CJK is not loaded: the check must be able to fail.
  CHECK_FALSE(gui::missing_glyphs(f.fonts.body, "漢").empty());
  CHECK(gui::missing_glyphs(f.fonts.body, "Kezek").empty());
}

TEST_CASE("gui: every catalog text in every language has its glyphs") {
  FontFixture f;
  const catalog::Catalog cat = catalog::load_catalog(KEZEK_ASSETS_DIR "/catalog/catalog.json");
  auto check_text = [&](const catalog::Text& t) {
    for (catalog::Lang lang : catalog::kAllLangs) {
      const auto missing = gui::missing_glyphs(f.fonts.body, t.in(lang));
      INFO(t.in(lang) << " missing: " << describe(missing));
      CHECK(missing.empty());
    }
  };
  for (const auto& g : cat.groups()) check_text(g.name);
  for (const auto& d : cat.documents()) check_text(d.name);
  for (const auto& c : cat.conditions()) check_text(c.text);
  for (const auto& r : cat.rules()) check_text(r.text);
  for (const auto& s : cat.steps()) check_text(s.text);
  for (const auto& s : cat.services()) {
    check_text(s.name);
    check_text(s.description);
    for (catalog::Lang lang : catalog::kAllLangs)
      CHECK(gui::missing_glyphs(f.fonts.body, catalog::format_kzt(730000, lang)).empty());
  }
}

TEST_CASE("gui: the centre's status lines have their glyphs in all three languages") {
  FontFixture f;
  const WorkingCalendar calendar = WorkingCalendar::load(KEZEK_ASSETS_DIR "/calendar/kz-holidays.json");
  // Open, lunch, closed overnight, closed for a weekend and for Nauryz.
  for (const char* when : {"2026-11-24T10:00:00+05:00", "2026-11-24T13:30:00+05:00", "2026-11-24T19:00:00+05:00",
                           "2026-11-28T12:00:00+05:00", "2026-03-20T18:30:00+05:00"}) {
    const Instant now = *parse_iso8601(when);
    for (catalog::Lang lang : catalog::kAllLangs)
      check_all_fonts(f.fonts, i18n::describe_status(calendar.status_at(now), now, lang));
  }
}

namespace {

// Renders one headless ImGui frame with `text` and counts the missing-glyph marks.
int marks_for(const gui::Fonts& fonts, const char* text) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(800, 600);
  io.DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  ImGui::Begin("probe");
  ImGui::PushFont(fonts.body);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
  ImGui::End();
  ImGui::Render();
  return gui::count_missing_glyph_marks(ImGui::GetDrawData(), fonts);
}

}  // namespace

TEST_CASE("gui: a frame that draws a character the fonts lack is caught, one mark per character") {
  FontFixture f;
  CHECK(marks_for(f.fonts, "Kezek · Кезек · Кезек ₸ ә") == 0);
  CHECK(marks_for(f.fonts, "漢字 ok") == 2);
}

}  // namespace kezek_gui_glyph_coverage
