#pragma once
// Prices as the kiosk shows them: "730 000 ₸", "0,5 МРП".
//
// Thousands are grouped with U+00A0 NO-BREAK SPACE in every language, and the
// same space sits before the tenge sign so that a price never wraps apart.
// U+00A0 (not the narrower U+202F) because every font we may ship, DejaVu Sans
// and Noto Sans included, has it. A space group reads the same to English,
// Russian and Kazakh readers, unlike "730,000", which in Russian and Kazakh
// would look like a decimal fraction.

#include "shared/catalog/lang.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace kezek::catalog {

inline constexpr std::string_view kNoBreakSpace = "\u00A0";
inline constexpr std::string_view kTengeSign = "\u20B8";  // ₸

// "730 000 ₸", "1 966 ₸", "0 ₸", "-500 ₸" (spaces are U+00A0). `lang` is
// taken so that callers need not change should a language ever differ.
std::string format_kzt(std::int64_t amount, Lang lang);

// A state duty in MRP: "0.5 MRP", "0,5 МРП", "0,5 АЕК", "30 MRP" — the decimal
// separator and the abbreviation follow the language; up to three decimals.
std::string format_mrp(double count, Lang lang);

}  // namespace kezek::catalog
