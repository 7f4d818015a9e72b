#pragma once
// What the kiosk takes from GET /api/v1/status into its Connection: the
// server's protocol version first, read alone (another version's status may not
// decode at all, and the visitor should then read "wrong version", not
// "unreadable"), then — only when this kiosk speaks that version — the status.
// A body that does not decode leaves the last status and names the problem.
//
// Threading: pure function on the UI thread's state.

#include <boost/json.hpp>

#include "kiosk/kiosk_state.hpp"

namespace kezek::kiosk {

void take_status_answer(Connection& connection, const boost::json::value& body);

}  // namespace kezek::kiosk
