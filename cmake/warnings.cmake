# kezek_warnings: linked into every target so that no file escapes -Werror.
add_library(kezek_warnings INTERFACE)
target_compile_options(kezek_warnings INTERFACE -Wall -Wextra -Werror)
