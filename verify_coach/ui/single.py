"""One app per data dir: a second launch hands over to the first and exits.

The first app holds the data dir's lock (``core.store.instance``) and listens on a local socket whose
name comes from the data dir (``server_name``). A second launch on the same data dir finds the lock
held, connects, sends ``{"open": FILE}`` (``verify-coach FILE``'s file, or null) and exits 0 once the
first app has answered: the first brings its window to the front and imports the file.
The lock decides who is first; the socket only carries the message.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
MAX_MESSAGE = 64 * 1024


def server_name(data_dir: Path | str) -> str:
    """The local socket's name for a data dir: the same for every path to the same folder, per user."""
    path = Path(data_dir).expanduser()
    with contextlib.suppress(OSError):
        path = path.resolve()
    digest = hashlib.sha256(os.path.normcase(str(path)).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    user = getattr(os, "getuid", lambda: "")()
    return f"verify_coach-{user}-{digest}"


class InstanceServer(QObject):
    """Listens for second launches; ``activated(path)`` (``""``: no file) on each, on the UI thread."""

    activated = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # owner only
        self.server.newConnection.connect(self._connected)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening. A socket left behind by a crashed app is removed first: the caller holds the
        data dir's lock, so no live app owns it."""
        QLocalServer.removeServer(self.name)
        ok = self.server.listen(self.name)
        if not ok:
            log.warning("second launches cannot reach this app: %s", self.server.errorString())
        return ok

    def close(self) -> None:
        self.server.close()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            if sock is None:
                return
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                sock.abort()
            else:
                self._buffers[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[sock] = b""
        try:
            message = json.loads(line.decode("utf-8"))
            path = message.get("open") if isinstance(message, dict) else None
        except (UnicodeDecodeError, ValueError):
            path = None
        sock.write(b"ok\n")
        sock.flush()
        sock.disconnectFromServer()
        self.activated.emit(path if isinstance(path, str) else "")


def notify_running(name: str, open_path: str | None = None, timeout_ms: int = 3000) -> bool:
    """Tell the app listening on ``name`` to come to the front (and open ``open_path``). True once it has
    answered; False when nothing listens (then the lock's holder is not an app that can be reached)."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write((json.dumps({"open": open_path}) + "\n").encode("utf-8"))
    if not sock.waitForBytesWritten(timeout_ms):
        sock.abort()
        return False
    while not sock.canReadLine() and sock.waitForReadyRead(timeout_ms):
        pass
    answered = sock.canReadLine() and bytes(sock.readLine().data()).strip() == b"ok"
    sock.abort()
    return answered


__all__ = ["InstanceServer", "notify_running", "server_name"]
