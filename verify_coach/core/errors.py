"""The one base of every error that is the user's to read, not a bug.

A :class:`UserError`'s ``str()`` is a sentence for the user: what is wrong and where. Front ends
show it as it is (the CLI on stderr with exit code 2, the app in a message box or on the screen
that asked) and never as a traceback. Anything that is not a ``UserError`` is a bug and goes to
the error dialog (app) or the log (both).

The subclasses live beside the code that raises them (``CoachError`` in ``coach.py``,
``ProfileError`` in ``profile.py``, ``StoreError`` in ``store/engine.py``, ``BackupError`` in
``backup.py``, ``PartialDateError`` in ``dates.py``); this module imports nothing so that any of
them may import it.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can act on: a bad file or value, a request that cannot be done."""


__all__ = ["UserError"]
