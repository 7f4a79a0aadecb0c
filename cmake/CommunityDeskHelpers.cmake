# cd_add_test(NAME SOURCES file... [LIBS target...])
# One Qt Test program per unit, registered with CTest and run on the offscreen platform.
function(cd_add_test name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt::Test ${arg_LIBS})
    target_include_directories(${name} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;CD_TEST_DATA=${CMAKE_CURRENT_SOURCE_DIR}/data"
        TIMEOUT 300)
endfunction()
