# `cmake --install` puts the binary, presets, schemas and docs in place; CPack builds a .deb.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION share/ddlint/rules FILES_MATCHING PATTERN "*.json")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION share/ddlint/schemas FILES_MATCHING PATTERN "*.json")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION share/doc/ddlint)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "ddlint")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "ddlint developers <dev@ddlint.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "PostgreSQL schema linter (normal forms, tenancy, RLS, FK indexes)")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libpg-query-dev (>= 15), libpq5, libgvc6")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
