#include "shared/protocol/json_fields.hpp"

#include <limits>

namespace kezek::protocol::fields {

std::string quoted(std::string_view key) { return "\"" + std::string(key) + "\""; }

const json::object& as_object(const json::value& value, std::string_view what) {
  if (!value.is_object()) throw DecodeError(ErrorCode::wrong_type, "", std::string(what) + " must be a JSON object");
  return value.get_object();
}

const json::value* member(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  return v == nullptr || v->is_null() ? nullptr : v;
}

namespace {

[[noreturn]] void missing(std::string_view key) {
  throw DecodeError(ErrorCode::missing_field, std::string(key), quoted(key) + " is required");
}

}  // namespace

std::optional<std::string> optional_string(const json::object& o, std::string_view key) {
  const json::value* v = member(o, key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) throw DecodeError(ErrorCode::wrong_type, std::string(key), quoted(key) + " must be a string");
  return std::string(v->get_string());
}

std::string required_string(const json::object& o, std::string_view key) {
  auto v = optional_string(o, key);
  if (!v) missing(key);
  return *v;
}

std::optional<std::int64_t> optional_int(const json::object& o, std::string_view key) {
  const json::value* v = member(o, key);
  if (v == nullptr) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
    return static_cast<std::int64_t>(v->get_uint64());
  throw DecodeError(ErrorCode::wrong_type, std::string(key), quoted(key) + " must be a whole number");
}

std::int64_t required_int(const json::object& o, std::string_view key) {
  auto v = optional_int(o, key);
  if (!v) missing(key);
  return *v;
}

std::optional<int> optional_int32(const json::object& o, std::string_view key) {
  auto v = optional_int(o, key);
  if (!v) return std::nullopt;
  if (*v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max())
    throw DecodeError(ErrorCode::wrong_type, std::string(key), quoted(key) + " is out of range");
  return static_cast<int>(*v);
}

int required_int32(const json::object& o, std::string_view key) {
  auto v = optional_int32(o, key);
  if (!v) missing(key);
  return *v;
}

std::optional<bool> optional_bool(const json::object& o, std::string_view key) {
  const json::value* v = member(o, key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_bool()) throw DecodeError(ErrorCode::wrong_type, std::string(key), quoted(key) + " must be true or false");
  return v->get_bool();
}

bool required_bool(const json::object& o, std::string_view key) {
  auto v = optional_bool(o, key);
  if (!v) missing(key);
  return *v;
}

std::optional<Instant> optional_time(const json::object& o, std::string_view key) {
  auto text = optional_string(o, key);
  if (!text) return std::nullopt;
  auto t = parse_iso8601(*text);
  if (!t)
    throw DecodeError(ErrorCode::wrong_type, std::string(key),
                      quoted(key) + " must look like 2026-11-24T10:00:00+05:00");
  return t;
}

Instant required_time(const json::object& o, std::string_view key) {
  auto t = optional_time(o, key);
  if (!t) missing(key);
  return *t;
}

Date required_date(const json::object& o, std::string_view key) {
  const std::string text = required_string(o, key);
  auto d = parse_date(text);
  if (!d) throw DecodeError(ErrorCode::wrong_type, std::string(key), quoted(key) + " must look like 2026-11-24");
  return *d;
}

std::optional<std::string> bounded_string(const json::object& o, std::string_view key, std::size_t max_length) {
  auto v = optional_string(o, key);
  if (v && v->size() > max_length)
    throw DecodeError(ErrorCode::too_long, std::string(key),
                      quoted(key) + " is longer than " + std::to_string(max_length) + " characters");
  return v;
}

void reject_unknown(const json::object& o, std::initializer_list<std::string_view> allowed) {
  for (const auto& m : o) {
    bool known = false;
    for (std::string_view a : allowed) known = known || m.key() == a;
    if (!known) throw DecodeError(ErrorCode::unknown_field, std::string(m.key()), "unknown field " + quoted(m.key()));
  }
}

json::value time_or_null(const std::optional<Instant>& t) {
  if (!t) return nullptr;
  return json::value(format_iso8601(*t));
}

void put_time_if(json::object& o, std::string_view key, const std::optional<Instant>& t) {
  if (t) o[key] = format_iso8601(*t);
}

}  // namespace kezek::protocol::fields
