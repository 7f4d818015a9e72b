// Ticket numbers and appointment codes.
#include <doctest/doctest.h>

#include <set>
#include <stdexcept>

#include "shared/domain/codes.hpp"

namespace kezek_unit_domain_codes {

using namespace kezek::domain;

TEST_CASE("domain codes: ticket numbers have at least three digits") {
  CHECK(format_ticket_number('W', 17) == "W-017");
  CHECK(format_ticket_number('A', 0) == "A-000");
  CHECK(format_ticket_number('P', 999) == "P-999");
  CHECK(format_ticket_number('W', 1234) == "W-1234");
  CHECK_THROWS_AS(format_ticket_number('W', -1), std::invalid_argument);
}

TEST_CASE("domain codes: the alphabet has no look-alikes") {
  CHECK(kCodeAlphabet.size() == 25);
  for (const char c : std::string_view("0O1IL2Z5S8B")) {
    CAPTURE(c);
    CHECK(kCodeAlphabet.find(c) == std::string_view::npos);
  }
  CHECK(std::set<char>(kCodeAlphabet.begin(), kCodeAlphabet.end()).size() == 25);
}

TEST_CASE("domain codes: make_code spends the random bits in base 25") {
  CHECK(make_code(0) == "333333");
  CHECK(make_code(1) == "433333");
  CHECK(make_code(25) == "343333");
  CHECK(make_code(0xFFFFFFFFFFFFFFFFULL, 13).size() == 13);
  CHECK_THROWS_AS(make_code(1, 0), std::invalid_argument);
  CHECK_THROWS_AS(make_code(1, 14), std::invalid_argument);
  std::set<std::string> seen;
  for (std::uint64_t bits = 0; bits < 1000; ++bits) {
    const std::string code = make_code(bits * 2654435761ULL);
    for (const char c : code) {
      CHECK(kCodeAlphabet.find(c) != std::string_view::npos);
    }
    seen.insert(code);
  }
  CHECK(seen.size() == 1000);
}

TEST_CASE("domain codes: typed codes are normalized or rejected") {
  CHECK(normalize_code("K7M4QX") == "K7M4QX");
  CHECK(normalize_code("k7m-4qx") == "K7M4QX");
  CHECK(normalize_code(" K7M 4QX ") == "K7M4QX");
  CHECK(normalize_code("K7-M4-QX") == "K7M4QX");
  CHECK_FALSE(normalize_code("K7MO4X").has_value());    // O, not in the alphabet
  CHECK_FALSE(normalize_code("K7M-4Q1").has_value());   // 1
  CHECK_FALSE(normalize_code("S7M4QX").has_value());    // S
  CHECK_FALSE(normalize_code("K7M-4Q").has_value());    // too short
  CHECK_FALSE(normalize_code("K7M-4QXX").has_value());  // too long
  CHECK_FALSE(normalize_code("K7M_4QX").has_value());
  CHECK_FALSE(normalize_code("").has_value());
  CHECK_FALSE(normalize_code("К7М4QX").has_value());  // Cyrillic К and М
  CHECK(normalize_code("K7M4QXA", 7) == "K7M4QXA");
}

TEST_CASE("domain codes: the human form has a dash in the middle") {
  CHECK(format_code("K7M4QX") == "K7M-4QX");
  CHECK(format_code("K7M4QXA") == "K7M-4QXA");
  CHECK(format_code("K") == "K");
  for (std::uint64_t bits : {0ULL, 7ULL, 123456789ULL}) {
    const std::string code = make_code(bits);
    CHECK(normalize_code(format_code(code)) == code);
  }
}

}  // namespace kezek_unit_domain_codes
