#pragma once
// Every text the wall display shows or speaks (the board brings the service
// groups' own names), in English, Russian and Kazakh: one table, one row per
// key. A "{}" in a text is filled in order by fill(); the words around a value
// are chosen so that no inflection depends on it ("ожидают: 3", "3 адам
// күтуде"), except the spoken Kazakh counter, which is an ordinal in words.

#include <span>
#include <string>
#include <string_view>

#include "shared/catalog/lang.hpp"
#include "shared/i18n/fill.hpp"

namespace kezek::display {

using catalog::Lang;

enum class S {
  // chrome
  centre_name,
  queue_name,
  reconnecting,
  connecting,
  board_unavailable,
  setup_problem,
  // the newest call and the history
  now_calling,
  ticket,
  counter,
  called_again,
  recent_calls,
  no_calls_yet,
  take_ticket_hint,
  lunch_hint,
  // waiting per group
  waiting_title,
  people_waiting,
  about_minutes,
  no_queue,
  // the ticker
  hours_line,
  weekends_closed,
  notice_keep_ticket,
  notice_documents,
  notice_follow_phone,
  // spoken: letter, number, counter
  spoken_call,
  count_  // not a text: the number of keys
};

// The table (row i holds key i), for i18n::tr and i18n::trf (shared/i18n/fill.hpp).
std::span<const i18n::Row<S>> strings_table(S);

using i18n::fill;
using i18n::tr;
using i18n::trf;

// The three languages of a key joined by " · " (en · ru · kk), for labels that
// show them side by side.
std::string tr3(S key);

}  // namespace kezek::display
