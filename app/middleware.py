"""Request guards that run before routing: body size, content type, repeated query values.

Pure ASGI rather than BaseHTTPMiddleware: this sits on the hot path of every request.
These guards run outside FastAPI's exception handlers, so raising an AppError here would
reach no handler: they answer with the one renderer, `error_response`.
"""

from collections.abc import Mapping
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.error_handlers import error_response
from app.errors import (
    BodyTooLargeError,
    FieldError,
    UnprocessableError,
    UnsupportedMediaTypeError,
)

_BODY_METHODS = frozenset({b"POST", b"PUT", b"PATCH"})


class BodyGuard:
    """Refuse bodies over the size limit (413) and bodies that are not JSON (415), except the
    media types a path prefix also takes (a raw email, an email vendor's form)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        prefix_limits: Mapping[str, int] | None = None,
        prefix_media_types: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        # Longest prefix first, so a nested prefix wins over the one that contains it.
        self.prefix_limits = sorted(
            (prefix_limits or {}).items(), key=lambda item: len(item[0]), reverse=True
        )
        self.prefix_media_types = sorted(
            (prefix_media_types or {}).items(), key=lambda item: len(item[0]), reverse=True
        )

    def _accepts(self, path: str, content_type: bytes) -> bool:
        media_type = content_type.split(b";", 1)[0].strip().lower().decode("latin-1")
        if media_type == "application/json" or media_type.endswith("+json"):
            return True
        extra = next(
            (types for prefix, types in self.prefix_media_types if path.startswith(prefix)), None
        )
        return extra is not None and media_type in extra

    def limit_for(self, path: str) -> int:
        """The body limit of a path: its prefix's, else the default."""
        return next(
            (limit for prefix, limit in self.prefix_limits if path.startswith(prefix)),
            self.max_body_bytes,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"].encode() not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit():
            if int(length) > self.limit_for(scope["path"]):
                await self._refuse_size(scope, receive, send)
                return
            if int(length) > 0 and not self._accepts(
                scope["path"], headers.get(b"content-type", b"")
            ):
                await self._refuse_type(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        await self._buffered(scope, receive, send, headers)

    async def _buffered(
        self, scope: Scope, receive: Receive, send: Send, headers: dict[bytes, bytes]
    ) -> None:
        # No Content-Length (chunked upload): read up to the limit before the app sees it.
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            size += len(message.get("body", b""))
            if size > self.limit_for(scope["path"]):
                await self._refuse_size(scope, receive, send)
                return
            if message["type"] != "http.request" or not message.get("more_body", False):
                break
        if size > 0 and not self._accepts(scope["path"], headers.get(b"content-type", b"")):
            await self._refuse_type(scope, receive, send)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _refuse_size(self, scope: Scope, receive: Receive, send: Send) -> None:
        error = BodyTooLargeError(
            f"The request body is larger than {self.limit_for(scope['path'])} bytes."
        )
        await error_response(error, scope["path"])(scope, receive, send)

    def _other_types(self, path: str) -> str:
        extra = next(
            (types for prefix, types in self.prefix_media_types if path.startswith(prefix)), None
        )
        return "".join(f", or as `{media_type}`" for media_type in sorted(extra or ()))

    async def _refuse_type(self, scope: Scope, receive: Receive, send: Send) -> None:
        error = UnsupportedMediaTypeError(
            "Send the body as JSON with `Content-Type: application/json`"
            + self._other_types(scope["path"])
            + "."
        )
        await error_response(error, scope["path"])(scope, receive, send)


class SingleQueryValues:
    """Refuse a query parameter given twice (422): the API never takes lists in the query,
    and silently keeping one of the values would answer a question nobody asked."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["query_string"]:
            names = [
                name
                for name, _ in parse_qsl(
                    scope["query_string"].decode("latin-1"), keep_blank_values=True
                )
            ]
            repeated = sorted({name for name in names if names.count(name) > 1})
            if repeated:
                error = UnprocessableError(
                    f"Query parameters given more than once: {', '.join(repeated)}.",
                    errors=[
                        FieldError(
                            field=name,
                            location="query",
                            message="given more than once",
                            code="repeated",
                        )
                        for name in repeated
                    ],
                )
                await error_response(error, scope["path"])(scope, receive, send)
                return
        await self.app(scope, receive, send)
