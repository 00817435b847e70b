"""Key hints built from the bindings, so a hint changes when its binding (or a keymap) does.

Every hint the reader prints ("] next quote", "esc closes", the search box's placeholder) names
a binding by its id; nothing spells a key by hand.
"""

from __future__ import annotations

from textual.binding import BindingsMap
from textual.dom import DOMNode


def bindings_map(node: DOMNode) -> BindingsMap:
    """A node's bindings with the app's keymap applied (Textual applies it only to a copy)."""
    bindings = node._bindings.copy()
    if node.app._keymap:
        bindings.apply_keymap(node.app._keymap)
    return bindings


def key_hint(node: DOMNode, binding_id: str, sep: str = "/") -> str:
    """The keys bound to ``binding_id`` on ``node`` (keymaps applied), as the footer shows them.

    Raises ``KeyError`` for an unknown id, so a renamed binding fails loudly in the tests
    instead of leaving an empty hint.
    """
    keys = [
        node.app.get_key_display(binding)
        for bindings in bindings_map(node).key_to_bindings.values()
        for binding in bindings
        if binding.id == binding_id
    ]
    if not keys:
        raise KeyError(binding_id)
    return sep.join(dict.fromkeys(keys))
