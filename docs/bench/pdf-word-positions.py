#!/usr/bin/env python3
"""Compares the words of two PDFs page by page with `pdftotext -bbox` (poppler-utils): the same words in the same order
(words only in the second file are listed, e.g. log-axis ticks that the first drew as outlines), and how far each word's
box moved. Used for decision 0014 (report.pdf by the own writer against PDFBox's):

    /usr/bin/python3 docs/bench/pdf-word-positions.py OLD.pdf NEW.pdf [TOLERANCE_PT]
"""
import difflib
import re
import subprocess
import sys

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages(pdf):
    out = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True, check=True).stdout
    return [[(m.group(5), *map(float, m.group(1, 2, 3, 4))) for m in WORD.finditer(p)] for p in re.split(r'<page ', out)[1:]]


def main():
    old, new = pages(sys.argv[1]), pages(sys.argv[2])
    tolerance = float(sys.argv[3]) if len(sys.argv) > 3 else 0.01
    print(f'pages: {len(old)} and {len(new)}')
    moved = []
    pairs = 0
    worst_y = 0.0
    for p, (a, b) in enumerate(zip(old, new), 1):
        match = difflib.SequenceMatcher(a=[w[0] for w in a], b=[w[0] for w in b], autojunk=False)
        for tag, i1, i2, j1, j2 in match.get_opcodes():
            if tag == 'equal':
                for wa, wb in zip(a[i1:i2], b[j1:j2]):
                    pairs += 1
                    dx = max(abs(wa[1] - wb[1]), abs(wa[3] - wb[3]))
                    dy = max(abs(wa[2] - wb[2]), abs(wa[4] - wb[4]))
                    worst_y = max(worst_y, dy)
                    if max(dx, dy) > tolerance:
                        moved.append((max(dx, dy), p, wa[0], dx, dy))
            elif tag == 'insert':
                print(f'page {p}: only in the second file: {[w[0] for w in b[j1:j2]]}')
            else:
                print(f'page {p}: {tag}: {[w[0] for w in a[i1:i2]]} -> {[w[0] for w in b[j1:j2]]}')
    moved.sort(reverse=True)
    print(f'{pairs} words in both; {len(moved)} moved more than {tolerance} pt; largest move along y {worst_y:.4f} pt')
    for m in moved[:10]:
        print(f'  page {m[1]} {m[2]!r}: x {m[3]:.4f} pt, y {m[4]:.4f} pt')


if __name__ == '__main__':
    main()
