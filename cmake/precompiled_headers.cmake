# kezek_boost_pch(TARGET...): the heavy Boost headers (Asio, Beast, JSON) as a
# precompiled header. Nearly every server, client-networking, loadgen and HTTP
# test file includes them, and parsing them is most of those files' compile
# time (docs/benchmarks.md, "Cold test run").
#
# The first target given builds the header once per tree; the others reuse it
# (REUSE_FROM), which needs the same compiler flags: every Kezek target gets
# them from kezek_target_defaults (warnings, sanitizers, definitions), and
# CMake passes -Winvalid-pch, so with -Werror a mismatch is a build error, not
# a silent slow build. Targets added by a later call reuse the first one too.
#
# ccache caches these builds only with CCACHE_SLOPPINESS=pch_defines,time_macros
# (kezek.sh sets it); without it every file using the header is a miss.
option(KEZEK_PCH "Precompile the heavy Boost headers (measured slower with GCC 12 here: off)" OFF)

set(KEZEK_BOOST_PCH_HEADERS
  <boost/asio.hpp>
  <boost/asio/experimental/awaitable_operators.hpp>
  <boost/beast/core.hpp>
  <boost/beast/http.hpp>
  <boost/beast/websocket.hpp>
  <boost/json.hpp>)

function(kezek_boost_pch)
  if(NOT KEZEK_PCH)
    return()
  endif()
  get_property(owner GLOBAL PROPERTY KEZEK_BOOST_PCH_OWNER)
  foreach(target IN LISTS ARGN)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
      continue()  # nothing compiled (e.g. kezek_net with no sources yet)
    endif()
    if(NOT owner)
      target_precompile_headers(${target} PRIVATE ${KEZEK_BOOST_PCH_HEADERS})
      set(owner ${target})
      set_property(GLOBAL PROPERTY KEZEK_BOOST_PCH_OWNER ${target})
    else()
      target_precompile_headers(${target} REUSE_FROM ${owner})
    endif()
  endforeach()
endfunction()
