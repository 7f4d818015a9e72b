#pragma once
// FullDisk: a disk that fills up and empties on demand, for the store and
// engine fault tests. While one lives, SQLite's default VFS is a pass-through
// over the real one (so every connection opened meanwhile uses it) whose
// writes fail with SQLITE_FULL while set_full(true) — as a real full disk
// makes the WAL append at COMMIT fail, which PRAGMA max_page_count (a limit on
// the pages of the database, hit by the statement that needs one more) does
// not. Reads, locks and the WAL index are untouched.
//
// Threading: set_full() and refused_writes() from any thread. One FullDisk at
// a time; it must outlive the connections opened while it lived (declare it
// before them).
namespace kezek::store::testing {

class FullDisk {
 public:
  FullDisk();   // registers the VFS as the default
  ~FullDisk();  // the real VFS is the default again
  FullDisk(const FullDisk&) = delete;
  FullDisk& operator=(const FullDisk&) = delete;

  void set_full(bool full);
  // Writes refused since this FullDisk began: a test checks that the fault it
  // meant to cause was met.
  int refused_writes() const;
};

}  // namespace kezek::store::testing
