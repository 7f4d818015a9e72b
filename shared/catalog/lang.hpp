#pragma once
// The three languages of the Centre. Every visitor-facing text in the catalog
// exists in all of them; the kiosk switches between them at any moment.

#include <array>
#include <optional>
#include <string_view>

namespace kezek::catalog {

enum class Lang { en, ru, kk };

// In the order the kiosk offers them (English, Русский, Қазақша).
inline constexpr std::array<Lang, 3> kAllLangs{Lang::en, Lang::ru, Lang::kk};

// ISO 639-1 code: "en", "ru", "kk".
constexpr std::string_view to_string(Lang lang) {
  switch (lang) {
    case Lang::en: return "en";
    case Lang::ru: return "ru";
    case Lang::kk: return "kk";
  }
  return "en";  // unreachable for valid enumerators; keeps -Wreturn-type quiet
}

// Exact, case-sensitive match of the ISO code; anything else is nullopt.
constexpr std::optional<Lang> parse_lang(std::string_view code) {
  for (Lang lang : kAllLangs) {
    if (to_string(lang) == code) return lang;
  }
  return std::nullopt;
}

}  // namespace kezek::catalog
