#!/usr/bin/env bash
# Builds the Debian packages from an already built tree, checks their contents and metadata,
# installs them (root, Debian 12 with the Debian archive), runs the installed tools and the
# provisioning round trip, verifies the installed unit, then purges both packages.
# Usage: .ci/packages.sh [build-dir]   (default ./build)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
build=$(realpath "${1:-build}")
pkgdir="$build/packages"

fail() { echo "packages.sh: FAIL: $*" >&2; exit 1; }
step() { printf '\n== packages: %s\n' "$*"; }

step "cpack"
# cpack does not build (CMAKE_SKIP_INSTALL_ALL_DEPENDENCY): make sure the packaged programs are.
cmake --build "$build" -j"$(nproc)" --target kiosk kioskctl bureau bureau-desk
rm -f "$pkgdir"/*.deb
(cd "$build" && cpack -G DEB)
kiosk_deb=$(ls "$pkgdir"/school-kiosk_*.deb)
bureau_deb=$(ls "$pkgdir"/bureau-tools_*.deb)

step "contents"
kiosk_files=$(dpkg-deb -c "$kiosk_deb" | awk '{print $6}')
bureau_files=$(dpkg-deb -c "$bureau_deb" | awk '{print $6}')
for f in ./usr/bin/kiosk ./usr/bin/kioskctl ./usr/share/school-kiosk/i18n/zh-CN.json \
    ./usr/share/school-kiosk/i18n/en.json ./usr/share/school-kiosk/tips/categories.json \
    ./lib/systemd/system/school-kiosk.service ./lib/systemd/system/school-kiosk-usb@.service \
    ./lib/udev/rules.d/70-school-kiosk-usb.rules ./usr/lib/tmpfiles.d/school-kiosk.conf \
    ./usr/lib/school-kiosk/school-kiosk-session ./usr/lib/school-kiosk/school-kiosk-usb-mount \
    ./etc/default/school-kiosk ./usr/share/doc/school-kiosk/DEPLOY.md; do
    grep -qxF "$f" <<<"$kiosk_files" || fail "school-kiosk lacks $f"
done
for f in ./usr/bin/bureau ./usr/bin/bureau-desk ./usr/share/applications/bureau-desk.desktop \
    ./usr/share/bureau-tools/tips/categories.json; do
    grep -qxF "$f" <<<"$bureau_files" || fail "bureau-tools lacks $f"
done
# The demo keys derive from a published seed: no demo file, above all no secret key, ships.
if grep -E 'demo|\.sec$' <<<"$kiosk_files$bureau_files"; then fail "a demo or secret key file is packaged"; fi
for deb in "$kiosk_deb" "$bureau_deb"; do
    tmp=$(mktemp -d)
    dpkg-deb -x "$deb" "$tmp"
    demo_sec=$(sha256sum assets/demo/bureau.sec | cut -d' ' -f1)
    if find "$tmp" -type f -exec sha256sum {} + | grep -q "$demo_sec"; then
        fail "$(basename "$deb") contains the demo bureau secret key"
    fi
    rm -rf "$tmp"
done

step "metadata"
dpkg-deb -I "$kiosk_deb"
dpkg-deb -I "$bureau_deb"
kdeps=$(dpkg-deb -f "$kiosk_deb" Depends)
for d in cage xwayland fonts-noto-cjk adduser libpam-systemd libpinyin-data \
    tegaki-zinnia-simplified-chinese libsodium23 libsqlcipher0 libglfw3 libsystemd0; do
    grep -qE "(^|, )$d( |,|$)" <<<"$kdeps" || fail "school-kiosk does not depend on $d"
done
bdeps=$(dpkg-deb -f "$bureau_deb" Depends)
for d in libsodium23 libsqlcipher0; do
    grep -qE "(^|, )$d( |,|$)" <<<"$bdeps" || fail "bureau-tools does not depend on $d"
done
for deb in "$kiosk_deb" "$bureau_deb"; do
    [ "$(dpkg-deb -f "$deb" Version)" = "$(sed -nE 's/^project\(school_kiosk VERSION ([0-9.]+).*/\1/p' CMakeLists.txt)-1" ] ||
        fail "$(basename "$deb"): version is not project(VERSION)-1"
done
for deb in "$kiosk_deb" "$bureau_deb"; do
    dpkg-deb -W --showformat='${Package} ${Version} ${Installed-Size} KiB installed\n' "$deb"
done
ls -l "$kiosk_deb" "$bureau_deb"

step "install"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq "$kiosk_deb" "$bureau_deb"
getent passwd school-kiosk | grep -q ':/var/lib/school-kiosk:/usr/sbin/nologin$' ||
    fail "user school-kiosk missing or wrong"
[ "$(stat -c '%a %U' /var/lib/school-kiosk)" = "700 school-kiosk" ] || fail "data folder mode/owner"
[ -d /media/school-kiosk-usb ] || fail "USB mount point missing"
[ -L /etc/systemd/system/graphical.target.wants/school-kiosk.service ] || fail "unit not enabled"

step "installed tools"
/usr/bin/kioskctl --version
/usr/bin/bureau --help >/dev/null
/usr/bin/kiosk --help >/dev/null
if [ -f deploy/tests/provision-roundtrip.sh ]; then
    # As the kiosk user would run it: assets from /usr/share/school-kiosk, not the checkout.
    (cd / && bash "$repo/deploy/tests/provision-roundtrip.sh" /usr/bin)
fi

step "systemd-analyze"
systemd-analyze verify /lib/systemd/system/school-kiosk.service \
    /lib/systemd/system/school-kiosk-usb@.service
systemd-analyze security --offline=true /lib/systemd/system/school-kiosk.service | tail -n 1

step "purge (keeps data unless confirmed)"
runuser -u school-kiosk -- touch /var/lib/school-kiosk/keep-me
apt-get purge -y -qq school-kiosk bureau-tools
[ -f /var/lib/school-kiosk/keep-me ] || fail "purge without confirmation deleted the data"
apt-get install -y -qq "$kiosk_deb"
echo "school-kiosk school-kiosk/purge-data boolean true" | debconf-set-selections
apt-get purge -y -qq school-kiosk
[ ! -e /var/lib/school-kiosk ] || fail "confirmed purge kept /var/lib/school-kiosk"
! getent passwd school-kiosk >/dev/null || fail "confirmed purge kept the user"
echo "packages.sh: OK"
