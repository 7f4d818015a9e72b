// Fuzzes the client side of the event WebSocket after the socket: each text
// frame goes through decode_event_message (shared/net/event_message, what
// EventFeed runs on every frame) and then, as on the wall display, into
// LiveBoard::on_message (display/live_board.cpp), which folds snapshots and
// events into the board. The socket and Beast's frame parsing are not fuzzed
// here: they need a live connection.
//
// Input: frames, each a FuzzedDataProvider string (it ends at a backslash
// followed by any other character, so `\n` reads well in seed files; `\\` is a
// backslash), so a frame may hold any bytes.
// Invariants (abort on violation):
//   - decode_event_message never throws, and gives a message exactly when the
//     frame is a JSON object;
//   - a sequence number it takes is one the server accepts back: the feed
//     resumes with "?since=SEQ", which parse_since (the server's) must read as
//     that same number;
//   - LiveBoard::on_message never throws; its board never holds more than
//     protocol::kBoardCalls calls; it announces only fresh calls and recalls.
#include <fuzzer/FuzzedDataProvider.h>

#include <boost/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "display/live_board.hpp"
#include "server/http/events_query.hpp"
#include "shared/net/event_message.hpp"

namespace {

using namespace kezek;

[[noreturn]] void violated(const char* what, const std::string& frame) {
  std::fprintf(stderr, "INVARIANT VIOLATED: %s\n  frame: %s\n", what, frame.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  display::DisplayModel model;
  int announced = 0;
  display::LiveBoard live(model, display::LiveBoardHooks{
                                     [&announced](const display::Announcement&) { ++announced; },
                                     [] {},
                                     {},
                                 });
  const Instant now = *parse_iso8601("2026-11-24T10:05:30+05:00");
  std::int64_t frame_number = 0;
  while (input.remaining_bytes() > 0) {
    const std::string frame = input.ConsumeRandomLengthString(64 * 1024);
    std::optional<net::EventMessage> decoded;
    try {
      decoded = net::decode_event_message(frame);
    } catch (...) {
      violated("decode_event_message threw", frame);
    }
    boost::system::error_code ec;
    const boost::json::value reference = boost::json::parse(frame, ec);
    if (decoded.has_value() != (!ec && reference.is_object()))
      violated("decode_event_message disagrees with boost::json::parse", frame);
    if (!decoded) continue;
    if (decoded->seq) {
      const std::string resume = "/api/v1/events?since=" + std::to_string(*decoded->seq);
      const http::SinceQuery query = http::parse_since(resume);
      if (!query.valid || query.since != decoded->seq)
        violated("the feed would resume with a since= the server refuses", frame);
    }

    const int announced_before = announced;
    try {
      live.on_message(decoded->message, now, std::chrono::steady_clock::time_point{}, ++frame_number);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "escaped: %s\n", e.what());
      violated("LiveBoard::on_message threw", frame);
    }
    if (model.board && model.board->calls.size() > protocol::kBoardCalls)
      violated("more than kBoardCalls calls on the board", frame);
    if (announced > announced_before + 1) violated("one message announced twice", frame);
    if (announced > announced_before) {
      const auto* type = decoded->message.if_contains("type");
      if (!type || !type->is_string() ||
          (type->get_string() != "ticket.called" && type->get_string() != "ticket.recalled"))
        violated("an announcement for something other than a call", frame);
    }
  }
  return 0;
}
