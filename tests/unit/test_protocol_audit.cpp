// shared/protocol/audit: the audit log as GET /api/v1/audit sends it.
#include <doctest/doctest.h>

#include "shared/protocol/audit.hpp"
#include "tests/unit/protocol_test_support.hpp"

namespace kezek_unit_protocol_audit {

namespace {

using namespace kezek;
using namespace kezek::protocol;
using namespace kezek::protocol::test;
namespace json = boost::json;

AuditLog two_entries() {
  return AuditLog{day("2026-11-24"),
                  {AuditEntry{at("2026-11-24T09:05:00+05:00"), "counter:6", "call-next", "O-001", ""},
                   AuditEntry{at("2026-11-24T09:20:00+05:00"), "admin", "transfer", "O-001", "needs an IIN first"}}};
}

}  // namespace

TEST_CASE("protocol audit: golden JSON and round trips") {
  CHECK(json::serialize(json::value_from(two_entries().entries[0])) ==
        R"({"at":"2026-11-24T09:05:00+05:00","actor":"counter:6","action":"call-next","subject":"O-001",)"
        R"("detail":""})");
  CHECK(json::serialize(json::value_from(AuditLog{day("2026-11-24"), {}})) == R"({"date":"2026-11-24","entries":[]})");
  CHECK(round_trip(two_entries()) == two_entries());
  CHECK(round_trip(AuditLog{day("2026-11-24"), {}}) == AuditLog{day("2026-11-24"), {}});
}

TEST_CASE("protocol audit: a bad entry is refused, naming the field") {
  check_refused<AuditLog>(R"({"entries":[]})", ErrorCode::missing_field, "date");
  check_refused<AuditLog>(R"({"date":"2026-11-24"})", ErrorCode::missing_field, "entries");
  check_refused<AuditLog>(R"({"date":"2026-11-24","entries":{}})", ErrorCode::wrong_type, "entries");
  check_refused<AuditLog>(
      R"({"date":"2026-11-24","entries":[{"at":"09:05","actor":"admin","action":"book","subject":"K7M4QX","detail":""}]})",
      ErrorCode::wrong_type, "entries[0].at");
  check_refused<AuditLog>(
      R"({"date":"2026-11-24","entries":[{"at":"2026-11-24T09:05:00+05:00","actor":"admin","action":"book","subject":"K7M4QX"}]})",
      ErrorCode::missing_field, "entries[0].detail");
  check_refused<AuditEntry>(R"({"at":"2026-11-24T09:05:00+05:00","actor":3})", ErrorCode::wrong_type, "actor");
}

}  // namespace kezek_unit_protocol_audit
