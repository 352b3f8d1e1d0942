# Debian packages, built with `cpack -G DEB` from a configured build directory:
#   school-kiosk  (component kiosk):  kiosk, kioskctl, assets, the cage session, USB mounting
#   bureau-tools  (component bureau): bureau
# The version is project(VERSION) in the top-level CMakeLists.txt and nothing else.
# Library dependencies come from dpkg-shlibdeps; data and session packages are listed below.

set(SK_DEPLOY_DIR "${PROJECT_SOURCE_DIR}/deploy")
# `cpack` / `cmake --install` package what is built instead of first building every target
# (tests included); .ci/packages.sh builds kiosk, kioskctl and bureau before cpack.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

# --- school-kiosk: assets (never assets/demo: its keys derive from a published seed) ---
foreach(sub i18n tips surveys)
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/assets/${sub}" DESTINATION share/school-kiosk
          COMPONENT kiosk FILES_MATCHING PATTERN "*.json")
endforeach()

# --- school-kiosk: session, USB mount, configuration, docs ---
install(FILES "${SK_DEPLOY_DIR}/systemd/school-kiosk.service"
              "${SK_DEPLOY_DIR}/systemd/school-kiosk-usb@.service"
        DESTINATION /lib/systemd/system COMPONENT kiosk)
install(FILES "${SK_DEPLOY_DIR}/udev/70-school-kiosk-usb.rules"
        DESTINATION /lib/udev/rules.d COMPONENT kiosk)
install(FILES "${SK_DEPLOY_DIR}/systemd/school-kiosk.tmpfiles"
        DESTINATION lib/tmpfiles.d RENAME school-kiosk.conf COMPONENT kiosk)
install(PROGRAMS "${SK_DEPLOY_DIR}/session/school-kiosk-session"
                 "${SK_DEPLOY_DIR}/session/school-kiosk-usb-mount"
        DESTINATION lib/school-kiosk COMPONENT kiosk)
install(FILES "${SK_DEPLOY_DIR}/session/default" DESTINATION /etc/default
        RENAME school-kiosk COMPONENT kiosk)
install(FILES "${SK_DEPLOY_DIR}/systemd/network-sync.conf"
        DESTINATION share/doc/school-kiosk/examples COMPONENT kiosk)
install(FILES "${PROJECT_SOURCE_DIR}/docs/DEPLOY.md" "${PROJECT_SOURCE_DIR}/docs/KIOSKCTL.md"
              "${PROJECT_SOURCE_DIR}/docs/THREAT_MODEL.md" "${SK_DEPLOY_DIR}/debian/copyright"
        DESTINATION share/doc/school-kiosk COMPONENT kiosk)

# --- bureau-tools: tip category labels for reports, survey sources, docs ---
install(FILES "${PROJECT_SOURCE_DIR}/assets/tips/categories.json"
        DESTINATION share/bureau-tools/tips COMPONENT bureau)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/assets/surveys" DESTINATION share/bureau-tools
        COMPONENT bureau FILES_MATCHING PATTERN "*.json")
install(FILES "${PROJECT_SOURCE_DIR}/docs/BUREAU.md" "${PROJECT_SOURCE_DIR}/docs/DEPLOY.md"
              "${PROJECT_SOURCE_DIR}/docs/THREAT_MODEL.md" "${SK_DEPLOY_DIR}/debian/copyright"
        DESTINATION share/doc/bureau-tools COMPONENT bureau)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME school-kiosk)
set(CPACK_PACKAGE_VENDOR "County Education Bureau")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL kiosk bureau)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "County Education Bureau IT <kiosk-it@bureau.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME school-kiosk)
set(CPACK_DEBIAN_KIOSK_DESCRIPTION
    "touch-screen survey and anonymous-tip kiosk
The kiosk app (Dear ImGui on GLFW, fullscreen under the cage Wayland compositor on tty1)
collects questionnaires and anonymous tips. Every submission is sealed to the education
bureau's public key when it is submitted; the kiosk cannot read it again. kioskctl exports
signed batches to a USB drive and imports the bureau's acknowledgements.")
# Libraries come from dpkg-shlibdeps; these are data, the session and the maintainer scripts.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "adduser, debconf (>= 0.5) | debconf-2.0, cage, xwayland, libpam-systemd, udev, \
fonts-noto-cjk, libgl1-mesa-dri, libpinyin-data, tegaki-zinnia-simplified-chinese")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    "${SK_DEPLOY_DIR}/debian/postinst;${SK_DEPLOY_DIR}/debian/prerm;\
${SK_DEPLOY_DIR}/debian/postrm;${SK_DEPLOY_DIR}/debian/config;\
${SK_DEPLOY_DIR}/debian/templates;${SK_DEPLOY_DIR}/debian/conffiles")

set(CPACK_DEBIAN_BUREAU_PACKAGE_NAME bureau-tools)
set(CPACK_DEBIAN_BUREAU_DESCRIPTION
    "education bureau tool for the school survey and tip kiosks
bureau imports the kiosks' signed, sealed batches exactly once, opens the records with the
bureau's secret keys, writes acknowledgements, survey bundles and status boards for the
kiosks, reports, and provisions kiosks. Meant for offline workstations.")
# `bureau report --format pdf` prints through headless Chromium when it is installed.
set(CPACK_DEBIAN_BUREAU_PACKAGE_SUGGESTS "chromium")

include(CPack)
