#include "shared/catalog/money_format.hpp"

#include <cmath>

namespace kezek::catalog {

std::string format_kzt(std::int64_t amount, Lang /*lang*/) {
  // Magnitude as unsigned so that the most negative value has one too.
  const std::uint64_t magnitude =
      amount < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
  const std::string digits = std::to_string(magnitude);
  std::string out = amount < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += kNoBreakSpace;
    out += digits[i];
  }
  out += kNoBreakSpace;
  out += kTengeSign;
  return out;
}

std::string format_mrp(double count, Lang lang) {
  // Thousandths, so that 0.5 prints as "0.5" and not "0.500000".
  const long long milli = std::llround(std::fabs(count) * 1000.0);
  std::string out = count < 0 && milli != 0 ? "-" : "";
  out += std::to_string(milli / 1000);
  if (long long fraction = milli % 1000; fraction != 0) {
    std::string decimals = std::to_string(fraction + 1000).substr(1);  // zero-padded to 3 digits
    while (decimals.back() == '0') decimals.pop_back();
    out += lang == Lang::en ? "." : ",";
    out += decimals;
  }
  out += kNoBreakSpace;
  switch (lang) {
    case Lang::en: out += "MRP"; break;
    case Lang::ru: out += "МРП"; break;
    case Lang::kk: out += "АЕК"; break;
  }
  return out;
}

}  // namespace kezek::catalog
