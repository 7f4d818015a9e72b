#pragma once
// SupervisorView: the whole Centre for the shift supervisor — every counter
// (GET /api/v1/board) and the day's figures (GET /api/v1/report) — as plain
// values the supervisor screen draws from.

#include <boost/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "shared/catalog/catalog.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::staff {

struct CounterRow {
  int number = 0;
  std::string phase = "idle";
  bool paused = false;
  bool manager = false;
  std::string ticket;  // the current ticket's number, or ""
};

struct GroupWaiting {
  std::string letter;
  catalog::Text name;
  int count = 0;
  int longest_wait_min = 0;
};

struct BoardView {
  std::vector<CounterRow> counters;
  std::vector<GroupWaiting> waiting;
};

struct WaitingPoint {
  int minute_of_day = 0;  // local time, e.g. 540 for 09:00
  int waiting = 0;
};

struct ReportView {
  std::string date;
  int issued = 0, waiting = 0, in_progress = 0, served = 0, no_show = 0, cancelled = 0;
  int mean_wait_min = 0, max_wait_min = 0;
  std::vector<WaitingPoint> series;
  std::vector<int> waits;  // wait_min of every ticket that was called
};

std::optional<BoardView> parse_board(const boost::json::value& body, std::string& error);
std::optional<ReportView> parse_report(const boost::json::value& body, std::string& error);

}  // namespace kezek::staff
