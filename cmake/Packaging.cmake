# A Debian package of the installed tree: `cpack -G DEB` in a build directory (use a
# Release build for one to ship: cmake --preset release && cmake --build build/release &&
# cd build/release && cpack -G DEB). tests/auto/install/tst_package builds one and lists it.
#
# Depends: dpkg-shlibdeps works out the libraries the executables link (Qt, uchardet,
# libstdc++); the plugins Qt loads at run time are not linked, so they are named here:
# the SVG icon engine and image format (the icons), SQLite for Qt Sql, and the platform
# plugins (xcb, wayland) without which `refmend` cannot open a window. The menu, icon and
# MIME caches are refreshed by the dpkg triggers of desktop-file-utils, hicolor-icon-theme
# and shared-mime-info, so the package needs no maintainer scripts.
set(REFMEND_PACKAGE_CONTACT "RefMend maintainers <maintainers@users.noreply.r-seed-eaaa0949.example>"
    CACHE STRING "Maintainer of the Debian package (name <email>)")

set(CPACK_PACKAGE_NAME "refmend")
set(CPACK_PACKAGE_VENDOR "The RefMend developers")
set(CPACK_PACKAGE_CONTACT "${REFMEND_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reference viewer and editor for messy citation files")
set(CPACK_PACKAGE_DESCRIPTION
"RefMend opens the citation files researchers, librarians and systematic
reviewers actually receive (EndNote tagged exports flattened onto one line,
RIS, BibTeX and BibLaTeX, MEDLINE/PubMed, Web of Science, EndNote XML, MODS,
CSL-JSON), shows every record in a table with a readable detail view, lets
you fix author names by hand with undo, repairs text garbled by a wrong
character encoding after showing each change, and exports the cleaned
collection.

refmend-cli converts, repairs and checks the same files from scripts.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)              # refmend_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)               # dpkg-shlibdeps (dpkg-dev)
# Plugins dpkg-shlibdeps cannot see: SVG icons, the SQLite driver (libraries) and the
# PostgreSQL driver (shared libraries).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

include(CPack)
