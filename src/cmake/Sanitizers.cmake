# -DDDLINT_SANITIZE=address,undefined builds everything with ASan+UBSan; any report aborts.
if(DDLINT_SANITIZE)
  add_compile_options(-fsanitize=${DDLINT_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${DDLINT_SANITIZE})
  # Assertions stay on in the sanitizer build.
  string(REPLACE "-DNDEBUG" "" CMAKE_CXX_FLAGS_RELWITHDEBINFO "${CMAKE_CXX_FLAGS_RELWITHDEBINFO}")
  add_compile_definitions(_GLIBCXX_ASSERTIONS)
endif()
