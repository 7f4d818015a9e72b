#pragma once
// ConsoleData: what the console knows from the server — the counter's view,
// the board, the day's report, the Centre's last status and the protocol
// version the server speaks — and how each reply changes it. Every reply is
// decoded with shared/protocol: one that does not decode leaves the previous
// view as it was and says on the notice line what was wrong. A server that
// speaks another protocol version is not listened to: its replies change
// nothing and the console says why (protocol_line).
//
// Threading: UI thread; plain data and free functions (the tests feed them
// replies of their own).

#include <optional>
#include <string>
#include <utility>

#include "shared/calendar/centre_status.hpp"
#include "shared/catalog/lang.hpp"
#include "shared/net/http_client.hpp"
#include "shared/protocol/board.hpp"
#include "shared/protocol/counter.hpp"
#include "shared/protocol/event_frame.hpp"
#include "shared/protocol/status.hpp"
#include "staff/actions.hpp"
#include "staff/notice.hpp"
#include "staff/supervisor_view.hpp"

namespace kezek::staff {

struct ConsoleData {
  std::optional<protocol::CounterView> counter;
  std::string counter_error;  // why there is no counter view, shown in its place
  std::optional<protocol::Board> board;
  std::optional<ReportView> report;
  std::string supervisor_error;            // why the board or the report is missing or stale
  std::optional<protocol::Status> status;  // the newest the server sent, from any reply
  std::optional<int> server_protocol;      // nullopt until the server said (status, snapshot)
  Notice notice;                           // the line under the counter's buttons
};

// False once the server said it speaks a protocol this console does not understand.
bool understands_server(const ConsoleData& data);
// That, in `lang` ("The server speaks protocol 2, this console understands
// protocol 1 ..."); empty while the console understands the server.
std::string protocol_line(const ConsoleData& data, catalog::Lang lang);

// The Centre's state at `now` by the server's last word, carried past its
// "until" by the day's hours the server sent (protocol::centre_status_at, the
// same rule as the kiosk's and the wall display's: lunch at 13:00 and closed at
// 18:00 even while the link is down); nullopt before any answer.
std::optional<CentreStatus> centre_at(const ConsoleData& data, Instant now);
// True once the server's last word has run out (its "until" passed): the
// console asks again, and shows the carried-forward state meanwhile.
bool status_ran_out(const ConsoleData& data, Instant now);
// The opening hours of the server's day as minutes of the day (the chart's x
// axis); nullopt before the server said.
std::optional<std::pair<int, int>> opening_minutes(const ConsoleData& data);

// Keeps `status` when it is newer (by the server's "now") than the one held.
void heard_status(ConsoleData& data, const protocol::Status& status);

// GET /api/v1/status: the protocol version, then the status.
void take_status_reply(ConsoleData& data, const net::HttpResult& reply);
// GET /api/v1/counters/{n}. `server` and `lang` word the failure line.
void take_counter_view(ConsoleData& data, const net::HttpResult& reply, const std::string& server, catalog::Lang lang);
// POST /api/v1/counters/{n}/{action}: the notice line (and, for pause and
// resume, whose answer is the counter's view, the view).
void take_action_reply(ConsoleData& data, Action action, const net::HttpResult& reply, const std::string& server);
// GET /api/v1/board and GET /api/v1/report: each returns what was wrong with
// it (empty when it was fine); the caller puts them together.
std::string take_board(ConsoleData& data, const net::HttpResult& reply, const std::string& server, catalog::Lang lang);
std::string take_report(ConsoleData& data, const net::HttpResult& reply, const std::string& server, catalog::Lang lang);
// A decoded WebSocket frame: a snapshot's version and status, a centre.status
// event's status.
void take_frame(ConsoleData& data, const protocol::Frame& frame);

}  // namespace kezek::staff
