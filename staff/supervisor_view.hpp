#pragma once
// The day's figures as the supervisor screen draws them, built from the
// decoded report (protocol::Report, GET /api/v1/report): the totals, the
// waiting through the day by minute of the local day, and every called
// ticket's wait for the histogram. The board is drawn from protocol::Board
// as it is.

#include <vector>

#include "shared/protocol/report.hpp"

namespace kezek::staff {

struct WaitingPoint {
  int minute_of_day = 0;  // local time, e.g. 540 for 09:00
  int waiting = 0;
};

struct ReportView {
  protocol::ReportCounts totals;
  std::vector<WaitingPoint> series;
  std::vector<int> waits;  // wait_min of every ticket that was called
};

ReportView report_view(const protocol::Report& report);

}  // namespace kezek::staff
