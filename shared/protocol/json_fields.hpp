#pragma once
// The readers and writers every family's tag_invoke uses, so that all messages
// treat a field the same way:
//  - a member that is absent or null is "absent" (nullopt for optional readers,
//    DecodeError missing_field for required ones);
//  - a member of the wrong JSON type is DecodeError wrong_type naming the field;
//  - times are ISO 8601 with an offset, dates YYYY-MM-DD, enums their wire name.
// Messages follow the server's own wording ("\"tier\" must be a string").
//
// Threading: free functions.
#include <boost/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/protocol/decode_error.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::protocol::fields {

namespace json = boost::json;

std::string quoted(std::string_view key);

// The value must be an object; `what` names the message for the error.
const json::object& as_object(const json::value& value, std::string_view what);

// nullptr when absent or null.
const json::value* member(const json::object& o, std::string_view key);

std::optional<std::string> optional_string(const json::object& o, std::string_view key);
std::string required_string(const json::object& o, std::string_view key);
std::optional<std::int64_t> optional_int(const json::object& o, std::string_view key);
std::int64_t required_int(const json::object& o, std::string_view key);
int required_int32(const json::object& o, std::string_view key);
std::optional<int> optional_int32(const json::object& o, std::string_view key);
std::optional<bool> optional_bool(const json::object& o, std::string_view key);
bool required_bool(const json::object& o, std::string_view key);
std::optional<Instant> optional_time(const json::object& o, std::string_view key);
Instant required_time(const json::object& o, std::string_view key);
Date required_date(const json::object& o, std::string_view key);

// Request bodies (the server's own refusals, 422): a string no longer than
// `max_length` (too_long otherwise), and no members beyond `allowed`
// (unknown_field naming the first other one).
std::optional<std::string> bounded_string(const json::object& o, std::string_view key, std::size_t max_length);
void reject_unknown(const json::object& o, std::initializer_list<std::string_view> allowed);

// An enum by its wire name: `parse` is the domain's parse_* function,
// `choices` the names listed in the error message.
template <typename Parse>
auto required_enum(const json::object& o, std::string_view key, Parse parse, std::string_view choices) {
  const std::string text = required_string(o, key);
  auto value = parse(text);
  if (!value)
    throw DecodeError(ErrorCode::wrong_type, std::string(key), quoted(key) + " is one of " + std::string(choices));
  return *value;
}

// A nested message: the inner decoder's field path is prefixed with `key`.
template <typename T>
T required_nested(const json::object& o, std::string_view key) {
  const json::value* v = member(o, key);
  if (v == nullptr) throw DecodeError(ErrorCode::missing_field, std::string(key), quoted(key) + " is required");
  try {
    return json::value_to<T>(*v);
  } catch (const DecodeError& e) {
    throw e.nested_in(std::string(key));
  }
}

template <typename T>
std::optional<T> optional_nested(const json::object& o, std::string_view key) {
  if (member(o, key) == nullptr) return std::nullopt;
  return required_nested<T>(o, key);
}

template <typename T>
std::vector<T> required_array(const json::object& o, std::string_view key) {
  const json::value* v = member(o, key);
  if (v == nullptr) throw DecodeError(ErrorCode::missing_field, std::string(key), quoted(key) + " is required");
  if (!v->is_array()) throw DecodeError(ErrorCode::wrong_type, std::string(key), quoted(key) + " must be an array");
  std::vector<T> out;
  const json::array& items = v->get_array();
  out.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    try {
      out.push_back(json::value_to<T>(items[i]));
    } catch (const DecodeError& e) {
      throw e.nested_in(std::string(key) + "[" + std::to_string(i) + "]");
    }
  }
  return out;
}

// Writers: null for nullopt (a member the docs say is always present), or the
// member left out (put_if).
json::value time_or_null(const std::optional<Instant>& t);
template <typename T>
json::value or_null(const std::optional<T>& v) {
  if (!v) return nullptr;
  return json::value_from(*v);
}
template <typename T>
void put_if(json::object& o, std::string_view key, const std::optional<T>& v) {
  if (v) o[key] = json::value_from(*v);
}
void put_time_if(json::object& o, std::string_view key, const std::optional<Instant>& t);

}  // namespace kezek::protocol::fields
