# Desktop integration (the .desktop file, AppStream metainfo, the scalable icon) and the Debian package (CPack).
# `cmake --install <build> [--prefix P]` honours DESTDIR; `make install` and `make deb` wrap both (see the Makefile).
# The executables install from where they are defined (secdesk, secdesk-cli here; secdesk-sandbox in app/sandbox);
# the bench and the tests never install.

set(SECDESK_APP_ID "org.secdesk.SecDesk")

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${SECDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${SECDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/secdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SECDESK_APP_ID}.svg)
endif()

set(CPACK_PACKAGE_NAME "secdesk")
set(CPACK_PACKAGE_VENDOR "The SecDesk developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "The SecDesk developers <maintainers@secdesk.invalid>")
set(CPACK_GENERATOR "DEB")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # secdesk_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Desktop administration of the OpenSearch Security plugin's configuration\n"
    "SecDesk browses the Security plugin's configuration (roles, role mappings, internal users, action groups,\n"
    "tenants, the security config) over its REST API, changes it with previewed and checked JSON patches, keeps\n"
    "a backup and a journal of every write, and compares and rolls back versions. Includes secdesk-cli for\n"
    "scripts and secdesk-sandbox, a local emulation of the Security REST API.")
# Library dependencies come from dpkg-shlibdeps (dpkg-dev). Plugins are loaded at run time, so shlibdeps cannot see
# them: the SVG image and icon engines (the app's icons) and the platform plugins (xcb, wayland, offscreen).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
include(CPack)
