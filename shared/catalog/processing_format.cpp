#include "shared/catalog/processing_format.hpp"

namespace kezek::catalog {

std::string_view ru_plural(std::int64_t n, std::string_view one, std::string_view few, std::string_view many) {
  const std::int64_t abs = n < 0 ? -(n % 100) : n % 100;  // the last two digits decide
  const std::int64_t last = abs % 10;
  if (abs >= 11 && abs <= 14) return many;
  if (last == 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

namespace {

constexpr std::string_view kEnDash = "\u2013";

// The noun after the number; `n` is the number it agrees with.
std::string_view unit_noun(ProcessingUnit unit, int n, Lang lang) {
  const bool days = unit == ProcessingUnit::working_days;
  switch (lang) {
    case Lang::en:
      if (days) return n == 1 ? "working day" : "working days";
      return n == 1 ? "minute" : "minutes";
    case Lang::ru:
      if (days) return ru_plural(n, "рабочий день", "рабочих дня", "рабочих дней");
      return ru_plural(n, "минута", "минуты", "минут");
    case Lang::kk: return days ? "жұмыс күні" : "минут";
  }
  return "";
}

}  // namespace

std::string format_duration(ProcessingUnit unit, int min, int max, Lang lang) {
  std::string out = std::to_string(min);
  if (min != max) {
    out += kEnDash;
    out += std::to_string(max);
  }
  out += ' ';
  out += unit_noun(unit, max, lang);  // a range agrees with its last number
  return out;
}

std::string format_processing(const Processing& processing, Lang lang) {
  return format_duration(processing.unit, processing.min, processing.max, lang);
}

std::optional<std::string> format_processing_extension(const Processing& processing, Lang lang) {
  if (!processing.may_extend_to_calendar_days) return std::nullopt;
  const int days = *processing.may_extend_to_calendar_days;
  const std::string number = std::to_string(days);
  switch (lang) {
    case Lang::en: return "up to " + number + (days == 1 ? " calendar day" : " calendar days");
    // "до" takes the genitive: до 1 календарного дня, до 30 календарных дней.
    case Lang::ru:
      return "до " + number + " " +
             std::string(ru_plural(days, "календарного дня", "календарных дней", "календарных дней"));
    case Lang::kk: return number + " күнтізбелік күнге дейін";
  }
  return std::nullopt;
}

}  // namespace kezek::catalog
