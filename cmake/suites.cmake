# KEZEK_SUITES: which test suites a tree builds and runs, by name. The normal
# tree has them all; a sanitizer tree names only the suites worth its slower
# build (kezek.sh, docs/benchmarks.md "Cold test run"):
#   unit   tests/unit     the pure core (kezek_core)
#   server tests/server   store, engine, HTTP layer in-process (kezek_server_lib)
#   e2e    tests/e2e      the real kezek-server binary over loopback
#   client_threads  tests/client_threads  the GUI programs' threads without their
#                  windows: event feed, request worker, Inbox, the display's Announcer
#   gui    tests/gui      the three GUI programs under Xvfb (builds the programs)
#   bench  bench/ smoke runs and tests/bench (builds the bench tools)
# A target no chosen suite needs stays out of `all` (it is still defined, so
# `cmake --build B --target X` builds it on demand).
set(KEZEK_ALL_SUITES unit server e2e client_threads gui bench)
set(KEZEK_SUITES "${KEZEK_ALL_SUITES}" CACHE STRING "Test suites to build and run: any of ${KEZEK_ALL_SUITES}")
foreach(suite IN LISTS KEZEK_SUITES)
  if(NOT suite IN_LIST KEZEK_ALL_SUITES)
    message(FATAL_ERROR "KEZEK_SUITES: unknown suite '${suite}' (known: ${KEZEK_ALL_SUITES})")
  endif()
endforeach()

# kezek_suite_wanted(NAME VAR): VAR is TRUE when the tree builds tests and
# suite NAME is one of KEZEK_SUITES.
function(kezek_suite_wanted name var)
  if(KEZEK_BUILD_TESTS AND name IN_LIST KEZEK_SUITES)
    set(${var} TRUE PARENT_SCOPE)
  else()
    set(${var} FALSE PARENT_SCOPE)
  endif()
endfunction()
