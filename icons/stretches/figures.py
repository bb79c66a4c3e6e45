#!/usr/bin/env python3
"""Writes the stretch pictograms (icons/stretches/*.svg) from stick-figure poses.

One style for all: 128x128, a single ink colour (#2b2f36, which the window recolours for its
theme), round 7 px limbs, a filled head, a faint ground line and props (chair, strap) in the same
ink. Edit a pose below and run `python3 icons/stretches/figures.py` to regenerate.
"""
import pathlib

INK = "#2b2f36"
HERE = pathlib.Path(__file__).parent

CHAIR = [((30, 40), (30, 76)), ((30, 76), (70, 76)), ((34, 76), (34, 110)), ((66, 76), (66, 110))]

POSES = {
    "seated-figure-four-chair": dict(
        head=(80, 29), limbs=[[(52, 72), (72, 40)], [(52, 72), (82, 74), (82, 110)],
                              [(52, 72), (64, 58), (90, 66)], [(72, 42), (86, 64)]],
        props=CHAIR),
    "standing-forward-fold": dict(
        head=(92, 96), limbs=[[(60, 62), (62, 86), (64, 110)], [(60, 62), (84, 84)], [(84, 84), (72, 108)]]),
    "lying-hamstring-strap": dict(
        head=(16, 96), limbs=[[(28, 100), (62, 100)], [(62, 100), (82, 82), (96, 104)], [(62, 100), (56, 36)],
                              [(28, 100), (40, 76)]],
        strap=[(40, 76), (56, 36)]),
    "chair-hamstring-turnout": dict(
        head=(86, 31), limbs=[[(62, 72), (78, 42)], [(62, 72), (108, 104)], [(62, 72), (76, 74), (76, 110)],
                              [(78, 44), (92, 84)]],
        props=CHAIR),
    "seated-figure-four-floor": dict(
        head=(72, 54), limbs=[[(38, 104), (64, 66)], [(38, 104), (108, 104)], [(38, 104), (60, 82), (82, 98)],
                              [(64, 68), (88, 92)]]),
    "seated-hamstring-turnout": dict(
        head=(74, 58), limbs=[[(36, 104), (64, 68)], [(36, 104), (102, 104), (110, 94)], [(36, 104), (54, 92), (70, 104)],
                              [(64, 70), (98, 96)]]),
    "pigeon-pose": dict(
        head=(78, 42), limbs=[[(56, 88), (72, 54)], [(56, 88), (80, 104), (50, 104)], [(56, 88), (32, 100), (10, 104)],
                              [(72, 56), (90, 102)]]),
    "reclining-hand-to-big-toe": dict(
        head=(16, 96), limbs=[[(28, 100), (62, 100)], [(62, 100), (112, 102)], [(62, 100), (58, 36)],
                              [(30, 98), (42, 72), (56, 42)]]),
    "seated-forward-bend": dict(
        head=(84, 84), limbs=[[(34, 104), (72, 84)], [(34, 104), (106, 104)], [(72, 86), (102, 98)]]),
    "seated-twist-hamstring": dict(
        head=(58, 50), limbs=[[(40, 104), (54, 62)], [(40, 104), (106, 104)], [(40, 104), (54, 82), (62, 104)],
                              [(54, 66), (86, 92)], [(54, 66), (34, 82)]],
        arrow=True),
    "neutral": dict(
        head=(64, 24), limbs=[[(64, 36), (64, 72)], [(64, 72), (56, 110)], [(64, 72), (72, 110)],
                              [(64, 42), (50, 70)], [(64, 42), (78, 70)]]),
}


def polyline(points, width=7, opacity=1.0):
    d = "M" + " L".join(f"{x} {y}" for x, y in points)
    extra = f' stroke-opacity="{opacity}"' if opacity < 1 else ""
    return f'  <path d="{d}" stroke="{INK}" stroke-width="{width}"{extra}/>'


def svg(pose):
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="128" height="128"',
        '     fill="none" stroke-linecap="round" stroke-linejoin="round">',
        polyline([(6, 112), (122, 112)], width=3, opacity=0.3),
    ]
    for a, b in pose.get("props", []):
        parts.append(polyline([a, b], width=4, opacity=0.55))
    if "strap" in pose:
        parts.append(polyline(pose["strap"], width=3, opacity=0.7))
    for limb in pose["limbs"]:
        parts.append(polyline(limb))
    if pose.get("arrow"):
        parts.append(f'  <path d="M66 44 Q80 40 78 56" stroke="{INK}" stroke-width="3" stroke-opacity="0.7"/>')
        parts.append(f'  <path d="M73 52 L78 57 L82 51" stroke="{INK}" stroke-width="3" stroke-opacity="0.7"/>')
    x, y = pose["head"]
    parts.append(f'  <circle cx="{x}" cy="{y}" r="9" fill="{INK}"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


for name, pose in POSES.items():
    (HERE / f"{name}.svg").write_text(svg(pose))
print(f"wrote {len(POSES)} pictograms")
