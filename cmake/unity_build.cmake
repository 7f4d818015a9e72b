# KEZEK_UNITY_BUILD: each target's files are compiled in batches (of eight), one
# translation unit per batch (CMake's unity builds), so Boost, doctest and the
# protocol headers are parsed and their templates instantiated once per batch
# instead of once per file: most of a cold build's time (docs/benchmarks.md,
# "A new user's cold run"). kezek.sh turns it on; a developer editing one file
# may prefer it off. Files must then not clash in their internal names; a file
# that cannot share a batch sets SKIP_UNITY_BUILD_INCLUSION and says why.
option(KEZEK_UNITY_BUILD "Compile each target's files in batches (CMake unity builds)" OFF)
# Eight: batches big enough to share most of the parsing, small enough that two
# cores still have two batches to work on in most targets. 0 puts a whole target
# in one file, which is how to find every name two of its files would clash on.
set(KEZEK_UNITY_BATCH_SIZE 8 CACHE STRING "Files per unity batch (0: the whole target)")

# kezek_unity_build(TARGET): batch TARGET's files when KEZEK_UNITY_BUILD is on
# (kezek_target_defaults calls it for every Kezek target).
function(kezek_unity_build target)
  if(KEZEK_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${KEZEK_UNITY_BATCH_SIZE})
  endif()
endfunction()
