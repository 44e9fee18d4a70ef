"""One ShareTidy per user: a second start hands over to the running window.

Two copies would both write the catalog and show each other stale decisions; an employee
who double-clicks the icon again simply wants the window back. The first copy listens on
a local socket (a named pipe on Windows) whose name is unique per user and data dir; a
later copy sends it a message and quits. A copy that was killed leaves its socket file
behind on Unix: when nobody answers on it, it is removed and claimed again.
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop_app.core import locations, shares

CONNECT_TIMEOUT_MS = 500
"""How long a later copy waits for the running one to answer (it is on the same machine)."""

ENCODING = "utf-8"


def instance_key() -> str:
    """The socket name of this user's ShareTidy on this data dir.

    The login name keeps users of one machine apart (terminal servers); the hash of the
    data dir keeps a portable or test copy apart from the installed one.
    """
    login = "".join(c if c.isalnum() else "_" for c in (shares.login_name() or "user"))
    digest = hashlib.sha256(str(locations.data_dir().resolve()).encode()).hexdigest()[:12]
    return f"sharetidy-{login[:32]}-{digest}"


class SingleInstance(QObject):
    """The claim on ``key``: :meth:`claim` first, then listen or :meth:`send_to_running`."""

    message_received = Signal(str)

    def __init__(self, key: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.key = key or instance_key()
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def claim(self) -> bool:
        """True when this is the first copy (it now listens); False when one is running."""
        if self.server is not None:
            return True
        if self._running_answers():
            return False
        server = QLocalServer(self)
        # Only this user may connect (the name is per user, but other users can see it).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # A socket left by a copy that was killed: nobody answered, so it is stale.
            QLocalServer.removeServer(self.key)
            if not server.listen(self.key):
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def release(self) -> None:
        """Stop listening (the app is closing)."""
        for socket in list(self._buffers):
            self._buffers.pop(socket)
            socket.readyRead.disconnect(self._read)
            socket.disconnected.disconnect(self._done)
            socket.abort()
            socket.deleteLater()
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def send_to_running(self, message: str) -> bool:
        """Give ``message`` to the running copy; False when none took it."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        if sys.platform == "win32":  # pragma: no cover - Windows only
            # Windows lets only the foreground process raise a window: hand that right on.
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        data = message.encode(ENCODING) + b"\n"
        socket.write(data)
        ok = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return ok

    def _running_answers(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        answered = socket.waitForConnected(CONNECT_TIMEOUT_MS)
        if answered:
            socket.abort()
        return answered

    def _accept(self) -> None:
        # Bound methods, not lambdas: Qt drops them when this object goes, so a socket
        # closed during teardown cannot call into a deleted object.
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._done)
            self._drain(socket)
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._finish(socket)  # it said its piece and left before we looked

    def _drain(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is not None and socket.bytesAvailable():
            buffer.extend(bytes(socket.readAll()))

    def _read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._drain(socket)

    def _done(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._finish(socket)

    def _finish(self, socket: QLocalSocket) -> None:
        self._drain(socket)
        buffer = self._buffers.pop(socket, None)
        if buffer is None:
            return
        socket.readyRead.disconnect(self._read)
        socket.disconnected.disconnect(self._done)
        socket.deleteLater()
        for line in bytes(buffer).decode(ENCODING, "replace").splitlines():
            if line:
                self.message_received.emit(line)
