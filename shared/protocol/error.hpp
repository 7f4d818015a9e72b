#pragma once
// Every refusal (docs/api.md "Errors"):
//   {...extra, "error": {"code": "...", "message": "..."}}
// `extra` holds the members a client can act on (until, come_back_at, offer,
// next_slot, status, appointment); they come first, "error" last, as the
// server has always sent them. Decoding an unknown code fails (wrong_type at
// "error.code"): a client meets only codes of its protocol version.
//
// Threading: plain values.
#include <boost/json.hpp>

#include "shared/protocol/decode_error.hpp"

#include <string>

#include "shared/protocol/error_codes.hpp"

namespace kezek::protocol {

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  boost::json::object extra;
  bool operator==(const Error&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Error& e);
Error tag_invoke(boost::json::value_to_tag<Error>, const boost::json::value& jv);

}  // namespace kezek::protocol
