"""Size limits for imports: a file that is too large, or a zip bomb, is refused with a message.

Every reader looks these numbers up at call time (``limits.MAX_...``), so tests can lower them.
"""

from __future__ import annotations

from ..profile import MAX_LIST_ENTRIES, MAX_PROFILE_BYTES

#: A JSON file (native or JSON Resume) or a text file, and pasted text once encoded as UTF-8.
MAX_TEXT_BYTES = MAX_PROFILE_BYTES  # 5 MiB

#: A zip archive on disk. Opening a zip reads only its directory, so this can be generous.
MAX_ZIP_BYTES = 1024 * 1024 * 1024  # 1 GiB
#: Members of a zip, or files looked at in an export folder.
MAX_ZIP_MEMBERS = 10_000
#: The uncompressed size that a zip's directory declares for all its members together.
MAX_ZIP_TOTAL_BYTES = 2 * 1024 * 1024 * 1024  # 2 GiB (LinkedIn's full archive holds messages, etc.)
#: One CSV file that is actually read (Positions.csv, Skills.csv...), after decompression.
MAX_CSV_BYTES = 5 * 1024 * 1024
#: All CSV files read from one export together, after decompression.
MAX_READ_BYTES = 32 * 1024 * 1024
#: Uncompressed / compressed size above which a member larger than ``RATIO_MIN_BYTES`` is a zip bomb.
MAX_COMPRESSION_RATIO = 100
RATIO_MIN_BYTES = 1024 * 1024

#: Entries read from one section (``work``, ``Positions.csv``, skills...); the rest are skipped.
MAX_ENTRIES = MAX_LIST_ENTRIES
