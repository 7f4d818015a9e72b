#pragma once
// The audit log (GET /api/v1/audit, docs/api.md "Audit log"):
//   {"date", "entries": [{"at", "actor", "action", "subject", "detail"}]}
// Every member is always present; "detail" is "" when an action has none
// (only a transfer carries its reason).
//
// Threading: plain values.
#include <boost/json.hpp>

#include <string>
#include <vector>

#include "shared/protocol/decode_error.hpp"
#include "shared/time/local_time.hpp"

namespace kezek::protocol {

struct AuditEntry {
  Instant at{};
  std::string actor;    // "counter:3", "admin", "kiosk"
  std::string action;   // "call-next", "transfer", "book", ...
  std::string subject;  // ticket number, booking code, counter
  std::string detail;
  bool operator==(const AuditEntry&) const = default;
};

struct AuditLog {
  Date date{};
  std::vector<AuditEntry> entries;
  bool operator==(const AuditLog&) const = default;
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const AuditEntry& e);
AuditEntry tag_invoke(boost::json::value_to_tag<AuditEntry>, const boost::json::value& jv);
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const AuditLog& l);
AuditLog tag_invoke(boost::json::value_to_tag<AuditLog>, const boost::json::value& jv);

}  // namespace kezek::protocol
