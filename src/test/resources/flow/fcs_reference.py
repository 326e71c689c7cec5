#!/usr/bin/python3
"""Independent reference for FcsReaderTest: reads every FCS file in ../shared/flow-exports/fcs (and the Gating-ML
data1.fcs) with a few lines of plain Python (struct, no flow library) and writes fcs_reference.json: event count,
parameter names and markers, the first two and the last event (channel values; type I masked to $PnR) and the
per-parameter sums. Run from the project root:  /usr/bin/python3 src/test/resources/flow/fcs_reference.py
Files that are not complete FCS files (header only, corrupt) are listed with "error": true."""
import glob, json, math, os, struct, sys

SHARED = os.path.join('..', 'shared', 'flow-exports')

def text_pairs(seg):
    d = seg[0:1]
    toks, cur, i = [], bytearray(), 1
    while i < len(seg):
        c = seg[i:i + 1]
        if c == d:
            if seg[i + 1:i + 2] == d:
                cur += d; i += 2; continue
            toks.append(bytes(cur)); cur = bytearray()
        else:
            cur += c
        i += 1
    if cur: toks.append(bytes(cur))
    kv = {}
    for k in range(0, len(toks) - 1, 2):
        key = toks[k].decode('latin-1').strip().upper()
        try: val = toks[k + 1].decode('utf-8')
        except UnicodeDecodeError: val = toks[k + 1].decode('latin-1')
        kv.setdefault(key, val)
    return kv

def read(path):
    b = open(path, 'rb').read()
    if len(b) < 58 or not b.startswith(b'FCS'): return {'error': True}
    ts, te, ds, de = (int(b[o:o + 8].strip() or 0) for o in (10, 18, 26, 34))
    if te >= len(b): return {'error': True}
    kv = text_pairs(b[ts:te + 1])
    par, tot = int(kv['$PAR']), int(kv['$TOT'])
    bits = [int(kv['$P%dB' % n]) for n in range(1, par + 1)]
    bpe = sum(bits) // 8
    # DATA start: the offset (HEADER or $BEGINDATA) whose segment holds exactly $TOT events
    starts = [(ds, de)] + ([(int(kv['$BEGINDATA']), int(kv['$ENDDATA']))] if '$BEGINDATA' in kv else [])
    start = next((s for s, e in starts if e - s + 1 == tot * bpe), starts[-1][0])
    if start + tot * bpe > len(b): return {'error': True}
    little = kv['$BYTEORD'].strip().startswith('1')
    dt = kv['$DATATYPE'].strip().upper()
    rng = [float(kv['$P%dR' % n]) for n in range(1, par + 1)]
    events, pos = [], start
    for e in range(tot):
        row = []
        for p in range(par):
            w = bits[p] // 8
            chunk = b[pos:pos + w]; pos += w
            if dt == 'F': v = struct.unpack('<f' if little else '>f', chunk)[0]
            elif dt == 'D': v = struct.unpack('<d' if little else '>d', chunk)[0]
            else:
                v = int.from_bytes(chunk, 'little' if little else 'big')
                need = math.ceil(math.log2(rng[p])) if rng[p] > 1 else bits[p]
                if need < bits[p]: v &= (1 << need) - 1
            row.append(v)
        events.append(row)
    return {'error': False, 'version': b[0:6].decode(), 'events': tot,
            'names': [kv.get('$P%dN' % n, '').strip() for n in range(1, par + 1)],
            'markers': [(kv.get('$P%dS' % n) or '').strip() or None for n in range(1, par + 1)],
            'first': events[0], 'second': events[1] if tot > 1 else None, 'last': events[-1],
            'sums': [math.fsum(r[p] for r in events) for p in range(par)]}

out = {}
for f in sorted(glob.glob(os.path.join(SHARED, 'fcs', '*.fcs'))) + [os.path.join(SHARED, 'gating-ml', 'data1.fcs')]:
    out[os.path.basename(f)] = read(f)
json.dump(out, open(os.path.join('src', 'test', 'resources', 'flow', 'fcs_reference.json'), 'w'), indent=1)
print(len(out), 'files')
