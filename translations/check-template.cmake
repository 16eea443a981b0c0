# SPDX-FileCopyrightText: 2026 The Gregor developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs lupdate exactly as `./dev translations` does, but on a copy of translations/gregor.ts:
# the copy must come out unchanged, or a string was added, changed or removed in the sources
# without refreshing the template translators work from.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_CMAKE} -DOUT_FILE=${WORK}/project.json -P ${GENERATOR}
    RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "could not make lupdate's project file from ${PROJECT_CMAKE}")
endif()
file(COPY_FILE ${TEMPLATE} ${WORK}/gregor.ts)
execute_process(COMMAND ${LUPDATE} -project ${WORK}/project.json -ts ${WORK}/gregor.ts
        -no-obsolete -locations none -source-language en
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc)
    message(FATAL_ERROR "lupdate failed:\n${out}${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${TEMPLATE} ${WORK}/gregor.ts RESULT_VARIABLE differ)
if(differ)
    execute_process(COMMAND diff -u ${TEMPLATE} ${WORK}/gregor.ts OUTPUT_VARIABLE changes)
    message(FATAL_ERROR "translations/gregor.ts is behind the sources (lupdate: ${out}). "
        "Run ./dev translations and commit the template. What lupdate changed:\n${changes}")
endif()
message(STATUS "translations/gregor.ts is in sync: ${out}")
