# One INTERFACE target carries the warning set; every ddlint target links it.
add_library(ddlint_warnings INTERFACE)
target_compile_options(ddlint_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  -Wnull-dereference -Wcast-align -Wformat=2 -Wimplicit-fallthrough -Wextra-semi
  -Wconversion -Wsign-conversion)
if(DDLINT_WERROR)
  target_compile_options(ddlint_warnings INTERFACE -Werror)
endif()
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
  target_compile_definitions(ddlint_warnings INTERFACE _GLIBCXX_ASSERTIONS)
endif()
