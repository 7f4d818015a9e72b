#include "server/http/credentials.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

#include <boost/json.hpp>

#include "server/http/private_file.hpp"
#include "server/http/random_token.hpp"

namespace kezek::http {
namespace {

constexpr std::size_t token_length = 64;

// The file's content, by name: roles under their key, counters by number.
struct TokenFile {
  std::map<std::string, std::string> roles;  // "admin", "kiosk", "display"
  std::map<int, std::string> counters;
};

constexpr std::string_view role_keys[] = {"admin", "kiosk", "display"};

Role role_of_key(std::string_view key) {
  if (key == "admin") return Role::admin;
  if (key == "kiosk") return Role::kiosk;
  return Role::display;
}

bool is_token(std::string_view token) {
  return token.size() == token_length && std::all_of(token.begin(), token.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

[[noreturn]] void malformed(const std::filesystem::path& file, const std::string& why) {
  throw std::runtime_error("credentials file " + file.string() + ": " + why);
}

// Never puts a token into an error message: the messages end up in logs.
std::string checked_token(const std::filesystem::path& file, const boost::json::value& value, const std::string& name) {
  if (!value.is_string() || !is_token(value.get_string())) {
    malformed(file, name + " must be a string of " + std::to_string(token_length) + " lowercase hex characters");
  }
  return std::string(value.get_string());
}

TokenFile parse_token_file(const std::filesystem::path& file, std::string_view text) {
  boost::system::error_code error;
  const boost::json::value root = boost::json::parse(text, error);
  if (error || !root.is_object()) malformed(file, "not a JSON object");
  TokenFile tokens;
  const auto& object = root.get_object();
  for (const auto key : role_keys) {
    if (const auto* value = object.if_contains(key)) {
      tokens.roles[std::string(key)] = checked_token(file, *value, "\"" + std::string(key) + "\"");
    }
  }
  if (const auto* counters = object.if_contains("counters")) {
    if (!counters->is_object()) malformed(file, "\"counters\" must be an object");
    for (const auto& [key, value] : counters->get_object()) {
      int number = 0;
      const auto parsed = std::from_chars(key.data(), key.data() + key.size(), number);
      if (parsed.ec != std::errc{} || parsed.ptr != key.data() + key.size() || number < 1) {
        malformed(file, "counter key \"" + std::string(key) + "\" is not a counter number");
      }
      tokens.counters[number] = checked_token(file, value, "counter \"" + std::string(key) + "\"");
    }
  }
  return tokens;
}

std::string format_token_file(const TokenFile& tokens) {
  // Written by hand for a stable, readable layout; tokens and keys need no escaping.
  std::string text = "{\n";
  for (const auto key : role_keys) {
    text += "  \"" + std::string(key) + "\": \"" + tokens.roles.at(std::string(key)) + "\",\n";
  }
  text += "  \"counters\": {";
  bool first = true;
  for (const auto& [number, token] : tokens.counters) {
    text += first ? "\n" : ",\n";
    text += "    \"" + std::to_string(number) + "\": \"" + token + "\"";
    first = false;
  }
  text += first ? "}\n}\n" : "\n  }\n}\n";
  return text;
}

// Adds a fresh token for every role or configured counter the file lacks.
bool add_missing(TokenFile& tokens, const std::vector<int>& counter_numbers) {
  bool added = false;
  for (const auto key : role_keys) {
    if (tokens.roles.emplace(std::string(key), std::string{}).second) {
      tokens.roles[std::string(key)] = random_hex_token();
      added = true;
    }
  }
  for (const int number : counter_numbers) {
    if (!tokens.counters.contains(number)) {
      tokens.counters[number] = random_hex_token();
      added = true;
    }
  }
  return added;
}

// Equal without revealing where they differ: every byte of `expected` is looked at
// whatever `candidate` holds, and differences are OR-ed, never branched on. Only
// the length is branched on, and it is not secret (every token has the same).
// Eight bytes at a time: each request is checked against every token (one per
// counter), and byte by byte that was 4% of the server's time under load.
bool constant_time_equal(std::string_view candidate, std::string_view expected) {
  const std::string_view probe = candidate.size() == expected.size() ? candidate : expected;
  std::uint64_t difference = candidate.size() ^ expected.size();
  std::size_t i = 0;
  for (; i + 8 <= expected.size(); i += 8) {
    std::uint64_t given = 0, wanted = 0;
    std::memcpy(&given, probe.data() + i, 8);
    std::memcpy(&wanted, expected.data() + i, 8);
    difference |= given ^ wanted;
  }
  for (; i < expected.size(); ++i)
    difference |= static_cast<unsigned char>(probe[i]) ^ static_cast<unsigned char>(expected[i]);
  return difference == 0;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

std::string_view trim(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

Credentials::Credentials(std::vector<Entry> entries) : entries_(std::move(entries)) {}

Credentials Credentials::load_or_create(const std::filesystem::path& file, const std::vector<int>& counter_numbers) {
  for (const int number : counter_numbers) {
    if (number < 1) {
      throw std::invalid_argument("counter number " + std::to_string(number) + " must be 1 or more");
    }
  }
  TokenFile tokens;
  auto text = read_private_file(file);
  if (!text) {
    add_missing(tokens, counter_numbers);
    if (!create_private_file(file, format_token_file(tokens))) {
      text = read_private_file(file);  // another process created it first: use theirs
      if (!text) throw std::runtime_error("credentials file " + file.string() + " vanished");
    }
  }
  if (text) {
    tokens = parse_token_file(file, *text);
    if (add_missing(tokens, counter_numbers)) {
      replace_private_file(file, format_token_file(tokens));
    }
  }

  std::vector<Entry> entries;
  for (const auto key : role_keys) {
    entries.push_back({Principal{role_of_key(key), 0}, tokens.roles.at(std::string(key))});
  }
  const std::set<int> configured(counter_numbers.begin(), counter_numbers.end());
  for (const int number : configured) {
    entries.push_back({Principal{Role::counter, number}, tokens.counters.at(number)});
  }
  std::set<std::string_view> seen;
  for (const auto& entry : entries) {
    if (!seen.insert(entry.token).second) malformed(file, "two identities share one token");
  }
  return Credentials{std::move(entries)};
}

std::optional<Principal> Credentials::authenticate(std::string_view authorization_header) const {
  constexpr std::string_view scheme = "Bearer";
  if (authorization_header.size() <= scheme.size() ||
      !iequals_ascii(authorization_header.substr(0, scheme.size()), scheme) ||
      authorization_header[scheme.size()] != ' ') {
    return std::nullopt;
  }
  const std::string_view token = trim(authorization_header.substr(scheme.size() + 1));
  if (token.empty()) return std::nullopt;
  std::optional<Principal> match;
  for (const auto& entry : entries_) {  // all of them, even after a match
    if (constant_time_equal(token, entry.token)) match = entry.principal;
  }
  return match;
}

std::string Credentials::token_for(Role role, int counter) const {
  const Principal wanted{role, role == Role::counter ? counter : 0};
  for (const auto& entry : entries_) {
    if (entry.principal == wanted) return entry.token;
  }
  throw std::out_of_range(role == Role::counter ? "no token for counter " + std::to_string(counter)
                                                : std::string{"no token for this role"});
}

}  // namespace kezek::http
