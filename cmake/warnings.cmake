# kezek_warnings: linked into every target so that no file escapes -Werror.
#
# With GCC (the normal, ASan and TSan trees) also cmake_template's stricter set,
# minus -Wsign-conversion: the tree is clean of these, and -Wsign-conversion
# alone still flags ~90 index and size mixes (bench/loadgen, the PCM and QR
# code) that want a pass of their own. The clang fuzz tree keeps -Wall -Wextra:
# its extra warnings of the same names differ from GCC's and only the libraries
# and fuzz targets are built there.
add_library(kezek_warnings INTERFACE)
target_compile_options(kezek_warnings INTERFACE -Wall -Wextra -Werror)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(kezek_warnings INTERFACE
    $<$<COMPILE_LANGUAGE:CXX>:-Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wpedantic -Wconversion>)
endif()

# In a unity build (KEZEK_UNITY_BUILD) each .cpp is included into a batch file,
# so GCC treats its anonymous-namespace types as a header's and flags every
# coroutine frame holding one (-Wsubobject-linkage): true of headers, not of
# these files, which are still one batch's own code.
if(KEZEK_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(kezek_warnings INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-Wno-subobject-linkage>)
endif()
