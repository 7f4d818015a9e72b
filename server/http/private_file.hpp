#pragma once
// Files only their owner may read (the server's access tokens). Created 0600 from the
// first instant — open(O_CREAT | O_EXCL, 0600), never "write, then chmod" — and replaced
// atomically (temp file + rename), so no reader ever sees them half-written or exposed.
// Threading: plain functions; callers must not write the same file concurrently.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace kezek::http {

// The file's content; nullopt when it does not exist. Throws std::runtime_error when it
// is not a regular file or grants any group/other permission, std::system_error on I/O
// errors.
std::optional<std::string> read_private_file(const std::filesystem::path& file);

// Creates `file` (mode 0600) holding `content`; false, touching nothing, when it already
// exists. Throws std::system_error on I/O errors (removing the partial file).
bool create_private_file(const std::filesystem::path& file, std::string_view content);

// Replaces `file` with `content` atomically, mode 0600. Throws std::system_error.
void replace_private_file(const std::filesystem::path& file, std::string_view content);

}  // namespace kezek::http
