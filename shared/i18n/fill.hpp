#pragma once
// The pieces every program's strings table shares: choosing a language's text
// and filling "{}" placeholders in order (no printf formats, so a translation
// can move a value without breaking anything).

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "shared/catalog/lang.hpp"

namespace kezek::i18n {

constexpr std::string_view pick(catalog::Lang lang, std::string_view en, std::string_view ru, std::string_view kk) {
  switch (lang) {
    case catalog::Lang::en: return en;
    case catalog::Lang::ru: return ru;
    case catalog::Lang::kk: return kk;
  }
  return en;
}

// The language's own name, for the language switch: "English", "Русский", "Қазақша".
constexpr std::string_view language_name(catalog::Lang lang) { return pick(lang, "English", "Русский", "Қазақша"); }

// `pattern` with each "{}" replaced by the next value; extra "{}" stay as they are.
std::string fill(std::string_view pattern, std::span<const std::string_view> values);
inline std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
  return fill(pattern, std::span<const std::string_view>(values.begin(), values.size()));
}

}  // namespace kezek::i18n
