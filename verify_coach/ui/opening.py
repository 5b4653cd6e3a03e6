"""Opening the data: the first look, the Coach, and the one path for replacing all data.

Everything here runs its file and database work on the worker. ``replace_data`` is shared by
*Restore backup* and *Delete all my data*: close the store, replace what is in the data dir, open it
again, then tell every screen that everything changed (``Changes.ALL``). When the replacement fails,
the data that was there is opened again, so the app never stays on a closed database.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .context import AppContext
from .logs import since_start_ms
from .ops import Changes, owner_alive
from .prefs import timing_for

if TYPE_CHECKING:
    from ..core.coach import Coach
    from ..core.firstlook import FirstLook

log = logging.getLogger(__name__)


def look_first(data_dir: Path, slow_seconds: int, profile: str | None, *, screen: str = "dashboard") -> FirstLook | None:
    """What the first screen shows, read without the ORM (on the worker); None: wait for the core.

    ``screen``: the one shown first when there are profiles. For missed facts, the table's rows are built
    here too (``look.rows``), so that the UI thread only shows them (77 ms on the large demo's history)."""
    import dataclasses

    from ..core.firstlook import first_look

    look = first_look(data_dir, timing_for(slow_seconds), profile=profile)
    if look is not None and screen == "review" and look.stats is not None:
        from .screens.review import build_rows

        look = dataclasses.replace(look, rows=build_rows(look.facts, look.wrong))
    log.info("start-up: first look %s at %d ms", "taken" if look else "skipped", since_start_ms())
    return look


def open_coach(data_dir: Path, slow_seconds: int) -> Coach:
    """Open the database (on the worker) and return the Coach."""
    log.info("start-up: loading the core at %d ms", since_start_ms())
    import sqlite3

    import sqlalchemy as sa

    from ..core.coach import Coach
    from ..core.store import CorruptDatabaseError, open_store

    log.info("start-up: core loaded at %d ms", since_start_ms())
    store = open_store(data_dir)
    try:
        coach = Coach(store, timing=timing_for(slow_seconds))
        coach.save_timing()  # the CLI then counts slow answers, and so weak facts, as the app does
    except (sqlite3.DatabaseError, sa.exc.DBAPIError) as exc:
        # what open_store's checks let through and the first reads find: the same clear path, never a hang
        store.close()
        text = str(getattr(exc, "orig", exc))
        if "locked" in text or "busy" in text:  # in use elsewhere: not a reason to offer setting it aside
            raise
        from ..core.store.faults import DiskFullError, ReadOnlyDataError, as_store_error

        fault = as_store_error(exc, data_dir)
        if isinstance(fault, (DiskFullError, ReadOnlyDataError)):  # nothing wrong with the file: say so
            raise fault from exc
        log.exception("the database opened, then could not be read")
        raise CorruptDatabaseError(f"{store.path} could not be read ({getattr(exc, 'orig', exc)}).", store.path) from exc
    return coach


def replace_data(
    ctx: AppContext,
    owner: Any,
    replace: Callable[[], Any],
    *,
    name: str,
    screen: str,
    done: Callable[[Any], Any],
    failed: Callable[[BaseException], Any],
    check: Callable[[], Any] | None = None,
) -> None:
    """Replace everything in the data dir with ``replace()`` (on the worker), then reopen it.

    ``check()`` runs first, while the store is still open (a file that is not a backup is refused
    before anything is closed). On success the window shows ``screen``, every screen hears
    ``Changes.ALL`` and ``done(result of replace)`` runs; on failure the old data is opened again and
    ``failed(exc)`` runs. The new Coach is installed even when ``owner`` has gone meanwhile."""
    old = ctx.coach
    slow = ctx.prefs.get("slow_seconds")
    closed = False

    def work() -> tuple[Any, Coach]:
        nonlocal closed
        if check is not None:
            check()
        # no automatic backup of the old data may run on, or start, while it is replaced (or deleted)
        with ctx.backups.paused() if ctx.backups is not None else contextlib.nullcontext():
            if old is not None:
                old.store.close()
                closed = True
            result = replace()
        return result, open_coach(ctx.data_dir, slow)

    def succeeded(value: tuple[Any, Coach]) -> None:
        result, coach = value
        ctx.coach = coach
        ctx.bus.navigate.emit(screen)  # first, so a screen that showed the old data does not reload for nothing
        ctx.changed(Changes.ALL)
        if owner_alive(owner):
            done(result)

    def went_wrong(exc: BaseException) -> None:
        if closed:  # put back what was there
            ctx.task(None, lambda: open_coach(ctx.data_dir, slow), name="reopen") \
                .success(lambda coach: setattr(ctx, "coach", coach)).run()
        if owner_alive(owner):
            failed(exc)

    # owner None: the new Coach must be installed whatever happened to the dialog that asked
    ctx.task(None, work, name=name).expect(OSError).success(succeeded).failure(went_wrong).run()
