#include "shared/time/local_time.hpp"

#include <cmath>
#include <stdexcept>

namespace kezek {
namespace {

using namespace std::chrono;

// Reads exactly `width` ASCII digits starting at `pos`; nullopt if any is not
// a digit or the text is too short. (std::from_chars would also take a sign
// and shorter runs, which the strict formats must reject.)
std::optional<int> read_digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (text.size() < pos + width) {
    return std::nullopt;
  }
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

bool char_at(std::string_view text, std::size_t pos, char expected) {
  return pos < text.size() && text[pos] == expected;
}

// Appends `value` zero-padded to at least `width` digits (no std::format in
// gcc 12, and snprintf trips -Wformat-truncation on unbounded ints).
void append_padded(std::string& out, long long value, int width) {
  if (value < 0) {
    out += '-';
    value = -value;
  }
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) {
    out.append(static_cast<std::size_t>(width) - digits.size(), '0');
  }
  out += digits;
}

// "YYYY-MM-DD" at the start of text (the caller checks what follows).
std::optional<Date> read_date_prefix(std::string_view text) {
  const auto y = read_digits(text, 0, 4);
  const auto m = read_digits(text, 5, 2);
  const auto d = read_digits(text, 8, 2);
  if (!y || !m || !d || !char_at(text, 4, '-') || !char_at(text, 7, '-')) {
    return std::nullopt;
  }
  const Date date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return date;
}

// "HH:MM" at `pos`, 00:00..23:59.
std::optional<minutes> read_hhmm_at(std::string_view text, std::size_t pos) {
  const auto h = read_digits(text, pos, 2);
  const auto m = read_digits(text, pos + 3, 2);
  if (!h || !m || !char_at(text, pos + 2, ':') || *h > 23 || *m > 59) {
    return std::nullopt;
  }
  return hours{*h} + minutes{*m};
}

}  // namespace

LocalDateTime to_local(Instant t) {
  const auto local = t + kUtcOffset;
  const auto day_start = floor<days>(local);
  return {Date{day_start}, local - day_start};
}

Instant from_local(Date date, seconds time_of_day) { return Instant{sys_days{date}} + time_of_day - kUtcOffset; }

Date local_date(Instant t) { return to_local(t).date; }

std::string format_iso8601(Instant t) {
  const LocalDateTime local = to_local(t);
  std::string out = format_date(local.date);
  const auto tod = local.time_of_day.count();
  out += 'T';
  append_padded(out, tod / 3600, 2);
  out += ':';
  append_padded(out, tod / 60 % 60, 2);
  out += ':';
  append_padded(out, tod % 60, 2);
  out += '+';
  append_padded(out, kUtcOffset.count(), 2);
  out += ":00";
  return out;
}

std::optional<Instant> parse_iso8601(std::string_view text) {
  // Fixed layout: 0123456789012345678 then the offset from index 19.
  const auto date = read_date_prefix(text);
  const auto h = read_digits(text, 11, 2);
  const auto mi = read_digits(text, 14, 2);
  const auto s = read_digits(text, 17, 2);
  if (!date || !h || !mi || !s || !char_at(text, 10, 'T') || !char_at(text, 13, ':') || !char_at(text, 16, ':') ||
      *h > 23 || *mi > 59 || *s > 59) {
    return std::nullopt;
  }
  const Instant as_if_utc = Instant{sys_days{*date}} + hours{*h} + minutes{*mi} + seconds{*s};
  const std::string_view offset = text.substr(19);
  if (offset == "Z") {
    return as_if_utc;
  }
  if (offset.size() != 6 || (offset[0] != '+' && offset[0] != '-')) {
    return std::nullopt;
  }
  const auto amount = read_hhmm_at(offset, 1);
  if (!amount) {
    return std::nullopt;
  }
  // A reading at +05:00 is 5 hours ahead of UTC, so UTC = reading - offset.
  return offset[0] == '+' ? as_if_utc - *amount : as_if_utc + *amount;
}

std::string format_date(Date date) {
  std::string out;
  append_padded(out, static_cast<int>(date.year()), 4);
  out += '-';
  append_padded(out, static_cast<unsigned>(date.month()), 2);
  out += '-';
  append_padded(out, static_cast<unsigned>(date.day()), 2);
  return out;
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10) {
    return std::nullopt;
  }
  return read_date_prefix(text);
}

std::string format_hhmm(seconds time_of_day) {
  const auto day = duration_cast<seconds>(days{1}).count();
  const auto wrapped = (time_of_day.count() % day + day) % day;
  std::string out;
  append_padded(out, wrapped / 3600, 2);
  out += ':';
  append_padded(out, wrapped / 60 % 60, 2);
  return out;
}

std::optional<minutes> parse_hhmm(std::string_view text) {
  if (text.size() != 5) {
    return std::nullopt;
  }
  return read_hhmm_at(text, 0);
}

Instant SystemClock::now() const { return floor<seconds>(system_clock::now()); }

OffsetClock::OffsetClock(Instant start) : offset_(start - system_clock::now()) {}

Instant OffsetClock::now() const { return floor<seconds>(system_clock::now() + offset_); }

ScaledClock::ScaledClock(Instant start, double scale) : start_(start), real_start_(steady_clock::now()), scale_(scale) {
  // Written so that NaN fails too.
  if (!(scale > 0 && scale <= kMaxTimeScale))
    throw std::invalid_argument("a clock's scale must be above 0 and at most " +
                                std::to_string(static_cast<int>(kMaxTimeScale)));
}

Instant ScaledClock::now() const {
  // In double seconds: nanoseconds times 3600 would overflow 64 bits after
  // about 30 days of real time.
  const double real = duration<double>(steady_clock::now() - real_start_).count();
  return start_ + seconds(static_cast<long long>(std::floor(real * scale_)));
}

}  // namespace kezek
