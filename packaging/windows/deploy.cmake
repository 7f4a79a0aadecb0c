# Windows: everything communitydesk.exe needs goes next to it, so the NSIS/WiX/ZIP package runs
# on a desk with nothing else installed.
#  1. windeployqt: the Qt DLLs, the platform, style, image, print and SQL (sqlite, psql) plugins
#     and Qt's own translations.
#  2. The other DLLs the executables link (QuaZip, libxlsxwriter, zlib), from the runtime
#     dependency set the install(TARGETS) in app/ fill, searched in CMAKE_PREFIX_PATH.
#  3. libpq and its DLLs for the PostgreSQL driver (windeployqt copies the plugin, not libpq):
#     from CD_POSTGRESQL_BIN, e.g. -DCD_POSTGRESQL_BIN="C:/Program Files/PostgreSQL/15/bin".
#  4. The compiler's runtime (MSVC redistributable DLLs, or MinGW's libstdc++/libgcc/winpthread).
find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "${Qt6_DIR}/../../../bin")
if(WINDEPLOYQT_EXECUTABLE)
    install(CODE "
        execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
            --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
            \"\${CMAKE_INSTALL_PREFIX}/bin/communitydesk.exe\"
            \"\${CMAKE_INSTALL_PREFIX}/bin/communitydesk-cli.exe\"
            COMMAND_ERROR_IS_FATAL ANY)
    ")
else()
    message(WARNING "windeployqt not found: the Windows package will lack the Qt DLLs")
endif()

set(_cd_dll_dirs "")
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _cd_dll_dirs "${prefix}/bin")
endforeach()
install(RUNTIME_DEPENDENCY_SET communitydesk_runtime
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        DIRECTORIES ${_cd_dll_dirs}
        # Windows' own DLLs and Qt's (windeployqt's job) stay out.
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "^Qt6.*"
        POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*" ".*[/\\\\][Ww]indows[/\\\\].*")

set(CD_POSTGRESQL_BIN "" CACHE PATH "PostgreSQL's bin folder, whose libpq.dll the QPSQL driver needs")
if(CD_POSTGRESQL_BIN)
    file(GLOB _cd_libpq_dlls "${CD_POSTGRESQL_BIN}/libpq.dll" "${CD_POSTGRESQL_BIN}/libssl*.dll"
         "${CD_POSTGRESQL_BIN}/libcrypto*.dll" "${CD_POSTGRESQL_BIN}/libintl*.dll"
         "${CD_POSTGRESQL_BIN}/libiconv*.dll" "${CD_POSTGRESQL_BIN}/libwinpthread*.dll")
    install(FILES ${_cd_libpq_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    message(STATUS "CD_POSTGRESQL_BIN not set: the package works with local files only (no libpq.dll)")
endif()

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
