#!/usr/bin/env python3
"""Maintains the translation files without Qt Linguist.

  ts_tool.py dump  TS            list unfinished messages as "context<TAB>source" lines (newlines as \\n)
  ts_tool.py apply TS TSV        fill translations from "context<TAB>source<TAB>translation" lines
  ts_tool.py traditional SRC DST copy every zh_CN translation into the zh_TW file through OpenCC (s2twp)
  ts_tool.py check TS            exit 1 when a message is unfinished or empty
"""
import subprocess
import sys
import xml.etree.ElementTree as ET


# s2twp's phrase table is made for software texts; these of its phrases are wrong for an office's:
# - 社区 (a residential community, 社區 in Taiwan too) becomes 社群, an online community;
# - 类型 (a kind: 活動類型, 戶籍類型) becomes 型別, a programming language's data type;
# - 对象 (whom a case is handed to, a shift swapped with) becomes 物件, a programming object;
# - 代码 (a region's code, a --map code) becomes 程式碼, program source code;
# - 权限 (a role's rights) becomes 許可權, which Taiwan's offices do not say (權限);
# - 通过 (a motion passed, a row that passed the checks) becomes 透過, "by means of";
# - 审核 (a reviewer) becomes 稽核, an auditor;
# - 全国志愿服务信息系统 is the name of a national system and keeps its 信息.
TW_FIXES = {
    "社群": "社區",
    "型別": "類型",
    "物件": "對象",
    "程式碼": "代碼",
    "許可權": "權限",
    "透過": "通過",
    "稽核": "審核",
    "志願服務資訊系統": "志願服務信息系統",
}


def esc(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unesc(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def set_translation(message, text):
    translation = message.find("translation")
    numerus = message.get("numerus") == "yes"
    for child in list(translation):
        translation.remove(child)
    if numerus:
        translation.text = None
        form = ET.SubElement(translation, "numerusform")
        form.text = text
    else:
        translation.text = text
    translation.attrib.pop("type", None)


def current(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return forms[0].text if forms else translation.text


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    tree = ET.parse(path)
    if cmd == "dump":
        for context, message in messages(tree):
            if message.find("translation").get("type") == "unfinished" or not current(message):
                print(f"{context}\t{esc(message.findtext('source'))}")
    elif cmd == "apply":
        table = {}
        with open(sys.argv[3], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                context, source, translation = line.split("\t")
                table[(context, unesc(source))] = unesc(translation)
        used = 0
        for context, message in messages(tree):
            key = (context, message.findtext("source"))
            if key in table:
                set_translation(message, table[key])
                used += 1
        write(tree, path)
        print(f"{used} of {len(table)} translations applied")
    elif cmd == "traditional":
        target = ET.parse(sys.argv[3])
        source = {(c, m.findtext("source")): current(m) for c, m in messages(tree)
                  if m.find("translation").get("type") != "unfinished"}
        pending = [(c, m) for c, m in messages(target) if (c, m.findtext("source")) in source]
        joined = "\u0001".join(esc(source[(c, m.findtext("source"))]) for c, m in pending)
        converted = subprocess.run(["opencc", "-c", "s2twp.json"], input=joined, capture_output=True,
                                   text=True, check=True).stdout.rstrip("\n").split("\u0001")
        for (c, m), text in zip(pending, converted):
            for wrong, right in TW_FIXES.items():
                text = text.replace(wrong, right)
            set_translation(m, unesc(text))
        write(target, sys.argv[3])
        print(f"{len(pending)} messages converted")
    elif cmd == "check":
        bad = [(c, m.findtext("source")) for c, m in messages(tree)
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete") or not current(m)]
        for c, s in bad:
            print(f"unfinished: {c}: {s!r}")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
