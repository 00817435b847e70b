"""Mark colours every theme can read: each theme colour a mark uses, moved towards black or
white until it stands at least WCAG's 4.5:1 against the background it is drawn on.

Textual's themes pick their accent, warning and primary colours for buttons, not for text on
their own surface: in the light theme an orange warning on light grey is 1.4:1, a loaded term
drawn in reverse was light grey on orange. The app passes each theme's variables through
``mark_colours`` and styles.tcss uses the ``$cr-*`` variables it adds, so a theme picked from
the command palette is as readable as the two ``t`` switches between.
"""

from __future__ import annotations

from textual.color import Color

MINIMUM = 4.5  # WCAG AA for normal text
# the article pane's focus tint (styles.tcss, #article:focus) also changes the background
FOCUS_TINT = 0.03
# the sidebar tree's guide lines (├ │ └) show how entries nest: WCAG's 3:1 for the graphics
# one needs to understand the content (1.4.11), on the sidebar's background ($panel) with the
# tree's focus tint (Textual's Tree:focus, $foreground 5%)
GUIDE_MINIMUM = 3.0
TREE_FOCUS_TINT = 0.05
GUIDE_START = 0.3  # the guides start as a faint mix of the text colour into the background

# $cr-<name>: the theme variable it starts from
MARK_VARIABLES: dict[str, str] = {
    "cr-gutter": "accent",
    "cr-quote": "text-success",
    "cr-scare": "text-accent",
    "cr-vague": "text-warning",
    "cr-unattributed": "text-secondary",
    "cr-loaded": "warning",
    "cr-search": "error",
    "cr-active": "primary",
}


def luminance(colour: Color) -> float:
    """WCAG relative luminance of an opaque colour."""

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: Color, backgrounds: list[Color], minimum: float = MINIMUM) -> Color:
    """``colour``, or the nearest mix of it with black or white (away from the backgrounds)
    that stands at least ``minimum`` against every background."""
    if all(contrast(colour, bg) >= minimum for bg in backgrounds):
        return colour
    dark = luminance(backgrounds[0]) < 0.18  # mid grey: 0.18
    target = Color(255, 255, 255) if dark else Color(0, 0, 0)
    for step in range(1, 21):
        mixed = colour.blend(target, step / 20)
        if all(contrast(mixed, bg) >= minimum for bg in backgrounds):
            return mixed
    return target


def is_ansi(colour: Color) -> bool:
    return colour.ansi is not None


def mark_colours(variables: dict[str, str]) -> dict[str, str]:
    """The ``cr-*`` variables for a theme's variables.

    An ANSI theme's colours are whatever the terminal's palette makes them, so no ratio can be
    computed: there every mark takes the terminal's own text colour (``ansi_default``) and is
    told apart by its text style alone (underline, italic, reverse...), as on a terminal
    without colour.
    """
    surface = Color.parse(variables["surface"])
    foreground = Color.parse(variables["foreground"])
    if is_ansi(surface) or surface.a == 0 or is_ansi(foreground):
        return dict.fromkeys([*MARK_VARIABLES, "cr-guides"], "ansi_default")
    backgrounds = [surface, surface.blend(foreground, FOCUS_TINT)]
    out: dict[str, str] = {"cr-guides": guide_colour(variables)}
    for name, base in MARK_VARIABLES.items():
        colour = Color.parse(variables[base])
        if is_ansi(colour):
            out[name] = "ansi_default"
            continue
        if colour.a < 1:
            colour = surface.blend(colour.with_alpha(1), colour.a)
        out[name] = readable(colour, backgrounds).hex
    return out


def guide_colour(variables: dict[str, str]) -> str:
    """The sidebar tree's guide lines, at least ``GUIDE_MINIMUM`` against the sidebar with and
    without focus (Textual's own stood 1.3:1 in the dark theme, 1.1:1 in the light one)."""
    panel = Color.parse(variables["panel"])
    foreground = Color.parse(variables["foreground"])
    if is_ansi(panel) or is_ansi(foreground):
        return "ansi_default"
    if panel.a < 1:
        panel = Color.parse(variables["background"]).blend(panel.with_alpha(1), panel.a)
    backgrounds = [panel, panel.blend(foreground, TREE_FOCUS_TINT)]
    return readable(panel.blend(foreground, GUIDE_START), backgrounds, GUIDE_MINIMUM).hex
