#include "server/api/request_parts.hpp"

#include <charconv>

#include "shared/protocol/json_fields.hpp"

namespace kezek::server::api {

namespace json = boost::json;

namespace {

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
bool valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    if (lead >= 0x80) {
      // The sequence's length, the lead's payload bits, the least code point it may encode.
      char32_t code = 0, least = 0;
      if ((lead & 0xE0) == 0xC0) {
        length = 2;
        code = lead & 0x1F;
        least = 0x80;
      } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        code = lead & 0x0F;
        least = 0x800;
      } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        code = lead & 0x07;
        least = 0x10000;
      } else {
        return false;
      }
      if (text.size() - i < length) return false;
      for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) return false;
        code = (code << 6) | (next & 0x3F);
      }
      if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    }
    i += length;
  }
  return true;
}

// A piece of the target, decoded; nullopt unless it is UTF-8 text once decoded:
// a piece may be echoed in a JSON answer ("no service with id ..."), and JSON is UTF-8.
std::optional<std::string> decode_text(std::string_view piece) {
  auto decoded = percent_decode(piece);
  if (!decoded || !valid_utf8(*decoded)) return std::nullopt;
  return decoded;
}

}  // namespace

std::optional<std::string> percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '+') {
      out.push_back(' ');
    } else if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;  // "%" needs two hex digits
      unsigned value = 0;
      const auto [end, ec] = std::from_chars(text.data() + i + 1, text.data() + i + 3, value, 16);
      if (ec != std::errc() || end != text.data() + i + 3) return std::nullopt;
      out.push_back(static_cast<char>(value));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::optional<Target> parse_target(std::string_view target) {
  if (target.empty() || target.front() != '/') return std::nullopt;
  Target result;
  const auto q = target.find('?');
  const std::string_view path = target.substr(0, q);
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const std::string_view raw =
        path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (!raw.empty()) {
      auto decoded = decode_text(raw);
      if (!decoded) return std::nullopt;
      result.segments.push_back(std::move(*decoded));
    }
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  if (q != std::string_view::npos) {
    std::string_view query = target.substr(q + 1);
    while (!query.empty()) {
      const auto amp = query.find('&');
      const std::string_view pair = query.substr(0, amp);
      const auto eq = pair.find('=');
      auto key = decode_text(pair.substr(0, eq));
      auto value = decode_text(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1));
      if (!key || !value) return std::nullopt;
      if (!key->empty()) result.query[*key] = *value;
      if (amp == std::string_view::npos) break;
      query.remove_prefix(amp + 1);
    }
  }
  return result;
}

std::variant<json::object, ApiReply> parse_json_object(std::string_view body) {
  using protocol::ErrorCode;
  if (body.empty()) return reply_error(400, ErrorCode::empty_body, "the request needs a JSON object body");
  json::error_code ec;
  json::value value = json::parse(body, ec);
  if (ec) return reply_error(400, ErrorCode::malformed_json, "the body is not valid JSON: " + ec.message());
  if (!value.is_object()) return reply_error(400, ErrorCode::malformed_json, "the body must be a JSON object");
  return std::move(value.as_object());
}

ApiReply refusal_for(const protocol::DecodeError& error) { return reply_error(422, error.code(), error.what()); }

std::optional<std::int64_t> parse_int(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace kezek::server::api
