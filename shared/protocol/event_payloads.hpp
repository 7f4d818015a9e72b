#pragma once
// What each event type carries besides seq, type and at (EventFrame::payload),
// as typed values both ends use: the server encodes them, the clients decode
// them (docs/api.md "Events"):
//   ticket.issued/called/recalled/started/finished/no_show/transferred:
//       TicketEvent        {["counter"], "ticket": Ticket, ["automatic": true]}
//   counter.paused/resumed:     CounterEvent       {"counter", "paused"}
//   appointment.booked:         AppointmentBooked  {"appointment": Appointment without "applicant"}
//   appointment.checked_in/cancelled/missed:
//                               AppointmentChanged {"code", ["ticket": Ticket]}
//   day.started:                DayStarted         {"day": "YYYY-MM-DD"}
//   centre.status:              CentreStatusEvent  {"status": Status}
//   waiting:                    WaitingEvent       {"waiting": [WaitingGroup]}
// `automatic` marks a change the server made by itself (lunch, closing), not a
// person at a counter. Events are public: no applicant reference in any of them.
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <optional>
#include <string>
#include <vector>

#include "shared/protocol/appointment.hpp"
#include "shared/protocol/board.hpp"
#include "shared/protocol/status.hpp"
#include "shared/protocol/ticket.hpp"

namespace kezek::protocol {

struct TicketEvent {
  std::optional<int> counter;
  Ticket ticket;
  bool automatic = false;
  bool operator==(const TicketEvent&) const = default;
};

struct CounterEvent {
  int counter = 0;
  bool paused = false;
  bool operator==(const CounterEvent&) const = default;
};

// The appointment's applicant is left out on the wire and empty when decoded.
struct AppointmentBooked {
  Appointment appointment;
  bool operator==(const AppointmentBooked&) const = default;
};

struct AppointmentChanged {
  std::string code;
  std::optional<Ticket> ticket;  // checked_in: the ticket it became
  bool operator==(const AppointmentChanged&) const = default;
};

struct DayStarted {
  Date day{};
  bool operator==(const DayStarted&) const = default;
};

struct CentreStatusEvent {
  Status status;
  bool operator==(const CentreStatusEvent&) const = default;
};

struct WaitingEvent {
  std::vector<WaitingGroup> waiting;
  bool operator==(const WaitingEvent&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const TicketEvent& e);
TicketEvent tag_invoke(boost::json::value_to_tag<TicketEvent>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const CounterEvent& e);
CounterEvent tag_invoke(boost::json::value_to_tag<CounterEvent>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const AppointmentBooked& e);
AppointmentBooked tag_invoke(boost::json::value_to_tag<AppointmentBooked>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const AppointmentChanged& e);
AppointmentChanged tag_invoke(boost::json::value_to_tag<AppointmentChanged>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const DayStarted& e);
DayStarted tag_invoke(boost::json::value_to_tag<DayStarted>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const CentreStatusEvent& e);
CentreStatusEvent tag_invoke(boost::json::value_to_tag<CentreStatusEvent>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const WaitingEvent& e);
WaitingEvent tag_invoke(boost::json::value_to_tag<WaitingEvent>, const boost::json::value& jv);

// The payload of an event frame as one of the above, for callers that hold an
// EventFrame: decode_payload<TicketEvent>(frame.payload). Throws DecodeError.
template <typename T>
T decode_payload(const boost::json::object& payload) {
  return decode<T>(boost::json::value(payload));
}

}  // namespace kezek::protocol
