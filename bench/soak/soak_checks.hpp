#pragma once
// The invariants a soak run checks after every day, through the database
// (opened read-only, beside the running server: WAL lets it read) and through
// the API. Each returns what is wrong, one readable line per fault; empty when
// all holds.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/soak/soak_ledger.hpp"
#include "shared/protocol/board.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::bench::soak {

// In the database:
//  - ticket numbers are unique per day (never handed out twice, restarts and
//    a kill -9 included);
//  - every acknowledged ticket, finish, booking and check-in is there as
//    acknowledged;
//  - nothing of a day before `today` is still active (a ticket waiting, called
//    or serving; a booking booked or checked in).
std::vector<std::string> check_database(const std::filesystem::path& database, const LedgerContents& ledger,
                                        Date today);

// The display's board against the server's GET /api/v1/board at the same
// sequence number: the calls, the counters, the waiting counts and the
// Centre's state (not the wait estimates, which the server works out at the
// moment it is asked).
std::vector<std::string> compare_boards(const protocol::Board& display, const protocol::Board& server);

// The server's resident memory (kB, from /proc) and the database's size on
// disk (the file and its WAL, bytes).
std::int64_t resident_kb(int pid);
std::uintmax_t database_bytes(const std::filesystem::path& database);

}  // namespace kezek::bench::soak
