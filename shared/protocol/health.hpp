#pragma once
// GET /healthz: {"status": "ok", "warnings": [...]} while the server answers
// requests. Monitoring (and the installation's checks) read it. A warning is
// a sentence for the operator about something to do before it hurts (the
// calendar data running out); the status stays "ok" with warnings. An answer
// without "warnings" (an older server) reads as none.
//
// Threading: plain values.
#include <boost/json.hpp>

#include <string>
#include <vector>

#include "shared/protocol/decode_error.hpp"

namespace kezek::protocol {

struct Health {
  std::string status = "ok";
  std::vector<std::string> warnings;
  bool operator==(const Health&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Health& h);
Health tag_invoke(boost::json::value_to_tag<Health>, const boost::json::value& jv);

}  // namespace kezek::protocol
