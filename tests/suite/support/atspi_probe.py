#!/usr/bin/python3
"""What a screen reader sees of limber's timer window, through AT-SPI (python3-pyatspi).

    atspi_probe.py absent TITLE   no application shows a window named TITLE for 2 s
    atspi_probe.py follow TITLE   the window named TITLE reads as expected; pressing
                                  "I'm in position" raises an announcement of the hold;
                                  pressing Pause pauses the countdown
    atspi_probe.py focus-cell TITLE   in the week picture named TITLE, moves the screen
                                  reader's focus to the first day's third hour (grabFocus) and
                                  prints "cell: NAME"; the test reads the window's trace for it

Every wait is bounded. It prints what it saw (the tree, the events) and exits 1 on a failure.
"""
import sys
import time

import pyatspi
from gi.repository import GLib

MODE, TITLE = sys.argv[1], sys.argv[2]
WAIT = 15.0


def pause(seconds):
    """Waits while handling AT-SPI's events, which keep pyatspi's view of the desktop current."""
    context = GLib.MainContext.default()
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def say(line):
    print(line, flush=True)


def describe(node, depth=0, lines=None):
    lines = [] if lines is None else lines
    try:
        action = node.queryAction()
        keys = [action.getKeyBinding(i) for i in range(action.nActions)]
        names = [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        keys, names = [], []
    extra = f" actions={names}" if names else ""
    extra += f" keys={keys}" if any(keys) else ""
    lines.append(f"{'  ' * depth}{node.getRoleName()}: {node.name!r}{extra}")
    for child in node:
        describe(child, depth + 1, lines)
    return lines


def the_window():
    for app in pyatspi.Registry.getDesktop(0):
        if app is None:
            continue
        for window in app:
            if window is not None and window.name == TITLE:
                return window
    return None


def nodes(window, role):
    found = []

    def walk(node):
        if node.getRoleName() == role:
            found.append(node)
        for child in node:
            walk(child)

    walk(window)
    return found


def button(window, name):
    for node in nodes(window, "push button"):
        if node.name == name:
            return node
    return None


def press(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) == "click":
            return action.doAction(i)
    return False


def fail(why, window=None):
    say(f"FAIL: {why}")
    if window is not None:
        say("the tree:")
        for line in describe(window):
            say("  " + line)
    else:
        say("applications: " + repr([app.name for app in pyatspi.Registry.getDesktop(0) if app]))
    sys.exit(1)


def absent():
    until = time.monotonic() + 2.0
    while time.monotonic() < until:
        window = the_window()
        if window is not None:
            fail("the window is on the accessibility bus before IsEnabled", window)
        pause(0.2)
    say("absent: ok")


def follow():
    until = time.monotonic() + WAIT
    window = the_window()
    while window is None or button(window, "I'm in position") is None:
        if time.monotonic() > until:
            fail(f"no window named {TITLE!r} with an \"I'm in position\" button", window)
        pause(0.2)
        window = the_window()
    for line in describe(window):
        say("tree: " + line)
    if window.getRoleName() != "frame":
        fail("the window's role is " + window.getRoleName(), window)
    headings = [node.name for node in nodes(window, "heading")]
    if not headings or TITLE.split(" — ", 1)[-1] != headings[0]:
        fail(f"the first heading is not the stretch's name: {headings}", window)
    if not any(name.startswith("Get into position") for name in headings):
        fail(f"no heading says what to do now: {headings}", window)
    if not nodes(window, "timer"):
        fail("no countdown (timer)", window)
    lists = [node.name for node in nodes(window, "list")]
    if "Steps" not in lists or "Cautions" not in lists:
        fail(f"the steps and the cautions are not lists: {lists}", window)
    buttons = [node.name for node in nodes(window, "push button")]
    for name in ["Pause", "+15 s", "I'm in position"]:
        if name not in buttons:
            fail(f"no {name!r} button among {buttons}", window)

    heard = []

    def listen(event):
        text = event.any_data if isinstance(event.any_data, str) else ""
        heard.append(f"{event.type} {text!r}")

    # The announcement is what a screen reader speaks; name changes are printed to show context.
    kinds = ["object:announcement", "object:property-change:accessible-name"]
    pyatspi.Registry.registerEventListener(listen, *kinds)
    steps = {"state": "position", "until": time.monotonic() + WAIT, "problem": None}

    def tick():
        now = time.monotonic()
        if steps["state"] == "position":
            press(button(window, "I'm in position"))
            steps["state"] = "announced"
        elif steps["state"] == "announced":
            if any(line.startswith("object:announcement 'Hold") for line in heard):
                say("announced: ok")
                # A hold ignores Pause in its first moments (a double press must not pause it).
                steps["state"] = "settling"
                steps["pause_at"] = now + 2.5
            elif now > steps["until"]:
                steps["problem"] = "no announcement of the hold"
        elif steps["state"] == "settling":
            if now > steps["pause_at"]:
                say(f"pressed Pause: {press(button(window, 'Pause'))}")
                steps["state"] = "paused"
        elif steps["state"] == "paused":
            timers = [node.name for node in nodes(window, "timer")]
            if any("Paused" in name for name in timers):
                say(f"paused: ok {timers}")
                steps["state"] = "done"
            elif now > steps["until"]:
                steps["problem"] = f"pressing Pause did not pause: the timer says {timers}"
        if now > steps["until"] + WAIT:
            steps["problem"] = steps["problem"] or f"still {steps['state']} after {2 * WAIT} s"
        return steps["state"] != "done" and not steps["problem"]

    # A loop of our own rather than pyatspi's: every turn is bounded by the deadline.
    while tick():
        pause(0.2)
    for line in heard:
        say("heard: " + line)
    if steps["problem"]:
        fail(steps["problem"], window)


def focus_cell():
    until = time.monotonic() + WAIT
    window = the_window()
    while window is None or len(nodes(window, "table row")) < 7:
        if time.monotonic() > until:
            fail(f"no week picture named {TITLE!r} with seven days", window)
        pause(0.2)
        window = the_window()
    first_day = nodes(window, "table row")[0]
    cell = [node for node in first_day if node.getRoleName() == "table cell"][2]
    say(f"cell: {cell.name}")
    if not cell.getState().contains(pyatspi.STATE_FOCUSABLE):
        fail("the cell cannot take the focus", window)
    say(f"grabbed: {cell.queryComponent().grabFocus()}")


{"absent": absent, "follow": follow, "focus-cell": focus_cell}[MODE]()
