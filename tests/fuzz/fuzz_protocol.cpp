// Fuzzes shared/protocol's decoders with arbitrary bytes, one message family per
// input.
//
// Input: the first byte picks the family (modulo the number of families, in the
// order of kFamilies below); the rest is the JSON text.
// Invariants (abort on violation):
//   - decoding throws nothing but protocol::DecodeError;
//   - whatever decodes, encoded again and decoded again, gives the same struct
//     (the wire form of a message is a fixed point).
#include <boost/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

#include "shared/protocol/appointment.hpp"
#include "shared/protocol/board.hpp"
#include "shared/protocol/catalog.hpp"
#include "shared/protocol/counter.hpp"
#include "shared/protocol/error.hpp"
#include "shared/protocol/event_frame.hpp"
#include "shared/protocol/extension_answer.hpp"
#include "shared/protocol/report.hpp"
#include "shared/protocol/status.hpp"
#include "shared/protocol/ticket.hpp"

namespace {

using namespace kezek::protocol;
namespace json = boost::json;

[[noreturn]] void violated(const char* what, std::string_view input) {
  std::fprintf(stderr, "INVARIANT VIOLATED: %s\n  input (%zu bytes): %.*s\n", what, input.size(),
               static_cast<int>(input.size()), input.data());
  std::abort();
}

template <typename T>
void check(const json::value& value, std::string_view input) {
  T decoded;
  try {
    decoded = decode<T>(value);
  } catch (const DecodeError&) {
    return;  // refused with a field and a code: fine
  } catch (const std::exception&) {
    violated("a decoder threw something other than DecodeError", input);
  }
  try {
    const json::value again = json::parse(json::serialize(json::value_from(decoded)));
    if (!(decode<T>(again) == decoded)) violated("encode then decode changed the message", input);
  } catch (const std::exception&) {
    violated("a decoded message did not decode again", input);
  }
}

using Check = void (*)(const json::value&, std::string_view);
constexpr Check kFamilies[] = {
    check<Ticket>,
    check<IssueRequest>,
    check<Status>,
    check<StatusReply>,
    check<Board>,
    check<CounterView>,
    check<TransferRequest>,
    check<Appointment>,
    check<SlotList>,
    check<BookingRequest>,
    check<CheckInRequest>,
    check<CheckInReply>,
    check<Report>,
    check<SnapshotFrame>,
    check<EventFrame>,
    check<Error>,
    check<ServiceAdditions>,
    check<Mrp>,
    check<ExtensionAnswer>,
    check<CounterActionReply>,
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t family = data[0] % std::size(kFamilies);
  json::error_code ec;
  const json::value value = json::parse(input.substr(1), ec);
  if (ec) return 0;
  kFamilies[family](value, input);
  // The frame reader a client uses picks the kind itself.
  try {
    (void)decode_frame(value);
  } catch (const DecodeError&) {
  } catch (const std::exception&) {
    violated("decode_frame threw something other than DecodeError", input);
  }
  return 0;
}
