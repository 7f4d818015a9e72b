#pragma once
// Secret tokens from the kernel's CSPRNG (getrandom, else /dev/urandom) — never from
// std::rand or a seeded mt19937, whose output can be predicted from a few samples.

#include <cstddef>
#include <string>

namespace kezek::http {

// `bytes` random bytes as lowercase hex (2 * bytes characters). Throws
// std::system_error when the system has no randomness to give. Any thread.
std::string random_hex_token(std::size_t bytes = 32);

}  // namespace kezek::http
