#pragma once
// Kazakh case endings after a number written in digits ("13:00-ге", "09:00-да").
// Kazakh suffixes follow vowel harmony and the voicing of the last sound of the
// number as it is read aloud, so the ending depends on the number's last word.

#include <string>

namespace kezek::i18n {

enum class KazakhCase { dative, locative };  // "to/until ...-ге", "at ...-де"

// The suffix, with its hyphen, for `number` read aloud (0 reads "нөл").
std::string kazakh_suffix(int number, KazakhCase grammatical_case);

// "13:00-ге" for a time of day in minutes since midnight: the ending follows the
// minutes when they are not zero, otherwise the hour.
std::string kazakh_time_with_suffix(int minutes_of_day, KazakhCase grammatical_case);

}  // namespace kezek::i18n
