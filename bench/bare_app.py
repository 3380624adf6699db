"""The baseline of the benchmark: FastAPI validating the same body, answering a canned 201.

It measures what the framework costs for this request (HTTP parsing, JSON decoding, pydantic
validation of a `RejectionContext`, sending a response of the same size) with no drafting and
no database, so `POST /v1/rejections` can be compared with it.

The canned body is one real create response captured at bench start (`BENCH_CANNED_RESPONSE`
names the file). The handler is `async def`: the baseline pays no threadpool hop.

Run from the repo root: `BENCH_CANNED_RESPONSE=file python -m bench.bare_app PORT`
(uvicorn with the same arguments `rejoinder serve` passes).
"""

import os
import sys
from pathlib import Path
from typing import Annotated

import uvicorn
from fastapi import Body, FastAPI, Response

from app.drafting.context import RejectionContext

CANNED = Path(os.environ["BENCH_CANNED_RESPONSE"]).read_bytes()
# Same length as the real Location header ("/v1/rejections/" + a UUID).
LOCATION = "/v1/rejections/00000000-0000-0000-0000-000000000000"

app = FastAPI(title="Rejoinder bare baseline")


@app.post("/v1/rejections", status_code=201)
async def create(context: Annotated[RejectionContext, Body()]) -> Response:
    return Response(
        content=CANNED,
        status_code=201,
        media_type="application/json",
        headers={"Location": LOCATION},
    )


@app.get("/readyz")
async def readyz() -> dict[str, str]:
    return {"status": "ok"}


def main() -> None:
    # Mirror `rejoinder serve` (app/cli.py): one worker, log level info, proxy headers.
    uvicorn.run(
        "bench.bare_app:app",
        host="127.0.0.1",
        port=int(sys.argv[1]),
        workers=1,
        log_level="info",
        proxy_headers=True,
    )


if __name__ == "__main__":
    main()
