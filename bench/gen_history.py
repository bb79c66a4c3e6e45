#!/usr/bin/env python3
"""Writes DAYS days of made-up but realistic limber history, ending now, to standard output.

Each working day (Monday to Friday) from about 8:30 to 17:30: sitting streaks of 20 to 110
minutes ended by idle breaks, locks or stretches, a reminder after each hour of sitting, some
snoozed, skipped or held for a call or Do Not Disturb, two or three stretches done, one stopped
early now and then; a little sitting on some Saturdays. About 15 lines a working day, as a
limber used all day writes. The same DAYS and SEED always give the same lines.

Usage: bench/gen_history.py DAYS [SEED] > history.jsonl
"""
import datetime as dt
import json
import random
import sys

STRETCHES = ["seated-figure-four-chair", "standing-hip-hinge-desk", "standing-forward-fold",
             "seated-forward-bend-chair", "standing-hamstring-stretch-step"]


def stamp(moment):
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def line(at, event, **fields):
    return json.dumps({"v": 2, "at": stamp(at), "event": event, **fields}, separators=(",", ":"))


def day_lines(day, rng):
    if day.weekday() == 6 or (day.weekday() == 5 and rng.random() < 0.6):
        return []
    lines = []
    local = dt.datetime.combine(day, dt.time(8, 30)).astimezone()
    end = local.replace(hour=17, minute=30) if day.weekday() < 5 else local.replace(hour=11)
    while local < end:
        length = dt.timedelta(minutes=rng.randint(20, 110))
        streak_end = min(local + length, end)
        if length >= dt.timedelta(minutes=60):
            due = local + dt.timedelta(minutes=60)
            stretch = rng.choice(STRETCHES)
            if rng.random() < 0.2:
                shown = due + dt.timedelta(minutes=rng.randint(5, 40))
                lines.append(line(shown, "held", **{"from": stamp(due)},
                                  reasons=[rng.choice(["call", "do_not_disturb", "fullscreen"])],
                                  ended="shown"))
                due = shown
            lines.append(line(due, "reminded", stretch=stretch))
            answer = rng.random()
            if answer < 0.2:
                lines.append(line(due + dt.timedelta(seconds=20), "snoozed", secs=600))
            elif answer < 0.3:
                lines.append(line(due + dt.timedelta(seconds=20), "skipped", stretch=stretch))
        ended_by = rng.choice(["idle", "idle", "locked", "stretch"])
        lines.append(line(streak_end + dt.timedelta(minutes=5), "sat",
                          **{"from": stamp(local), "to": stamp(streak_end)}, ended_by=ended_by))
        if ended_by == "stretch":
            stretch = rng.choice(STRETCHES)
            if rng.random() < 0.85:
                lines.append(line(streak_end + dt.timedelta(minutes=2), "done",
                                  stretch=stretch, held_secs=60))
            else:
                lines.append(line(streak_end + dt.timedelta(minutes=1), "stopped_early",
                                  stretch=stretch, held_secs=12, sides_secs=[12, 0], hold_secs=30))
        local = streak_end + dt.timedelta(minutes=rng.randint(3, 25))
    return lines


def main():
    days = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 17)
    today = dt.date.today()
    now = dt.datetime.now().astimezone()
    for back in range(days - 1, -1, -1):
        for text in day_lines(today - dt.timedelta(days=back), rng):
            if json.loads(text)["at"] <= stamp(now):
                print(text)


if __name__ == "__main__":
    main()
