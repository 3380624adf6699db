"""Which steps a plan has, by the stage the candidate reached and how much they still care.

A data table, read by `plan.schedule`: the dates live there, the shape lives here. An
application turned down on paper earns one optional reply and a watch for openings; a phone
screen one thank-you and then only touches that bring news (a posting, an update); the later
rounds the full arc. A candidate with little interest left stays courteous and stops there.
"""

from app.drafting.context import Interest, Stage
from app.drafting.results import StepKind

_K = StepKind

FULL_ARC = (
    _K.send_last_pitch,
    _K.send_feedback_request,
    _K.thank_interviewers,
    _K.connect_on_linkedin,
    _K.nudge,
    _K.watch_openings,
    _K.value_check_in,
    _K.meet_at_events,
    _K.reach_out_about_role,
    _K.quarterly_check_in,
)
# A phone screen is thanked once; later touches carry news (a posting), or stay reminders.
NEWS_ONLY = (_K.send_last_pitch, _K.thank_interviewers, _K.watch_openings, _K.reach_out_about_role)
# Courtesy: thank the people met, connect, and let it rest.
COURTESY = (_K.send_last_pitch, _K.thank_interviewers, _K.connect_on_linkedin)
# A form rejection: one optional reply, and an eye on the openings.
OPTIONAL_TOUCH = (_K.send_last_pitch, _K.watch_openings)
THANKS_ONLY = (_K.send_last_pitch, _K.thank_interviewers)

_LATE = {Interest.high: FULL_ARC, Interest.medium: FULL_ARC, Interest.low: COURTESY}

SHAPES: dict[Stage, dict[Interest, tuple[StepKind, ...]]] = {
    Stage.applied: {
        Interest.high: OPTIONAL_TOUCH,
        Interest.medium: OPTIONAL_TOUCH,
        Interest.low: (_K.send_last_pitch,),
    },
    Stage.phone_screen: {
        Interest.high: NEWS_ONLY,
        Interest.medium: NEWS_ONLY,
        Interest.low: THANKS_ONLY,
    },
    Stage.technical: _LATE,
    Stage.onsite: _LATE,
    Stage.final: _LATE,
}


def shape_of(stage: Stage, interest: Interest) -> tuple[StepKind, ...]:
    return SHAPES[stage][interest]
