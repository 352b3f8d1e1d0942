#!/usr/bin/env python3
"""Writes the seed corpus of the libFuzzer targets (tests/fuzz/corpus/<target>/) from the
test vectors in docs/FORMAT.md and the files in assets/.

Signed files go in whole (the targets read them as files) and, for the formats with a JSON
or binary payload, their payload goes in too (the targets sign a non-"SKSF" input with the
vector key themselves, so the fuzzer starts inside the payload parser).

Run from anywhere: python3 tests/fuzz/make_corpus.py. It replaces the corpus directories,
so the committed corpus is exactly what this script writes. Keep it small (< 1 MB).
"""
import hashlib
import json
import pathlib
import re
import shutil
import struct

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fuzz" / "corpus"
TEXT_FIELDS = {"name", "note", "expect", "issued", "today", "id", "expires", "typed", "code",
               "display", "data", "passphrase", "context", "receipt", "absent_receipt",
               "receipt_status", "seq", "day", "count", "records", "version", "entries",
               "installed", "opslimit", "memlimit"}


def load_vectors():
    """Same reading as tests/common/format_vectors.hpp."""
    vectors, cur, key, inside = [], None, None, False
    for line in (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8").splitlines():
        if not inside:
            if line.startswith("```vector"):
                inside, cur, key = True, {}, None
            continue
        if line.startswith("```"):
            inside = False
            vectors.append(cur)
            continue
        if line[:1] in (" ", "\t") and key:
            cur[key] += line.strip()
            continue
        if ":" not in line:
            continue
        key, val = line.split(":", 1)
        cur[key] = val.strip()
    return vectors


def signed_payload(data):
    """Payload of a signed file (docs/FORMAT.md §4.2), or None if it is not one."""
    if len(data) < 6 or data[:4] != b"SKSF":
        return None
    name_len = data[5]
    off = 6 + name_len + 8
    if len(data) < off + 4:
        return None
    (n,) = struct.unpack_from("<I", data, off)
    payload = data[off + 4: off + 4 + n]
    return payload if len(payload) == n else None


class Corpus:
    def __init__(self):
        self.files = {}

    def add(self, target, data, label):
        if isinstance(data, str):
            data = data.encode("utf-8")
        label = re.sub(r"[^A-Za-z0-9._-]+", "-", label).strip("-")
        digest = hashlib.sha1(data).hexdigest()[:8]
        self.files.setdefault(target, {})[digest] = (label + "-" + digest, data)

    def write(self):
        if OUT.exists():
            shutil.rmtree(OUT)
        total = 0
        for target, files in sorted(self.files.items()):
            d = OUT / target
            d.mkdir(parents=True)
            for name, data in files.values():
                (d / name).write_bytes(data)
                total += len(data)
            print(f"{target}: {len(files)} files")
        print(f"total {total} bytes")


def vector_bytes(v, field):
    return bytes.fromhex(v[field]) if field in v else None


# Keys the §10/§11 seeds need, computed once with Python's `cryptography` (X25519 and Ed25519
# from the §1.3 seeds, key ids as in §1.2) and written out here so this script needs nothing
# beyond the standard library:
# - the §2.1 bureau public key file of the vector key set (seal seed 11×32, sign seed 22×32),
#   which fuzz_rotation trusts;
# - the bureau public key file of seal seed 5e×32 and sign seed b5×32, the key set that signs
#   the §6–9 vectors (fuzz_provisioning's signer, so its settings name the right keys);
# - the counter-signature by sign seed b5×32, context "key-rotation", over the first file
#   followed by the second (a statement rotating from the vector key set to the b5 set).
VECTOR_BUREAU_PUB = (
    "534b425055423031e6325f2f0adf84d67a46e129fd805047448437e4744f1f15"
    "76be8c449fdf57e0c580d36c5cfc66689a0e730dd3522742a09aa5f47a675980"
    "2ff955f8dc2d2a14a5c99d23be97f864127ff9383455a4f0")
SYNC_BUREAU_PUB = (
    "534b4250554230310b37253e2d8c2b7223af3686d07f7b569b0130efb778b566"
    "6b49e7e0e61f23edae057586cc15df5b6337b35f2bb65a2e91ea2db826003904"
    "9bd3b16db0f42755861e7d238f4c78d064d9a2201a2e1350")
ROTATION_COUNTER_SIGNATURE = (
    "5a01c32206020a773c7146d911071b09ab039881463dd4bd033dc0c2f521f247"
    "1fb15507cbe116958d5ffbb331604ce346a7943c5663c1b82e1dd74519347e0a")


def add_provisioning_seeds(c):
    settings = {
        "format": "sk-kiosk-settings-1",
        "kiosk_name": "城关第一小学 staff room",
        "issued": "2026-03-14T09:00:00Z",
        "expires": "2026-12-31",
        "idle_timeout_s": 90,
        "tip_interval_s": 600,
        "languages": ["zh-CN", "en"],
        "admin_pin_hash": "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                          "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        "bureau_keys": SYNC_BUREAU_PUB,
    }
    c.add("fuzz_provisioning", compact_json(settings), "settings-ok")
    other = dict(settings, bureau_keys=VECTOR_BUREAU_PUB, languages=["en"], tip_interval_s=0)
    c.add("fuzz_provisioning", compact_json(other), "settings-other-bureau")
    rotation = {
        "format": "sk-key-rotation-1",
        "issued": "2026-03-14T09:00:00Z",
        "old_keys": VECTOR_BUREAU_PUB,
        "new_keys": SYNC_BUREAU_PUB,
        "new_key_signature": ROTATION_COUNTER_SIGNATURE,
    }
    c.add("fuzz_rotation", compact_json(rotation), "rotation-ok")
    c.add("fuzz_rotation", compact_json(dict(rotation, new_key_signature="00" * 64)),
          "rotation-bad-counter-signature")


def compact_json(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def main():
    c = Corpus()
    vectors = load_vectors()
    signed_targets = {"batch/": "fuzz_batch", "ack/": "fuzz_ack", "bundle/": "fuzz_survey_bundle",
                      "board/": "fuzz_status_board"}
    for v in vectors:
        name = v["name"]
        for prefix, target in signed_targets.items():
            if name.startswith(prefix) and "file" in v:
                data = vector_bytes(v, "file")
                c.add(target, data, name)
                payload = signed_payload(data)
                if payload is not None:
                    c.add(target, payload, name + "-payload")
                    if target == "fuzz_survey_bundle":
                        c.add("fuzz_survey_json", payload, name)
        if "file" in v and name.split("/")[0] in ("batch", "ack", "bundle", "board", "sign"):
            c.add("fuzz_classify", vector_bytes(v, "file"), name)
        if name.startswith("keyfile/bureau-public/"):
            c.add("fuzz_bureau_public_key", vector_bytes(v, "file"), name)
        if name.startswith("keyfile/kiosk-public/"):
            c.add("fuzz_kiosk_public_key", vector_bytes(v, "file"), name)
        if name.startswith("keyfile/bureau-secret/"):
            c.add("fuzz_bureau_secret_key", vector_bytes(v, "file"), name)
        if name.startswith("receipt/"):
            for field in ("typed", "code", "display", "data"):
                if field in v:
                    c.add("fuzz_receipt", v[field], name + "-" + field)
        if name.startswith("seal/"):
            if "envelope" in v:
                c.add("fuzz_sealed_record", vector_bytes(v, "envelope"), name)
            if "plaintext" in v:
                c.add("fuzz_sealed_record", b"\x00" + vector_bytes(v, "plaintext"),
                      name + "-plaintext")

    # Key material for the secret key file target's write-then-read shape (160 bytes:
    # seal pk, sign pk, seal sk, sign sk), from the §1 key vectors: a consistent set.
    keys = {v["name"]: v for v in vectors if v["name"].startswith("keys/")}
    seal, sign = keys["keys/seal/bureau"], keys["keys/sign/kiosk"]
    material = b"".join(bytes.fromhex(x) for x in (seal["pk"], sign["pk"], seal["sk"], sign["sk"]))
    assert len(material) == 160
    c.add("fuzz_bureau_secret_key", material, "key-material-consistent")

    add_provisioning_seeds(c)
    for survey in sorted((ROOT / "assets" / "surveys").glob("*.json")):
        data = survey.read_bytes()
        c.add("fuzz_survey_json", data, survey.name)
        c.add("fuzz_survey_bundle", data, survey.name)
        c.add("fuzz_classify", data, survey.name)
    demo = ROOT / "assets" / "demo"
    c.add("fuzz_bureau_public_key", (demo / "bureau.pub").read_bytes(), "demo-bureau.pub")
    c.add("fuzz_bureau_secret_key", (demo / "bureau.sec").read_bytes(), "demo-bureau.sec")
    for bundle in sorted(demo.glob("*.bundle")):
        c.add("fuzz_classify", bundle.read_bytes(), bundle.name)
    c.write()


if __name__ == "__main__":
    main()
