# Every dependency is a Debian 12 package; kezek.sh installs them.
find_package(Threads REQUIRED)
# CMake 3.25's FindBoost predates Boost 1.81 and warns that it "may have
# incorrect or missing dependencies" — twice per configure, in front of a new
# user's first ./kezek.sh run. The one component used (json) links fine.
set(Boost_NO_WARN_NEW_VERSIONS ON)
find_package(Boost 1.81 EXACT REQUIRED COMPONENTS json)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
pkg_check_modules(GLFW3 REQUIRED IMPORTED_TARGET glfw3)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)
find_package(OpenGL REQUIRED)
find_package(doctest REQUIRED)
include(doctest) # doctest_discover_tests

# Common settings for every Kezek target.
function(kezek_target_defaults target)
  kezek_unity_build(${target})
  target_link_libraries(${target} PRIVATE kezek_warnings kezek_sanitizers)
  target_include_directories(${target} PUBLIC ${CMAKE_SOURCE_DIR})
  # Asio: no deprecated interfaces.
  target_compile_definitions(${target} PUBLIC BOOST_ASIO_NO_DEPRECATED)
endfunction()
