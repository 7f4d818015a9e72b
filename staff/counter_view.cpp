#include "staff/counter_view.hpp"

#include "staff/json_read.hpp"

namespace kezek::staff {

namespace json = boost::json;
using namespace json_read;

namespace {

std::optional<CurrentTicket> parse_ticket(const json::object* o) {
  if (o == nullptr) return std::nullopt;
  CurrentTicket t;
  t.id = integer(*o, "id");
  t.number = str(*o, "number");
  t.service = str(*o, "service");
  t.tier = str(*o, "tier", "standard");
  t.status = str(*o, "status");
  const auto issued = instant(*o, "issued_at");
  if (t.number.empty() || !issued) return std::nullopt;
  t.issued_at = *issued;
  t.called_at = instant(*o, "called_at");
  t.started_at = instant(*o, "started_at");
  t.recalls = static_cast<int>(integer(*o, "recalls"));
  if (auto code = str(*o, "appointment_code"); !code.empty()) t.appointment_code = code;
  t.slot_start = instant(*o, "slot_start");
  t.transfer_reason = str(*o, "transfer_reason");
  return t;
}

}  // namespace

std::optional<CounterView> parse_counter_view(const json::value& body, std::string& error) {
  if (!body.is_object() || !body.as_object().contains("phase")) {
    error = "the server's answer is not a counter view";
    return std::nullopt;
  }
  const json::object& o = body.as_object();
  CounterView v;
  v.number = static_cast<int>(integer(o, "number"));
  v.phase = str(o, "phase", "idle");
  v.paused = boolean(o, "paused");
  v.manager = boolean(o, "manager");
  v.status = centre_status(object(o, "status"));
  v.ticket = parse_ticket(object(o, "ticket"));
  if (const json::array* services = array(o, "services")) {
    for (const json::value& s : *services) {
      if (!s.is_object()) continue;
      v.services.push_back({str(s.as_object(), "service"), static_cast<int>(integer(s.as_object(), "waiting"))});
    }
  }
  v.longest_wait_min = static_cast<int>(integer(o, "longest_wait_min"));
  if (const json::array* appointments = array(o, "appointments")) {
    for (const json::value& a : *appointments) {
      if (!a.is_object()) continue;
      const json::object& ao = a.as_object();
      const auto start = instant(ao, "start");
      if (!start) continue;
      v.appointments.push_back(
          {str(ao, "code"), str(ao, "service"), str(ao, "status"), *start, static_cast<int>(integer(ao, "minutes"))});
    }
  }
  return v;
}

}  // namespace kezek::staff
