"""Median time of one create (the service call and its commit) in one checkout, in-process.

Made for A/B runs against an older checkout, alternating, several rounds (the machine is
shared, so only a ratio measured in the same session means anything):

    for i in 1 2 3; do
        .venv/bin/python bench/create_service_ab.py /tmp/old-checkout
        .venv/bin/python bench/create_service_ab.py .
    done

It runs on a fresh SQLite file and prints the median of 300 creates, in milliseconds. It
copes with the checkouts of issue 11 and before (no `Database`, no tenant scope).
"""

import inspect
import os
import statistics
import sys
import tempfile
import time
from typing import Any

root = sys.argv[1] if len(sys.argv) > 1 else "."
sys.path.insert(0, os.path.abspath(root))
os.chdir(root)
url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
os.environ["REJOINDER_DATABASE_URL"] = url

from sqlmodel import select  # noqa: E402

from app import migrate  # noqa: E402
from app.drafting.context import RejectionContext  # noqa: E402
from app.models import Tenant  # noqa: E402
from app.services import keys as key_service  # noqa: E402
from app.services import rejections as service  # noqa: E402

migrate.upgrade(url)
try:
    from app.db import Database
    from app.settings import Settings

    new_session: Any = Database.from_settings(Settings()).session
except ImportError:  # before issue 11: a module-level session factory
    from app.db import new_session  # type: ignore[attr-defined,no-redef]
try:
    from app.repository.scope import across_tenants
except ImportError:  # before issue 11: no tenant scope

    def across_tenants(statement: Any, why: str) -> Any:
        return statement


with new_session(write=True) as session, session.begin():
    key_service.create_key(session=session, tenant_name="bench")
with new_session(write=False) as session:
    tenant_id = session.exec(across_tenants(select(Tenant), "bench")).one().id

CONTEXT = RejectionContext.model_validate(
    {
        "candidate": {
            "name": "Maya Chen",
            "skills": ["Kafka", "dbt", "Python"],
            "highlights": ["Grew renewals by 18%"],
        },
        "company": {"name": "Acme Robotics", "needs": ["someone to lead our analytics team"]},
        "role": {"title": "Senior Data Engineer"},
        "stage": "onsite",
        "contact": {"name": "Jordan Lee", "email": "jordan@acme.example"},
        "interviewers": [{"name": "Priya Shah"}, {"name": "Tom Wu"}],
        "reason": "We went with someone with more dbt experience.",
    }
)
EXTRA = (
    {"service_quiet": ()}
    if "service_quiet" in inspect.signature(service.create_rejection).parameters
    else {}
)


def create_once() -> None:
    with new_session(write=True) as session, session.begin():
        created = service.create_rejection(
            session=session, tenant_id=tenant_id, context=CONTEXT, **EXTRA
        )
        created.model_dump_json()


for _ in range(30):
    create_once()
timings = []
for _ in range(300):
    started = time.perf_counter()
    create_once()
    timings.append(time.perf_counter() - started)
print(f"{statistics.median(timings) * 1000:.2f}")
