#include "display/kazakh_numbers.hpp"

#include <array>

namespace kezek::display {
namespace {

struct Word {
  const char* cardinal;
  const char* ordinal;
};

// Index 0 is unused; the ordinals are listed whole because the endings
// (-ншы/-нші after a vowel, -ыншы/-інші after a consonant) also drop a vowel
// in қырық → қырқыншы.
constexpr std::array<Word, 10> kUnits{{{"", ""},
                                       {"бір", "бірінші"},
                                       {"екі", "екінші"},
                                       {"үш", "үшінші"},
                                       {"төрт", "төртінші"},
                                       {"бес", "бесінші"},
                                       {"алты", "алтыншы"},
                                       {"жеті", "жетінші"},
                                       {"сегіз", "сегізінші"},
                                       {"тоғыз", "тоғызыншы"}}};
constexpr std::array<Word, 10> kTens{{{"", ""},
                                      {"он", "оныншы"},
                                      {"жиырма", "жиырмасыншы"},
                                      {"отыз", "отызыншы"},
                                      {"қырық", "қырқыншы"},
                                      {"елу", "елуінші"},
                                      {"алпыс", "алпысыншы"},
                                      {"жетпіс", "жетпісінші"},
                                      {"сексен", "сексенінші"},
                                      {"тоқсан", "тоқсаныншы"}}};
constexpr Word kHundred{"жүз", "жүзінші"};

std::string words(int n, bool ordinal) {
  if (n < 1 || n > 999) return std::to_string(n);
  std::string out;
  auto add = [&](const Word& w, bool last) {
    if (!out.empty()) out += ' ';
    out += (ordinal && last) ? w.ordinal : w.cardinal;
  };
  const int hundreds = n / 100, tens = n / 10 % 10, units = n % 10;
  if (hundreds > 0) {
    if (hundreds > 1) add(kUnits[static_cast<std::size_t>(hundreds)], false);
    add(kHundred, tens == 0 && units == 0);
  }
  if (tens > 0) add(kTens[static_cast<std::size_t>(tens)], units == 0);
  if (units > 0) add(kUnits[static_cast<std::size_t>(units)], true);
  return out;
}

}  // namespace

std::string kazakh_cardinal(int n) { return words(n, false); }
std::string kazakh_ordinal(int n) { return words(n, true); }

}  // namespace kezek::display
