# SPDX-FileCopyrightText: 2026 The Gregor developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Settings every Gregor target shares, and the one helper that registers tests.

# A compiler cache shared by every clone on the machine: ./dev sets CCACHE_DIR to
# ~/.cache/gregor/ccache and CCACHE_BASEDIR to the checkout, so a fresh clone hits what another
# clone compiled. The sloppiness lets precompiled headers be cached too.
option(GREGOR_CCACHE "Compile through ccache when it is installed" ON)
find_program(GREGOR_CCACHE_PROGRAM ccache)
if(GREGOR_CCACHE AND GREGOR_CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
        CCACHE_NOHASHDIR=1 ${GREGOR_CCACHE_PROGRAM})
endif()

# mold links the test programs of each preset several times faster than ld.bfd (links are not
# cached, so they were most of a warm CI run).
option(GREGOR_MOLD "Link with mold when it is installed" ON)
find_program(GREGOR_MOLD_PROGRAM mold)
if(GREGOR_MOLD AND GREGOR_MOLD_PROGRAM AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_link_options(-fuse-ld=mold)
endif()

# Precompiled Qt headers (cmake/pch/gregor_pch_KIND.h): each library builds its own; every test
# reuses one built with the tests' flags, so 40 test programs do not parse QtCore 40 times. The
# header is named <…> through an include path, not by its absolute path, so the generated
# cmake_pch.hxx is the same in every clone and ccache can reuse the precompiled header.
option(GREGOR_PCH "Precompile the most included Qt headers" ON)
function(gregor_precompile target kind)
    if(GREGOR_PCH)
        target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch)
        target_precompile_headers(${target} PRIVATE <gregor_pch_${kind}.h>)
    endif()
endfunction()

# Our own code builds with strict warnings and strict Qt string/URL conversions.
function(gregor_strict target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
        QT_NO_KEYWORDS QT_NO_FOREACH QT_USE_QSTRINGBUILDER QT_NO_CONTEXTLESS_CONNECT
        GREGOR_VERSION="${PROJECT_VERSION}")
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
            $<$<BOOL:${GREGOR_WERROR}>:-Werror>)
        # GCC 14 at -O2 reports the members of an ApiError moved inside std::expected as "maybe
        # uninitialized" although every member has an initialiser (a known false positive of its
        # flow analysis through std::expected's union); clang and the -O0 builds stay on it.
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${GREGOR_WERROR}>:/WX>)
    endif()
endfunction()

# Qt Test without its compile definitions: Qt6::Test defines QT_TESTCASE_SOURCEDIR and _BUILDDIR
# as absolute paths, which would make every test's compile command differ from clone to clone
# and keep ccache from reusing it. Nothing of ours uses QFINDTESTDATA, which needs them.
function(gregor_use_qttest target scope)
    target_link_libraries(${target} ${scope} $<LINK_ONLY:Qt6::Test>)
    target_include_directories(${target} SYSTEM ${scope} $<TARGET_PROPERTY:Qt6::Test,INTERFACE_INCLUDE_DIRECTORIES>)
    target_compile_definitions(${target} ${scope} QT_TESTLIB_LIB)
endfunction()

# add_gregor_test(NAME SOURCES... [LIBS ...] [LABELS ...] [WRAPPER cmd...] [TIMEOUT s])
# A Qt Test program registered with CTest: offscreen platform, asserts forced on, a test-mode
# QStandardPaths (set by the test itself) and a per-test timeout.
function(add_gregor_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER" ${ARGN})
    qt_add_executable(${name} ${T_UNPARSED_ARGUMENTS} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE ${T_LIBS})
    gregor_use_qttest(${name} PRIVATE)
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS)
    gregor_strict(${name})
    if(GREGOR_PCH AND TARGET gregor_testpch)
        target_precompile_headers(${name} REUSE_FROM gregor_testpch)
        target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch)
    endif()
    # WRAPPER runs the test through a command, e.g. a private D-Bus session with a keyring.
    add_test(NAME ${name} COMMAND ${T_WRAPPER} $<TARGET_FILE:${name}>)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;GREGOR_TEST_OUTPUT=${CMAKE_BINARY_DIR}/test-output"
        TIMEOUT ${T_TIMEOUT} LABELS "${T_LABELS}")
endfunction()
