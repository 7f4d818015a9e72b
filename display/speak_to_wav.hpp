#pragma once
// --speak-to-wav: the announcements for the given calls, rendered through the
// same queue and synthesis as on the wall and written one after another to a
// WAV file instead of the speakers. Prints one line per announcement with its
// place in the file, so a test (or a person choosing voices) can check each.

#include <filesystem>
#include <vector>

#include "display/display_config.hpp"

namespace kezek::display {

// Returns the process exit code (0 when every call was spoken in every language).
int speak_to_wav(const std::filesystem::path& file, const std::vector<CallToSpeak>& calls,
                 const std::vector<Lang>& languages);

}  // namespace kezek::display
