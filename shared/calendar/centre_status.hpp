#pragma once
// What the Centre is doing at a moment, for the kiosk banner and the scheduler.
#include "shared/time/local_time.hpp"

namespace kezek {

enum class CentreState { open, lunch, closed };

// state holds from the asked instant until `until`. next_opening is the first
// instant at or after the asked one when the Centre is open: the asked instant
// itself when open, lunch_end during lunch, and equal to `until` when closed.
// If the calendar has no opening within the search horizon (see
// WorkingCalendar::next_opening), until and next_opening are Instant::max().
struct CentreStatus {
  CentreState state;
  Instant until;
  Instant next_opening;
};

// A half-open span of time [start, end).
struct Interval {
  Instant start;
  Instant end;
};

}  // namespace kezek
