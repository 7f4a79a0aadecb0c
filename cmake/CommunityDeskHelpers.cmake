# cd_add_module(NAME FLOOR n SOURCES file... [PUBLIC_DEPS target...] [PRIVATE_DEPS target...])
# One folder of models/ or ui/ = one static library. Headers are included from the repository
# root ("models/cases/casestore.h"), so the root is the one include directory. FLOOR is the
# module's place in the stack: it may include only modules on lower floors, which the
# module_floors test checks (cmake/CheckModuleFloors.cmake). PUBLIC_DEPS are the modules and Qt
# libraries this module's headers include; everything only its .cpp files need is PRIVATE.
function(cd_add_module name)
    cmake_parse_arguments(arg "" "FLOOR" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
    if(NOT DEFINED arg_FLOOR)
        message(FATAL_ERROR "cd_add_module(${name}): FLOOR is required")
    endif()
    qt_add_library(${name} STATIC ${arg_SOURCES})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}")
    target_link_libraries(${name} PUBLIC ${arg_PUBLIC_DEPS} PRIVATE ${arg_PRIVATE_DEPS})
    set_property(GLOBAL APPEND PROPERTY CD_MODULES ${name})
endfunction()

# cd_add_test(NAME SOURCES file... [LIBS target...])
# One Qt Test program per unit, registered with CTest and run on the offscreen platform.
function(cd_add_test name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt::Test ${arg_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}")
    # Each test links every static module with its debug info: 270 programs came to 9 GB and filled
    # the CI disk. QtTest reports file and line itself, so the programs keep symbols but no DWARF.
    if(NOT COMMUNITYDESK_TEST_DEBUG_INFO AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE)
        target_link_options(${name} PRIVATE -Wl,--strip-debug)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;CD_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
        TIMEOUT 300)
endfunction()

# cd_add_pg_test(NAME): the same test program again on the throwaway PostgreSQL server
# (scripts/pg-run-test.sh), skipped (77) when no server runs.
function(cd_add_pg_test name)
    if(NOT TARGET ${name})
        message(FATAL_ERROR "cd_add_pg_test: no test program ${name}")
    endif()
    add_test(NAME ${name}_pg COMMAND sh "${PROJECT_SOURCE_DIR}/scripts/pg-run-test.sh" $<TARGET_FILE:${name}>)
    set_tests_properties(${name}_pg PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;CD_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
        LABELS postgresql SKIP_RETURN_CODE 77 TIMEOUT 600)
endfunction()
