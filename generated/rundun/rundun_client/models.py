"""Data models of the Rundun REST API, generated from its OpenAPI document.

Field names are snake_case; each keeps the API's own spelling as its alias, so
``model_dump(by_alias=True)`` gives the JSON the API sends and accepts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Dict, List, Literal, Optional, Tuple, TypeAlias, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "StepType",
    "WebhookEventType",
    "RunStatus",
    "TemplateList",
    "Template",
    "TemplateSettings",
    "Section",
    "TemplateExecution",
    "WebhookConfig",
    "RunCreated",
    "Run",
    "Error",
    "Pagination",
    "PhotoRange",
    "Step",
    "TemplateInput",
    "RunInput",
    "Identity",
    "RunAnswer",
    "WebhookProgress",
    "WebhookEventData",
    "WebhookEvent",
]


class _Model(BaseModel):
    """Base of every model: accepts field names or API names, keeps unknown fields.

    Validators are built when a model is first used, not at import (``defer_build``), so
    importing the package stays fast however many models the API has.
    """

    model_config = ConfigDict(populate_by_name=True, extra="allow", defer_build=True)


class _UnknownVariant(_Model):
    """Base of a tagged union's fallback member: a variant whose tag the spec did not list.

    It refuses the tags the spec lists, so a known variant with a wrong shape is still an
    error instead of passing as unknown.
    """

    _tag: ClassVar[Tuple[str, str, Tuple[str, ...]]] = ("", "", ())

    @model_validator(mode="before")
    @classmethod
    def _unknown_tag_only(cls, data: Any) -> Any:
        wire, attribute, known = cls._tag
        value = (
            data.get(wire, data.get(attribute))
            if isinstance(data, dict)
            else getattr(data, attribute, None)
        )
        if value in known:
            raise ValueError(f"{wire}={value!r} names a known variant, which did not validate")
        return data


StepType: TypeAlias = Literal[
    "boolean",
    "choice",
    "multi_choice",
    "text",
    "number",
    "rating",
    "photo",
    "signature",
    "instruction",
    "barcode",
    "datetime",
]
"""TDL step type; each type has its own answer shape and `config`."""

WebhookEventType: TypeAlias = Literal[
    "step.completed", "step.skipped", "run.completed", "run.cancelled", "run.expired"
]
"""A webhook event name."""

RunStatus: TypeAlias = Literal["pending", "in_progress", "completed", "cancelled", "expired"]
"""`pending` — dispatched, not yet opened; `in_progress` — executor has started
answering; `completed` — all required steps answered and run submitted; `cancelled` —
executor exited before completion; `expired` — link expired before completion.
`completed`, `cancelled` and `expired` are final: the run is permanently closed."""


class TemplateList(_Model):
    """TemplateList"""

    data: List[Template]

    pagination: Pagination


class Template(_Model):
    """A template as stored — the TDL object plus the fields the API assigns."""

    id: str
    """Template ID (`t-{uuid}`)."""

    v: int
    """Template version; each save increments it."""

    name: str

    org_id: Optional[str] = Field(
        default=None,
    )
    """Owning organization (`org-{uuid}`)."""

    created_at: Optional[datetime] = Field(
        default=None,
    )

    description: Optional[str] = Field(
        default=None,
    )

    tags: Optional[List[str]] = Field(
        default=None,
    )

    settings: Optional[TemplateSettings] = Field(
        default=None,
    )

    sections: Optional[List[Section]] = Field(
        default=None,
    )

    execution: Optional[TemplateExecution] = Field(
        default=None,
    )


class TemplateSettings(_Model):
    """TemplateSettings"""

    allow_skip: Optional[bool] = Field(
        default=None,
    )
    """Whether non-required steps may be skipped."""

    signature_on_complete: Optional[bool] = Field(
        default=None,
    )
    """Whether a signature is collected when the run is submitted."""

    voice: Optional[bool] = Field(
        default=None,
    )
    """Seen in the TDL reference example (meaning not documented)."""

    est_minutes: Optional[int] = Field(
        default=None,
    )
    """Estimated minutes to complete."""


class Section(_Model):
    """A group of steps. Sections are optional — a template with no sections renders as a flat step list."""

    id: Optional[str] = Field(
        default=None,
    )
    """Section ID (`g-…`)."""

    title: Optional[str] = Field(
        default=None,
    )

    description: Optional[str] = Field(
        default=None,
    )

    steps: List[Step]


class TemplateExecution(_Model):
    """Execution settings (who can run the template, identity requirements)."""

    scope: Optional[str] = Field(
        default=None,
    )
    """Who can run the template (documented example value `any`)."""

    identity_required: Optional[str] = Field(
        default=None,
    )
    """Identity requirement for executors (documented example value `none`)."""


class WebhookConfig(_Model):
    """Webhook configuration for one run. There is no global webhook setting."""

    url: str
    """HTTPS endpoint that receives POST requests. Must return 2xx within 10 seconds."""

    secret: str
    """Used to sign deliveries. Minimum 16 characters. You choose this value and use it to verify incoming requests."""

    events: List[
        Union[
            Literal[
                "step.completed",
                "step.skipped",
                "run.completed",
                "run.cancelled",
                "run.expired",
                "*",
            ],
            str,
        ]
    ]
    """Event names to subscribe to. Use `["*"]` to subscribe to all events."""


class RunCreated(_Model):
    """Response of `POST /v1/runs`."""

    run_id: str
    """Stable run identifier. Use it to retrieve the run later."""

    link: str
    """Send this to the executor. Opens the app if installed; shows an install prompt if not."""

    expires_at: Optional[datetime]
    """ISO 8601 timestamp when the link expires, or null if no expiry was set."""

    assigned_to: Optional[str]
    """null on creation. Populated with the executor's `u-{uuid}` when they first open the run."""


class Run(_Model):
    """The full run document: all answers, photo URLs, GPS coordinates, timestamps and
    executor identity. Its exact shape is not documented; the fields below are Inferred
    from the dispatch response, the run statuses and the webhook envelope. Additional
    properties are allowed."""

    run_id: Optional[str] = Field(
        default=None,
    )
    """Stable run identifier (`r-{uuid}`)."""

    template_id: Optional[str] = Field(
        default=None,
    )
    """The template the run is based on."""

    template_v: Optional[int] = Field(
        default=None,
    )
    """Template version snapshotted at run creation."""

    status: Optional[Union[RunStatus, str]] = Field(
        default=None,
    )

    link: Optional[str] = Field(
        default=None,
    )
    """The run link sent to the executor."""

    executor_ref: Optional[str] = Field(
        default=None,
    )
    """Your correlation ref given at dispatch."""

    expires_at: Optional[datetime] = Field(
        default=None,
    )
    """When the link expires, or null if no expiry was set."""

    assigned_to: Optional[str] = Field(
        default=None,
    )
    """The executor's `u-{uuid}` once they have opened the run."""

    identity: Optional[Identity] = Field(
        default=None,
    )

    answers: Optional[List[RunAnswer]] = Field(
        default=None,
    )
    """The answered steps."""


class Error(_Model):
    """Error body returned with every 4xx/5xx status."""

    error: str
    """Machine-readable error code, e.g. `run_not_found`."""

    message: str
    """Human-readable message."""


class Pagination(_Model):
    """Pagination metadata of a collection response."""

    total: int
    """Total number of items in the collection."""

    page: int
    """The current page number."""

    per_page: int
    """Items per page."""

    next_page: Optional[int]
    """The next page number, or null on the last page."""


class PhotoRange(_Model):
    """Photo overlay on a step — how many photos the executor takes."""

    min: Optional[int] = Field(
        default=None,
    )
    """Minimum number of photos."""

    max: Optional[int] = Field(
        default=None,
    )
    """Maximum number of photos."""


class Step(_Model):
    """A step of a TDL template. `config` is type-specific."""

    id: Optional[str] = Field(
        default=None,
    )
    """Step ID (`s-…`)."""

    type: Union[StepType, str]

    label: str
    """The question or instruction shown to the executor."""

    hint: Optional[str] = Field(
        default=None,
    )
    """Optional help text."""

    required: Optional[bool] = Field(
        default=None,
    )
    """Whether the step must be answered before the run can be submitted."""

    photo: Optional[Union[bool, PhotoRange]] = Field(
        default=None,
    )
    """Photo overlay — `false` for none, or a `{min, max}` photo count."""

    geo: Optional[bool] = Field(
        default=None,
    )
    """Whether GPS coordinates are captured with the answer."""

    condition: Optional[Dict[str, Any]] = Field(
        default=None,
    )
    """Optional condition between steps (shape not documented in the sources)."""

    config: Optional[Dict[str, Any]] = Field(
        default=None,
    )
    """Type-specific configuration, e.g. `{"true_label": "Yes", "false_label": "No"}` for
    `boolean` and `{"min": 1, "max": 3}` for `photo`."""


class TemplateInput(_Model):
    """A TDL object for `POST /v1/templates`. Do not send `id`, `v` or `org_id` — the API assigns them."""

    name: str

    description: Optional[str] = Field(
        default=None,
    )

    tags: Optional[List[str]] = Field(
        default=None,
    )

    settings: Optional[TemplateSettings] = Field(
        default=None,
    )

    sections: Optional[List[Section]] = Field(
        default=None,
    )

    execution: Optional[TemplateExecution] = Field(
        default=None,
    )


class RunInput(_Model):
    """Body of `POST /v1/runs`."""

    template_id: str
    """ID of the template to execute (`t-{uuid}`)."""

    webhook: Optional[WebhookConfig] = Field(
        default=None,
    )

    expires_in_hours: Optional[float] = Field(
        default=None,
    )
    """Hours until the run link expires. Omit for no expiry."""

    executor_ref: Optional[str] = Field(
        default=None,
    )
    """Your own correlation ref stored on the run (e.g. booking ID, customer ID); returned in webhooks."""


class Identity(_Model):
    """How the executor identified themselves."""

    mode: Optional[Union[Literal["anonymous", "external", "member"], str]] = Field(
        default=None,
    )

    user_id: Optional[str] = Field(
        default=None,
    )
    """The executor's user ID (`u-{uuid}`), when known."""


class RunAnswer(_Model):
    """One answered step. Field names are Inferred from the `step.completed` webhook payload;
    the run document's exact answer shape is not documented."""

    step_id: Optional[str] = Field(
        default=None,
    )
    """Step ID (`s-…`)."""

    step_label: Optional[str] = Field(
        default=None,
    )

    step_type: Optional[Union[StepType, str]] = Field(
        default=None,
    )

    answer: Any = Field(
        default=None,
    )
    """The answer value; its shape depends on the step type."""

    photos: Optional[List[str]] = Field(
        default=None,
    )
    """Photo URLs captured for the step."""

    geo: Optional[Dict[str, Any]] = Field(
        default=None,
    )
    """GPS coordinates captured with the answer, when the step records them."""


class WebhookProgress(_Model):
    """Run progress at the time of the event."""

    total: Optional[int] = Field(
        default=None,
    )

    answered: Optional[int] = Field(
        default=None,
    )

    skipped: Optional[int] = Field(
        default=None,
    )


class WebhookEventData(_Model):
    """Event-specific payload. `step.completed`: step ID, label, type, answer value, base64
    JPEG photo thumbnails (about 25 KB each), geo and progress. `step.skipped`: step ID and
    progress. `run.completed`: all answers, photo URLs and duration. `run.cancelled`:
    partial answers, last step ID and reason. `run.expired`: expiry time and progress.
    Only the `step.completed` shape was shown; the fields below are those."""

    step_id: Optional[str] = Field(
        default=None,
    )

    step_label: Optional[str] = Field(
        default=None,
    )

    step_type: Optional[Union[StepType, str]] = Field(
        default=None,
    )

    answer: Any = Field(
        default=None,
    )
    """The answer value; its shape depends on the step type."""

    photos: Optional[List[str]] = Field(
        default=None,
    )

    geo: Optional[Dict[str, Any]] = Field(
        default=None,
    )

    progress: Optional[WebhookProgress] = Field(
        default=None,
    )


class WebhookEvent(_Model):
    """The envelope shared by all webhook events; `data` is event-specific."""

    event_id: str
    """Stable ID per event — identical across all retry attempts. Use it as an idempotency key."""

    delivery_attempt: int
    """Which attempt this is (1–5)."""

    event: Union[WebhookEventType, str]

    run_id: str
    """The run this event belongs to."""

    template_id: str
    """The template this run is based on."""

    template_v: int
    """Template version snapshotted at run creation."""

    ts: datetime
    """ISO 8601 timestamp of when the event fired."""

    identity: Identity

    data: WebhookEventData
