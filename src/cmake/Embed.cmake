# Embeds docs/rules/*.md, docs/*.md and rules/*.json into the binary as byte arrays, so that
# `ddlint explain`, presets and SARIF descriptions need no files next to the installed binary.
function(ddlint_embed out_var)
  file(GLOB _inputs CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/docs/rules/*.md
    ${PROJECT_SOURCE_DIR}/rules/*.json)
  set(_out ${CMAKE_CURRENT_BINARY_DIR}/embedded_files.cpp)
  add_custom_command(
    OUTPUT ${_out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${_out} -DROOT=${PROJECT_SOURCE_DIR}
            "-DINPUTS=${_inputs}" -P ${PROJECT_SOURCE_DIR}/src/cmake/EmbedFiles.cmake
    DEPENDS ${_inputs} ${PROJECT_SOURCE_DIR}/src/cmake/EmbedFiles.cmake
    COMMENT "Embedding docs and presets"
    VERBATIM)
  set(${out_var} ${_out} PARENT_SCOPE)
endfunction()
