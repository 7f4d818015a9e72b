# kezek_sanitizers: AddressSanitizer + UndefinedBehaviorSanitizer when
# KEZEK_SANITIZE is on (the test command builds a second tree with it).
option(KEZEK_SANITIZE "Build with ASan and UBSan" OFF)
# KEZEK_FUZZ: the libFuzzer tree (clang only; the test command builds a third tree
# with it). Every Kezek target gets libFuzzer's coverage instrumentation plus ASan
# and UBSan, so the fuzzers see and check the libraries' code, not just their own;
# only the fuzz targets link libFuzzer's main (tests/fuzz/CMakeLists.txt).
option(KEZEK_FUZZ "Build the libFuzzer targets of tests/fuzz (clang)" OFF)
# KEZEK_TSAN: ThreadSanitizer (the test command builds a fourth tree with it, of
# the suites whose code runs threads: the engine's strand and workers, the event
# hub, the HTTP sessions, the clients' event feed and inbox). It cannot be
# combined with ASan, hence a tree of its own.
option(KEZEK_TSAN "Build with ThreadSanitizer" OFF)
if(KEZEK_TSAN AND (KEZEK_SANITIZE OR KEZEK_FUZZ))
  message(FATAL_ERROR "KEZEK_TSAN cannot be combined with KEZEK_SANITIZE or KEZEK_FUZZ (ASan): use a tree of its own")
endif()
add_library(kezek_sanitizers INTERFACE)
if(KEZEK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KEZEK_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14)")
  endif()
  # -fno-sanitize=function: clang 14's function-type check cannot instrument C++20
  # coroutines (the assembler fails with "Cannot represent a difference across
  # sections" in every file with an awaitable); the rest of UBSan stays.
  target_compile_options(kezek_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=function -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
  target_link_options(kezek_sanitizers INTERFACE -fsanitize=address,undefined -fno-sanitize=function)
elseif(KEZEK_TSAN)
  # -Wno-tsan: GCC 12 warns that TSan does not model std::atomic_thread_fence,
  # which Boost.Asio's own code uses (asio/detail/std_fenced_block.hpp); with
  # -Werror that third-party use would stop the build. A race TSan then reports
  # inside Asio's fenced code goes to tests/tsan.supp with that reason.
  target_compile_options(kezek_sanitizers INTERFACE -fsanitize=thread -fno-omit-frame-pointer -Wno-tsan)
  target_link_options(kezek_sanitizers INTERFACE -fsanitize=thread)
elseif(KEZEK_SANITIZE)
  target_compile_options(kezek_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(kezek_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# Line tables only in the sanitizer and fuzz trees: a sanitizer's report needs
# file:line for each frame and nothing more, and full debug information (types
# and locals of every Boost template) is a large part of these trees' compile
# and link time (docs/benchmarks.md, "A new user's cold run"). Given after the
# build type's -g, so it wins. Set KEZEK_SANITIZER_FULL_DEBUG=ON to debug one.
option(KEZEK_SANITIZER_FULL_DEBUG "Full debug information in a sanitizer or fuzz tree" OFF)
# KEZEK_LINE_TABLES_ONLY: the same in the normal tree. kezek.sh turns it on: its
# tree serves tests and the demo, where a backtrace with file:line is what is
# read, and full debug information was a quarter of a cold build's compile time.
option(KEZEK_LINE_TABLES_ONLY "Line tables only (-g1) in every tree" OFF)
if(((KEZEK_SANITIZE OR KEZEK_TSAN OR KEZEK_FUZZ) AND NOT KEZEK_SANITIZER_FULL_DEBUG) OR KEZEK_LINE_TABLES_ONLY)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    target_compile_options(kezek_sanitizers INTERFACE -gline-tables-only)
  else()
    target_compile_options(kezek_sanitizers INTERFACE -g1)
  endif()
endif()
