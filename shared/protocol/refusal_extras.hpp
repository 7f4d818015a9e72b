#pragma once
// The members a refusal carries beside "error" that a client acts on
// (docs/api.md): protocol::Error keeps them untyped in `extra`; the server
// writes them from this and the clients read them back into it.
//   not_today (POST /api/v1/tickets):  "next_slot": {"service", "start", "minutes"}
//   too_late (check-in):               "offer": {"service", "tier"}
//   too_early (check-in):              "come_back_at": time
//   closed / lunch_break:              "until": time, "status": {...}
//   check-in refusals:                 "appointment": {...} (without "applicant")
//   already_booked:                    "appointment": {...} (with it: the portal asks)
// Every member is optional: which ones come depends on the code.
//
// Threading: plain values.
#include <boost/json.hpp>
#include <optional>
#include <string>

#include "shared/domain/model.hpp"
#include "shared/protocol/appointment.hpp"
#include "shared/protocol/decode_error.hpp"
#include "shared/protocol/status.hpp"

namespace kezek::protocol {

struct NextSlot {
  std::string service;
  Instant start{};
  int minutes = 0;
  bool operator==(const NextSlot&) const = default;
};

struct Offer {
  std::string service;
  domain::TicketTier tier = domain::TicketTier::standard;
  bool operator==(const Offer&) const = default;
};

struct RefusalExtras {
  std::optional<Instant> until, come_back_at;
  std::optional<NextSlot> next_slot;
  std::optional<Offer> offer;
  std::optional<Status> status;
  std::optional<Appointment> appointment;
  bool operator==(const RefusalExtras&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const NextSlot& s);
NextSlot tag_invoke(boost::json::value_to_tag<NextSlot>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Offer& o);
Offer tag_invoke(boost::json::value_to_tag<Offer>, const boost::json::value& jv);
// An Error's `extra` object; members other than the ones above are ignored.
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const RefusalExtras& e);
RefusalExtras tag_invoke(boost::json::value_to_tag<RefusalExtras>, const boost::json::value& jv);

}  // namespace kezek::protocol
