#pragma once
// Who may call the server: one bearer token per role, and one per counter. Tokens live
// in a file private to the server's user (mode 0600), created on first start.
//
// File format:
//   {"admin": T, "kiosk": T, "display": T, "counters": {"1": T, "2": T, ...}}
// where every T is 64 lowercase hex characters (32 random bytes).

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kezek::http {

enum class Role { admin, kiosk, display, counter };

struct Principal {
  Role role;
  int counter = 0;  // the counter number when role == Role::counter, else 0
  friend bool operator==(const Principal&, const Principal&) = default;
};

// Threading: immutable after load_or_create; every const member is safe from any thread.
class Credentials {
 public:
  // First start: creates `file` (and its directory) with mode 0600 and fresh tokens for
  // the roles and for `counter_numbers`. Later starts: reads it back; a role or counter
  // missing from the file gets a new token and the file is rewritten atomically.
  // Counters in the file but not in `counter_numbers` stay in the file but are not
  // accepted. Throws std::runtime_error with a readable message for a file that others
  // may read (any group/other permission bit), that is malformed, or that gives two
  // identities the same token; std::invalid_argument for a counter number < 1;
  // std::system_error for I/O errors.
  static Credentials load_or_create(const std::filesystem::path& file, const std::vector<int>& counter_numbers);

  // `authorization_header` is the Authorization header's value: "Bearer <token>" (the
  // scheme is case-insensitive). Compares the token against every known token in
  // constant time, with no early exit. nullopt for anything else.
  std::optional<Principal> authenticate(std::string_view authorization_header) const;

  // The token of a role (for Role::counter, of `counter`); for tests and the demo
  // launcher. Throws std::out_of_range when there is none.
  std::string token_for(Role role, int counter = 0) const;

 private:
  struct Entry {
    Principal principal;
    std::string token;
  };
  explicit Credentials(std::vector<Entry> entries);

  std::vector<Entry> entries_;
};

}  // namespace kezek::http
