"""The ASGI application: routers, middleware and error handlers."""

from fastapi import FastAPI

from app.api import health, rejections
from app.errors import install_error_handlers
from app.middleware import BodyGuard
from app.settings import get_settings

DESCRIPTION = """
Rejoinder turns a job rejection into the next offer. Send the context of a rejection and get
back a drafted **last pitch**, a **feedback request** and a dated **follow-up plan** that keeps
the bridge with the hiring manager.

Errors are `application/problem+json` (RFC 9457).
"""


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="Rejoinder", version="0.1.0", description=DESCRIPTION)
    app.add_middleware(BodyGuard, max_body_bytes=settings.max_body_bytes)
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(rejections.router)
    return app


app = create_app()
