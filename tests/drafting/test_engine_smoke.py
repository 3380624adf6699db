from datetime import date

from app.drafting.context import RejectionContext
from app.drafting.engine import draft_rejection
from app.drafting.results import StepKind


def _contract_example() -> RejectionContext:
    example = RejectionContext.model_json_schema()["examples"][0]
    return RejectionContext.model_validate(example)


def test_contract_example_drafts_a_pitch_a_feedback_request_and_a_plan() -> None:
    result = draft_rejection(_contract_example(), today=date(2026, 11, 20))
    assert "Acme Robotics" in result.drafts.last_pitch.body
    assert "Jordan" in result.drafts.feedback_request.body
    assert result.steps[0].kind == StepKind.send_last_pitch
    assert result.fit.matched[0].skill == "Kafka"
