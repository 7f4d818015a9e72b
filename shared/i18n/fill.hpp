#pragma once
// The pieces every program's strings table shares: choosing a language's text
// and filling "{}" placeholders in order (no printf formats, so a translation
// can move a value without breaking anything).

#include <cstddef>
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

// A strings table is an array of rows {key, en, ru, kk}, row i holding key i so
// that a lookup is an index. These serve every program's table.
template <typename Key>
struct Row {
  Key key;
  std::string_view en, ru, kk;
};

template <typename Table>
constexpr bool keys_in_order(const Table& rows) {
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (static_cast<std::size_t>(rows[i].key) != i) return false;
  return true;
}

template <typename Table, typename Key>
constexpr std::string_view lookup(const Table& rows, Key key, catalog::Lang lang) {
  const auto& row = rows[static_cast<std::size_t>(key)];
  return pick(lang, row.en, row.ru, row.kk);
}

// The language's own name, for the language switch: "English", "Русский", "Қазақша".
constexpr std::string_view language_name(catalog::Lang lang) { return pick(lang, "English", "Русский", "Қазақша"); }

// `pattern` with each "{}" replaced by the next value; extra "{}" stay as they are.
std::string fill(std::string_view pattern, std::span<const std::string_view> values);
inline std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
  return fill(pattern, std::span<const std::string_view>(values.begin(), values.size()));
}

// A program's texts: it declares, next to its key enum,
//   std::span<const i18n::Row<Key>> strings_table(Key);
// (found by argument-dependent lookup) and uses these two with `using i18n::tr;`.
// The text of `key` in `lang`:
template <typename Key>
std::string_view tr(Key key, catalog::Lang lang) {
  return lookup(strings_table(key), key, lang);
}

// tr() then fill().
template <typename Key>
std::string trf(Key key, catalog::Lang lang, std::initializer_list<std::string_view> values) {
  return fill(tr(key, lang), values);
}

}  // namespace kezek::i18n
