#include "staff/supervisor_view.hpp"

namespace kezek::staff {

ReportView report_view(const protocol::Report& report) {
  ReportView r;
  r.totals = report.totals;
  for (const protocol::WaitingPoint& p : report.points) {
    const int minute = static_cast<int>(to_local(p.at).time_of_day.count() / 60);
    r.series.push_back({minute, static_cast<int>(p.waiting)});
  }
  for (const protocol::ReportTicket& t : report.tickets)
    if (t.wait_min) r.waits.push_back(static_cast<int>(*t.wait_min));
  return r;
}

}  // namespace kezek::staff
