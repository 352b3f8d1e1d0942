#!/usr/bin/env bash
# Provisioning round trip through the real tools (docs/adr/0005-provisioning-and-rotation.md):
#   bureau provision -> kioskctl provision -> bureau kiosk add -> simulate -> export -> import,
#   a tampered bundle refused with nothing changed, re-provisioning that keeps pending records,
#   bureau key rotation (records sealed before and after both open), a foreign rotation refused.
# Usage: provision-roundtrip.sh <bindir>   (uses only <bindir>/bureau and <bindir>/kioskctl)
# kioskctl simulate needs the kiosk assets: set SK_ASSETS_DIR if they are not where the
# kioskctl binary expects them.
set -euo pipefail

bindir=${1:?usage: provision-roundtrip.sh <bindir>}
BUREAU="$bindir/bureau"
KIOSKCTL="$bindir/kioskctl"
[ -x "$BUREAU" ] || { echo "FAIL: $BUREAU is not executable" >&2; exit 1; }
[ -x "$KIOSKCTL" ] || { echo "FAIL: $KIOSKCTL is not executable" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
home="$work/bureau"
pass="$work/passphrase"
printf 'roundtrip passphrase\n' >"$pass"
chmod 600 "$pass"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
bureau() { "$BUREAU" --dir "$home" --passphrase-file "$pass" "$@"; }
# Runs a command that must fail; prints its one-line error.
must_fail() {
    local err
    if err=$("$@" 2>&1 >/dev/null); then fail "expected failure: $*"; fi
    printf 'refused as expected: %s\n' "$(printf '%s' "$err" | head -n1)"
}
tip_count() { bureau tips list | tail -n1 | cut -d' ' -f1; }

step "bureau keygen"
"$BUREAU" --passphrase-file "$pass" keygen --out "$home" --kdf min

step "bureau provision"
stick="$work/stick"
bureau provision --kiosk-name school-1 --out "$stick" --pin 24681357 --languages zh-CN,en
[ -f "$stick/kiosk-settings.skprov" ] || fail "no settings file on the stick"

step "tampered bundle is refused and nothing is created"
bad="$work/stick-bad"
cp -r "$stick" "$bad"
printf 'X' | dd of="$bad/kiosk-settings.skprov" bs=1 seek=60 conv=notrunc status=none
must_fail "$KIOSKCTL" provision --from "$bad" --data "$work/kiosk-bad"
[ ! -e "$work/kiosk-bad" ] || fail "a refused bundle created $work/kiosk-bad"

step "bundle signed by another bureau is refused on a provisioned kiosk (after first use)"
other="$work/other-bureau"
"$BUREAU" --passphrase-file "$pass" keygen --out "$other" --kdf min
"$BUREAU" --dir "$other" --passphrase-file "$pass" provision --kiosk-name school-1 \
    --out "$work/stick-other" --pin 24681357

step "kioskctl provision"
kiosk="$work/kiosk"
"$KIOSKCTL" provision --from "$stick" --data "$kiosk"
[ -f "$stick/kiosk-school-1.pub" ] || fail "kiosk public key not written back to the stick"
before=$(cksum <"$kiosk/kiosk.db")
must_fail "$KIOSKCTL" provision --from "$work/stick-other" --data "$kiosk"
[ "$before" = "$(cksum <"$kiosk/kiosk.db")" ] || fail "refused bundle changed the kiosk database"

step "bureau kiosk add"
bureau kiosk add --pubkey "$stick/kiosk-school-1.pub"

step "kiosk submits, exports; bureau imports and acks"
"$KIOSKCTL" simulate --data "$kiosk" --tips 3 --seed 1
"$KIOSKCTL" export --data "$kiosk" --to "$work/out1"
bureau import "$work/out1"
[ "$(tip_count)" -eq 3 ] || fail "expected 3 tips at the bureau, got $(tip_count)"
bureau ack --kiosk school-1 --out "$work/ack1"
"$KIOSKCTL" import --data "$kiosk" --from "$work/ack1"

step "re-provisioning keeps pending records"
"$KIOSKCTL" simulate --data "$kiosk" --tips 2 --seed 2
"$KIOSKCTL" export --data "$kiosk" --to "$work/out2"   # pending batch signed by the old key
"$KIOSKCTL" simulate --data "$kiosk" --tips 1 --seed 3  # pending, not yet batched
sleep 1  # a re-provisioning bundle must be issued later than the installed one
stick2="$work/stick2"
bureau provision --kiosk-name school-1 --out "$stick2" --pin 13572468
"$KIOSKCTL" provision --from "$stick2" --data "$kiosk"
bureau kiosk add --pubkey "$stick2/kiosk-school-1.pub" --replace-key
"$KIOSKCTL" export --data "$kiosk" --to "$work/out3"
bureau import "$work/out2" "$work/out3"
[ "$(tip_count)" -eq 6 ] || fail "expected 6 tips after re-provisioning, got $(tip_count)"
bureau ack --kiosk school-1 --out "$work/ack2"
"$KIOSKCTL" import --data "$kiosk" --from "$work/ack2"

step "bureau key rotation"
"$KIOSKCTL" simulate --data "$kiosk" --tips 1 --seed 4   # sealed to the old key
bureau rotate-keys --out "$work/rotation"
"$KIOSKCTL" import --data "$kiosk" --from "$work/rotation"
"$KIOSKCTL" simulate --data "$kiosk" --tips 1 --seed 5   # sealed to the new key
"$KIOSKCTL" export --data "$kiosk" --to "$work/out4"
bureau import "$work/out4"
[ "$(tip_count)" -eq 8 ] || fail "expected 8 tips after rotation, got $(tip_count)"
bureau ack --kiosk school-1 --out "$work/ack3"
"$KIOSKCTL" import --data "$kiosk" --from "$work/ack3"

step "rotation statement not signed by the trusted key is refused"
"$BUREAU" --dir "$other" --passphrase-file "$pass" rotate-keys --out "$work/rotation-other"
must_fail "$KIOSKCTL" import --data "$kiosk" --from "$work/rotation-other"

printf '\nprovision round trip: OK\n'
