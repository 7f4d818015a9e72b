// Fuzzes the pure helpers the API layer reads every request with
// (server/api/request_parts): parse_target, percent_decode, parse_json_object,
// the field rules every request body is decoded with (shared/protocol's
// json_fields: bounded_string, optional_int, reject_unknown) as refused by
// refusal_for, and parse_int — each against a plain reference written here.
//
// Input: FuzzedDataProvider strings (each ends at a backslash followed by any
// other character, so seed files end each field's line with a backslash; `\\`
// is a backslash):
//   TARGET, BODY, KEY, NUMBER, then the rest as raw bytes for percent_decode.
// Invariants (abort on violation):
//   - nothing throws;
//   - percent_decode accepts exactly the texts whose every '%' starts "%XX"
//     with two hex digits, and decodes like the reference; encoding any bytes
//     and decoding them gives the bytes back;
//   - parse_target accepts exactly what starts with '/' and decodes to UTF-8
//     text (checked with a JSON parser); its segments are the path's non-empty
//     pieces, decoded;
//   - parse_json_object gives an object exactly when the body is a JSON object,
//     else a 400 {"error": {...}};
//   - the field readers answer 422 {"error": {...}} or the member's own value;
//     reject_unknown refuses exactly the objects with an unlisted member;
//   - parse_int accepts exactly an optional '-' and decimal digits that fit in
//     int64, with the reference's value.
#include <fuzzer/FuzzedDataProvider.h>

#include <boost/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "server/api/request_parts.hpp"
#include "shared/protocol/json_fields.hpp"

namespace {

using namespace kezek::server;
using namespace kezek::server::api;
namespace json = boost::json;

[[noreturn]] void violated(const char* what, std::string_view input) {
  std::fprintf(stderr, "INVARIANT VIOLATED: %s\n  input (%zu bytes): %.*s\n", what, input.size(),
               static_cast<int>(input.size()), input.data());
  std::abort();
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::optional<std::string> reference_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%') {
      if (i + 2 >= text.size()) return std::nullopt;  // "%" needs two characters after it
      const int high = hex_value(text[i + 1]), low = hex_value(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out += static_cast<char>(high * 16 + low);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Whether `bytes` are UTF-8 text, as a JSON parser sees them in a string.
bool json_text(std::string_view bytes) {
  std::string literal = "\"";
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') {
      literal += '\\';
      literal += static_cast<char>(c);
    } else if (c < 0x20) {
      static constexpr char kHex[] = "0123456789abcdef";
      literal += "\\u00";
      literal += kHex[c >> 4];
      literal += kHex[c & 15];
    } else {
      literal += static_cast<char>(c);
    }
  }
  literal += '"';
  boost::system::error_code ec;
  (void)json::parse(literal, ec);
  return !ec;
}

std::optional<std::string> reference_text(std::string_view piece) {
  auto decoded = reference_decode(piece);
  if (!decoded || !json_text(*decoded)) return std::nullopt;
  return decoded;
}

std::string encode(std::string_view bytes, bool upper) {
  static constexpr char kLower[] = "0123456789abcdef", kUpper[] = "0123456789ABCDEF";
  const char* digits = upper ? kUpper : kLower;
  std::string out;
  for (unsigned char c : bytes) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 15];
    }
  }
  return out;
}

std::optional<std::int64_t> reference_int(std::string_view text) {
  bool negative = false;
  if (!text.empty() && text[0] == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  __int128 value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
    if (value > static_cast<__int128>(INT64_MAX) + 1) return std::nullopt;
  }
  if (negative) value = -value;
  if (value > INT64_MAX || value < INT64_MIN) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

void check_error(const ApiReply& reply, unsigned status, std::string_view input) {
  if (reply.status != status) violated("an error reply with an unexpected status", input);
  boost::system::error_code ec;
  const json::value body = json::parse(reply.body, ec);
  const json::value* error = !ec && body.is_object() ? body.get_object().if_contains("error") : nullptr;
  if (error == nullptr || !error->is_object() || !error->get_object().contains("code") ||
      !error->get_object().at("code").is_string() || !error->get_object().contains("message") ||
      !error->get_object().at("message").is_string())
    violated("an error reply without {\"error\": {\"code\", \"message\"}}", input);
}

void fuzz_target(const std::string& target) {
  const auto parsed = parse_target(target);
  const std::string_view path = std::string_view(target).substr(0, target.find('?'));
  if (target.empty() || target[0] != '/') {
    if (parsed) violated("parse_target accepted a target without a leading '/'", target);
    return;
  }
  // The reference: the path's non-empty pieces, each decoded; the query's pairs.
  std::vector<std::string> segments;
  bool valid = true;
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const std::string_view piece = path.substr(start, slash == std::string_view::npos ? path.npos : slash - start);
    if (!piece.empty()) {
      const auto decoded = reference_text(piece);
      if (!decoded)
        valid = false;
      else
        segments.push_back(*decoded);
    }
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  if (const auto q = target.find('?'); q != std::string::npos) {
    std::string_view query = std::string_view(target).substr(q + 1);
    while (!query.empty()) {
      const std::string_view pair = query.substr(0, query.find('&'));
      const auto eq = pair.find('=');
      if (!reference_text(pair.substr(0, eq)) ||
          !reference_text(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1)))
        valid = false;
      if (pair.size() == query.size()) break;
      query.remove_prefix(pair.size() + 1);
    }
  }
  if (parsed.has_value() != valid) violated("parse_target disagrees with the reference", target);
  if (parsed && parsed->segments != segments) violated("parse_target's segments differ from the reference", target);
}

// A field rule as the API applies it: the value, or the 422 reply its
// DecodeError becomes (refusal_for).
template <typename Read>
auto read_field(Read read) -> std::variant<decltype(read()), ApiReply> {
  try {
    return read();
  } catch (const kezek::protocol::DecodeError& e) {
    return refusal_for(e);
  }
}

void fuzz_body(const std::string& body, const std::string& key) {
  namespace fields = kezek::protocol::fields;
  const auto parsed = parse_json_object(body);
  boost::system::error_code ec;
  const json::value reference = json::parse(body, ec);
  const bool is_object = !ec && reference.is_object();
  if (const auto* reply = std::get_if<ApiReply>(&parsed)) {
    if (is_object) violated("parse_json_object refused a JSON object", body);
    check_error(*reply, 400, body);
    return;
  }
  if (!is_object) violated("parse_json_object accepted something that is not a JSON object", body);
  const json::object& object = std::get<json::object>(parsed);
  if (object != reference.get_object()) violated("parse_json_object's object differs from boost::json::parse's", body);

  for (const std::string_view k : {std::string_view(key), std::string_view("service"), std::string_view("counter")}) {
    const json::value* member = object.if_contains(k);
    const bool absent = member == nullptr || member->is_null();
    for (const std::size_t max_length : {std::size_t{0}, std::size_t{8}, std::size_t{200}}) {
      const auto text = read_field([&] { return fields::bounded_string(object, k, max_length); });
      if (const auto* error = std::get_if<ApiReply>(&text)) {
        check_error(*error, 422, body);
        if (absent || (member->is_string() && member->get_string().size() <= max_length))
          violated("bounded_string refused a fitting string", body);
      } else {
        const auto& value = std::get<std::optional<std::string>>(text);
        if (value.has_value() == absent) violated("bounded_string: present and absent confused", body);
        if (value && (*value != std::string_view(member->get_string()) || value->size() > max_length))
          violated("bounded_string gave a value that is not the member's", body);
      }
    }
    const auto number = read_field([&] { return fields::optional_int(object, k); });
    if (const auto* error = std::get_if<ApiReply>(&number)) {
      check_error(*error, 422, body);
      if (absent || member->is_int64() || (member->is_uint64() && member->get_uint64() <= INT64_MAX))
        violated("optional_int refused a whole number", body);
    } else {
      const auto& value = std::get<std::optional<std::int64_t>>(number);
      if (value.has_value() == absent) violated("optional_int: present and absent confused", body);
      if (value &&
          !(member->is_int64() ? member->get_int64() == *value
                               : member->is_uint64() && member->get_uint64() == static_cast<std::uint64_t>(*value)))
        violated("optional_int gave a value that is not the member's", body);
    }
  }
  const auto refusal = read_field([&] {
    fields::reject_unknown(object, {"service", "tier", "lang"});
    return true;
  });
  bool unknown = false;
  for (const auto& member : object)
    unknown = unknown || !(member.key() == "service" || member.key() == "tier" || member.key() == "lang");
  const auto* refused = std::get_if<ApiReply>(&refusal);
  if ((refused != nullptr) != unknown) violated("reject_unknown disagrees with the member list", body);
  if (refused != nullptr) check_error(*refused, 422, body);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  const std::string target = input.ConsumeRandomLengthString(1024);
  const std::string body = input.ConsumeRandomLengthString(4096);
  const std::string key = input.ConsumeRandomLengthString(64);
  const std::string number = input.ConsumeRandomLengthString(64);
  const std::string bytes = input.ConsumeRemainingBytesAsString();

  fuzz_target(target);
  fuzz_body(body, key);

  if (parse_int(number) != reference_int(number)) violated("parse_int disagrees with the reference", number);

  for (const std::string& text : {target, bytes}) {
    if (percent_decode(text) != reference_decode(text)) violated("percent_decode disagrees with the reference", text);
  }
  for (const bool upper : {false, true}) {
    if (percent_decode(encode(bytes, upper)) != bytes) violated("percent_decode(encode(x)) != x", bytes);
  }
  return 0;
}
