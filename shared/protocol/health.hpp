#pragma once
// GET /healthz: {"status": "ok"} while the server answers requests. Monitoring
// (and the installation's checks) read it; later members (warnings such as the
// holiday data running out) join it here.
//
// Threading: plain values.
#include <boost/json.hpp>

#include <string>

#include "shared/protocol/decode_error.hpp"

namespace kezek::protocol {

struct Health {
  std::string status = "ok";
  bool operator==(const Health&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Health& h);
Health tag_invoke(boost::json::value_to_tag<Health>, const boost::json::value& jv);

}  // namespace kezek::protocol
