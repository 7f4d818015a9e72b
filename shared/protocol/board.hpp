#pragma once
// The wall display's board (GET /api/v1/board, the snapshot frame's "board"):
//   {"status": {...}, "seq": N,
//    "calls": [{"number", "counter", "service", "status", "called_at", "recalls"}],
//    "waiting": [{"group", "letter", "name": {"en","ru","kk"}, "count",
//                 "longest_wait_min", "estimated_wait_min"}],
//    "counters": [BoardCounter...]}
// calls newest first, 12 at most. "waiting" alone is also the payload of the
// "waiting" event.
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include "shared/domain/model.hpp"
#include "shared/protocol/counter.hpp"
#include "shared/protocol/localized_text.hpp"
#include "shared/protocol/status.hpp"

namespace kezek::protocol {

inline constexpr std::size_t kBoardCalls = 12;

struct BoardCall {
  std::string number, service;
  int counter = 0;
  domain::TicketStatus status = domain::TicketStatus::called;
  Instant called_at{};
  int recalls = 0;
  bool operator==(const BoardCall&) const = default;
};

struct WaitingGroup {
  std::string group;
  char letter = '?';
  LocalizedText name;
  int count = 0;
  std::int64_t longest_wait_min = 0;
  std::int64_t estimated_wait_min = 0;
  bool operator==(const WaitingGroup&) const = default;
};

struct Board {
  Status status;
  std::int64_t seq = 0;
  std::vector<BoardCall> calls;
  std::vector<WaitingGroup> waiting;
  std::vector<BoardCounter> counters;
  bool operator==(const Board&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const BoardCall& c);
BoardCall tag_invoke(boost::json::value_to_tag<BoardCall>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const WaitingGroup& g);
WaitingGroup tag_invoke(boost::json::value_to_tag<WaitingGroup>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Board& b);
Board tag_invoke(boost::json::value_to_tag<Board>, const boost::json::value& jv);

}  // namespace kezek::protocol
