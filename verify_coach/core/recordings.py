"""Spoken answers kept as compressed audio (only when the user turned that on; off by default).

A recording is OGG/Opus, written owner-only and atomically to
``<data dir>/answer-recordings/<profile_id>/<attempt_id>.ogg`` (folders 0700, files 0600) and listed in the
``answer_recording`` table. A file is served only while its row exists (``Coach.recording_for``), so a file
left behind by a failed delete is never played for another answer. Deleting never fails an operation: a
file that cannot be removed is logged. Qt-free: the app records int16 mono PCM and hands the bytes here.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import shutil
from pathlib import Path

from .files import write_private_file
from .paths import ensure_private_dir

log = logging.getLogger(__name__)

RECORDINGS_DIR = "answer-recordings"
SUFFIX = ".ogg"
OPUS_RATES = (8000, 12000, 16000, 24000, 48000)  # the only rates Opus (and libsndfile) accept
# what a recording's relative path may be, and nothing else (a backup's member, a row's ``file``)
RELATIVE = re.compile(rf"^{RECORDINGS_DIR}/(\d+)/(\d+)\{SUFFIX}$")


class RecordingError(ValueError):
    """Audio that cannot be encoded. ``str()`` is a message for the user."""


def duration_ms(pcm: bytes, sample_rate: int) -> int:
    """How long int16 mono PCM lasts, in milliseconds (0 for an unusable rate)."""
    if sample_rate <= 0:
        return 0
    return (len(pcm) // 2) * 1000 // sample_rate


def ogg_duration_ms(data: bytes) -> int:
    """How long an encoded recording lasts, read from the file (0 if it cannot be read)."""
    import soundfile as sf

    try:
        info = sf.info(io.BytesIO(data))
    except (RuntimeError, sf.LibsndfileError):
        return 0
    return int(info.frames) * 1000 // int(info.samplerate) if info.samplerate else 0


def _opus_rate(sample_rate: int) -> int:
    return next((r for r in OPUS_RATES if r >= sample_rate), OPUS_RATES[-1])


def encode_opus(pcm: bytes, sample_rate: int) -> bytes:
    """int16 (little-endian) mono PCM -> OGG/Opus bytes. A rate Opus does not take (44100, 22050…) is
    resampled to the next one it does (linear interpolation: enough for speech). Raises RecordingError."""
    import numpy as np
    import soundfile as sf

    if sample_rate <= 0:
        raise RecordingError(f"Cannot encode audio at {sample_rate} Hz.")
    samples = np.frombuffer(pcm[: len(pcm) - len(pcm) % 2], dtype="<i2")
    rate = _opus_rate(sample_rate)
    if rate != sample_rate and samples.size:
        n = max(1, round(samples.size * rate / sample_rate))
        at = np.arange(n) * (sample_rate / rate)
        samples = np.interp(at, np.arange(samples.size), samples.astype(np.float64)).round().astype("<i2")
    buf = io.BytesIO()
    try:
        sf.write(buf, samples, rate, format="OGG", subtype="OPUS")
    except (RuntimeError, sf.LibsndfileError, TypeError) as exc:
        raise RecordingError(f"The recording could not be encoded ({exc}).") from None
    return buf.getvalue()


def relative_path(profile_id: int, attempt_id: int) -> str:
    """``answer-recordings/<profile_id>/<attempt_id>.ogg``: where a recording lives in the data dir."""
    return f"{RECORDINGS_DIR}/{int(profile_id)}/{int(attempt_id)}{SUFFIX}"


def resolve(data_dir: Path, relative: str) -> Path | None:
    """The file a row's ``file`` names, or None if it is not a recording's path (never outside the folder)."""
    if not RELATIVE.match(relative or ""):
        return None
    return Path(data_dir) / relative


def write_recording(data_dir: Path, relative: str, data: bytes) -> Path:
    """Write ``data`` atomically to ``<data_dir>/<relative>``: folders 0700, the file 0600."""
    path = resolve(data_dir, relative)
    if path is None:
        raise RecordingError(f"{relative!r} is not a recording's path.")
    ensure_private_dir(path.parent.parent)
    ensure_private_dir(path.parent)
    write_private_file(path, data)
    return path


def remove_file(path: Path | None) -> bool:
    """Delete a recording; a file that cannot be deleted is logged. True if it is gone."""
    if path is None:
        return True
    try:
        path.unlink()
    except FileNotFoundError:
        return True
    except OSError as exc:
        log.warning("could not delete the recording %s: %s", path, exc)
        return False
    return True


def remove_tree(path: Path) -> bool:
    """Delete a folder of recordings; what cannot be deleted is logged. True if it is gone."""
    if not path.exists() and not path.is_symlink():
        return True
    if path.is_symlink() or not path.is_dir():
        return remove_file(path)

    def failed(_func: object, name: str, exc_info: tuple[type[BaseException], BaseException, object]) -> None:
        log.warning("could not delete %s: %s", name, exc_info[1])

    shutil.rmtree(path, onerror=failed)  # onexc is 3.12+; onerror still works there
    return not path.exists()


def usage(data_dir: Path) -> tuple[int, int]:
    """How many recordings are on disk, and their bytes."""
    root = Path(data_dir) / RECORDINGS_DIR
    count = size = 0
    if not root.is_dir():
        return 0, 0
    for p in root.glob(f"*/*{SUFFIX}"):
        try:
            st = p.lstat()
        except OSError:
            continue
        if p.is_file() and not p.is_symlink():
            count += 1
            size += st.st_size
    return count, size


def owner_only(path: Path) -> None:
    """0700 for a folder, 0600 for a file (best effort: some file systems have no modes)."""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


__all__ = [
    "RECORDINGS_DIR", "RecordingError", "duration_ms", "encode_opus", "ogg_duration_ms", "relative_path",
    "remove_file", "remove_tree", "resolve", "usage", "write_recording",
]
