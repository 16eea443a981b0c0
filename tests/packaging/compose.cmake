# SPDX-FileCopyrightText: 2026 The Gregor developers
# SPDX-License-Identifier: GPL-3.0-or-later
# What a software centre's backend does with the package: install the app component into a
# scratch root, then compose its AppStream catalog from it (metainfo, desktop file, icons).
# A compose error (an icon it cannot read, a launchable that does not exist) fails the test.
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --component app --prefix ${WORK}/root/usr
    RESULT_VARIABLE rc OUTPUT_QUIET)
if(rc)
    message(FATAL_ERROR "cmake --install of the app component failed (${rc})")
endif()
execute_process(COMMAND ${APPSTREAMCLI} compose --no-net --origin=gregor --hints-dir=${WORK}/hints
        --result-root=${WORK}/out ${WORK}/root
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc)
    file(READ ${WORK}/hints/gregor.hints.yaml hints)
    message(FATAL_ERROR "appstreamcli compose failed:\n${out}${err}\n${hints}")
endif()
foreach(file out/usr/share/swcatalog/xml/gregor.xml.gz out/usr/share/swcatalog/icons/gregor/64x64/io.github.gregor_kafka.Gregor.png)
    if(NOT EXISTS ${WORK}/${file})
        message(FATAL_ERROR "the compose run made no ${file}")
    endif()
endforeach()
