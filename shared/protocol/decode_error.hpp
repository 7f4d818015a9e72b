#pragma once
// How decoding fails, for every message family: boost::json::value_to<T>
// throws protocol::DecodeError, naming the field by its path from the message's
// root ("ticket.status", "calls[2].called_at") and carrying the error code the
// server answers a bad request with (wrong_type, missing_field, unknown_field,
// too_long, bad_tier, ...). Nothing else escapes a decoder: decode<T>() below
// is the one entry point clients and the server use.
//
// Why an exception rather than boost::system::result: Boost.JSON's value_to
// composes nested conversions (vectors, optionals, members) only through
// throwing tag_invoke overloads in Boost 1.81, and one catch at the top with a
// field path is what a caller wants anyway.
//
// Threading: plain values.
#include <boost/json.hpp>

#include <stdexcept>
#include <string>

#include "shared/protocol/error_codes.hpp"

namespace kezek::protocol {

class DecodeError : public std::runtime_error {
 public:
  // `message` is the whole sentence a client may show ("\"tier\" is one of ...").
  DecodeError(ErrorCode code, std::string field, const std::string& message);

  ErrorCode code() const { return code_; }
  // The path of the offending field from the decoded value's root; empty when the
  // value itself is wrong (not an object).
  const std::string& field() const { return field_; }

  // The same error one level further down: `outer` + "." + field (or "[i]").
  DecodeError nested_in(const std::string& outer) const;

 private:
  ErrorCode code_;
  std::string field_;
};

// value_to<T>(value) with any Boost.JSON error (a bad conversion in a plain
// member) turned into a DecodeError as well.
template <typename T>
T decode(const boost::json::value& value) {
  try {
    return boost::json::value_to<T>(value);
  } catch (const DecodeError&) {
    throw;
  } catch (const std::exception& e) {
    throw DecodeError(ErrorCode::wrong_type, "", e.what());
  }
}

}  // namespace kezek::protocol
