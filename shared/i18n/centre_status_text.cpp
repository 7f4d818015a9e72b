#include "shared/i18n/centre_status_text.hpp"

#include <array>
#include <chrono>

#include "shared/i18n/kazakh_suffix.hpp"

namespace kezek::i18n {
namespace {

using catalog::Lang;
using std::chrono::days;

int minutes_of_day(Instant t) { return static_cast<int>(to_local(t).time_of_day.count() / 60); }

std::string hhmm(Instant t) { return format_hhmm(to_local(t).time_of_day); }

// Russian "в понедельник", "во вторник", "в среду": the preposition and the
// accusative form differ per day.
constexpr std::array<const char*, 7> kRuWeekdayAccusative = {"в воскресенье", "в понедельник", "во вторник", "в среду",
                                                             "в четверг",     "в пятницу",     "в субботу"};
constexpr std::array<const char*, 7> kRuWeekdayNominative = {"воскресенье", "понедельник", "вторник", "среда",
                                                             "четверг",     "пятница",     "суббота"};
constexpr std::array<const char*, 7> kEnWeekday = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 7> kKkWeekday = {"жексенбі", "дүйсенбі", "сейсенбі", "сәрсенбі",
                                                   "бейсенбі", "жұма",     "сенбі"};
constexpr std::array<const char*, 12> kEnMonth = {"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};
constexpr std::array<const char*, 12> kRuMonthGenitive = {"января",   "февраля", "марта",  "апреля",
                                                          "мая",      "июня",    "июля",   "августа",
                                                          "сентября", "октября", "ноября", "декабря"};
constexpr std::array<const char*, 12> kKkMonth = {"қаңтар", "ақпан", "наурыз",   "сәуір", "мамыр",  "маусым",
                                                  "шілде",  "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};

// When the Centre next opens, relative to `now`: "today", "tomorrow", a weekday
// within the week, or a date further off (after a long holiday).
std::string when_opens(Instant now, Instant opening, Lang lang) {
  const Date today = local_date(now);
  const Date day = local_date(opening);
  const auto ahead = (std::chrono::sys_days{day} - std::chrono::sys_days{today}).count();
  const std::chrono::weekday wd{std::chrono::sys_days{day}};
  const std::string time = hhmm(opening);
  const int mins = minutes_of_day(opening);
  switch (lang) {
    case Lang::en:
      if (ahead == 0) return "opens today at " + time;
      if (ahead == 1) return "opens tomorrow at " + time;
      if (ahead < 7) return "opens " + weekday_name(wd, lang) + " at " + time;
      return "opens " + day_and_month(day, lang) + " at " + time;
    case Lang::ru:
      if (ahead == 0) return "откроется сегодня в " + time;
      if (ahead == 1) return "откроется завтра в " + time;
      if (ahead < 7) return std::string("откроется ") + kRuWeekdayAccusative[wd.c_encoding()] + " в " + time;
      return "откроется " + day_and_month(day, lang) + " в " + time;
    case Lang::kk: {
      const std::string at = kazakh_time_with_suffix(mins, KazakhCase::locative);
      if (ahead == 0) return "бүгін " + at + " ашылады";
      if (ahead == 1) return "ертең " + at + " ашылады";
      if (ahead < 7) return weekday_name(wd, lang) + " күні " + at + " ашылады";
      return day_and_month(day, lang) + " күні " + at + " ашылады";
    }
  }
  return time;
}

}  // namespace

std::string weekday_name(std::chrono::weekday day, Lang lang) {
  const unsigned i = day.c_encoding();
  switch (lang) {
    case Lang::en: return kEnWeekday[i];
    case Lang::ru: return kRuWeekdayNominative[i];
    case Lang::kk: return kKkWeekday[i];
  }
  return {};
}

std::string day_and_month(Date date, Lang lang) {
  const std::string day = std::to_string(static_cast<unsigned>(date.day()));
  const unsigned m = static_cast<unsigned>(date.month()) - 1;
  switch (lang) {
    case Lang::en: return day + " " + kEnMonth[m];
    case Lang::ru: return day + " " + kRuMonthGenitive[m];
    case Lang::kk: return day + " " + kKkMonth[m];
  }
  return day;
}

std::string state_name(CentreState state, Lang lang) {
  switch (state) {
    case CentreState::open: return lang == Lang::en ? "Open" : lang == Lang::ru ? "Открыто" : "Ашық";
    case CentreState::lunch:
      return lang == Lang::en ? "Lunch break" : lang == Lang::ru ? "Обеденный перерыв" : "Түскі үзіліс";
    case CentreState::closed: return lang == Lang::en ? "Closed" : lang == Lang::ru ? "Закрыто" : "Жабық";
  }
  return {};
}

std::string describe_status(const CentreStatus& status, Instant now, Lang lang) {
  const std::string until = hhmm(status.until);
  const int until_mins = minutes_of_day(status.until);
  switch (status.state) {
    case CentreState::open:
    case CentreState::lunch:
      if (lang == Lang::en) return state_name(status.state, lang) + " until " + until;
      if (lang == Lang::ru) return state_name(status.state, lang) + " до " + until;
      return state_name(status.state, lang) + " " + kazakh_time_with_suffix(until_mins, KazakhCase::dative) + " дейін";
    case CentreState::closed:
      return state_name(status.state, lang) + " — " + when_opens(now, status.next_opening, lang);
  }
  return {};
}

}  // namespace kezek::i18n
