#pragma once
// Kazakh numbers in words for the spoken announcement: the counter is said as
// an ordinal ("үшінші терезеге", to the third window), which a synthesiser
// reading "3-терезеге" gets wrong ("үш терезеге").

#include <string>

namespace kezek::display {

// "он жеті" for 17; 1 to 999 (anything else is written in digits).
std::string kazakh_cardinal(int n);

// "он жетінші" for 17: the ordinal ending joins the last word by vowel harmony.
std::string kazakh_ordinal(int n);

}  // namespace kezek::display
