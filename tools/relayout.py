#!/usr/bin/env python3
"""Re-lays out gold-annotated pages at other column widths (or as flowing text) to measure how the splitter
generalises. usage: relayout.py SEEDS_DIR GOLD_DIR OUT_PAGES OUT_GOLD [--widths 11,15,19,24,0] [--breaks]
0 = flowing (one line per paragraph). Blank lines are kept at the same character offsets of their paragraph."""
import json, os, re, sys, unicodedata

END = set("。！？!?”」』）)…；")

def width(s):
    return sum(1 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in s.strip())

def parse(text):
    """-> list of items: ('verbatim', [lines]) or ('para', text, [blank offsets])"""
    lines = text.split("\n")
    ws = sorted(width(l) for l in lines if width(l) >= 8)
    w0 = ws[len(ws) // 2] if ws else 20
    flowing = w0 > 36
    # blocks
    blocks, cur = [], []
    for l in lines:
        if l.strip():
            cur.append(l)
        else:
            if cur: blocks.append(cur); cur = []
            blocks.append(None)
    if cur: blocks.append(cur)
    items = []
    para = None  # [text, blanks]
    def flush():
        nonlocal para
        if para is not None and para[0]:
            items.append(("para", para[0], para[1]))
        para = None
    for b in blocks:
        if b is None:
            if para is not None and para[0]:
                para[1].append(len(para[0]))
            else:
                items.append(("blank",))
            continue
        headlike = len(b) <= 4 and not any("。" in l or l.strip()[-1:] in "，；：,;:" for l in b)
        if headlike:
            flush(); items.append(("verbatim", b)); continue
        for i, l in enumerate(b):
            if l[:1].isspace() and para is not None and para[0]:
                flush()
            if para is None: para = ["", []]
            para[0] += l.strip() if para[0] else l.rstrip()
            last = l.strip()[-1:]
            short = flowing or width(l) < w0 - 1.5
            if last in END and short:
                flush()
        # a block that ends mid-paragraph: the blank that follows is recorded by the None item
    flush()
    # normalise: drop trailing blank offsets equal to len (blank right at paragraph end -> separate blank)
    out = []
    for it in items:
        if it[0] == "para":
            offs = [o for o in it[2] if 0 < o < len(it[1])]
            out.append(("para", it[1], offs))
            if any(o >= len(it[1]) for o in it[2]): out.append(("blank",))
        else:
            out.append(it)
    return out

def wrap(text, w):
    if not w:
        return [text]
    lines, cur = [], ""
    lead = len(text) - len(text.lstrip())
    for c in text:
        cur += c
        if width(cur) >= w:
            lines.append(cur); cur = ""
    if cur: lines.append(cur)
    # a closing byline in brackets is never cut
    m = re.search(r"[（(][^（）()]{1,12}[）)]\s*$", text)
    if m and len(lines) > 1:
        tail = "".join(lines)[m.start():]
        joined = "".join(lines)[:m.start()]
        lines = wrap(joined.rstrip(), w) if joined.strip() else []
        if lines and width(lines[-1] + tail) <= w + 6:
            lines[-1] += tail
        else:
            lines.append(tail)
        return lines
    # never start a line with closing punctuation: pull it up
    for i in range(1, len(lines)):
        while lines[i] and lines[i][0] in "，。、；：！？）”」,.;:!?)":
            lines[i - 1] += lines[i][0]; lines[i] = lines[i][1:]
    return [l for l in lines if l]

def render(items, w):
    out = []
    for it in items:
        if it[0] == "blank":
            out.append("")
        elif it[0] == "verbatim":
            out.extend(it[1])
        else:
            _, text, offs = it
            pieces, start = [], 0
            if not w:
                for o in offs:
                    pieces.append(text[start:o]); pieces.append(None); start = o
                pieces.append(text[start:])
                for p in pieces:
                    out.append("" if p is None else p)
            else:
                lines = wrap(text, w)
                pos, oi = 0, 0
                for l in lines:
                    out.append(l); pos += len(l)
                    while oi < len(offs) and offs[oi] <= pos:
                        if pos < len(text): out.append("")
                        oi += 1
    return "\n".join(out) + "\n"

def add_breaks(items, seed):
    """More column breaks: a blank line at random points inside paragraphs (deterministic per seed)."""
    import random
    rnd = random.Random(seed)
    out = []
    for it in items:
        if it[0] == "para" and len(it[1]) > 40:
            offs = sorted(set(it[2] + [rnd.randrange(10, len(it[1]) - 5) for _ in range(len(it[1]) // 120)]))
            out.append(("para", it[1], offs))
        else:
            out.append(it)
    return out

def main():
    seeds, gold, out_pages, out_gold = sys.argv[1:5]
    noise = "--breaks" in sys.argv
    widths = [11, 15, 19, 24, 0]
    if "--widths" in sys.argv:
        widths = [int(x) for x in sys.argv[sys.argv.index("--widths") + 1].split(",")]
    os.makedirs(out_pages, exist_ok=True); os.makedirs(out_gold, exist_ok=True)
    editions = json.load(open(os.path.join(seeds, "editions.json"), encoding="utf-8"))
    new_editions = {}
    for g in sorted(os.listdir(gold)):
        gj = json.load(open(os.path.join(gold, g), encoding="utf-8"))
        text = open(os.path.join(seeds, gj["file"]), encoding="utf-8").read()
        items = parse(text)
        if noise:
            items = add_breaks(items, gj["file"])
        for w in widths:
            name = gj["file"].replace(".txt", f"_w{w}{'b' if noise else ''}.txt")
            enc = "gb18030" if w == 15 else "utf-8"
            data = render(items, w)
            if w == 19: data = data.replace("\n", "\r\n")
            with open(os.path.join(out_pages, name), "wb") as f:
                f.write(data.encode(enc))
            new_editions[name] = editions[gj["file"]]
            gj2 = dict(gj); gj2["file"] = name
            json.dump(gj2, open(os.path.join(out_gold, name.replace(".txt", ".json")), "w", encoding="utf-8"), ensure_ascii=False)
    json.dump(new_editions, open(os.path.join(out_pages, "editions.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)

main()
