// StoreQueueSupply — the random identities (the stored ones are inline).
#include "server/engine/store_queue_supply.hpp"

#include <cstdint>
#include <random>

#include "server/http/random_token.hpp"
#include "shared/domain/codes.hpp"

namespace kezek::server {

std::string StoreQueueSupply::new_status_token() {
  // 128 random bits from the OS (getrandom): the token is the only key to a
  // ticket's public status page, so it must not be guessable from the ticket
  // number or the time.
  return http::random_hex_token(16);
}

std::optional<std::string> StoreQueueSupply::new_booking_code() {
  std::random_device device;
  for (int attempt = 0; attempt < 20; ++attempt) {
    const std::uint64_t bits = (static_cast<std::uint64_t>(device()) << 32) | device();
    std::string code = domain::make_code(bits);
    if (!appointments_.find(code)) return code;
  }
  return std::nullopt;
}

}  // namespace kezek::server
