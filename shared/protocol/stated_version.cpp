#include "shared/protocol/stated_version.hpp"

#include "shared/protocol/json_fields.hpp"

namespace kezek::protocol {

int stated_version(const boost::json::value& answer) {
  return fields::optional_int32(fields::as_object(answer, "the answer"), "protocol").value_or(1);
}

}  // namespace kezek::protocol
