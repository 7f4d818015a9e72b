# kezek_sanitizers: AddressSanitizer + UndefinedBehaviorSanitizer when
# KEZEK_SANITIZE is on (the test command builds a second tree with it).
option(KEZEK_SANITIZE "Build with ASan and UBSan" OFF)
add_library(kezek_sanitizers INTERFACE)
if(KEZEK_SANITIZE)
  target_compile_options(kezek_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(kezek_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
