# Windows: run windeployqt on the installed executables so the NSIS/ZIP package carries the Qt
# DLLs, the platform, SQL (sqlite, psql) and print plugins and Qt's own translations.
find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "${Qt6_DIR}/../../../bin")
if(WINDEPLOYQT_EXECUTABLE)
    install(CODE "
        execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --release --no-compiler-runtime
            --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
            \"\${CMAKE_INSTALL_PREFIX}/bin/communitydesk.exe\"
            \"\${CMAKE_INSTALL_PREFIX}/bin/communitydesk-cli.exe\")
    ")
    include(InstallRequiredSystemLibraries)
else()
    message(WARNING "windeployqt not found: the Windows package will lack the Qt DLLs")
endif()
