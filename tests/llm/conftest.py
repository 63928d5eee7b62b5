"""A loopback HTTP server standing in for a self-hosted model (vLLM, llama.cpp).

It is outside the product: the tests drive the real `openai` client (or the real `countersign`
process) over real HTTP against it. Other test folders import `llm_server` from here.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

Handler = Callable[[dict[str, Any]], tuple[int, str]]


class LlmServer:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.reply: Handler = lambda body: (200, "{}")


def completion(content: str, model: str = "local-llama") -> tuple[int, str]:
    """A chat-completion answer carrying `content`, as vLLM or llama.cpp would send it."""
    return 200, json.dumps({
        "id": "cmpl-1", "object": "chat.completion", "created": 0, "model": model,
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content}}],
    })


def sentences(*items: tuple[str, list[int]]) -> Handler:
    """A handler answering the contract's JSON object with these (text, segments) sentences."""
    answer = json.dumps({"sentences": [{"text": t, "segments": s} for t, s in items]})
    return lambda body: completion(answer)


def free_port() -> int:
    """A port nobody listens on (for a refused connection)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def llm_server() -> Iterator[tuple[str, LlmServer]]:
    state = LlmServer()

    class RequestHandler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length))
            state.requests.append({"path": self.path, "body": body,
                                   "authorization": self.headers.get("Authorization")})
            status, content = state.reply(body)
            payload = content.encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
