"""The user's own webcam image on the call (QCamera -> QMediaCaptureSession -> QVideoWidget).

The image is shown, never stored: nothing is recorded unless the user turned recording on for this
rehearsal (then QMediaRecorder writes to the owner-only recordings folder).

QtMultimedia is imported inside ``start()`` only. Every way the camera can be missing ends in the
placeholder and a ``status_changed(code, message)`` the call screen shows as a quiet notice:

``live`` camera on · ``no_multimedia`` QtMultimedia cannot be loaded (e.g. libpulse.so.0 missing) ·
``no_camera`` no video input · ``denied`` the system refused camera access · ``busy`` the camera
failed to start or stopped (usually in use by another app) · ``off`` stopped.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QStackedWidget, QVBoxLayout, QWidget

from ..i18n import fill
from ..icons import icon
from .layout import plain_label

log = logging.getLogger(__name__)


def _import_multimedia() -> tuple[Any, Any]:
    from PySide6 import QtMultimedia, QtMultimediaWidgets  # noqa: PLC0415 - lazy on purpose

    return QtMultimedia, QtMultimediaWidgets


class CameraPlaceholder(QFrame):
    """What the self-view tile shows without a camera image: an icon and a short reason."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("selfPlaceholder")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 16, 16, 16)
        lay.setSpacing(8)
        lay.addStretch(1)
        self.pic = plain_label(alignment=Qt.AlignmentFlag.AlignCenter)
        self.pic.setPixmap(icon("camera-off", "#9aa4b5").pixmap(QSize(44, 44)))
        lay.addWidget(self.pic)
        self.title = plain_label("", objectName="placeholderTitle", alignment=Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.title)
        self.text = plain_label("", objectName="placeholderText", alignment=Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def show_reason(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.setAccessibleName(f"{title}. {text}")


class SelfView(QFrame):
    status_changed = Signal(str, str)  # code, message for the notice line ("" when all is well)
    recording_finished = Signal(str)  # the path of a finished recording
    recording_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("selfView")
        self.code = "off"
        self.message = ""
        self.camera: Any = None
        self.session: Any = None
        self.recorder: Any = None
        self.audio_input: Any = None
        self.video: QWidget | None = None
        self.record_to: Path | None = None
        self.stack = QStackedWidget(self)
        self.placeholder = CameraPlaceholder()
        self.stack.addWidget(self.placeholder)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self.placeholder.show_reason(self.tr("Camera off"), self.tr("Your camera starts with the call."))
        self.setAccessibleName(self.tr("Your camera"))

    # ------------------------------------------------------------------ starting
    @property
    def live(self) -> bool:
        return self.code == "live"

    @property
    def recording(self) -> bool:
        if self.recorder is None:
            return False
        try:
            return self.recorder.recorderState() == type(self.recorder).RecorderState.RecordingState
        except Exception:
            return False

    def start(self, record_to: Path | None = None) -> None:
        """Open the default camera (and, with ``record_to``, record this rehearsal to that file)."""
        self.stop()
        self.record_to = record_to
        try:
            qmm, qmmw = _import_multimedia()
        except (ImportError, OSError) as exc:
            log.info("QtMultimedia unavailable: %s", exc)
            self._fail("no_multimedia", self.tr("No camera preview"),
                       fill(self.tr("The camera preview is unavailable (the Qt multimedia libraries could not be "
                               "loaded: %1) — the call works without it. Install your system's PulseAudio "
                               "libraries (e.g. the libpulse0 package) to see yourself."), str(exc)))
            return
        if not self._permission_granted():
            self._fail("denied", self.tr("Camera blocked"),
                       self.tr("Camera access is blocked — the call works without it. Allow verify_coach to "
                               "use the camera in your system's privacy settings to see yourself."))
            return
        try:
            devices = list(qmm.QMediaDevices.videoInputs())
        except Exception as exc:  # a broken backend counts as no camera
            log.warning("listing cameras failed: %s", exc)
            devices = []
        if not devices:
            self._fail("no_camera", self.tr("No camera"),
                       self.tr("No camera found — the call works without it; connect a webcam to practise "
                               "looking at it."))
            return
        default = qmm.QMediaDevices.defaultVideoInput()
        device = default if not default.isNull() else devices[0]
        camera = qmm.QCamera(device, self)
        self.camera = camera
        camera.errorOccurred.connect(self._camera_error)
        if camera.error() != qmm.QCamera.Error.NoError:
            self._camera_error(camera.error(), camera.errorString())
            return
        self.session = qmm.QMediaCaptureSession(self)
        self.session.setCamera(camera)
        video = qmmw.QVideoWidget()
        video.setAccessibleName(self.tr("Your camera image"))
        self.video = video
        self.stack.addWidget(video)
        self.session.setVideoOutput(video)
        if record_to is not None:
            self._prepare_recorder(qmm, record_to)
        camera.activeChanged.connect(self._camera_active)
        self.stack.setCurrentWidget(video)
        self._set("live", "")
        camera.start()

    def _permission_granted(self) -> bool:
        try:
            from PySide6.QtCore import QCameraPermission, QCoreApplication  # noqa: PLC0415

            app = QCoreApplication.instance()
            if app is None:
                return True
            status = app.checkPermission(QCameraPermission())
            if status == Qt.PermissionStatus.Undetermined:
                app.requestPermission(QCameraPermission(), self, lambda _p: None)
                return True  # the system asks the user; the camera errors out if refused
            return status != Qt.PermissionStatus.Denied
        except Exception:  # platforms without the permission API
            return True

    def _prepare_recorder(self, qmm: Any, path: Path) -> None:
        try:
            rec = qmm.QMediaRecorder(self)
            self.session.setRecorder(rec)
            if qmm.QMediaDevices.audioInputs():
                self.audio_input = qmm.QAudioInput(self)
                self.session.setAudioInput(self.audio_input)
            fmt = qmm.QMediaFormat(qmm.QMediaFormat.FileFormat.MPEG4)
            fmt.setVideoCodec(qmm.QMediaFormat.VideoCodec.H264)
            fmt.setAudioCodec(qmm.QMediaFormat.AudioCodec.AAC)
            rec.setMediaFormat(fmt)
            rec.setQuality(qmm.QMediaRecorder.Quality.NormalQuality)
            rec.setOutputLocation(QUrl.fromLocalFile(str(path)))
            rec.errorOccurred.connect(self._recorder_error)
            rec.recorderStateChanged.connect(self._recorder_state)
            self.recorder = rec
        except Exception as exc:
            log.warning("cannot record: %s", exc)
            self.status_changed.emit("live", fill(self.tr("Recording is unavailable here (%1); nothing is recorded."), str(exc)))

    def _camera_active(self, active: bool) -> None:
        if active and self.recorder is not None and not self.recording:
            self.recorder.record()

    # ------------------------------------------------------------------ problems
    def _camera_error(self, error: Any, message: str) -> None:
        try:
            qmm, _ = _import_multimedia()
            if error == qmm.QCamera.Error.NoError:
                return
        except (ImportError, OSError):
            pass
        log.warning("camera error: %s", message)
        self._release()
        self._fail("busy", self.tr("Camera unavailable"),
                   fill(self.tr("The camera could not be used (%1). It may be in use by another app — close the other "
                           "video app and start the call again. The call works without it."), message or self.tr("unknown error")))

    def _recorder_error(self, error: Any, message: str) -> None:
        log.warning("recording error: %s", message)
        self.status_changed.emit(self.code, fill(self.tr("Recording stopped (%1); the call goes on without it."), message or self.tr("unknown error")))

    def _recorder_state(self, state: Any) -> None:
        rec = self.recorder
        if rec is None:
            return
        recording = state == type(rec).RecorderState.RecordingState
        self.recording_changed.emit(recording)
        if state == type(rec).RecorderState.StoppedState:
            url = rec.actualLocation()
            path = url.toLocalFile() if url.isValid() else ""
            if path:
                self.recording_finished.emit(path)
            if self.camera is None:  # the call is over: let go of the session the recorder kept
                self._release_recorder()

    def _fail(self, code: str, title: str, message: str) -> None:
        self.placeholder.show_reason(title, self._short(code))
        self.stack.setCurrentWidget(self.placeholder)
        self._set(code, message)

    def _short(self, code: str) -> str:
        return {
            "no_multimedia": self.tr("Captions and timing still work."),
            "no_camera": self.tr("Look at where your webcam will be."),
            "denied": self.tr("Look at where your webcam will be."),
            "busy": self.tr("Another app may be using it."),
        }.get(code, "")

    def _set(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        self.status_changed.emit(code, message)

    # ------------------------------------------------------------------ stopping
    def stop(self) -> None:
        """Turn the camera off (a recording is finished and kept)."""
        if self.recorder is not None and self.recording:
            self.recorder.stop()
        self._release()
        if self.code == "live":
            self.placeholder.show_reason(self.tr("Camera off"), self.tr("The camera is off."))
            self.stack.setCurrentWidget(self.placeholder)
            self._set("off", "")

    def _release(self) -> None:
        """Stop and drop the camera; the capture session stays until a running recording has finished."""
        if self.camera is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.camera.errorOccurred.disconnect(self._camera_error)
            self.camera.stop()
            self.camera.deleteLater()
            self.camera = None
        if self.video is not None:
            self.stack.removeWidget(self.video)
            self.video.deleteLater()
            self.video = None
        if self.recorder is None or not self.recording:
            self._release_recorder()

    def _release_recorder(self) -> None:
        for name in ("recorder", "audio_input", "session"):
            obj = getattr(self, name)
            if obj is not None:
                obj.deleteLater()
                setattr(self, name, None)
