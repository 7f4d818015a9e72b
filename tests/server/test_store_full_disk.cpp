#include "tests/server/test_store_full_disk.hpp"

#include <sqlite3.h>

#include <atomic>
#include <stdexcept>

namespace kezek::store::testing {
namespace {

// The one FullDisk's state (SQLite's callbacks carry no pointer of ours).
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_vfs{};
std::atomic<bool> g_full{false};
std::atomic<int> g_refused{0};

// Our file: the real VFS's file lives right after it, in the space SQLite
// allocates for szOsFile.
struct File {
  sqlite3_file base;
  sqlite3_file* real;
};

sqlite3_file* real_of(sqlite3_file* file) { return reinterpret_cast<File*>(file)->real; }
const sqlite3_io_methods& real_methods(sqlite3_file* file) { return *real_of(file)->pMethods; }

int file_close(sqlite3_file* f) { return real_methods(f).xClose(real_of(f)); }
int file_read(sqlite3_file* f, void* data, int amount, sqlite3_int64 offset) {
  return real_methods(f).xRead(real_of(f), data, amount, offset);
}
int file_write(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset) {
  if (g_full.load()) {
    ++g_refused;
    return SQLITE_FULL;
  }
  return real_methods(f).xWrite(real_of(f), data, amount, offset);
}
int file_truncate(sqlite3_file* f, sqlite3_int64 size) { return real_methods(f).xTruncate(real_of(f), size); }
int file_sync(sqlite3_file* f, int flags) { return real_methods(f).xSync(real_of(f), flags); }
int file_size(sqlite3_file* f, sqlite3_int64* size) { return real_methods(f).xFileSize(real_of(f), size); }
int file_lock(sqlite3_file* f, int lock) { return real_methods(f).xLock(real_of(f), lock); }
int file_unlock(sqlite3_file* f, int lock) { return real_methods(f).xUnlock(real_of(f), lock); }
int file_reserved(sqlite3_file* f, int* out) { return real_methods(f).xCheckReservedLock(real_of(f), out); }
int file_control(sqlite3_file* f, int op, void* arg) { return real_methods(f).xFileControl(real_of(f), op, arg); }
int file_sector_size(sqlite3_file* f) { return real_methods(f).xSectorSize(real_of(f)); }
int file_device(sqlite3_file* f) { return real_methods(f).xDeviceCharacteristics(real_of(f)); }
int file_shm_map(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
  return real_methods(f).xShmMap(real_of(f), region, size, extend, out);
}
int file_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
  return real_methods(f).xShmLock(real_of(f), offset, n, flags);
}
void file_shm_barrier(sqlite3_file* f) { real_methods(f).xShmBarrier(real_of(f)); }
int file_shm_unmap(sqlite3_file* f, int remove) { return real_methods(f).xShmUnmap(real_of(f), remove); }
int file_fetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
  return real_methods(f).xFetch(real_of(f), offset, amount, out);
}
int file_unfetch(sqlite3_file* f, sqlite3_int64 offset, void* page) {
  return real_methods(f).xUnfetch(real_of(f), offset, page);
}

// Version 3, as the unix VFS's own files (WAL needs the xShm* methods).
const sqlite3_io_methods kMethods{
    3,           file_close,   file_read,     file_write,       file_truncate,  file_sync,
    file_size,   file_lock,    file_unlock,   file_reserved,    file_control,   file_sector_size,
    file_device, file_shm_map, file_shm_lock, file_shm_barrier, file_shm_unmap, file_fetch,
    file_unfetch};

int vfs_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
  auto* ours = reinterpret_cast<File*>(file);
  ours->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(File));
  const int rc = g_real->xOpen(g_real, name, ours->real, flags, out_flags);
  // SQLite calls xClose only on a file whose pMethods is set.
  ours->base.pMethods = rc == SQLITE_OK && ours->real->pMethods != nullptr ? &kMethods : nullptr;
  return rc;
}

}  // namespace

FullDisk::FullDisk() {
  if (g_real != nullptr) throw std::logic_error("FullDisk: one at a time");
  g_real = sqlite3_vfs_find(nullptr);
  if (g_real == nullptr || g_real->iVersion < 1) throw std::runtime_error("FullDisk: no default SQLite VFS");
  // Everything but opening is the real VFS's (its functions get our struct,
  // which carries the same pAppData and limits).
  g_vfs = *g_real;
  g_vfs.szOsFile = static_cast<int>(sizeof(File)) + g_real->szOsFile;
  g_vfs.zName = "kezek_full_disk";
  g_vfs.pNext = nullptr;
  g_vfs.xOpen = vfs_open;
  g_full = false;
  g_refused = 0;
  if (sqlite3_vfs_register(&g_vfs, 1) != SQLITE_OK) throw std::runtime_error("FullDisk: cannot register the VFS");
}

FullDisk::~FullDisk() {
  sqlite3_vfs_unregister(&g_vfs);
  sqlite3_vfs_register(g_real, 1);
  g_real = nullptr;
}

void FullDisk::set_full(bool full) { g_full = full; }

int FullDisk::refused_writes() const { return g_refused.load(); }

}  // namespace kezek::store::testing
