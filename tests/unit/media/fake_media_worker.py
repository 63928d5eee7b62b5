"""Stands in for `python -m app.media.worker` in the process tests (run as a script).

FAKE_WORKER_MODE picks the ending: ok, crash (exit 3 after a message on stderr), error (a
reported error), selfkill (SIGKILL itself), hang (never finishes: for cancel and kill -9).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

request = json.loads(sys.stdin.readline())
mode = os.environ.get("FAKE_WORKER_MODE", "ok")
segments = int(os.environ.get("FAKE_WORKER_SEGMENTS", "3"))


def emit(event: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


sys.stdout.write("a stray library print that is not JSON\n")
emit({"event": "loaded"})
for i in range(segments):
    emit({"event": "segment",
          "segment": {"id": i, "start": i * 0.5, "end": i * 0.5 + 0.4, "text": f"segment {i}",
                      "words": [{"start": i * 0.5, "end": i * 0.5 + 0.4, "word": f"w{i}",
                                 "probability": 0.9}]},
          "voice": {"pitch": 110.0 if i % 2 == 0 else 220.0, "channel_rms": []}})
if mode == "crash":
    sys.stderr.write("Traceback (most recent call last):\nSomeNativeError: decoder exploded\n")
    sys.exit(3)
if mode == "error":
    emit({"event": "error", "message": "unsupported compute type int7"})
    sys.exit(1)
if mode == "selfkill":
    os.kill(os.getpid(), signal.SIGKILL)
if mode == "hang":
    time.sleep(600)
emit({"event": "done", "language": "en", "peak_rss": 123456})
