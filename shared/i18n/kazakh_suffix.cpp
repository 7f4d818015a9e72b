#include "shared/i18n/kazakh_suffix.hpp"

#include <array>
#include <cstdio>

namespace kezek::i18n {
namespace {

// How the last word of a number ends: back or front vowels, and whether its last
// sound is voiceless (which turns г/ғ into к/қ and д into т).
struct Ending {
  bool back_vowels;
  bool voiceless;
};

// бір екі үш төрт бес алты жеті сегіз тоғыз
constexpr std::array<Ending, 10> kUnits = {{
    {false, false},  // 0 нөл
    {false, false},  // 1 бір
    {false, false},  // 2 екі
    {false, true},   // 3 үш
    {false, true},   // 4 төрт
    {false, true},   // 5 бес
    {true, false},   // 6 алты
    {false, false},  // 7 жеті
    {false, false},  // 8 сегіз
    {true, false},   // 9 тоғыз
}};
// он жиырма отыз қырық елу
constexpr std::array<Ending, 6> kTens = {{
    {false, false},  // (unused)
    {true, false},   // 10 он
    {true, false},   // 20 жиырма
    {true, false},   // 30 отыз
    {true, true},    // 40 қырық
    {false, false},  // 50 елу
}};

Ending last_word_ending(int number) {
  if (number < 0) number = -number;
  if (number == 0) return kUnits[0];
  if (number % 10 != 0) return kUnits[static_cast<size_t>(number % 10)];
  const int tens = (number / 10) % 10;
  if (tens >= 1 && tens <= 5) return kTens[static_cast<size_t>(tens)];
  return {false, false};  // жүз (100) and the like: front vowel, voiced
}

}  // namespace

std::string kazakh_suffix(int number, KazakhCase grammatical_case) {
  const Ending e = last_word_ending(number);
  if (grammatical_case == KazakhCase::dative) {
    if (e.back_vowels) return e.voiceless ? "-қа" : "-ға";
    return e.voiceless ? "-ке" : "-ге";
  }
  if (e.back_vowels) return e.voiceless ? "-та" : "-да";
  return e.voiceless ? "-те" : "-де";
}

std::string kazakh_time_with_suffix(int minutes_of_day, KazakhCase grammatical_case) {
  const int hour = minutes_of_day / 60;
  const int minute = minutes_of_day % 60;
  char text[32];
  std::snprintf(text, sizeof text, "%02d:%02d", hour, minute);
  return std::string(text) + kazakh_suffix(minute != 0 ? minute : hour, grammatical_case);
}

}  // namespace kezek::i18n
