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

# Precompiled Qt headers (cmake/pch/KIND.h): each library builds its own; every test reuses one
# built with the tests' flags, so 40 test programs do not parse QtCore 40 times.
option(GREGOR_PCH "Precompile the most included Qt headers" ON)
function(gregor_precompile target kind)
    if(GREGOR_PCH)
        target_precompile_headers(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/${kind}.h)
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
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${GREGOR_WERROR}>:/WX>)
    endif()
endfunction()

# add_gregor_test(NAME SOURCES... [LIBS ...] [LABELS ...] [WRAPPER cmd...] [TIMEOUT s])
# A Qt Test program registered with CTest: offscreen platform, asserts forced on, a test-mode
# QStandardPaths (set by the test itself) and a per-test timeout.
function(add_gregor_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER" ${ARGN})
    qt_add_executable(${name} ${T_UNPARSED_ARGUMENTS} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS)
    gregor_strict(${name})
    if(GREGOR_PCH AND TARGET gregor_testpch)
        target_precompile_headers(${name} REUSE_FROM gregor_testpch)
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
