#pragma once
// Every text the wall display shows or speaks (the board brings the service
// groups' own names), in English, Russian and Kazakh: one table, one row per
// key. A "{}" in a text is filled in order by fill(); the words around a value
// are chosen so that no inflection depends on it ("ожидают: 3", "3 адам
// күтуде"), except the spoken Kazakh counter, which is an ordinal in words.

#include <initializer_list>
#include <string>
#include <string_view>

#include "shared/catalog/lang.hpp"

namespace kezek::display {

using catalog::Lang;

enum class S {
  // chrome
  centre_name, queue_name, reconnecting, connecting, board_unavailable, setup_problem,
  // the newest call and the history
  now_calling, ticket, counter, called_again, recent_calls, no_calls_yet, take_ticket_hint, lunch_hint,
  // waiting per group
  waiting_title, people_waiting, about_minutes, no_queue,
  // the ticker
  hours_line, weekends_closed, notice_keep_ticket, notice_documents, notice_follow_phone,
  // spoken: letter, number, counter
  spoken_call,
  count_  // not a text: the number of keys
};

// The text of `key` in `lang`.
std::string_view tr(S key, Lang lang);

// `pattern` with each "{}" replaced by the next value.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

// tr() then fill().
std::string trf(S key, Lang lang, std::initializer_list<std::string_view> values);

// The three languages of a key joined by " · " (en · ru · kk), for labels that
// show them side by side.
std::string tr3(S key);

}  // namespace kezek::display
