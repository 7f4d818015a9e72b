#include "server/http/json_error.hpp"

#include <boost/json.hpp>

#include <stdexcept>
#include <string>

#include "shared/protocol/error.hpp"

namespace kezek::http {

Response json_error(unsigned status, protocol::ErrorCode code, std::string_view message, unsigned version,
                    bool keep_alive) {
  Response response{static_cast<http::status>(status), version};
  response.set(http::field::content_type, "application/json");
  response.keep_alive(keep_alive);
  response.body() = boost::json::serialize(boost::json::value_from(protocol::Error{code, std::string(message), {}}));
  response.prepare_payload();
  return response;
}

Response json_error(unsigned status, std::string_view code, std::string_view message, unsigned version,
                    bool keep_alive) {
  const auto known = protocol::parse_error_code(code);
  if (!known) throw std::logic_error("json_error: \"" + std::string(code) + "\" is not in protocol::kAllErrorCodes");
  return json_error(status, *known, message, version, keep_alive);
}

}  // namespace kezek::http
