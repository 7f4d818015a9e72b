#pragma once
// How long a service takes, in words: "5 working days", "3–5 рабочих дней",
// "20–30 минут", "45 жұмыс күні".
//
// Russian nouns take one of three forms after a numeral (1 рабочий день,
// 2–4 рабочих дня, 5+ рабочих дней; 21 like 1, 11–14 like 5); a range agrees
// with its last number. Kazakh nouns do not inflect after numerals
// ("5 жұмыс күні", "30 минут"). Ranges use an en dash without spaces: "3–5".

#include "shared/catalog/catalog.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kezek::catalog {

// Picks the Russian form for `n`: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25...).
std::string_view ru_plural(std::int64_t n, std::string_view one, std::string_view few, std::string_view many);

// "5 working days" / "5 рабочих дней" / "5 жұмыс күні"; "3–5 ..." when min < max.
std::string format_duration(ProcessingUnit unit, int min, int max, Lang lang);
std::string format_processing(const Processing& processing, Lang lang);

// "up to 30 calendar days" / "до 30 календарных дней" / "30 күнтізбелік күнге дейін",
// or nullopt when the processing time cannot stretch.
std::optional<std::string> format_processing_extension(const Processing& processing, Lang lang);

}  // namespace kezek::catalog
