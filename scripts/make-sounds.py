#!/usr/bin/env python3
"""Writes the timer window's sound cues, assets/sounds/{hold,switch,done}.wav.

Each cue is synthesised here, from nothing but sine waves: soft bell-like notes (a fundamental
and a quieter octave that fades faster), each with a 10 ms rise so it never clicks and an
exponential fade. Quiet on purpose (peaks at about a quarter of full scale): the cue is heard
over a quiet room, not over music. Mono, 16-bit, 22 050 Hz: everything the notes hold lies well
under its 11 kHz limit, and the three files together stay under 80 KiB in the binary.

  hold    one note, A5: the hold starts, keep still.
  switch  two notes rising a fourth, E5 then A5: change sides.
  done    three notes falling, A5, E5, A4: the holds are over, come out slowly.

Deterministic: running it again writes the same bytes. Usage: scripts/make-sounds.py
"""
import math
import struct
from pathlib import Path

RATE = 22050
PEAK = 0.26


def note(frequency, start, length, total):
    """One note's samples, placed `start` seconds into a cue `total` seconds long."""
    samples = [0.0] * int(total * RATE)
    first = int(start * RATE)
    for i in range(int(length * RATE)):
        if first + i >= len(samples):
            break
        t = i / RATE
        rise = min(1.0, t / 0.010)
        fade = math.exp(-t * 7.0)
        octave_fade = math.exp(-t * 14.0)
        value = math.sin(2 * math.pi * frequency * t) + 0.3 * octave_fade * math.sin(
            4 * math.pi * frequency * t
        )
        samples[first + i] = rise * fade * value
    return samples


def cue(notes, total):
    mixed = [0.0] * int(total * RATE)
    for frequency, start, length in notes:
        for i, value in enumerate(note(frequency, start, length, total)):
            mixed[i] += value
    # The last 20 ms fade to silence, so the end never clicks either.
    tail = int(0.020 * RATE)
    for i in range(tail):
        mixed[-1 - i] *= i / tail
    loudest = max(abs(v) for v in mixed)
    return [v / loudest * PEAK for v in mixed]


def wav(samples):
    data = b"".join(struct.pack("<h", round(v * 32767)) for v in samples)
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, RATE, RATE * 2, 2, 16)
    return header + fmt + b"data" + struct.pack("<I", len(data)) + data


A4, E5, A5 = 440.0, 659.26, 880.0
CUES = {
    "hold": cue([(A5, 0.0, 0.45)], 0.45),
    "switch": cue([(E5, 0.0, 0.5), (A5, 0.16, 0.5)], 0.62),
    "done": cue([(A5, 0.0, 0.5), (E5, 0.16, 0.5), (A4, 0.32, 0.6)], 0.9),
}

folder = Path(__file__).resolve().parent.parent / "assets" / "sounds"
folder.mkdir(parents=True, exist_ok=True)
for name, samples in CUES.items():
    path = folder / f"{name}.wav"
    path.write_bytes(wav(samples))
    print(f"{path}: {len(samples) / RATE:.2f} s, {path.stat().st_size} bytes")
