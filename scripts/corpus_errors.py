"""Developer aid: list geomap's misses, false places and far-off resolutions on a corpus.

Usage: python scripts/corpus_errors.py CORPUS.xml GOLD.txt [--part tune|test|all] [--show fp,fn,far]
The corpus is split in halves by document index: "tune" (even) and "test" (odd), so that the
rules are tuned on one half and reported on the other. Needs ../shared/eval (not shipped).
"""
import argparse, collections, math, sys, xml.etree.ElementTree as ET

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from geomap.reading.pipeline import extract_text  # noqa: E402


def km(a, b):
    p = math.pi / 180
    h = (math.sin((b[0] - a[0]) * p / 2) ** 2
         + math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def gold_line(line):
    out = []
    for rec in line.strip().split("||"):
        f = rec.split(",,")
        if len(f) >= 6:
            try:
                out.append((f[1], float(f[2]), float(f[3]), int(float(f[4])), int(float(f[5]))))
            except ValueError:
                pass
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus"); ap.add_argument("gold")
    ap.add_argument("--part", default="tune", choices=["tune", "test", "all"])
    ap.add_argument("--show", default="fp,fn,far")
    a = ap.parse_args()
    texts = [x.findtext("text") or "" for x in ET.parse(a.corpus).getroot().iter("article")]
    golds = [gold_line(l) for l in open(a.gold, encoding="utf-8")]
    fp, fn, far = collections.Counter(), collections.Counter(), collections.Counter()
    tp = nfp = nfn = 0
    good = 0
    for i, (t, g) in enumerate(zip(texts, golds)):
        if a.part == "tune" and i % 2 or a.part == "test" and not i % 2:
            continue
        preds = [f for f in extract_text(t, events=False)["features"]]
        used = [False] * len(g)
        for f in preds:
            p = f["properties"]; mid = (p["start"] + p["end"]) / 2
            hit = None
            for k, (s, lat, lon, st, en) in enumerate(g):
                if not used[k] and s.lower() == p["mention"].lower() and abs((st + en) / 2 - mid) < 10:
                    hit = k; break
            if hit is None:
                nfp += 1; fp[p["mention"]] += 1; continue
            used[hit] = True; tp += 1
            lon, lat = f["geometry"]["coordinates"]
            d = km((lat, lon), g[hit][1:3])
            if d < 161:
                good += 1
            else:
                far[f"{p['mention']} -> {p['name']} {p['iso2']} ({d:.0f} km)"] += 1
        for k, u in enumerate(used):
            if not u:
                nfn += 1; fn[g[k][0]] += 1
    P, R = tp / max(1, tp + nfp), tp / max(1, tp + nfn)
    print(f"part={a.part} P={P:.3f} R={R:.3f} F1={2*P*R/max(1e-9,P+R):.3f} acc161={good/max(1,tp):.3f} tp={tp} fp={nfp} fn={nfn}")
    for name, c in (("fp", fp), ("fn", fn), ("far", far)):
        if name in a.show:
            print(f"--- {name}: " + "; ".join(f"{k} x{v}" for k, v in c.most_common(60)))


if __name__ == "__main__":
    main()
