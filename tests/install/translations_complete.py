#!/usr/bin/env python3
# Every translation must be complete: a message marked unfinished (new or changed in the sources since the
# last translation), vanished or obsolete (gone from the sources), or with an empty translation fails, named
# with its context and source text. After lupdate adds new strings this fails until someone translates them.
# Usage: translations_complete.py TS_FILE...
import sys
import xml.etree.ElementTree as ElementTree

status = 0
for path in sys.argv[1:]:
    root = ElementTree.parse(path).getroot()
    faults = []
    total = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            numerus = translation is not None and translation.find("numerusform") is not None
            text = "".join(translation.itertext()) if translation is not None else ""
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                faults.append(f"{kind}: {name}: {source!r}")
            elif not text.strip() and not numerus:
                faults.append(f"empty: {name}: {source!r}")
    language = root.get("language")
    if faults:
        status = 1
        print(f"FAIL: {path} ({language}): {len(faults)} of {total} messages are not translated:")
        for fault in faults:
            print("  " + fault)
    else:
        print(f"{path} ({language}): all {total} messages translated")
sys.exit(status)
