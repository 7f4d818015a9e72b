// Ticket numbers and appointment codes (see codes.hpp for the alphabet).
#include "shared/domain/codes.hpp"

#include <stdexcept>

namespace kezek::domain {

std::string format_ticket_number(char letter, int sequence) {
  if (sequence < 0) {
    throw std::invalid_argument("format_ticket_number: negative sequence");
  }
  std::string digits = std::to_string(sequence);
  if (digits.size() < 3) {
    digits.insert(0, 3 - digits.size(), '0');
  }
  std::string out(1, letter);
  out += '-';
  out += digits;
  return out;
}

std::string make_code(std::uint64_t random_bits, int length) {
  if (length < 1 || length > kMaxCodeLength) {
    throw std::invalid_argument("make_code: length must be 1 to 13");
  }
  std::string code;
  code.reserve(static_cast<std::size_t>(length));
  for (int i = 0; i < length; ++i) {
    code += kCodeAlphabet[random_bits % kCodeAlphabet.size()];
    random_bits /= kCodeAlphabet.size();
  }
  return code;
}

std::optional<std::string> normalize_code(std::string_view typed, int length) {
  std::string code;
  for (const char ch : typed) {
    if (ch == ' ' || ch == '-') {
      continue;
    }
    // ASCII only: anything else (a Cyrillic look-alike too) is not in the alphabet.
    const char upper = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    if (kCodeAlphabet.find(upper) == std::string_view::npos) {
      return std::nullopt;
    }
    code += upper;
  }
  if (static_cast<int>(code.size()) != length) {
    return std::nullopt;
  }
  return code;
}

std::string format_code(std::string_view canonical) {
  std::string out(canonical);
  if (out.size() >= 2) {
    out.insert(out.size() / 2, 1, '-');
  }
  return out;
}

}  // namespace kezek::domain
