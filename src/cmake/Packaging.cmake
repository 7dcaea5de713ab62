# `cmake --install` puts the binary, presets, schemas and docs in place; CPack builds a .deb
# (`make package`). The binary embeds its docs and presets, so the installed files are for
# people and editors (schemas), not for the program.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION share/ddlint/rules FILES_MATCHING PATTERN "*.json")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION share/ddlint/schemas FILES_MATCHING PATTERN "*.json")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION share/doc/ddlint)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION share/doc/ddlint)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "ddlint")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "ddlint developers <dev@ddlint.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "PostgreSQL schema linter (normal forms, tenancy, RLS, FK indexes)")
set(CPACK_PACKAGE_DESCRIPTION "ddlint reads DDL and migration files with the PostgreSQL parser, builds the schema they produce and checks it: foreign keys without indexes, tenant isolation, row-level security, normalisation, naming. Reports as text, JSON, SARIF, JUnit and GitHub annotations.")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/ddlint/ddlint")
# Runtime dependencies come from the libraries the binary really links (dpkg-shlibdeps, from
# dpkg-dev): libpg_query's runtime package is libpg-query1504.0 (libpg-query-dev only adds the
# headers and the unversioned .so link), plus libfmt9, libstdc++6 and libc6.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libpq (--db) and Graphviz (the report's diagram) are opened with dlopen, so dpkg-shlibdeps does
# not see them: name their runtime packages here (CPack appends what dpkg-shlibdeps finds).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libpq5")
if(TARGET PkgConfig::GVC)
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libgvc6, libcgraph6")
endif()
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
