#pragma once
// `kezek-staff --check-texts`: every phrase of the console in every language is
// non-empty and drawable with the fonts we load (no box for a missing glyph).
// Needs no window: ImGui builds the font atlas without one.

namespace kezek::staff {

// Prints each problem to stderr; returns the process exit code (0 when clean).
int check_texts();

}  // namespace kezek::staff
