#pragma once
// The short texts visitors read, type and say aloud: ticket numbers
// ("W-017") and appointment codes ("K7M-4QX").
//
// Appointment codes use an alphabet without look-alikes, so a code read off a
// phone or dictated at the desk cannot be mistyped into another valid code:
// no 0/O, 1/I/L, 2/Z, 5/S or 8/B. That leaves 25 symbols; 6 of them give
// 25^6 ~ 244 million codes. A code is stored in its canonical form (upper
// case, no dash: "K7M4QX") and shown in its human form ("K7M-4QX").
//
// Threading: free functions; no state.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kezek::domain {

inline constexpr std::string_view kCodeAlphabet = "34679ACDEFGHJKMNPQRTUVWXY";
inline constexpr int kCodeLength = 6;
// The most symbols 64 random bits can fill: 25^13 < 2^64 < 25^14.
inline constexpr int kMaxCodeLength = 13;

// "W-017": the group letter, a dash and the sequence with at least 3 digits
// ("W-1234" past 999). Throws std::invalid_argument for a negative sequence.
std::string format_ticket_number(char letter, int sequence);

// A canonical code of `length` symbols drawn from the random bits (base-25
// digits, least significant first). The caller supplies the randomness (a
// CSPRNG in the server), which keeps this pure and testable. Throws
// std::invalid_argument unless 1 <= length <= kMaxCodeLength.
std::string make_code(std::uint64_t random_bits, int length = kCodeLength);

// The canonical form of a typed code, or nullopt if it cannot be one: case is
// ignored, spaces and dashes anywhere are dropped, and what is left must be
// exactly `length` symbols of kCodeAlphabet (a look-alike such as O or 1 is
// rejected, not guessed at).
std::optional<std::string> normalize_code(std::string_view typed, int length = kCodeLength);

// "K7M-4QX": the canonical code with a dash after its first half (rounded
// down; a code of fewer than 2 symbols is returned as is).
std::string format_code(std::string_view canonical);

}  // namespace kezek::domain
