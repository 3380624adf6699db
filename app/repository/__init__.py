"""Every query Rejoinder runs, one module per resource. Nothing outside this package builds SQL.

Records that belong to a tenant are reached only through tenant-scoped statements, so a
record of another tenant is simply not found (404), never forbidden.
"""

from app.repository.health import database_answers
from app.repository.idempotency import (
    claim_idempotency_key,
    complete_idempotency_key,
    reclaim_idempotency_record,
)
from app.repository.keys import (
    add_api_key,
    any_api_key,
    find_api_key,
    get_or_create_tenant,
    list_api_keys,
    revoke_api_key,
)
from app.repository.rejections import (
    PENDING_STEP_STATUSES,
    cancel_pending_steps,
    delete_rejection,
    draft_history,
    get_rejection,
    insert_drafts,
    insert_rejection,
    latest_drafts,
    list_rejections,
    newest_draft_version,
    plan_steps,
    rejection_counts,
    update_rejection,
)

__all__ = [
    "PENDING_STEP_STATUSES",
    "add_api_key",
    "any_api_key",
    "cancel_pending_steps",
    "claim_idempotency_key",
    "complete_idempotency_key",
    "database_answers",
    "delete_rejection",
    "draft_history",
    "find_api_key",
    "get_or_create_tenant",
    "get_rejection",
    "insert_drafts",
    "insert_rejection",
    "latest_drafts",
    "list_api_keys",
    "list_rejections",
    "newest_draft_version",
    "plan_steps",
    "reclaim_idempotency_record",
    "rejection_counts",
    "revoke_api_key",
    "update_rejection",
]
