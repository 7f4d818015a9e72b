#include "shared/protocol/decode_error.hpp"

namespace kezek::protocol {

DecodeError::DecodeError(ErrorCode code, std::string field, const std::string& message)
    : std::runtime_error(message), code_(code), field_(std::move(field)) {}

DecodeError DecodeError::nested_in(const std::string& outer) const {
  std::string path = outer;
  if (!field_.empty()) {
    if (field_.front() != '[') path += '.';
    path += field_;
  }
  // The message names the inner field; say where it sits in the whole message.
  std::string message = what();
  if (!path.empty() && path != field_) message = "in \"" + path + "\": " + message;
  return DecodeError(code_, std::move(path), message);
}

}  // namespace kezek::protocol
