"""Before the call: the checklist's items per type of call, its ticks kept per call date, what is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from verify_coach.core.calltypes import CALL_TYPES
from verify_coach.core.checklist import ITEMS, Checklist, items_for
from verify_coach.core.coach import CoachError

CALL = datetime(2026, 12, 10, 15, 0, tzinfo=UTC)


def ids(items):
    return [i.id for i in items]


def test_every_item_has_an_id_a_short_text_and_one_line_of_why():
    assert len({i.id for i in ITEMS}) == len(ITEMS)
    for i in ITEMS:
        assert i.id.isidentifier() and i.text and len(i.text) <= 60
        assert i.why.endswith(".") and "\n" not in i.why and len(i.why) <= 110


def test_the_items_follow_the_type_of_call():
    upwork, screening, kyc = (ids(items_for(t)) for t in ("upwork", "screening", "kyc"))
    # Upwork and screening allow a headset and ask for no paper: neither item is on their list
    assert "headset_off" not in upwork and "paper_pen" not in upwork
    assert upwork == screening
    # the bank's video-KYC: the headset off, paper and a pen next to the ID
    assert kyc.index("headset_off") >= 0 and kyc[kyc.index("id_at_hand") + 1] == "paper_pen"
    assert set(kyc) - set(upwork) == {"headset_off", "paper_pen"}
    for must in ("quiet_room", "light", "camera_mic", "vpn_off", "id_at_hand", "names_match", "photo_current",
                 "browser_link"):
        assert must in upwork and must in kyc
    assert ids(items_for("nonsense")) == upwork  # an unknown type reads as the default
    for t in CALL_TYPES.values():
        assert ("headset_off" in ids(items_for(t.id))) == (not t.headset_allowed)
        assert ("paper_pen" in ids(items_for(t.id))) == t.paper_and_pen


def test_the_checklist_shows_from_48_hours_before_until_an_hour_after_the_call():
    cl = Checklist.build(CALL, "upwork", {"light"})
    assert (cl.done, cl.total) == (1, 8)
    assert not cl.shows(CALL - timedelta(hours=48, seconds=1))
    assert cl.shows(CALL - timedelta(hours=48))
    assert cl.shows(CALL - timedelta(minutes=5)) and cl.shows(CALL)
    assert cl.shows(CALL + timedelta(minutes=59))
    assert not cl.shows(CALL + timedelta(hours=1, seconds=1))


def test_no_call_date_no_checklist(upwork):
    assert upwork.checklist() is None
    with pytest.raises(CoachError, match="no call date"):
        upwork.tick("light")


def test_ticks_persist_per_call_date_and_a_new_date_starts_empty(upwork, store):
    from verify_coach.core.coach import Coach

    upwork.set_call_at(CALL)
    upwork.tick("light")
    upwork.tick("quiet_room")
    upwork.tick("quiet_room", False)
    fresh = Coach(store)  # what the next start reads
    cl = fresh.checklist()
    assert cl is not None and cl.call_at == CALL and cl.call_type == "upwork"
    assert [i.id for i in cl.items if i.ticked] == ["light"] and cl.done == 1
    # a new call date: nothing ticked; the old date's ticks are kept and come back with it
    fresh.set_call_at(CALL + timedelta(days=7))
    assert fresh.checklist().done == 0
    fresh.tick("vpn_off")
    fresh.set_call_at(CALL)
    assert [i.id for i in fresh.checklist().items if i.ticked] == ["light"]


def test_call_type_defaults_to_upwork_and_unknown_ids_are_refused(upwork):
    assert upwork.call_type() == "upwork"
    with pytest.raises(CoachError, match="Unknown type of call 'zoom'"):
        upwork.set_call_type("zoom")
    upwork.set_call_type("kyc")
    assert upwork.call_type() == "kyc"
    upwork.set_call_at(CALL)
    with pytest.raises(CoachError, match="'selfie' is not on the checklist"):
        upwork.tick("selfie")
    upwork.tick("headset_off")
    cl = upwork.checklist()
    assert cl.type_name == "Bank video-KYC" and cl.item("headset_off").ticked
    # Upwork allows a headset: the item is neither shown nor accepted for it
    upwork.set_call_type("upwork")
    assert upwork.checklist().item("headset_off") is None
    with pytest.raises(CoachError, match="not on the checklist"):
        upwork.tick("headset_off")


def test_deleting_a_profile_deletes_its_ticks(upwork, sample_profile, store):
    upwork.save_profile("Other", sample_profile)
    for name in ("Upwork", "Other"):
        upwork.set_call_at(CALL, name)
        upwork.tick("light", name=name)
    upwork.delete_profile("Upwork")
    with store.engine.connect() as c:
        rows = c.exec_driver_sql("SELECT p.name FROM checklist_tick t JOIN profile p ON p.id = t.profile_id").all()
        orphans = c.exec_driver_sql("SELECT COUNT(*) FROM checklist_tick WHERE profile_id NOT IN "
                                    "(SELECT id FROM profile)").scalar()
    assert [r[0] for r in rows] == ["Other"] and orphans == 0


def test_the_checklist_survives_a_backup_and_restore(upwork, tmp_path, data_dir):
    from verify_coach.core.backup import make_backup, restore_backup
    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store

    upwork.set_call_type("kyc")
    upwork.set_call_at(CALL)
    upwork.tick("paper_pen")
    zip_path = make_backup(upwork, tmp_path / "b.zip")
    upwork.tick("paper_pen", False)
    upwork.store.close()
    restore_backup(zip_path, data_dir)
    store = open_store(data_dir)
    try:
        cl = Coach(store).checklist()
        assert cl is not None and cl.call_type == "kyc" and cl.item("paper_pen").ticked
    finally:
        store.close()


def test_a_database_of_the_previous_revision_gets_the_checklist(data_dir, sample_profile):
    from alembic import command

    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store
    from verify_coach.core.store.engine import _alembic_config

    store = open_store(data_dir)
    Coach(store).save_profile("Upwork", sample_profile)
    Coach(store).set_call_at(CALL)
    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    store.close()
    store = open_store(data_dir)  # upgrades to the head again, keeping the profile and its facts
    try:
        coach = Coach(store)
        assert coach.call_type() == "upwork" and len(coach.facts()) > 10
        with store.reader() as con:
            assert con.execute("SELECT COUNT(*) FROM fact").fetchone()[0] > 10
        coach.tick("id_at_hand")
        assert coach.checklist().done == 1
    finally:
        store.close()
