"""Contains all the data models used in inputs/outputs"""

from .ashby_integration_create import AshbyIntegrationCreate
from .attempt_public import AttemptPublic
from .calendar_feed_create import CalendarFeedCreate
from .calendar_feed_list import CalendarFeedList
from .calendar_feed_public import CalendarFeedPublic
from .calendar_feed_secret import CalendarFeedSecret
from .cancel_reason import CancelReason
from .candidate import Candidate
from .candidate_hints import CandidateHints
from .channel import Channel
from .company import Company
from .company_hints import CompanyHints
from .contact import Contact
from .country import Country
from .delivery_page import DeliveryPage
from .delivery_public import DeliveryPublic
from .delivery_status import DeliveryStatus
from .draft_history import DraftHistory
from .draft_kind import DraftKind
from .draft_public import DraftPublic
from .draft_version import DraftVersion
from .drafted_message import DraftedMessage
from .drafts import Drafts
from .drafts_public import DraftsPublic
from .due_page import DuePage
from .due_step import DueStep
from .email_integration_create import EmailIntegrationCreate
from .email_integration_create_provider import EmailIntegrationCreateProvider
from .email_integration_settings import EmailIntegrationSettings
from .endpoint_create import EndpointCreate
from .endpoint_list import EndpointList
from .endpoint_public import EndpointPublic
from .endpoint_secret import EndpointSecret
from .endpoint_update import EndpointUpdate
from .event_type import EventType
from .field_error import FieldError
from .fit import Fit
from .fit_match import FitMatch
from .follow_up_plan import FollowUpPlan
from .found_reason_kind import FoundReasonKind
from .found_stage import FoundStage
from .founddate import Founddate
from .foundstr import Foundstr
from .generic_integration_create import GenericIntegrationCreate
from .health import Health
from .integration_list import IntegrationList
from .integration_public import IntegrationPublic
from .integration_settings import IntegrationSettings
from .integration_update import IntegrationUpdate
from .integration_with_secret import IntegrationWithSecret
from .interest import Interest
from .interviewer import Interviewer
from .lever_integration_create import LeverIntegrationCreate
from .outcome import Outcome
from .parse_request import ParseRequest
from .parsed_company import ParsedCompany
from .parsed_contact import ParsedContact
from .parsed_context import ParsedContext
from .parsed_email import ParsedEmail
from .parsed_person import ParsedPerson
from .parsed_role import ParsedRole
from .plan_step_due import PlanStepDue
from .plan_step_event_data import PlanStepEventData
from .plan_step_public import PlanStepPublic
from .plan_step_updated import PlanStepUpdated
from .planned_plan import PlannedPlan
from .planned_step import PlannedStep
from .preview import Preview
from .problem import Problem
from .provider import Provider
from .quiet_periods import QuietPeriods
from .reason_kind import ReasonKind
from .reason_reading import ReasonReading
from .receipt_status import ReceiptStatus
from .regenerate_request import RegenerateRequest
from .rejection_context import RejectionContext
from .rejection_deleted import RejectionDeleted
from .rejection_deleted_data import RejectionDeletedData
from .rejection_drafted import RejectionDrafted
from .rejection_event_data import RejectionEventData
from .rejection_from_email import RejectionFromEmail
from .rejection_page import RejectionPage
from .rejection_public import RejectionPublic
from .rejection_signals import RejectionSignals
from .rejection_status import RejectionStatus
from .rejection_summary import RejectionSummary
from .rejection_update import RejectionUpdate
from .rejection_updated import RejectionUpdated
from .reply_channel import ReplyChannel
from .reply_create import ReplyCreate
from .reply_public import ReplyPublic
from .review import Review
from .review_request import ReviewRequest
from .review_result import ReviewResult
from .review_warning import ReviewWarning
from .role import Role
from .role_hints import RoleHints
from .signal import Signal
from .signals import Signals
from .stage import Stage
from .stats import Stats
from .stats_by_outcome import StatsByOutcome
from .stats_by_stage import StatsByStage
from .step_done import StepDone
from .step_kind import StepKind
from .step_posting import StepPosting
from .step_skipped import StepSkipped
from .step_snoozed import StepSnoozed
from .step_status import StepStatus
from .stop_reason import StopReason
from .stop_request import StopRequest
from .stop_result import StopResult
from .time_zone import TimeZone
from .tone import Tone
from .vendor_integration_create import VendorIntegrationCreate
from .vendor_integration_create_provider import VendorIntegrationCreateProvider
from .webhook_delivery_outcome import WebhookDeliveryOutcome
from .webhook_delivery_page import WebhookDeliveryPage
from .webhook_delivery_public import WebhookDeliveryPublic
from .webhook_receipt import WebhookReceipt

__all__ = (
    "AshbyIntegrationCreate",
    "AttemptPublic",
    "CalendarFeedCreate",
    "CalendarFeedList",
    "CalendarFeedPublic",
    "CalendarFeedSecret",
    "CancelReason",
    "Candidate",
    "CandidateHints",
    "Channel",
    "Company",
    "CompanyHints",
    "Contact",
    "Country",
    "DeliveryPage",
    "DeliveryPublic",
    "DeliveryStatus",
    "DraftedMessage",
    "DraftHistory",
    "DraftKind",
    "DraftPublic",
    "Drafts",
    "DraftsPublic",
    "DraftVersion",
    "DuePage",
    "DueStep",
    "EmailIntegrationCreate",
    "EmailIntegrationCreateProvider",
    "EmailIntegrationSettings",
    "EndpointCreate",
    "EndpointList",
    "EndpointPublic",
    "EndpointSecret",
    "EndpointUpdate",
    "EventType",
    "FieldError",
    "Fit",
    "FitMatch",
    "FollowUpPlan",
    "Founddate",
    "FoundReasonKind",
    "FoundStage",
    "Foundstr",
    "GenericIntegrationCreate",
    "Health",
    "IntegrationList",
    "IntegrationPublic",
    "IntegrationSettings",
    "IntegrationUpdate",
    "IntegrationWithSecret",
    "Interest",
    "Interviewer",
    "LeverIntegrationCreate",
    "Outcome",
    "ParsedCompany",
    "ParsedContact",
    "ParsedContext",
    "ParsedEmail",
    "ParsedPerson",
    "ParsedRole",
    "ParseRequest",
    "PlannedPlan",
    "PlannedStep",
    "PlanStepDue",
    "PlanStepEventData",
    "PlanStepPublic",
    "PlanStepUpdated",
    "Preview",
    "Problem",
    "Provider",
    "QuietPeriods",
    "ReasonKind",
    "ReasonReading",
    "ReceiptStatus",
    "RegenerateRequest",
    "RejectionContext",
    "RejectionDeleted",
    "RejectionDeletedData",
    "RejectionDrafted",
    "RejectionEventData",
    "RejectionFromEmail",
    "RejectionPage",
    "RejectionPublic",
    "RejectionSignals",
    "RejectionStatus",
    "RejectionSummary",
    "RejectionUpdate",
    "RejectionUpdated",
    "ReplyChannel",
    "ReplyCreate",
    "ReplyPublic",
    "Review",
    "ReviewRequest",
    "ReviewResult",
    "ReviewWarning",
    "Role",
    "RoleHints",
    "Signal",
    "Signals",
    "Stage",
    "Stats",
    "StatsByOutcome",
    "StatsByStage",
    "StepDone",
    "StepKind",
    "StepPosting",
    "StepSkipped",
    "StepSnoozed",
    "StepStatus",
    "StopReason",
    "StopRequest",
    "StopResult",
    "TimeZone",
    "Tone",
    "VendorIntegrationCreate",
    "VendorIntegrationCreateProvider",
    "WebhookDeliveryOutcome",
    "WebhookDeliveryPage",
    "WebhookDeliveryPublic",
    "WebhookReceipt",
)
