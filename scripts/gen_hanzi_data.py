#!/usr/bin/env python3
"""Regenerate the Chinese-character lookup tables used by models/hanzi.cpp.

Outputs (UTF-8, LF, sorted by code point, byte-for-byte deterministic for the
same inputs):

  resources/hanzi/pinyin.txt   <char>\t<toneless pinyin>
      One line per character that has a Unihan kMandarin reading: every CJK
      Unified Ideograph block (URO, Extensions A..H as far as the installed
      Unihan covers them) plus the few compatibility ideographs with a reading.
      kMandarin is "the most customary reading"; when it carries two values the
      first one is the zh-Hans (mainland) preference and is the one taken.
      Tone marks are stripped and u-umlaut is written "v" (女 nv, 吕 lv, 略 lve).
      Characters without kMandarin are skipped.

  resources/hanzi/t2s.txt      <traditional>\t<simplified>
      Single characters from OpenCC's TSCharacters dictionary, first candidate
      (the usual one), only where the two differ.

  Both files start with one "#" comment line naming the source; the C++ loader
  skips lines starting with "#".

Sources (Debian 12 packages):
  unicode-data     /usr/share/unicode/Unihan_Readings.txt.bz2  (field kMandarin)
  libopencc-data   /usr/share/opencc/TSCharacters.ocd2
  opencc           /usr/bin/opencc_dict (converts .ocd2 to text)

  apt-get install unicode-data opencc python3

Run from anywhere (paths default to the Debian locations and to the repository
this script lives in):

  python3 scripts/gen_hanzi_data.py            # rewrite the two files
  python3 scripts/gen_hanzi_data.py --check    # exit 1 if they are out of date

Polyphonic characters: only kMandarin is used, so surnames read differently
from the everyday reading (单 shan, 解 xie, 仇 qiu, 区 ou, 朴 piao, 查 zha,
曾 zeng) get the everyday reading. Unihan's kXHC1983 / kTGHZ2013 / kHanyuPinyin
list all readings of those characters; see the note in models/hanzi.h.
"""

import argparse
import bz2
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

DEFAULT_UNIHAN = "/usr/share/unicode/Unihan_Readings.txt.bz2"
DEFAULT_OPENCC_DIR = "/usr/share/opencc"
REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT_DIR = os.path.join(REPO_ROOT, "resources", "hanzi")

SYLLABLE_RE = re.compile(r"^[a-z]+$")


def toneless(reading):
    """zhāng -> zhang, nǚ -> nv, lüè -> lve, ê̄ -> e."""
    decomposed = unicodedata.normalize("NFD", reading)
    # u + combining diaeresis is the only mark that changes the letter.
    decomposed = decomposed.replace("u\u0308", "v").replace("U\u0308", "v")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower()


def read_unihan(path):
    """Return (unicode_version, {code point: toneless kMandarin reading})."""
    version = "unknown"
    readings = {}
    with bz2.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                m = re.match(r"#\s*Unicode version:\s*(\S+)", line)
                if m:
                    version = m.group(1)
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3 or fields[1] != "kMandarin":
                continue
            cp = int(fields[0][2:], 16)
            # Two values = zh-Hans preference first, zh-Hant second.
            syllable = toneless(fields[2].split(" ")[0])
            if not SYLLABLE_RE.match(syllable):
                raise SystemExit("unexpected kMandarin value %r for U+%04X" % (fields[2], cp))
            readings[cp] = syllable
    return version, readings


def read_opencc_characters(ocd2_path):
    """Return {traditional cp: simplified cp} using opencc_dict's text export."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "dict.txt")
        subprocess.run(["opencc_dict", "-i", ocd2_path, "-o", out, "-f", "ocd2", "-t", "text"],
                       check=True, stdout=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            lines = f.read().splitlines()
    pairs = {}
    for line in lines:
        if not line:
            continue
        key, _, values = line.partition("\t")
        first = values.split(" ")[0]
        # Only single code points: the runtime maps character by character.
        if len(key) != 1 or len(first) != 1 or key == first:
            continue
        pairs[ord(key)] = ord(first)
    return pairs


def render(header, rows):
    return header + "\n" + "".join("%s\t%s\n" % row for row in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--unihan", default=DEFAULT_UNIHAN, help="Unihan_Readings.txt.bz2")
    parser.add_argument("--opencc-dir", default=DEFAULT_OPENCC_DIR, help="directory with TSCharacters.ocd2")
    parser.add_argument("--out-dir", default=DEFAULT_OUT_DIR, help="where pinyin.txt and t2s.txt go")
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 on difference")
    args = parser.parse_args()

    version, readings = read_unihan(args.unihan)
    t2s = read_opencc_characters(os.path.join(args.opencc_dir, "TSCharacters.ocd2"))

    outputs = {
        "pinyin.txt": render(
            "# kMandarin (first value, tones stripped, u-umlaut as v) from Unihan_Readings.txt, Unicode %s;"
            " generated by scripts/gen_hanzi_data.py" % version,
            ((chr(cp), readings[cp]) for cp in sorted(readings))),
        "t2s.txt": render(
            "# Traditional->simplified single characters, first candidate of OpenCC TSCharacters;"
            " generated by scripts/gen_hanzi_data.py",
            ((chr(cp), chr(t2s[cp])) for cp in sorted(t2s))),
    }

    stale = []
    for name, text in outputs.items():
        path = os.path.join(args.out_dir, name)
        data = text.encode("utf-8")
        if args.check:
            try:
                with open(path, "rb") as f:
                    if f.read() != data:
                        stale.append(name)
            except FileNotFoundError:
                stale.append(name)
            continue
        with open(path, "wb") as f:
            f.write(data)
        print("%s: %d entries, %d bytes" % (path, text.count("\n") - 1, len(data)))

    if stale:
        print("out of date: %s (run scripts/gen_hanzi_data.py)" % ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
