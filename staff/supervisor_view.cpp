#include "staff/supervisor_view.hpp"

#include "staff/json_read.hpp"

namespace kezek::staff {

namespace json = boost::json;
using namespace json_read;

std::optional<BoardView> parse_board(const json::value& body, std::string& error) {
  const json::array* counters = body.is_object() ? array(body.as_object(), "counters") : nullptr;
  if (counters == nullptr) {
    error = "the server's answer is not a board";
    return std::nullopt;
  }
  BoardView board;
  for (const json::value& c : *counters) {
    if (!c.is_object()) continue;
    const json::object& o = c.as_object();
    CounterRow row;
    row.number = static_cast<int>(integer(o, "number"));
    row.phase = str(o, "phase", "idle");
    row.paused = boolean(o, "paused");
    row.manager = boolean(o, "manager");
    row.ticket = str(o, "ticket");
    board.counters.push_back(std::move(row));
  }
  if (const json::array* waiting = array(body.as_object(), "waiting")) {
    for (const json::value& w : *waiting) {
      if (!w.is_object()) continue;
      const json::object& o = w.as_object();
      GroupWaiting g;
      g.letter = str(o, "letter");
      if (const json::object* name = object(o, "name")) {
        g.name.en = str(*name, "en");
        g.name.ru = str(*name, "ru", g.name.en);
        g.name.kk = str(*name, "kk", g.name.en);
      }
      g.count = static_cast<int>(integer(o, "count"));
      g.longest_wait_min = static_cast<int>(integer(o, "longest_wait_min"));
      board.waiting.push_back(std::move(g));
    }
  }
  return board;
}

std::optional<ReportView> parse_report(const json::value& body, std::string& error) {
  const json::object* totals = body.is_object() ? object(body.as_object(), "totals") : nullptr;
  if (totals == nullptr) {
    error = "the server's answer is not a day report";
    return std::nullopt;
  }
  const json::object& o = body.as_object();
  ReportView r;
  r.date = str(o, "date");
  r.issued = static_cast<int>(integer(*totals, "issued"));
  r.waiting = static_cast<int>(integer(*totals, "waiting"));
  r.in_progress = static_cast<int>(integer(*totals, "in_progress"));
  r.served = static_cast<int>(integer(*totals, "served"));
  r.no_show = static_cast<int>(integer(*totals, "no_show"));
  r.cancelled = static_cast<int>(integer(*totals, "cancelled"));
  r.mean_wait_min = static_cast<int>(integer(*totals, "mean_wait_min"));
  r.max_wait_min = static_cast<int>(integer(*totals, "max_wait_min"));
  if (const json::object* series = object(o, "waiting_series")) {
    if (const json::array* points = array(*series, "points")) {
      for (const json::value& p : *points) {
        if (!p.is_object()) continue;
        const auto at = instant(p.as_object(), "at");
        if (!at) continue;
        const int minute = static_cast<int>(to_local(*at).time_of_day.count() / 60);
        r.series.push_back({minute, static_cast<int>(integer(p.as_object(), "waiting"))});
      }
    }
  }
  if (const json::array* tickets = array(o, "tickets")) {
    for (const json::value& t : *tickets) {
      if (!t.is_object()) continue;
      if (auto wait = opt_integer(t.as_object(), "wait_min")) r.waits.push_back(static_cast<int>(*wait));
    }
  }
  return r;
}

}  // namespace kezek::staff
