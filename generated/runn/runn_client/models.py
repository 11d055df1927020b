"""Data models of the Runn API, generated from its OpenAPI document.

Field names are snake_case; each keeps the API's own spelling as its alias, so
``model_dump(by_alias=True)`` gives the JSON the API sends and accepts.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Dict, List, Literal, Optional, Tuple, TypeAlias, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "CustomFieldModel",
    "LegacyIdModel",
    "UnknownEvent",
    "UnknownPersonCustomFieldCustomFieldsItem",
    "UnknownProjectCustomFieldCustomFieldsItem",
    "UnknownActor",
    "UpdatePersonSelectCustomFieldBodyValuesItem",
    "AddPeopleToSkillBodyPeopleItem",
    "Me",
    "CustomFieldCheckboxList",
    "CustomFieldCheckbox",
    "EventList",
    "PersonList",
    "CollectionPerson",
    "TagInput",
    "Reference",
    "ManagerRef",
    "RosteredDaysInput",
    "Person",
    "PersonNotesItem",
    "PersonSkillsItem",
    "ContractList",
    "Contract",
    "PersonCustomFieldList",
    "PersonCustomField",
    "PersonNoteList",
    "PersonNote",
    "PersonCompetencyList",
    "PersonCompetency",
    "CheckboxFieldValue",
    "DateFieldValue",
    "SelectFieldValue",
    "SelectFieldValueValuesItem",
    "TextFieldValue",
    "PersonTeamList",
    "PersonTeam",
    "ProjectList",
    "Project",
    "CompetencyList",
    "Competency",
    "AssignmentList",
    "Assignment",
    "ActualList",
    "Actual",
    "TimeOffList",
    "TimeOff",
    "HolidayTimeOffList",
    "HolidayTimeOff",
    "PeopleTagList",
    "PeopleTag",
    "ClientList",
    "Client",
    "ClientInput",
    "ProjectCustomFieldList",
    "ProjectCustomField",
    "ProjectBudgetRoleList",
    "ProjectBudgetRole",
    "MilestoneList",
    "Milestone",
    "ProjectNoteList",
    "ProjectNote",
    "ProjectOtherExpenseList",
    "ProjectOtherExpense",
    "PersonRequestList",
    "PersonRequest",
    "PersonRequestStatus",
    "ProjectPhaseList",
    "ProjectPhase",
    "ProjectRateList",
    "ProjectRate",
    "ProjectWorkstreamList",
    "ProjectWorkstream",
    "TimesheetLock",
    "RoleList",
    "Role",
    "TeamList",
    "Team",
    "ActualInput",
    "TimeOffLeaveInput",
    "SkillList",
    "Skill",
    "CompetencyValues",
    "CustomFieldDateList",
    "CustomFieldDate",
    "CustomFieldTextList",
    "CustomFieldText",
    "CustomFieldSelectList",
    "CustomFieldSelect",
    "SelectOptionInput",
    "SelectOptionAnswer",
    "HolidayGroupList",
    "HolidayGroup",
    "HolidayList",
    "Holiday",
    "InvitationList",
    "Invitation",
    "PlaceholderList",
    "Placeholder",
    "PlaceholderCreated",
    "ProjectMemberList",
    "ProjectMember",
    "ProjectWorkstreamLinkList",
    "ProjectWorkstreamLink",
    "ProjectTagList",
    "ProjectTag",
    "RateCardList",
    "RateCard",
    "HoursReportList",
    "HoursReportEntry",
    "HoursReportEntryAssignments",
    "HoursReportEntryActuals",
    "ProjectAggregateList",
    "ProjectAggregate",
    "ProjectAggregateAssignments",
    "ProjectAggregateActuals",
    "UserList",
    "User",
    "ViewList",
    "View",
    "WorkstreamList",
    "Workstream",
    "Error",
    "Tag",
    "RosteredDays",
    "CustomFieldValues",
    "CustomFieldValuesSelectItem",
    "CustomFieldValuesSelectItemValuesItem",
    "CustomFieldValuesTextItem",
    "CustomFieldValuesCheckboxItem",
    "CustomFieldValuesDateItem",
    "ClientUpdate",
    "ClientsBulkInput",
    "PersonInput",
    "PersonUpdate",
    "PersonSkillInput",
    "PersonSkillUpdate",
    "PersonTeamInput",
    "PersonProjectInput",
    "CustomTextFieldCollection",
    "CustomDateFieldCollection",
    "CustomCheckboxFieldCollection",
    "CustomSelectFieldCollection",
    "CustomSelectFieldCollectionValueItem",
    "CheckboxFieldValueInput",
    "DateFieldValueInput",
    "SelectFieldValueInput",
    "TextFieldValueInput",
    "ContractInput",
    "ContractUpdate",
    "ProjectNewInput",
    "ProjectFromTemplateInput",
    "ProjectFromTemplateInputFromTemplate",
    "ProjectUpdate",
    "RoleInput",
    "RoleUpdate",
    "TeamInput",
    "TeamUpdate",
    "SkillInput",
    "SkillUpdate",
    "SkillPeopleInput",
    "AssignmentInput",
    "ActualsBulkInput",
    "ActualTimeEntryInput",
    "TimeOffHolidayInput",
    "LeaveTimeOffsBulkInput",
    "LeaveTimeOffsBulkDeleteInput",
    "CustomFieldCheckboxInput",
    "CustomFieldCheckboxUpdate",
    "PeopleTagInput",
    "PeopleTagUpdate",
    "ProjectBudgetRoleInput",
    "ProjectBudgetRoleUpdate",
    "MilestoneInput",
    "MilestoneUpdate",
    "ProjectNoteInput",
    "ProjectOtherExpenseInput",
    "ProjectOtherExpenseUpdate",
    "PersonRequestInput",
    "PersonRequestUpdate",
    "ProjectPhaseInput",
    "ProjectPhaseUpdate",
    "ProjectRateUpdate",
    "TimesheetLockUpdate",
    "ActorUser",
    "ActorRunnSupport",
    "ActorApi",
    "ActorCsv",
    "ActorIntegration",
    "ActorSystem",
    "EventPerson",
    "EventProject",
    "EventRole",
    "EventPhase",
    "EventWorkstream",
    "DeletedActual",
    "DeletedContract",
    "DeletedPerson",
    "DeletedProject",
    "DeletedTimeOff",
    "DeletedAssignment",
    "EventProjectDeleted",
    "EventPersonDeleted",
    "EventContractDeleted",
    "EventActualDeleted",
    "EventTimeOffDeleted",
    "EventAssignmentDeleted",
    "CustomFieldDateInput",
    "CustomFieldDateUpdate",
    "CustomFieldTextInput",
    "CustomFieldTextUpdate",
    "CustomFieldSelectInput",
    "CustomFieldSelectUpdate",
    "SelectOption",
    "SelectOptionUpdate",
    "InvitationInput",
    "PlaceholderInput",
    "ProjectTagInput",
    "ProjectTagUpdate",
    "RateCardRate",
    "RateCardRateRole",
    "RateCardInput",
    "UserPermissions",
    "WorkstreamInput",
    "WorkstreamUpdate",
    "Event",
    "PersonCustomFieldCustomFieldsItem",
    "ProjectInput",
    "ProjectCustomFieldCustomFieldsItem",
    "Actor",
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


CustomFieldModel: TypeAlias = Literal["PERSON", "PROJECT"]
"""The record type a custom field belongs to."""

LegacyIdModel: TypeAlias = Literal[
    "accounts",
    "actuals",
    "assignments",
    "clients",
    "contracts",
    "help_documents",
    "invitations",
    "milestones",
    "notes",
    "people",
    "phases",
    "project_member",
    "project_rates",
    "projects",
    "rate_cards",
    "role_charge_our_rate",
    "roles",
    "tags",
    "teams",
    "time_offs",
    "users",
    "user_accounts",
    "holiday_groups",
    "skills",
    "other_expenses",
    "people_notes",
]
"""The kind of record an API v0 id belongs to."""


class UnknownEvent(_UnknownVariant):
    """A variant of Event this package does not know (the API added it after the package was generated): its 'type' is none of project_deleted, person_deleted, contract_deleted, actual_deleted, time_off_deleted, assignment_deleted. Every field is kept."""

    _tag = (
        "type",
        "type",
        (
            "project_deleted",
            "person_deleted",
            "contract_deleted",
            "actual_deleted",
            "time_off_deleted",
            "assignment_deleted",
        ),
    )


class UnknownPersonCustomFieldCustomFieldsItem(_UnknownVariant):
    """A variant of PersonCustomFieldCustomFieldsItem this package does not know (the API added it after the package was generated): its 'type' is none of text, date, checkbox, select. Every field is kept."""

    _tag = (
        "type",
        "type",
        (
            "text",
            "date",
            "checkbox",
            "select",
        ),
    )


class UnknownProjectCustomFieldCustomFieldsItem(_UnknownVariant):
    """A variant of ProjectCustomFieldCustomFieldsItem this package does not know (the API added it after the package was generated): its 'type' is none of text, date, checkbox, select. Every field is kept."""

    _tag = (
        "type",
        "type",
        (
            "text",
            "date",
            "checkbox",
            "select",
        ),
    )


class UnknownActor(_UnknownVariant):
    """A variant of Actor this package does not know (the API added it after the package was generated): its 'type' is none of user, runn_support, api, csv, integration, system. Every field is kept."""

    _tag = (
        "type",
        "type",
        (
            "user",
            "runn_support",
            "api",
            "csv",
            "integration",
            "system",
        ),
    )


class UpdatePersonSelectCustomFieldBodyValuesItem(_Model):
    """UpdatePersonSelectCustomFieldBodyValuesItem"""

    id: int
    """Id of a select option."""


class AddPeopleToSkillBodyPeopleItem(_Model):
    """AddPeopleToSkillBodyPeopleItem"""

    person_id: int = Field(
        alias="personId",
    )

    level: Optional[int] = Field(
        default=None,
    )
    """Skill level: 1, 2, 3 or 4, or null for no level."""


class Me(_Model):
    """Information about the currently authenticated user."""

    name: str


class CustomFieldCheckboxList(_Model):
    """One page of checkbox custom fields (cursor-based pagination)."""

    values: List[CustomFieldCheckbox]
    """This page of checkbox custom fields."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class CustomFieldCheckbox(_Model):
    """A checkbox custom field defined for people or projects."""

    id: int
    """Unique identifier for the custom field checkbox."""

    name: str
    """Display name for the custom field checkbox."""

    description: Optional[str] = Field(
        default=None,
    )

    model: Union[CustomFieldModel, str]

    required: bool
    """Whether or not the checkbox is a required field."""

    show_in_planner: bool = Field(
        alias="showInPlanner",
    )
    """Whether or not the custom field checkbox is shown in the project or person planner in the app UI."""

    sort_order: float = Field(
        alias="sortOrder",
    )
    """The sort order of the custom field checkbox."""

    filterable_in_planner: bool = Field(
        alias="filterableInPlanner",
    )
    """Whether or not the custom field checkbox is filterable in the project or person planner in the app UI."""


class EventList(_Model):
    """One page of events (cursor-based pagination)."""

    values: List[Union[Event, UnknownEvent]]
    """This page of events."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class PersonList(_Model):
    """One page of people (cursor-based pagination)."""

    values: List[CollectionPerson]
    """This page of people."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class CollectionPerson(_Model):
    """A person as listed in collections."""

    id: int

    first_name: str = Field(
        alias="firstName",
    )

    last_name: str = Field(
        alias="lastName",
    )

    email: Optional[str]

    is_archived: bool = Field(
        alias="isArchived",
    )

    team_id: Optional[int] = Field(
        alias="teamId",
    )

    references: List[Reference]

    tags: List[Tag]

    holidays_group_id: Optional[int] = Field(
        alias="holidaysGroupId",
    )

    managers: List[ManagerRef]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class TagInput(_Model):
    """A tag, given by id (v1 writes tags as `[{id}]`)."""

    id: int
    """Id of an existing tag."""


class Reference(_Model):
    """A link from a Runn record to a record in another system. Since v1 references are a list of `{referenceName, externalId}` pairs."""

    reference_name: str = Field(
        alias="referenceName",
    )
    """Name of the external system the id belongs to."""

    external_id: str = Field(
        alias="externalId",
    )
    """The record's id in that external system."""


class ManagerRef(_Model):
    """A user who manages a person."""

    id: int
    """The ID referencing the user managing the person."""


class RosteredDaysInput(_Model):
    """Minutes worked on each weekday. Every value must be the same as minutesPerDay or 0."""

    monday: float

    tuesday: float

    wednesday: float

    thursday: float

    friday: float


class Person(_Model):
    """A person, with notes, skills and custom field values."""

    id: int

    first_name: str = Field(
        alias="firstName",
    )

    last_name: str = Field(
        alias="lastName",
    )

    email: Optional[str]

    is_archived: bool = Field(
        alias="isArchived",
    )

    team_id: Optional[int] = Field(
        alias="teamId",
    )

    references: List[Reference]

    tags: List[Tag]

    holidays_group_id: Optional[int] = Field(
        alias="holidaysGroupId",
    )

    managers: List[ManagerRef]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""

    notes: List[PersonNotesItem]

    skills: List[PersonSkillsItem]

    custom_fields: CustomFieldValues = Field(
        alias="customFields",
    )


class PersonNotesItem(_Model):
    """PersonNotesItem"""

    id: int

    note: str

    created_by: str = Field(
        alias="createdBy",
    )


class PersonSkillsItem(_Model):
    """PersonSkillsItem"""

    id: int

    level: Optional[int]


class ContractList(_Model):
    """One page of contracts (cursor-based pagination)."""

    values: List[Contract]
    """This page of contracts."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Contract(_Model):
    """A person's contract: role, working hours and cost over a period."""

    id: int

    cost_per_hour: Optional[float] = Field(
        alias="costPerHour",
    )

    employment_type: str = Field(
        alias="employmentType",
    )
    """The type of employment for the contract (`employee` or `contractor`)."""

    minutes_per_day: Optional[float] = Field(
        alias="minutesPerDay",
    )

    rostered_days: RosteredDays = Field(
        alias="rosteredDays",
    )

    start_date: date = Field(
        alias="startDate",
    )
    """Format: YYYY-MM-DD"""

    end_date: Optional[date] = Field(
        alias="endDate",
    )
    """Format: YYYY-MM-DD"""

    role_id: int = Field(
        alias="roleId",
    )

    person_id: int = Field(
        alias="personId",
    )

    job_title: Optional[str] = Field(
        alias="jobTitle",
    )
    """This feature is currently hidden, and can not be seen in the app"""

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class PersonCustomFieldList(_Model):
    """One page of people's custom field values (cursor-based pagination)."""

    values: List[PersonCustomField]
    """This page of people's custom field values."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class PersonCustomField(_Model):
    """The custom field values of one person."""

    person_id: int = Field(
        alias="personId",
    )

    custom_fields: List[
        Union[PersonCustomFieldCustomFieldsItem, UnknownPersonCustomFieldCustomFieldsItem]
    ] = Field(
        alias="customFields",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class PersonNoteList(_Model):
    """One page of person notes (cursor-based pagination)."""

    values: List[PersonNote]
    """This page of person notes."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class PersonNote(_Model):
    """A note on a person."""

    id: int

    created_by: Optional[str] = Field(
        alias="createdBy",
    )

    created_by_email: Optional[str] = Field(
        alias="createdByEmail",
    )

    note: str

    person_id: int = Field(
        alias="personId",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class PersonCompetencyList(_Model):
    """One page of person skills (cursor-based pagination)."""

    values: List[PersonCompetency]
    """This page of person skills."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class PersonCompetency(_Model):
    """A skill held by a person, with the person's id."""

    person_id: int = Field(
        alias="personId",
    )

    level: Optional[int] = Field(
        default=None,
    )
    """Skill level: 1, 2, 3 or 4, or null for no level."""

    skill_id: int = Field(
        alias="skillId",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class CheckboxFieldValue(_Model):
    """The value now set for a checkbox custom field."""

    id: int

    value: bool


class DateFieldValue(_Model):
    """The value now set for a date custom field."""

    id: int

    value: Optional[date]
    """Format: YYYY-MM-DD"""


class SelectFieldValue(_Model):
    """The options now chosen for a select custom field."""

    id: int

    values: List[SelectFieldValueValuesItem]


class SelectFieldValueValuesItem(_Model):
    """SelectFieldValueValuesItem"""

    id: int


class TextFieldValue(_Model):
    """The value now set for a text custom field."""

    id: int

    value: str


class PersonTeamList(_Model):
    """One page of teams (cursor-based pagination)."""

    values: List[PersonTeam]
    """This page of teams."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class PersonTeam(_Model):
    """A team a person belongs to."""

    id: int

    name: Optional[str]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ProjectList(_Model):
    """One page of projects (cursor-based pagination)."""

    values: List[Project]
    """This page of projects."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Project(_Model):
    """A project for a client."""

    id: int

    name: str

    is_template: bool = Field(
        alias="isTemplate",
    )

    is_archived: bool = Field(
        alias="isArchived",
    )

    is_confirmed: bool = Field(
        alias="isConfirmed",
    )

    pricing_model: Union[Literal["fp", "tm", "nb"], str] = Field(
        alias="pricingModel",
    )
    """Pricing model: `fp` fixed price, `tm` time and materials, `nb` non-billable."""

    rate_type: Union[Literal["hours", "days"], str] = Field(
        alias="rateType",
    )

    team_id: Optional[int] = Field(
        alias="teamId",
    )

    budget: Optional[float]

    expenses_budget: Optional[float] = Field(
        alias="expensesBudget",
    )

    references: List[Reference]

    client_id: int = Field(
        alias="clientId",
    )

    rate_card_id: int = Field(
        alias="rateCardId",
    )

    custom_fields: CustomFieldValues = Field(
        alias="customFields",
    )

    manager_ids: List[int] = Field(
        alias="managerIds",
    )

    tags: List[Tag]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class CompetencyList(_Model):
    """One page of a person's skills (cursor-based pagination)."""

    values: List[Competency]
    """This page of a person's skills."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Competency(_Model):
    """A skill held by a person, with its level."""

    level: Optional[int] = Field(
        default=None,
    )
    """Skill level: 1, 2, 3 or 4, or null for no level."""

    skill_id: int = Field(
        alias="skillId",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class AssignmentList(_Model):
    """One page of assignments (cursor-based pagination)."""

    values: List[Assignment]
    """This page of assignments."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Assignment(_Model):
    """A person scheduled on a project, in a role, for some minutes per day over a date range."""

    id: int
    """The unique identifier for the assignment."""

    person_id: int = Field(
        alias="personId",
    )
    """id referencing the person associated with the assignment."""

    start_date: date = Field(
        alias="startDate",
    )
    """The start date of the assignment. Format: YYYY-MM-DD"""

    end_date: date = Field(
        alias="endDate",
    )
    """The end date of the assignment. Format: YYYY-MM-DD"""

    project_id: int = Field(
        alias="projectId",
    )
    """The ID referencing the project to which the assignment belongs."""

    minutes_per_day: int = Field(
        alias="minutesPerDay",
    )
    """The number of minutes allocated to the assignment per day."""

    role_id: int = Field(
        alias="roleId",
    )
    """The ID referencing the role associated with the assignment."""

    is_active: bool = Field(
        alias="isActive",
    )
    """A flag indicating whether the assignment is currently active."""

    note: Optional[str]

    is_billable: bool = Field(
        alias="isBillable",
    )
    """A flag indicating whether the assignment is billable."""

    phase_id: Optional[int] = Field(
        alias="phaseId",
    )

    is_non_working_day: bool = Field(
        alias="isNonWorkingDay",
    )
    """A flag indicating if the assignment falls on a non-working day."""

    is_template: bool = Field(
        alias="isTemplate",
    )
    """A flag indicating if the assignment is a template."""

    is_placeholder: bool = Field(
        alias="isPlaceholder",
    )
    """A flag indicating if the assignment's person is a placeholder."""

    workstream_id: Optional[int] = Field(
        alias="workstreamId",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ActualList(_Model):
    """One page of actuals (cursor-based pagination)."""

    values: List[Actual]
    """This page of actuals."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Actual(_Model):
    """Time actually worked by a person on a project on one day."""

    id: int
    """The unique identifier for the actual"""

    date_: date = Field(
        alias="date",
    )
    """The date the actual took place. Format: YYYY-MM-DD"""

    billable_minutes: float = Field(
        alias="billableMinutes",
    )
    """The number of billable minutes for the actual"""

    nonbillable_minutes: float = Field(
        alias="nonbillableMinutes",
    )
    """The number of nonbillable minutes for the actual"""

    billable_note: Optional[str] = Field(
        alias="billableNote",
    )
    """A note or comment related to the billable minutes, if any."""

    nonbillable_note: Optional[str] = Field(
        alias="nonbillableNote",
    )
    """A note or comment related to the nonbillable minutes, if any."""

    phase_id: Optional[int] = Field(
        alias="phaseId",
    )
    """The ID referencing the phase of the actual, if applicable."""

    person_id: int = Field(
        alias="personId",
    )
    """The ID referencing the person associated with the actual."""

    project_id: int = Field(
        alias="projectId",
    )
    """The ID referencing the project associated with the actual."""

    role_id: int = Field(
        alias="roleId",
    )
    """The ID referencing the role associated with the actual."""

    workstream_id: Optional[int] = Field(
        alias="workstreamId",
    )
    """The ID referencing the workstream of the actual, if applicable."""

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class TimeOffList(_Model):
    """One page of time offs (cursor-based pagination)."""

    values: List[TimeOff]
    """This page of time offs."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class TimeOff(_Model):
    """A time off (leave or rostered day off) of a person."""

    id: int
    """The unique identifier for the time off."""

    person_id: int = Field(
        alias="personId",
    )
    """The identifier referencing the person associated with the time-off."""

    start_date: date = Field(
        alias="startDate",
    )
    """The start date of the time-off. Format: YYYY-MM-DD"""

    end_date: date = Field(
        alias="endDate",
    )
    """The end date of the time-off. Format: YYYY-MM-DD"""

    note: Optional[str]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""

    minutes_per_day: Optional[int] = Field(
        alias="minutesPerDay",
    )
    """Minutes per day taken off; null for full day(s)."""


class HolidayTimeOffList(_Model):
    """One page of holiday time offs (cursor-based pagination)."""

    values: List[HolidayTimeOff]
    """This page of holiday time offs."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class HolidayTimeOff(_Model):
    """A public holiday taken off by a person."""

    id: int
    """The unique identifier for the time off."""

    person_id: int = Field(
        alias="personId",
    )
    """The identifier referencing the person associated with the time-off."""

    start_date: date = Field(
        alias="startDate",
    )
    """The start date of the time-off. Format: YYYY-MM-DD"""

    end_date: date = Field(
        alias="endDate",
    )
    """The end date of the time-off. Format: YYYY-MM-DD"""

    note: Optional[str]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""

    minutes_per_day: Optional[int] = Field(
        alias="minutesPerDay",
    )
    """Minutes per day taken off; null for full day(s)."""

    holiday_id: int = Field(
        alias="holidayId",
    )
    """The identifier referencing the holiday associated with the time-off."""


class PeopleTagList(_Model):
    """One page of people tags (cursor-based pagination)."""

    values: List[PeopleTag]
    """This page of people tags."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class PeopleTag(_Model):
    """A tag that can be put on people."""

    id: int

    name: str

    archived: bool

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ClientList(_Model):
    """One page of clients (cursor-based pagination)."""

    values: List[Client]
    """This page of clients."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Client(_Model):
    """A client."""

    id: int

    name: str

    website: Optional[str]

    is_archived: bool = Field(
        alias="isArchived",
    )

    references: List[Reference]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ClientInput(_Model):
    """A new client. Only `name` is required."""

    name: str

    website: Optional[str] = Field(
        default=None,
    )
    """The client's website (a URL)."""

    references: Optional[List[Reference]] = Field(
        default=None,
    )


class ProjectCustomFieldList(_Model):
    """One page of projects' custom field values (cursor-based pagination)."""

    values: List[ProjectCustomField]
    """This page of projects' custom field values."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectCustomField(_Model):
    """The custom field values of one project."""

    project_id: int = Field(
        alias="projectId",
    )

    custom_fields: List[
        Union[ProjectCustomFieldCustomFieldsItem, UnknownProjectCustomFieldCustomFieldsItem]
    ] = Field(
        alias="customFields",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ProjectBudgetRoleList(_Model):
    """One page of project budget roles (cursor-based pagination)."""

    values: List[ProjectBudgetRole]
    """This page of project budget roles."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectBudgetRole(_Model):
    """Project budget role: the time (and budget) planned for one role on a project."""

    project_id: int = Field(
        alias="projectId",
    )

    role_id: int = Field(
        alias="roleId",
    )

    estimated_minutes: int = Field(
        alias="estimatedMinutes",
    )
    """Estimated Minutes: The total number of minutes budgeted for a role on a project."""

    estimated_budget: int = Field(
        alias="estimatedBudget",
    )
    """The budget in local currency. This value is calculated live and rounded using ROUND_HALF_UP. estimatedBudget = estimatedMinutes / 60 * projectRateMinute"""

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class MilestoneList(_Model):
    """One page of milestones (cursor-based pagination)."""

    values: List[Milestone]
    """This page of milestones."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Milestone(_Model):
    """A dated milestone on a project."""

    id: int

    title: Optional[str]

    icon: Optional[str]

    note: Optional[str] = Field(
        default=None,
    )

    date_: date = Field(
        alias="date",
    )
    """Format: YYYY-MM-DD"""

    project_id: int = Field(
        alias="projectId",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ProjectNoteList(_Model):
    """One page of project notes (cursor-based pagination)."""

    values: List[ProjectNote]
    """This page of project notes."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectNote(_Model):
    """A note on a project."""

    id: int

    created_by: Optional[str] = Field(
        alias="createdBy",
    )

    created_by_email: Optional[str] = Field(
        alias="createdByEmail",
    )

    note: str

    project_id: int = Field(
        alias="projectId",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ProjectOtherExpenseList(_Model):
    """One page of other expenses (cursor-based pagination)."""

    values: List[ProjectOtherExpense]
    """This page of other expenses."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectOtherExpense(_Model):
    """A non-labour expense for a project."""

    id: int
    """Unique identifier for the other expense.

    Read-only: set by the API; left out of request arguments."""

    cost: float
    """How much the item costs for your business (in your account's currency)."""

    charge: float
    """How much you are charging your clients for the item (in your account's currency)."""

    name: str
    """The item or service that was purchased."""

    date_: date = Field(
        alias="date",
    )
    """The date the expense was incurred."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """The date the expense was last updated."""

    created_at: datetime = Field(
        alias="createdAt",
    )
    """The date the expense was created."""

    project_id: int = Field(
        alias="projectId",
    )
    """The project the expense is associated with."""


class PersonRequestList(_Model):
    """One page of person requests (cursor-based pagination)."""

    values: List[PersonRequest]
    """This page of person requests."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class PersonRequest(_Model):
    """A request to fill a placeholder on a project with a person in the account, or to hire a new person."""

    id: int

    person_id: int = Field(
        alias="personId",
    )
    """The ID of the placeholder associated with this request"""

    project_id: int = Field(
        alias="projectId",
    )

    status: Union[Literal["NEED_TO_HIRE", "REQUESTED", "PENDING"], str]

    requester_id: Optional[int] = Field(
        alias="requesterId",
    )
    """The ID of the user who requested this person"""

    updater_id: Optional[int] = Field(
        alias="updaterId",
    )
    """The ID of the user who last updated this request"""

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class PersonRequestStatus(_Model):
    """A person request's id and its new status."""

    id: int

    status: Union[Literal["NEED_TO_HIRE", "REQUESTED", "PENDING"], str]


class ProjectPhaseList(_Model):
    """One page of project phases (cursor-based pagination)."""

    values: List[ProjectPhase]
    """This page of project phases."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectPhase(_Model):
    """Project phases divide your project into smaller sections so you can group similar tasks and assignments together."""

    id: int
    """Unique identifier for the phase"""

    name: str
    """The name of the project phase"""

    color: str
    """Color of the project phase (hex code)"""

    start_date: date = Field(
        alias="startDate",
    )
    """Start date of the project phase in ISO 8601 format"""

    end_date: date = Field(
        alias="endDate",
    )
    """End date of the phase in ISO 8601 format"""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    project_id: int = Field(
        alias="projectId",
    )
    """The project the phase is associated with."""


class ProjectRateList(_Model):
    """One page of project role rates (cursor-based pagination)."""

    values: List[ProjectRate]
    """This page of project role rates."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectRate(_Model):
    """The rate charged for a role on a project."""

    id: int

    project_id: int = Field(
        alias="projectId",
    )

    role_id: int = Field(
        alias="roleId",
    )

    rate: float

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ProjectWorkstreamList(_Model):
    """One page of project workstreams (cursor-based pagination)."""

    values: List[ProjectWorkstream]
    """This page of project workstreams."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectWorkstream(_Model):
    """A workstream, with the projects it is assigned to."""

    id: int

    name: str

    archived: bool

    project_ids: List[int] = Field(
        alias="projectIds",
    )


class TimesheetLock(_Model):
    """The timesheet lock of a project."""

    status: Optional[Union[Literal["LOCKED", "UNLOCKED"], str]]

    locked_until: Optional[datetime] = Field(
        alias="lockedUntil",
    )
    """Format: YYYY-MM-DDTHH:MM:SSZ"""

    last_updated_by: Optional[str] = Field(
        alias="lastUpdatedBy",
    )

    updated_at: Optional[datetime] = Field(
        alias="updatedAt",
    )
    """Format: YYYY-MM-DDTHH:MM:SSZ"""


class RoleList(_Model):
    """One page of roles (cursor-based pagination)."""

    values: List[Role]
    """This page of roles."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Role(_Model):
    """A role people can hold on contracts and projects."""

    id: int

    name: Optional[str]

    is_archived: bool = Field(
        alias="isArchived",
    )

    default_hour_cost: float = Field(
        alias="defaultHourCost",
    )

    standard_rate: float = Field(
        alias="standardRate",
    )

    references: List[Reference]

    person_ids: List[int] = Field(
        alias="personIds",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class TeamList(_Model):
    """One page of teams (cursor-based pagination)."""

    values: List[Team]
    """This page of teams."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Team(_Model):
    """A team of people."""

    id: int

    name: str

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ActualInput(_Model):
    """An actual: the total time for one day (for one project/person/role/workstream)."""

    date_: date = Field(
        alias="date",
    )
    """The date this actual is for. Format: YYYY-MM-DD"""

    billable_minutes: float = Field(
        alias="billableMinutes",
    )
    """The number of minutes that are billable. Either this or nonbillableMinutes must be set"""

    nonbillable_minutes: float = Field(
        alias="nonbillableMinutes",
    )
    """The number of minutes that are non billable. Either this or billableMinutes must be set"""

    billable_note: Optional[str] = Field(
        default=None,
        alias="billableNote",
    )
    """A note about the billable minutes"""

    nonbillable_note: Optional[str] = Field(
        default=None,
        alias="nonbillableNote",
    )
    """A note about the nonbillable minutes"""

    phase_id: Optional[int] = Field(
        default=None,
        alias="phaseId",
    )
    """The phase this actual is for, if any"""

    person_id: int = Field(
        alias="personId",
    )
    """The person this actual is for"""

    project_id: int = Field(
        alias="projectId",
    )
    """The project this actual is for"""

    role_id: int = Field(
        alias="roleId",
    )
    """The role the person was in when for this actual"""

    workstream_id: Optional[int] = Field(
        default=None,
        alias="workstreamId",
    )
    """The workstream the actual belongs to"""


class TimeOffLeaveInput(_Model):
    """A new leave time off."""

    person_id: int = Field(
        alias="personId",
    )
    """The unique identifier for the person."""

    start_date: date = Field(
        alias="startDate",
    )
    """The start date of the time-off. Format: YYYY-MM-DD"""

    end_date: date = Field(
        alias="endDate",
    )
    """The end date of the time-off. Format: YYYY-MM-DD"""

    note: Optional[str] = Field(
        default=None,
    )
    """A note or comment related to the time-off, if any."""

    minutes_per_day: Optional[int] = Field(
        default=None,
        alias="minutesPerDay",
    )
    """The minutes per day taken as time off. Omit this property if time-off is for full day(s) as per person's contract."""


class SkillList(_Model):
    """One page of skills (cursor-based pagination)."""

    values: List[Skill]
    """This page of skills."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Skill(_Model):
    """A skill people can have."""

    id: int

    name: str

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class CompetencyValues(_Model):
    """The skills created."""

    values: List[Competency]


class CustomFieldDateList(_Model):
    """One page of date custom fields (cursor-based pagination)."""

    values: List[CustomFieldDate]
    """This page of date custom fields."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class CustomFieldDate(_Model):
    """A date custom field defined for people or projects."""

    id: int
    """Unique identifier for the custom field date."""

    name: str
    """Display name for the custom field date."""

    description: Optional[str]
    """Description for the custom field date."""

    model: Union[CustomFieldModel, str]

    required: bool
    """Whether or not the date is a required field."""

    show_in_planner: bool = Field(
        alias="showInPlanner",
    )
    """Whether or not the custom field date is shown in the project or person planner in the app UI."""

    sort_order: int = Field(
        alias="sortOrder",
    )
    """The sort order of the custom field date."""

    filterable_in_planner: bool = Field(
        alias="filterableInPlanner",
    )
    """Whether or not the custom field date is filterable in the project or person planner in the app UI."""


class CustomFieldTextList(_Model):
    """One page of text custom fields (cursor-based pagination)."""

    values: List[CustomFieldText]
    """This page of text custom fields."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class CustomFieldText(_Model):
    """A text custom field defined for people or projects."""

    id: int
    """Unique identifier for the custom field text."""

    name: str
    """Display name for the custom field text."""

    description: Optional[str]
    """Description for the custom field text."""

    model: Union[CustomFieldModel, str]

    required: bool
    """Whether or not the text is a required field."""

    show_in_planner: bool = Field(
        alias="showInPlanner",
    )
    """Whether or not the custom field text is shown in the project or person planner in the app UI."""

    sort_order: int = Field(
        alias="sortOrder",
    )
    """The sort order of the custom field text."""

    filterable_in_planner: bool = Field(
        alias="filterableInPlanner",
    )
    """Whether or not the custom field text is filterable in the project or person planner in the app UI."""


class CustomFieldSelectList(_Model):
    """One page of select custom fields (cursor-based pagination)."""

    values: List[CustomFieldSelect]
    """This page of select custom fields."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class CustomFieldSelect(_Model):
    """A select custom field defined for people or projects."""

    id: int
    """Unique identifier for the custom field select."""

    name: str
    """Display name for the custom field select."""

    description: Optional[str]
    """Description for the custom field select."""

    model: Union[CustomFieldModel, str]

    options: List[SelectOption]
    """All selectable options."""

    single_select: bool = Field(
        alias="singleSelect",
    )
    """Whether this select is a single or multi select."""

    required: bool
    """Whether or not the select is a required field."""

    show_in_planner: bool = Field(
        alias="showInPlanner",
    )
    """Whether or not the custom field select is shown in the project or person planner in the app UI."""

    sort_order: int = Field(
        alias="sortOrder",
    )
    """The sort order of the custom field select."""

    filterable_in_planner: bool = Field(
        alias="filterableInPlanner",
    )
    """Whether or not the custom field select is filterable in the project or person planner in the app UI."""


class SelectOptionInput(_Model):
    """A new option of a select custom field."""

    name: str
    """Display name for the select option."""


class SelectOptionAnswer(_Model):
    """An option of a select custom field, as the option operations answer it."""

    option: SelectOption


class HolidayGroupList(_Model):
    """One page of holiday groups (cursor-based pagination)."""

    values: List[HolidayGroup]
    """This page of holiday groups."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class HolidayGroup(_Model):
    """A holiday group: the public holidays of a country or region, which people can follow."""

    id: int

    name: str

    country_code: str = Field(
        alias="countryCode",
    )

    country_name: Optional[str] = Field(
        alias="countryName",
    )

    region_name: Optional[str] = Field(
        alias="regionName",
    )

    holiday_ids: List[int] = Field(
        alias="holidayIds",
    )
    """The group's holidays."""


class HolidayList(_Model):
    """One page of holidays (cursor-based pagination)."""

    values: List[Holiday]
    """This page of holidays."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Holiday(_Model):
    """A public holiday of a holiday group."""

    id: int

    name: str

    date_: date = Field(
        alias="date",
    )
    """Format: YYYY-MM-DD"""

    observed: Optional[date]
    """The day the holiday is observed, when it differs. Format: YYYY-MM-DD"""

    type: str


class InvitationList(_Model):
    """One page of invitations (cursor-based pagination)."""

    values: List[Invitation]
    """This page of invitations."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Invitation(_Model):
    """An invitation for someone to become a user of the account. It does not show the invitation token."""

    id: int
    """Unique identifier for the invitation."""

    email: str
    """Email for the invitation."""

    user_type: Union[
        Literal[
            "admin",
            "editor",
            "viewer_all",
            "viewer_basic",
            "timesheet_only",
            "manager",
            "contributor",
        ],
        str,
    ] = Field(
        alias="userType",
    )
    """Permission level"""

    financial_permission: Union[Literal["all", "no_salaries", "restricted", "none"], str] = Field(
        alias="financialPermission",
    )
    """Financial permission level"""

    edit_projects_permission: Union[Literal["all", "specific", "restricted", "none"], str] = Field(
        alias="editProjectsPermission",
    )
    """Edit projects permission level (deprecated: use manageProjectsPermission)"""

    edit_others_permission: Union[Literal["all", "none"], str] = Field(
        alias="editOthersPermission",
    )
    """Edit others permission level"""

    manage_projects_permission: Union[Literal["all", "specific", "restricted", "none"], str] = (
        Field(
            alias="manageProjectsPermission",
        )
    )
    """Manage projects permission level"""

    manage_people_permission: Union[Literal["all", "restricted", "none"], str] = Field(
        alias="managePeoplePermission",
    )
    """Manage people permission level"""

    manage_account_permission: bool = Field(
        alias="manageAccountPermission",
    )
    """Manage account permission level"""

    add_all_people_to_projects_permission: bool = Field(
        alias="addAllPeopleToProjectsPermission",
    )
    """Add all people to projects permission level"""

    view_planner_permission: bool = Field(
        alias="viewPlannerPermission",
    )
    """View planner permission level"""

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    sent_at: datetime = Field(
        alias="sentAt",
    )
    """Date and time when the invitation was last sent"""

    expires_at: datetime = Field(
        alias="expiresAt",
    )
    """Date and time when the invitation expires"""


class PlaceholderList(_Model):
    """One page of placeholders (cursor-based pagination)."""

    values: List[Placeholder]
    """This page of placeholders."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Placeholder(_Model):
    """A placeholder: a stand-in on projects for a person not yet hired or chosen."""

    id: int

    first_name: str = Field(
        alias="firstName",
    )

    last_name: str = Field(
        alias="lastName",
    )

    is_archived: bool = Field(
        alias="isArchived",
    )

    tags: List[Tag]

    references: List[Reference]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class PlaceholderCreated(_Model):
    """A placeholder as its create answers it: with its contract's role and cost, and its team. (Runn's OpenAPI names this shape `PlaceholderInput`.)"""

    id: int

    first_name: str = Field(
        alias="firstName",
    )

    last_name: str = Field(
        alias="lastName",
    )

    cost_per_hour: float = Field(
        alias="costPerHour",
    )

    role_id: int = Field(
        alias="roleId",
    )

    team_id: Optional[int] = Field(
        alias="teamId",
    )

    tags: List[Tag]


class ProjectMemberList(_Model):
    """One page of project members (cursor-based pagination)."""

    values: List[ProjectMember]
    """This page of project members."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectMember(_Model):
    """A person's membership of a project, in a role."""

    id: int

    person_id: int = Field(
        alias="personId",
    )

    project_id: int = Field(
        alias="projectId",
    )

    role_id: int = Field(
        alias="roleId",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    is_placeholder: bool = Field(
        alias="isPlaceholder",
    )

    workstream_id: Optional[int] = Field(
        alias="workstreamId",
    )

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ProjectWorkstreamLinkList(_Model):
    """One page of project workstream assignments (cursor-based pagination)."""

    values: List[ProjectWorkstreamLink]
    """This page of project workstream assignments."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectWorkstreamLink(_Model):
    """A workstream's assignment to a project."""

    project_id: int = Field(
        alias="projectId",
    )

    workstream_id: int = Field(
        alias="workstreamId",
    )

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ProjectTagList(_Model):
    """One page of project tags (cursor-based pagination)."""

    values: List[ProjectTag]
    """This page of project tags."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectTag(_Model):
    """A tag that can be put on projects, with the projects that carry it."""

    id: int

    name: str

    project_ids: List[int] = Field(
        alias="projectIds",
    )

    archived: bool

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class RateCardList(_Model):
    """One page of rate cards (cursor-based pagination)."""

    values: List[RateCard]
    """This page of rate cards."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class RateCard(_Model):
    """A rate card: the rate charged for each role (or one blended rate for all)."""

    id: int

    name: Optional[str]

    description: Optional[str]

    is_archived: bool = Field(
        alias="isArchived",
    )

    references: List[Reference]

    is_blended_rate_card: bool = Field(
        alias="isBlendedRateCard",
    )

    blended_rate: Optional[float] = Field(
        alias="blendedRate",
    )

    rate_type: Optional[Union[Literal["hours", "days"], str]] = Field(
        alias="rateType",
    )

    project_ids: List[int] = Field(
        alias="projectIds",
    )
    """The projects that use the rate card."""

    rates: List[RateCardRate]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class HoursReportList(_Model):
    """One page of by-day entries (cursor-based pagination)."""

    values: List[HoursReportEntry]
    """This page of by-day entries."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class HoursReportEntry(_Model):
    """A by-day entry of a person on a project: actual minutes where they exist, else assigned minutes. (Runn's OpenAPI has one copy of this shape per report.)"""

    date_: date = Field(
        alias="date",
    )
    """The date of the entry. Multi-day assignments will get split over multiple days. Format: YYYY-MM-DD"""

    role_id: int = Field(
        alias="roleId",
    )
    """The project-specific role for the associated person"""

    project_id: int = Field(
        alias="projectId",
    )
    """The project of this entry"""

    person_id: int = Field(
        alias="personId",
    )
    """The person of this entry"""

    workstream_id: Optional[int] = Field(
        alias="workstreamId",
    )
    """The workstream for this entry"""

    phase_id: Optional[int] = Field(
        alias="phaseId",
    )
    """Associated phase (using actual phase, and falling back to assignment phase)"""

    billable_minutes: int = Field(
        alias="billableMinutes",
    )
    """Billable minutes for this day. Returns Actual minutes where it exists, otherwise returns Assignment minutes."""

    non_billable_minutes: int = Field(
        alias="nonBillableMinutes",
    )
    """Non-billable minutes for this day. Returns Actual minutes where it exists, otherwise returns Assignment minutes."""

    total_minutes: int = Field(
        alias="totalMinutes",
    )
    """Total minutes for this day (sum of billable and non-billable)"""

    assignments: HoursReportEntryAssignments
    """The minutes of the assignments."""

    actuals: HoursReportEntryActuals
    """The minutes of the actuals."""


class HoursReportEntryAssignments(_Model):
    """The minutes of the assignments."""

    billable_minutes: int = Field(
        alias="billableMinutes",
    )
    """Billable minutes for this assignment"""

    non_billable_minutes: int = Field(
        alias="nonBillableMinutes",
    )
    """Non-billable minutes for this assignment"""

    total_minutes: int = Field(
        alias="totalMinutes",
    )
    """Total billable and non-billable minutes for this assignment"""

    phase_id: Optional[int] = Field(
        alias="phaseId",
    )
    """Associated phase"""


class HoursReportEntryActuals(_Model):
    """The minutes of the actuals."""

    billable_minutes: int = Field(
        alias="billableMinutes",
    )
    """Billable minutes for this actual"""

    non_billable_minutes: int = Field(
        alias="nonBillableMinutes",
    )
    """Non-billable minutes for this actual"""

    total_minutes: int = Field(
        alias="totalMinutes",
    )
    """Total billable and non-billable minutes for this actual"""

    phase_id: Optional[int] = Field(
        alias="phaseId",
    )
    """Associated phase"""


class ProjectAggregateList(_Model):
    """One page of project totals (cursor-based pagination)."""

    values: List[ProjectAggregate]
    """This page of project totals."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class ProjectAggregate(_Model):
    """A project's total minutes, from its actuals and its assignments."""

    id: int
    """The project identifier"""

    billable_minutes: int = Field(
        alias="billableMinutes",
    )
    """Sum of billable minutes (using actuals if available, falling back to assignments)"""

    non_billable_minutes: int = Field(
        alias="nonBillableMinutes",
    )
    """Sum of non-billable minutes (using actuals if available, falling back to assignments)"""

    total_minutes: int = Field(
        alias="totalMinutes",
    )
    """Total of the sums of billable and non-billable minutes"""

    assignments: ProjectAggregateAssignments
    """The sums of the assignments' minutes."""

    actuals: ProjectAggregateActuals
    """The sums of the actuals' minutes."""


class ProjectAggregateAssignments(_Model):
    """The sums of the assignments' minutes."""

    billable_minutes: int = Field(
        alias="billableMinutes",
    )
    """Sum of billable minutes for assignments"""

    non_billable_minutes: int = Field(
        alias="nonBillableMinutes",
    )
    """Sum of non-billable minutes for assignments"""

    total_minutes: int = Field(
        alias="totalMinutes",
    )
    """Total of the sums of billable and non-billable minutes"""


class ProjectAggregateActuals(_Model):
    """The sums of the actuals' minutes."""

    billable_minutes: int = Field(
        alias="billableMinutes",
    )
    """Sum of billable minutes for actuals"""

    non_billable_minutes: int = Field(
        alias="nonBillableMinutes",
    )
    """Sum of non-billable minutes for actuals"""

    total_minutes: int = Field(
        alias="totalMinutes",
    )
    """Total of the sums of billable and non-billable minutes"""


class UserList(_Model):
    """One page of users (cursor-based pagination)."""

    values: List[User]
    """This page of users."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class User(_Model):
    """A user of the account (someone who signs in to Runn), with their permissions."""

    id: int

    first_name: Optional[str] = Field(
        alias="firstName",
    )

    last_name: Optional[str] = Field(
        alias="lastName",
    )

    email: str

    person_id: Optional[int] = Field(
        alias="personId",
    )
    """The user's person, if any."""

    permissions: UserPermissions

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class ViewList(_Model):
    """One page of views (cursor-based pagination)."""

    values: List[View]
    """This page of views."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class View(_Model):
    """A view: a saved selection of people and projects in the planner."""

    id: int

    name: str

    description: Optional[str]

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class WorkstreamList(_Model):
    """One page of workstreams (cursor-based pagination)."""

    values: List[Workstream]
    """This page of workstreams."""

    next_cursor: Optional[str] = Field(
        alias="nextCursor",
    )
    """Pass as the `cursor` query parameter to get the next page; null when no further items are available."""


class Workstream(_Model):
    """A workstream: a stream of work that can run across projects."""

    id: int

    name: str

    archived: bool

    created_at: datetime = Field(
        alias="createdAt",
    )
    """Timestamp of when the object was created."""

    updated_at: datetime = Field(
        alias="updatedAt",
    )
    """Timestamp of when the object was last updated."""


class Error(_Model):
    """Every error carries these attributes in its JSON body."""

    error: str
    """The machine readable error code (e.g. `Bad Request`, `Not Found`)."""

    status_code: int = Field(
        alias="statusCode",
    )
    """The HTTP status code."""

    message: str
    """A human readable message with more details."""


class Tag(_Model):
    """A tag attached to a record."""

    id: int

    name: str


class RosteredDays(_Model):
    """Shows minutes per day working."""

    monday: float

    tuesday: float

    wednesday: float

    thursday: float

    friday: float


class CustomFieldValues(_Model):
    """Custom field values of a person or project, grouped by field type."""

    select: List[CustomFieldValuesSelectItem]

    text: List[CustomFieldValuesTextItem]

    checkbox: List[CustomFieldValuesCheckboxItem]

    date_: List[CustomFieldValuesDateItem] = Field(
        alias="date",
    )


class CustomFieldValuesSelectItem(_Model):
    """CustomFieldValuesSelectItem"""

    id: int

    name: str

    values: List[CustomFieldValuesSelectItemValuesItem]


class CustomFieldValuesSelectItemValuesItem(_Model):
    """CustomFieldValuesSelectItemValuesItem"""

    name: str

    id: int


class CustomFieldValuesTextItem(_Model):
    """CustomFieldValuesTextItem"""

    id: int

    name: str

    value: str


class CustomFieldValuesCheckboxItem(_Model):
    """CustomFieldValuesCheckboxItem"""

    id: int

    name: str

    value: bool


class CustomFieldValuesDateItem(_Model):
    """CustomFieldValuesDateItem"""

    id: int

    name: str

    value: Optional[date]
    """Format: YYYY-MM-DD"""


class ClientUpdate(_Model):
    """Changes to a client. Only the properties passed are updated; omitted properties keep their values."""

    name: Optional[str] = Field(
        default=None,
    )

    website: Optional[str] = Field(
        default=None,
    )
    """The client's website (a URL). Pass null or "" to unset it."""

    is_archived: Optional[bool] = Field(
        default=None,
        alias="isArchived",
    )

    references: Optional[List[Reference]] = Field(
        default=None,
    )
    """Replaces the client's references; pass [] to remove them all."""


class ClientsBulkInput(_Model):
    """Up to 100 clients to create."""

    clients: List[ClientInput]


class PersonInput(_Model):
    """A new person. The contract fields (roleId, startDate, endDate, employmentType, costPerHour, minutesPerDay, rosteredDays, jobTitle) describe the contract created with the person."""

    first_name: str = Field(
        alias="firstName",
    )

    last_name: str = Field(
        alias="lastName",
    )

    email: Optional[str] = Field(
        default=None,
    )

    team_id: Optional[int] = Field(
        default=None,
        alias="teamId",
    )

    holidays_group_id: Optional[int] = Field(
        default=None,
        alias="holidaysGroupId",
    )

    tags: Optional[List[TagInput]] = Field(
        default=None,
    )

    references: Optional[List[Reference]] = Field(
        default=None,
    )

    managers: Optional[List[ManagerRef]] = Field(
        default=None,
    )

    role_id: int = Field(
        alias="roleId",
    )
    """Role of the person's first contract."""

    start_date: Optional[date] = Field(
        default=None,
        alias="startDate",
    )
    """Defaults to today. Format: YYYY-MM-DD"""

    end_date: Optional[date] = Field(
        default=None,
        alias="endDate",
    )
    """Format: YYYY-MM-DD"""

    employment_type: Optional[Union[Literal["employee", "contractor"], str]] = Field(
        default=None,
        alias="employmentType",
    )
    """The type of employment for the contract."""

    cost_per_hour: Optional[float] = Field(
        default=None,
        alias="costPerHour",
    )
    """Defaults to the role's cost per hour"""

    minutes_per_day: Optional[float] = Field(
        default=None,
        alias="minutesPerDay",
    )
    """Defaults to the account's default minutes per day"""

    rostered_days: Optional[RosteredDaysInput] = Field(
        default=None,
        alias="rosteredDays",
    )

    job_title: Optional[str] = Field(
        default=None,
        alias="jobTitle",
    )
    """This feature is currently hidden, and can not be seen in the app"""


class PersonUpdate(_Model):
    """Changes to a person. Only the properties passed are updated; omitted properties keep their values."""

    first_name: Optional[str] = Field(
        default=None,
        alias="firstName",
    )

    last_name: Optional[str] = Field(
        default=None,
        alias="lastName",
    )

    email: Optional[str] = Field(
        default=None,
    )
    """Pass null or "" to remove the email address."""

    tags: Optional[List[TagInput]] = Field(
        default=None,
    )
    """Replaces the person's tags; pass [] to remove them all."""

    references: Optional[List[Reference]] = Field(
        default=None,
    )
    """Replaces the person's references; pass [] to remove them all."""

    is_archived: Optional[bool] = Field(
        default=None,
        alias="isArchived",
    )


class PersonSkillInput(_Model):
    """A skill to add to a person."""

    skill_id: int = Field(
        alias="skillId",
    )

    level: Optional[int] = Field(
        default=None,
    )
    """Skill level: 1, 2, 3 or 4, or null for no level."""


class PersonSkillUpdate(_Model):
    """The new level of a person's skill. Pass null to clear the level."""

    level: Optional[int] = Field(
        default=None,
    )
    """Skill level: 1, 2, 3 or 4, or null for no level."""


class PersonTeamInput(_Model):
    """The team to add the person to."""

    team_id: int = Field(
        alias="teamId",
    )


class PersonProjectInput(_Model):
    """The project (and role on it) to add the person to."""

    project_id: int = Field(
        alias="projectId",
    )

    role_id: int = Field(
        alias="roleId",
    )

    workstream_id: Optional[int] = Field(
        default=None,
        alias="workstreamId",
    )


class CustomTextFieldCollection(_Model):
    """A text custom field value."""

    name: str

    type: Literal["text"]

    custom_text_id: int = Field(
        alias="customTextId",
    )

    value: str


class CustomDateFieldCollection(_Model):
    """A date custom field value."""

    name: str

    type: Literal["date"]

    custom_date_id: int = Field(
        alias="customDateId",
    )

    value: Optional[date]
    """Format: YYYY-MM-DD"""


class CustomCheckboxFieldCollection(_Model):
    """A checkbox custom field value."""

    name: str

    type: Literal["checkbox"]

    custom_checkbox_id: int = Field(
        alias="customCheckboxId",
    )

    value: bool


class CustomSelectFieldCollection(_Model):
    """A select custom field value (the chosen options)."""

    name: str

    type: Literal["select"]

    custom_select_id: int = Field(
        alias="customSelectId",
    )

    value: List[CustomSelectFieldCollectionValueItem]


class CustomSelectFieldCollectionValueItem(_Model):
    """CustomSelectFieldCollectionValueItem"""

    id: int

    name: str


class CheckboxFieldValueInput(_Model):
    """A value for a checkbox custom field. Runn expects both `id` and `value`."""

    id: Optional[int] = Field(
        default=None,
    )
    """Id of the checkbox custom field."""

    value: Optional[bool] = Field(
        default=None,
    )


class DateFieldValueInput(_Model):
    """A value for a date custom field. Runn expects both `id` and `value`."""

    id: Optional[int] = Field(
        default=None,
    )
    """Id of the date custom field."""

    value: Optional[date] = Field(
        default=None,
    )
    """Format: YYYY-MM-DD. Pass null to clear the value."""


class SelectFieldValueInput(_Model):
    """The chosen options of a select custom field. Runn expects both `id` and `values`."""

    id: Optional[int] = Field(
        default=None,
    )
    """Id of the select custom field."""

    values: Optional[List[UpdatePersonSelectCustomFieldBodyValuesItem]] = Field(
        default=None,
    )
    """The chosen options; pass [] to clear them."""


class TextFieldValueInput(_Model):
    """A value for a text custom field. Runn expects both `id` and `value`."""

    id: Optional[int] = Field(
        default=None,
    )
    """Id of the text custom field."""

    value: Optional[str] = Field(
        default=None,
    )


class ContractInput(_Model):
    """A new contract for a person."""

    role_id: int = Field(
        alias="roleId",
    )

    start_date: Optional[date] = Field(
        default=None,
        alias="startDate",
    )
    """Defaults to today. Format: YYYY-MM-DD"""

    end_date: Optional[date] = Field(
        default=None,
        alias="endDate",
    )
    """Format: YYYY-MM-DD"""

    employment_type: Optional[Union[Literal["employee", "contractor"], str]] = Field(
        default=None,
        alias="employmentType",
    )
    """The type of employment for the contract."""

    cost_per_hour: Optional[float] = Field(
        default=None,
        alias="costPerHour",
    )
    """Defaults to the role's cost per hour"""

    minutes_per_day: Optional[float] = Field(
        default=None,
        alias="minutesPerDay",
    )
    """Defaults to the account's default minutes per day"""

    rostered_days: Optional[RosteredDaysInput] = Field(
        default=None,
        alias="rosteredDays",
    )

    job_title: Optional[str] = Field(
        default=None,
        alias="jobTitle",
    )
    """This feature is currently hidden, and can not be seen in the app"""


class ContractUpdate(_Model):
    """Changes to a contract. Only the properties passed are updated; omitted properties keep their values."""

    role_id: Optional[int] = Field(
        default=None,
        alias="roleId",
    )

    start_date: Optional[date] = Field(
        default=None,
        alias="startDate",
    )
    """Format: YYYY-MM-DD"""

    end_date: Optional[date] = Field(
        default=None,
        alias="endDate",
    )
    """Format: YYYY-MM-DD. Pass null to remove the end date."""

    employment_type: Optional[Union[Literal["employee", "contractor"], str]] = Field(
        default=None,
        alias="employmentType",
    )

    cost_per_hour: Optional[float] = Field(
        default=None,
        alias="costPerHour",
    )
    """Pass null to unset."""

    minutes_per_day: Optional[float] = Field(
        default=None,
        alias="minutesPerDay",
    )
    """Pass null to unset."""

    rostered_days: Optional[RosteredDaysInput] = Field(
        default=None,
        alias="rosteredDays",
    )

    job_title: Optional[str] = Field(
        default=None,
        alias="jobTitle",
    )
    """Pass null or "" to unset. This feature is currently hidden, and can not be seen in the app"""


class ProjectNewInput(_Model):
    """A new project, described field by field."""

    emoji: Optional[str] = Field(
        default=None,
    )

    name: str

    is_confirmed: Optional[bool] = Field(
        default=None,
        alias="isConfirmed",
    )

    is_template: Optional[bool] = Field(
        default=None,
        alias="isTemplate",
    )

    budget: Optional[float] = Field(
        default=None,
    )
    """Budget value in local currency"""

    expenses_budget: Optional[float] = Field(
        default=None,
        alias="expensesBudget",
    )
    """Expenses budget value in local currency"""

    client_id: int = Field(
        alias="clientId",
    )

    team_id: Optional[int] = Field(
        default=None,
        alias="teamId",
    )

    pricing_model: Optional[Union[Literal["fp", "tm", "nb"], str]] = Field(
        default=None,
        alias="pricingModel",
    )
    """Defaults to 'tm' if not specified"""

    rate_card_id: Optional[int] = Field(
        default=None,
        alias="rateCardId",
    )
    """Used to create initial project rates. Uses standard rate card if not specified"""

    rate_type: Optional[Union[Literal["hours", "days"], str]] = Field(
        default=None,
        alias="rateType",
    )
    """Defaults to account rate type if not specified"""

    references: Optional[List[Reference]] = Field(
        default=None,
    )

    manager_ids: Optional[List[int]] = Field(
        default=None,
        alias="managerIds",
    )
    """List of User IDs that manage the project."""


class ProjectFromTemplateInput(_Model):
    """A new project duplicated from a template project."""

    from_template: ProjectFromTemplateInputFromTemplate = Field(
        alias="fromTemplate",
    )

    name: Optional[str] = Field(
        default=None,
    )

    client_id: Optional[int] = Field(
        default=None,
        alias="clientId",
    )


class ProjectFromTemplateInputFromTemplate(_Model):
    """ProjectFromTemplateInputFromTemplate"""

    template_id: int = Field(
        alias="templateId",
    )
    """ID of the template project to duplicate"""

    start_date: date = Field(
        alias="startDate",
    )
    """New start date for the project"""


class ProjectUpdate(_Model):
    """Changes to a project. Only the properties passed are updated; omitted properties keep their values."""

    name: Optional[str] = Field(
        default=None,
    )

    is_confirmed: Optional[bool] = Field(
        default=None,
        alias="isConfirmed",
    )

    is_archived: Optional[bool] = Field(
        default=None,
        alias="isArchived",
    )

    is_template: Optional[bool] = Field(
        default=None,
        alias="isTemplate",
    )

    budget: Optional[float] = Field(
        default=None,
    )
    """Budget value in local currency. Pass null to unset."""

    expenses_budget: Optional[float] = Field(
        default=None,
        alias="expensesBudget",
    )
    """Expenses budget value in local currency. Pass null to unset."""

    client_id: Optional[int] = Field(
        default=None,
        alias="clientId",
    )

    team_id: Optional[int] = Field(
        default=None,
        alias="teamId",
    )
    """Pass null to remove the project from its team."""

    pricing_model: Optional[Union[Literal["fp", "tm", "nb"], str]] = Field(
        default=None,
        alias="pricingModel",
    )

    rate_type: Optional[Union[Literal["hours", "days"], str]] = Field(
        default=None,
        alias="rateType",
    )

    references: Optional[List[Reference]] = Field(
        default=None,
    )
    """Replaces the project's references; pass [] to remove them all."""

    tags: Optional[List[TagInput]] = Field(
        default=None,
    )
    """Replaces the project's tags; pass [] to remove them all."""

    manager_ids: Optional[List[int]] = Field(
        default=None,
        alias="managerIds",
    )
    """List of User IDs that manage the project. Pass [] to remove all managers."""


class RoleInput(_Model):
    """A new role."""

    name: str

    default_hour_cost: Optional[float] = Field(
        default=None,
        alias="defaultHourCost",
    )

    standard_rate: Optional[float] = Field(
        default=None,
        alias="standardRate",
    )

    references: Optional[List[Reference]] = Field(
        default=None,
    )


class RoleUpdate(_Model):
    """Changes to a role. Only the properties passed are updated; omitted properties keep their values."""

    name: Optional[str] = Field(
        default=None,
    )

    is_archived: Optional[bool] = Field(
        default=None,
        alias="isArchived",
    )

    references: Optional[List[Reference]] = Field(
        default=None,
    )
    """Replaces the role's references; pass [] to remove them all."""

    standard_rate: Optional[float] = Field(
        default=None,
        alias="standardRate",
    )

    default_hour_cost: Optional[float] = Field(
        default=None,
        alias="defaultHourCost",
    )


class TeamInput(_Model):
    """A new team."""

    name: str


class TeamUpdate(_Model):
    """Changes to a team."""

    name: Optional[str] = Field(
        default=None,
    )


class SkillInput(_Model):
    """A new skill."""

    name: str


class SkillUpdate(_Model):
    """Changes to a skill."""

    name: Optional[str] = Field(
        default=None,
    )


class SkillPeopleInput(_Model):
    """People to give the skill to, each with an optional level."""

    people: List[AddPeopleToSkillBodyPeopleItem]


class AssignmentInput(_Model):
    """A new assignment."""

    phase_id: Optional[int] = Field(
        default=None,
        alias="phaseId",
    )
    """The phase this assignment is for, if any"""

    person_id: int = Field(
        alias="personId",
    )
    """The person this assignment is for"""

    project_id: int = Field(
        alias="projectId",
    )
    """The project this assignment is for"""

    role_id: int = Field(
        alias="roleId",
    )
    """The role the person will be in for this assignment"""

    start_date: date = Field(
        alias="startDate",
    )
    """The date this assignment starts. Format: YYYY-MM-DD"""

    end_date: date = Field(
        alias="endDate",
    )
    """The date this assignment ends. When using isNonWorkingDay=true, this needs to be the same as the startDate. Format: YYYY-MM-DD"""

    minutes_per_day: float = Field(
        alias="minutesPerDay",
    )
    """How many minutes per day are assigned"""

    note: Optional[str] = Field(
        default=None,
    )
    """A note about this assignment"""

    is_billable: Optional[bool] = Field(
        default=None,
        alias="isBillable",
    )
    """Whether this assignment is billable. This can only be set if this assignment is for a project without a non-billable pricing model or if it is for an external client"""

    is_non_working_day: Optional[bool] = Field(
        default=None,
        alias="isNonWorkingDay",
    )
    """Determine whether this assignment is for a single weekend day or a single holiday. If left blank it will be set automatically"""

    workstream_id: Optional[int] = Field(
        default=None,
        alias="workstreamId",
    )
    """The workstream this assignment is for, if any"""


class ActualsBulkInput(_Model):
    """Up to 100 actuals to create or update."""

    actuals: List[ActualInput]


class ActualTimeEntryInput(_Model):
    """Minutes to add to the matching actual (or to create a new actual with)."""

    date_: date = Field(
        alias="date",
    )
    """The date the actual is for. Format: YYYY-MM-DD"""

    billable_minutes: float = Field(
        alias="billableMinutes",
    )
    """The number of billable minutes to either add to a matching actual or create a new actual with"""

    billable_note: Optional[str] = Field(
        default=None,
        alias="billableNote",
    )
    """A note about the billable minutes"""

    nonbillable_note: Optional[str] = Field(
        default=None,
        alias="nonbillableNote",
    )
    """A note about the nonbillable minutes"""

    nonbillable_minutes: float = Field(
        alias="nonbillableMinutes",
    )
    """The number of nonbillable minutes to either add to a matching actual or create a new actual with"""

    phase_id: Optional[int] = Field(
        default=None,
        alias="phaseId",
    )
    """The optional phase the actual is for. Leaving this undefined will not update the phase id on any existing actual. Providing `null` will clear it. Providing a value will update the phase id"""

    person_id: int = Field(
        alias="personId",
    )
    """The person this time entry is for"""

    project_id: int = Field(
        alias="projectId",
    )
    """The project this time entry is for"""

    role_id: int = Field(
        alias="roleId",
    )
    """The role the person was in for the actual"""

    workstream_id: Optional[int] = Field(
        default=None,
        alias="workstreamId",
    )
    """The optional workstream the actual is for. Leaving this undefined will not update the workstream id on any existing actual. Providing `null` will clear it. Providing a value will update the workstream id"""


class TimeOffHolidayInput(_Model):
    """A holiday to take off for a person."""

    person_id: int = Field(
        alias="personId",
    )
    """The unique identifier for the person."""

    note: Optional[str] = Field(
        default=None,
    )
    """A note or comment related to the time-off, if any."""

    holiday_id: int = Field(
        alias="holidayId",
    )
    """The unique identifier for the holiday."""


class LeaveTimeOffsBulkInput(_Model):
    """Up to 100 leave time offs to create."""

    time_offs: List[TimeOffLeaveInput]


class LeaveTimeOffsBulkDeleteInput(_Model):
    """Ids of up to 100 leave time offs to delete."""

    time_off_ids: List[int] = Field(
        alias="timeOffIds",
    )


class CustomFieldCheckboxInput(_Model):
    """A new checkbox custom field."""

    name: str

    description: Optional[str] = Field(
        default=None,
    )

    model: Union[CustomFieldModel, str]

    required: Optional[bool] = Field(
        default=None,
    )

    show_in_planner: Optional[bool] = Field(
        default=None,
        alias="showInPlanner",
    )

    filterable_in_planner: Optional[bool] = Field(
        default=None,
        alias="filterableInPlanner",
    )


class CustomFieldCheckboxUpdate(_Model):
    """Changes to a checkbox custom field. Only the properties passed are updated; omitted properties keep their values."""

    name: Optional[str] = Field(
        default=None,
    )

    description: Optional[str] = Field(
        default=None,
    )

    required: Optional[bool] = Field(
        default=None,
    )

    show_in_planner: Optional[bool] = Field(
        default=None,
        alias="showInPlanner",
    )

    filterable_in_planner: Optional[bool] = Field(
        default=None,
        alias="filterableInPlanner",
    )


class PeopleTagInput(_Model):
    """A new people tag."""

    name: str


class PeopleTagUpdate(_Model):
    """Changes to a people tag."""

    archived: Optional[bool] = Field(
        default=None,
    )


class ProjectBudgetRoleInput(_Model):
    """A new project budget role: the role plus either `estimatedMinutes` or `estimatedBudget`."""

    role_id: int = Field(
        alias="roleId",
    )

    estimated_minutes: Optional[int] = Field(
        default=None,
        alias="estimatedMinutes",
    )
    """Minutes budgeted for the role. Give this or estimatedBudget."""

    estimated_budget: Optional[int] = Field(
        default=None,
        alias="estimatedBudget",
    )
    """Budget for the role in local currency. Give this or estimatedMinutes."""


class ProjectBudgetRoleUpdate(_Model):
    """The new estimate of a project budget role: either `estimatedMinutes` or `estimatedBudget`."""

    estimated_minutes: Optional[int] = Field(
        default=None,
        alias="estimatedMinutes",
    )
    """Minutes budgeted for the role. Give this or estimatedBudget."""

    estimated_budget: Optional[int] = Field(
        default=None,
        alias="estimatedBudget",
    )
    """Budget for the role in local currency. Give this or estimatedMinutes."""


class MilestoneInput(_Model):
    """A new milestone."""

    title: str

    icon: str
    """One of `start`, `end`, `flag`, `dollar`, `warning`, or an emoji to use as icon."""

    note: Optional[str] = Field(
        default=None,
    )

    date_: date = Field(
        alias="date",
    )
    """Format: YYYY-MM-DD"""


class MilestoneUpdate(_Model):
    """Changes to a milestone. Only the properties passed are updated."""

    title: Optional[str] = Field(
        default=None,
    )

    icon: Optional[str] = Field(
        default=None,
    )
    """One of `start`, `end`, `flag`, `dollar`, `warning`, or an emoji to use as icon."""

    note: Optional[str] = Field(
        default=None,
    )

    date_: Optional[date] = Field(
        default=None,
        alias="date",
    )
    """Format: YYYY-MM-DD"""


class ProjectNoteInput(_Model):
    """A new project note."""

    note: str


class ProjectOtherExpenseInput(_Model):
    """A new non-labour expense for a project."""

    cost: float
    """How much the item costs for your business (in your account's currency)."""

    charge: float
    """How much you are charging your clients for the item (in your account's currency)."""

    name: str
    """The item or service that was purchased."""

    date_: date = Field(
        alias="date",
    )
    """The date the expense was incurred."""


class ProjectOtherExpenseUpdate(_Model):
    """Changes to a non-labour expense. Only the properties passed are updated."""

    cost: Optional[float] = Field(
        default=None,
    )
    """How much the item costs for your business (in your account's currency)."""

    charge: Optional[float] = Field(
        default=None,
    )
    """How much you are charging your clients for the item (in your account's currency)."""

    name: Optional[str] = Field(
        default=None,
    )
    """The item or service that was purchased."""

    date_: Optional[date] = Field(
        default=None,
        alias="date",
    )
    """The date the expense was incurred."""


class PersonRequestInput(_Model):
    """A new person request."""

    person_id: int = Field(
        alias="personId",
    )
    """The placeholder to fill."""

    status: Union[Literal["NEED_TO_HIRE", "REQUESTED", "PENDING"], str]


class PersonRequestUpdate(_Model):
    """The new status of a person request."""

    status: Optional[Union[Literal["NEED_TO_HIRE", "REQUESTED", "PENDING"], str]] = Field(
        default=None,
    )


class ProjectPhaseInput(_Model):
    """A new project phase."""

    name: str
    """The name of the project phase. Must be at least 1 character long."""

    start_date: date = Field(
        alias="startDate",
    )
    """The start date of the project phase in ISO8601 format: YYYY-MM-DD"""

    end_date: date = Field(
        alias="endDate",
    )
    """The end date of the project phase in ISO8601 format: YYYY-MM-DD"""

    color: Optional[
        Union[
            Literal[
                "#67D0D5",
                "#FDCD4F",
                "#F191CC",
                "#B19DE6",
                "#9CE277",
                "#CD97DA",
                "#84DBA0",
                "#FFB077",
                "#9CC5BF",
                "#E8C681",
                "#6899F1",
                "#DDAE9F",
            ],
            str,
        ]
    ] = Field(
        default=None,
    )
    """Hex color of the phase. Only a subset of colors is allowed."""


class ProjectPhaseUpdate(_Model):
    """Changes to a project phase. Only the properties passed are updated."""

    name: Optional[str] = Field(
        default=None,
    )
    """The name of the project phase. Must be at least 1 character long."""

    start_date: Optional[date] = Field(
        default=None,
        alias="startDate",
    )
    """The start date of the project phase in ISO8601 format: YYYY-MM-DD"""

    end_date: Optional[date] = Field(
        default=None,
        alias="endDate",
    )
    """The end date of the project phase in ISO8601 format: YYYY-MM-DD"""

    color: Optional[
        Union[
            Literal[
                "#67D0D5",
                "#FDCD4F",
                "#F191CC",
                "#B19DE6",
                "#9CE277",
                "#CD97DA",
                "#84DBA0",
                "#FFB077",
                "#9CC5BF",
                "#E8C681",
                "#6899F1",
                "#DDAE9F",
            ],
            str,
        ]
    ] = Field(
        default=None,
    )
    """Hex color of the phase. Only a subset of colors is allowed."""


class ProjectRateUpdate(_Model):
    """The new rate for the role on the project."""

    rate: Optional[float] = Field(
        default=None,
    )


class TimesheetLockUpdate(_Model):
    """Lock timesheets up to a date (`LOCKED` with `lockedUntil`), or unlock them (`UNLOCKED`). Runn expects `status`."""

    status: Optional[Union[Literal["LOCKED", "UNLOCKED"], str]] = Field(
        default=None,
    )

    locked_until: Optional[date] = Field(
        default=None,
        alias="lockedUntil",
    )
    """Lock timesheets up to this date (required when status is `LOCKED`). Format: YYYY-MM-DD"""


class ActorUser(_Model):
    """The user actor represents a user. This usually means a user who interacted with the web application."""

    type: Literal["user"]

    user_id: int = Field(
        alias="userId",
    )

    user_email: Optional[str] = Field(
        default=None,
        alias="userEmail",
    )


class ActorRunnSupport(_Model):
    """The Runn Support actor represents an action performed by the Runn support team. If you have questions about actions performed by the Runn support team, please contact the Runn team."""

    type: Literal["runn_support"]


class ActorApi(_Model):
    """The api actor represents an action performed by an api key."""

    type: Literal["api"]

    token_id: int = Field(
        alias="tokenId",
    )
    """The id of the api key."""

    token_name: str = Field(
        alias="tokenName",
    )
    """The name of the api key."""

    api_version: str = Field(
        alias="apiVersion",
    )
    """The api version."""


class ActorCsv(_Model):
    """The csv actor represents an action performed by a csv file upload."""

    type: Literal["csv"]

    user_id: Optional[int] = Field(
        default=None,
        alias="userId",
    )
    """The id of the user who uploaded the csv file."""

    user_email: Optional[str] = Field(
        default=None,
        alias="userEmail",
    )
    """The email of the user who uploaded the csv file."""


class ActorIntegration(_Model):
    """The integration actor represents an action performed by an integration with a third-party service."""

    type: Literal["integration"]

    id: int
    """The id of the integration."""

    name: str
    """The name of the integration."""


class ActorSystem(_Model):
    """The system actor represents an action performed by the system, such as a scheduled task, migration, or other automated process. Some actions may not have a specific actor and will default to the system actor."""

    type: Literal["system"]


class EventPerson(_Model):
    """A subset of details about the person used on an event"""

    id: int
    """The unique identifier of the person"""

    first_name: str = Field(
        alias="firstName",
    )
    """The first name of the person"""

    last_name: str = Field(
        alias="lastName",
    )
    """The last name of the person"""

    email: Optional[str]
    """The email address of the person"""

    is_placeholder: bool = Field(
        alias="isPlaceholder",
    )
    """A flag indicating if the person is a placeholder"""


class EventProject(_Model):
    """A subset of details about the project used on an event"""

    id: int
    """The unique identifier of the project"""

    name: str
    """The name of the project"""


class EventRole(_Model):
    """A subset of details about the role used on an event"""

    id: int
    """The unique identifier of the role"""

    name: str
    """The name of the role"""

    active: bool
    """Whether the role is active"""


class EventPhase(_Model):
    """A subset of details about the phase used on an event"""

    id: int
    """The unique identifier of the phase"""

    name: str
    """The name of the phase"""


class EventWorkstream(_Model):
    """A subset of details about the workstream used on an event"""

    id: int
    """The unique identifier of the workstream"""

    name: str
    """The name of the workstream"""


class DeletedActual(_Model):
    """Details about the actual that was deleted."""

    id: int
    """The id of the actual at the time it was deleted."""

    date_: str = Field(
        alias="date",
    )
    """The date of the actual at the time it was deleted."""

    person_id: int = Field(
        alias="personId",
    )
    """The id of the person associated with the actual."""

    role_id: int = Field(
        alias="roleId",
    )
    """The id of the role associated with the actual."""

    project_id: int = Field(
        alias="projectId",
    )
    """The id of the project associated with the actual."""

    phase_id: Optional[int] = Field(
        alias="phaseId",
    )
    """The id referencing the phase of the actual, if applicable."""

    workstream_id: Optional[int] = Field(
        alias="workstreamId",
    )
    """The id of the workstream associated with the actual."""

    billable_minutes: float = Field(
        alias="billableMinutes",
    )
    """The number of billable minutes for the actual"""

    nonbillable_minutes: float = Field(
        alias="nonbillableMinutes",
    )
    """The number of nonbillable minutes for the actual"""

    billable_note: Optional[str] = Field(
        alias="billableNote",
    )
    """A note or comment related to the billable minutes, if any."""

    nonbillable_note: Optional[str] = Field(
        alias="nonbillableNote",
    )
    """A note or comment related to the nonbillable minutes, if any."""

    person: Optional[EventPerson]

    role: Optional[EventRole]

    project: Optional[EventProject]

    workstream: Optional[EventWorkstream]


class DeletedContract(_Model):
    """Details about the contract that was deleted."""

    id: int
    """The unique identifier of the contract."""

    person_id: int = Field(
        alias="personId",
    )
    """The unique identifier of the person associated with the contract."""

    role_id: int = Field(
        alias="roleId",
    )
    """The unique identifier of the role associated with the contract."""

    start_date: date = Field(
        alias="startDate",
    )
    """The start date of the contract."""

    end_date: Optional[date] = Field(
        alias="endDate",
    )
    """The end date of the contract. If the contract was ongoing, this field will be null."""

    person: Optional[EventPerson]

    role: Optional[EventRole]


class DeletedPerson(_Model):
    """Details about the person that was deleted."""

    id: int
    """The id of the person at the time they were deleted."""

    email: Optional[str]
    """The email of the person at the time they were deleted."""

    first_name: str = Field(
        alias="firstName",
    )
    """The first name of the person at the time they were deleted."""

    last_name: str = Field(
        alias="lastName",
    )
    """The last name of the person at the time they were deleted."""


class DeletedProject(_Model):
    """Details about the project that was deleted."""

    id: int
    """The id of the project at the time it was deleted."""

    name: str
    """The name of the project at the time it was deleted."""


class DeletedTimeOff(_Model):
    """Details about the time off that was deleted."""

    id: int
    """The unique identifier for the time-off."""

    person_id: int = Field(
        alias="personId",
    )
    """The identifier referencing the person associated with the time-off."""

    start_date: date = Field(
        alias="startDate",
    )
    """The start date of the time-off."""

    end_date: date = Field(
        alias="endDate",
    )
    """The end date of the time-off."""

    note: Optional[str]

    minutes_per_day: Optional[int] = Field(
        alias="minutesPerDay",
    )

    person: Optional[EventPerson]


class DeletedAssignment(_Model):
    """Details about the assignment that was deleted."""

    id: int
    """The unique identifier of the assignment."""

    person_id: int = Field(
        alias="personId",
    )
    """The unique identifier of the person associated with the assignment."""

    start_date: date = Field(
        alias="startDate",
    )
    """The start date of the assignment. Format: YYYY-MM-DD"""

    end_date: date = Field(
        alias="endDate",
    )
    """The end date of the assignment. Format: YYYY-MM-DD"""

    project_id: int = Field(
        alias="projectId",
    )
    """The ID referencing the project to which the assignment belongs."""

    minutes_per_day: int = Field(
        alias="minutesPerDay",
    )
    """The number of minutes allocated to the assignment per day."""

    role_id: int = Field(
        alias="roleId",
    )
    """The unique identifier of the role associated with the assignment."""

    is_active: bool = Field(
        alias="isActive",
    )
    """A flag indicating whether the assignment is currently active."""

    note: Optional[str]

    is_billable: bool = Field(
        alias="isBillable",
    )
    """A flag indicating whether the assignment is billable."""

    phase_id: Optional[int] = Field(
        alias="phaseId",
    )

    is_non_working_day: bool = Field(
        alias="isNonWorkingDay",
    )
    """A flag indicating if the assignment falls on a non-working day."""

    is_template: bool = Field(
        alias="isTemplate",
    )
    """A flag indicating if the assignment is a template."""

    workstream_id: Optional[int] = Field(
        alias="workstreamId",
    )

    project: Optional[EventProject]

    person: Optional[EventPerson]

    role: Optional[EventRole]

    phase: Optional[EventPhase]

    workstream: Optional[EventWorkstream]


class EventProjectDeleted(_Model):
    """A project was deleted."""

    event_id: str = Field(
        alias="eventId",
    )

    type: Literal["project_deleted"]
    """The unique type of the event"""

    actor: Union[Actor, UnknownActor]

    timestamp: datetime
    """The time the event occurred in ISO8601 format."""

    project: DeletedProject


class EventPersonDeleted(_Model):
    """A person was deleted."""

    event_id: str = Field(
        alias="eventId",
    )

    type: Literal["person_deleted"]
    """The unique type of the event"""

    actor: Union[Actor, UnknownActor]

    timestamp: datetime
    """The time the event occurred in ISO8601 format."""

    person: DeletedPerson


class EventContractDeleted(_Model):
    """A contract was deleted."""

    event_id: str = Field(
        alias="eventId",
    )

    type: Literal["contract_deleted"]
    """The unique type of the event"""

    actor: Union[Actor, UnknownActor]

    timestamp: datetime
    """The time the event occurred in ISO8601 format."""

    contract: DeletedContract


class EventActualDeleted(_Model):
    """An actual was deleted."""

    event_id: str = Field(
        alias="eventId",
    )

    type: Literal["actual_deleted"]
    """The unique type of the event"""

    actor: Union[Actor, UnknownActor]

    timestamp: datetime
    """The time the event occurred in ISO8601 format."""

    actual: DeletedActual


class EventTimeOffDeleted(_Model):
    """A time off was deleted."""

    event_id: str = Field(
        alias="eventId",
    )

    type: Literal["time_off_deleted"]
    """The unique type of the event"""

    actor: Union[Actor, UnknownActor]

    timestamp: datetime
    """The time the event occurred in ISO8601 format."""

    time_off: DeletedTimeOff = Field(
        alias="timeOff",
    )


class EventAssignmentDeleted(_Model):
    """An assignment was deleted."""

    event_id: str = Field(
        alias="eventId",
    )

    type: Literal["assignment_deleted"]
    """The unique type of the event"""

    actor: Union[Actor, UnknownActor]

    timestamp: datetime
    """The time the event occurred in ISO8601 format."""

    assignment: DeletedAssignment


class CustomFieldDateInput(_Model):
    """A new date custom field."""

    name: str

    description: Optional[str] = Field(
        default=None,
    )

    model: Union[CustomFieldModel, str]

    required: Optional[bool] = Field(
        default=None,
    )

    show_in_planner: Optional[bool] = Field(
        default=None,
        alias="showInPlanner",
    )

    filterable_in_planner: Optional[bool] = Field(
        default=None,
        alias="filterableInPlanner",
    )


class CustomFieldDateUpdate(_Model):
    """Changes to a date custom field. Only the properties passed are updated; omitted properties keep their values."""

    name: Optional[str] = Field(
        default=None,
    )

    description: Optional[str] = Field(
        default=None,
    )

    required: Optional[bool] = Field(
        default=None,
    )

    show_in_planner: Optional[bool] = Field(
        default=None,
        alias="showInPlanner",
    )

    filterable_in_planner: Optional[bool] = Field(
        default=None,
        alias="filterableInPlanner",
    )


class CustomFieldTextInput(_Model):
    """A new text custom field."""

    name: str

    description: Optional[str] = Field(
        default=None,
    )

    model: Union[CustomFieldModel, str]

    required: Optional[bool] = Field(
        default=None,
    )

    show_in_planner: Optional[bool] = Field(
        default=None,
        alias="showInPlanner",
    )

    filterable_in_planner: Optional[bool] = Field(
        default=None,
        alias="filterableInPlanner",
    )


class CustomFieldTextUpdate(_Model):
    """Changes to a text custom field. Only the properties passed are updated; omitted properties keep their values."""

    name: Optional[str] = Field(
        default=None,
    )

    description: Optional[str] = Field(
        default=None,
    )

    required: Optional[bool] = Field(
        default=None,
    )

    show_in_planner: Optional[bool] = Field(
        default=None,
        alias="showInPlanner",
    )

    filterable_in_planner: Optional[bool] = Field(
        default=None,
        alias="filterableInPlanner",
    )


class CustomFieldSelectInput(_Model):
    """A new select custom field."""

    name: str

    description: Optional[str] = Field(
        default=None,
    )

    model: Union[CustomFieldModel, str]

    options: List[SelectOptionInput]
    """The options to choose from, in order."""

    single_select: Optional[bool] = Field(
        default=None,
        alias="singleSelect",
    )
    """Whether one option (true) or several may be chosen."""

    required: Optional[bool] = Field(
        default=None,
    )

    show_in_planner: Optional[bool] = Field(
        default=None,
        alias="showInPlanner",
    )

    filterable_in_planner: Optional[bool] = Field(
        default=None,
        alias="filterableInPlanner",
    )


class CustomFieldSelectUpdate(_Model):
    """Changes to a select custom field. Only the properties passed are updated; omitted properties keep their values."""

    name: Optional[str] = Field(
        default=None,
    )

    description: Optional[str] = Field(
        default=None,
    )

    required: Optional[bool] = Field(
        default=None,
    )

    show_in_planner: Optional[bool] = Field(
        default=None,
        alias="showInPlanner",
    )

    filterable_in_planner: Optional[bool] = Field(
        default=None,
        alias="filterableInPlanner",
    )


class SelectOption(_Model):
    """An option of a select custom field."""

    id: int
    """Unique identifier for the select option."""

    name: str
    """Display name for the select option."""


class SelectOptionUpdate(_Model):
    """Changes to an option of a select custom field."""

    name: Optional[str] = Field(
        default=None,
    )
    """Display name for the select option."""


class InvitationInput(_Model):
    """A new invitation. Besides the four required properties, give either `manageProjectsPermission` and `manageOthersPermission`, or the deprecated `editProjectsPermission` and `editOthersPermission` (Runn's OpenAPI writes the two pairs as alternatives)."""

    email: str
    """Email for the invitation."""

    user_type: Union[
        Literal[
            "admin",
            "editor",
            "viewer_all",
            "viewer_basic",
            "timesheet_only",
            "manager",
            "contributor",
        ],
        str,
    ] = Field(
        alias="userType",
    )
    """Permission level"""

    financial_permission: Union[Literal["all", "no_salaries", "restricted", "none"], str] = Field(
        alias="financialPermission",
    )
    """Financial permission level"""

    from_user: str = Field(
        alias="fromUser",
    )
    """Email address of user the invite should be sent from (must be a Runn user with admin permissions)."""

    manage_projects_permission: Optional[
        Union[Literal["all", "specific", "restricted", "none"], str]
    ] = Field(
        default=None,
        alias="manageProjectsPermission",
    )
    """Permissions for managing projects."""

    manage_others_permission: Optional[Union[Literal["all", "none"], str]] = Field(
        default=None,
        alias="manageOthersPermission",
    )
    """Permissions for managing other parts of the account (people, clients, teams etc.)"""

    edit_projects_permission: Optional[
        Union[Literal["all", "specific", "restricted", "none"], str]
    ] = Field(
        default=None,
        alias="editProjectsPermission",
        deprecated=True,
    )
    """Permissions for editing projects. (deprecated: use manageProjectsPermission)"""

    edit_others_permission: Optional[Union[Literal["all", "none"], str]] = Field(
        default=None,
        alias="editOthersPermission",
    )
    """Permissions for editing other parts of the account (people, clients, teams etc.)"""


class PlaceholderInput(_Model):
    """A new placeholder. A contract is created with it, for the role."""

    role_id: int = Field(
        alias="roleId",
    )

    cost_per_hour: Optional[float] = Field(
        default=None,
        alias="costPerHour",
    )
    """Defaults to the role's cost per hour"""

    tags: Optional[List[TagInput]] = Field(
        default=None,
    )


class ProjectTagInput(_Model):
    """A new project tag."""

    name: str


class ProjectTagUpdate(_Model):
    """Changes to a project tag."""

    archived: Optional[bool] = Field(
        default=None,
    )


class RateCardRate(_Model):
    """A role's rate on a rate card."""

    role: RateCardRateRole
    """The role."""

    rate_hourly: float = Field(
        alias="rateHourly",
    )

    rate_daily: float = Field(
        alias="rateDaily",
    )


class RateCardRateRole(_Model):
    """The role."""

    id: int

    name: str


class RateCardInput(_Model):
    """A new rate card. Runn's OpenAPI requires every property (`null` where it allows it)."""

    name: Optional[str]

    description: Optional[str]

    references: List[Reference]

    is_blended_rate_card: bool = Field(
        alias="isBlendedRateCard",
    )

    blended_rate: Optional[float] = Field(
        alias="blendedRate",
    )

    rate_type: Optional[Union[Literal["hours", "days"], str]] = Field(
        alias="rateType",
    )


class UserPermissions(_Model):
    """What a user may do."""

    type: Union[
        Literal["superuser", "admin", "editor", "viewer_all", "viewer_basic", "timesheet_only"], str
    ]

    financial: Union[Literal["all", "no_salaries", "restricted", "none"], str]

    edit_projects: Union[Literal["all", "specific", "restricted", "none"], str] = Field(
        alias="editProjects",
    )

    manage_projects: Union[Literal["all", "specific", "restricted", "none"], str] = Field(
        alias="manageProjects",
    )

    edit_others: Union[Literal["all", "none"], str] = Field(
        alias="editOthers",
    )

    manage_people: Union[Literal["all", "restricted", "none"], str] = Field(
        alias="managePeople",
    )

    manage_account: bool = Field(
        alias="manageAccount",
    )

    add_all_people_to_projects: bool = Field(
        alias="addAllPeopleToProjects",
    )

    view_planner: bool = Field(
        alias="viewPlanner",
    )


class WorkstreamInput(_Model):
    """A new workstream."""

    name: str


class WorkstreamUpdate(_Model):
    """Changes to a workstream. Only the properties passed are updated."""

    name: Optional[str] = Field(
        default=None,
    )

    archived: Optional[bool] = Field(
        default=None,
    )


Event: TypeAlias = Annotated[
    Union[
        EventProjectDeleted,
        EventPersonDeleted,
        EventContractDeleted,
        EventActualDeleted,
        EventTimeOffDeleted,
        EventAssignmentDeleted,
    ],
    Field(discriminator="type"),
]
"""An event represents an action that occurred. Every event has a `type`, `actor`, and `timestamp` property. Use the `type` property to determine which event occurred."""

PersonCustomFieldCustomFieldsItem: TypeAlias = Annotated[
    Union[
        CustomTextFieldCollection,
        CustomDateFieldCollection,
        CustomCheckboxFieldCollection,
        CustomSelectFieldCollection,
    ],
    Field(discriminator="type"),
]

ProjectInput: TypeAlias = Union[ProjectNewInput, ProjectFromTemplateInput]
"""A new project: either described field by field, or duplicated from a template project (`fromTemplate`)."""

ProjectCustomFieldCustomFieldsItem: TypeAlias = Annotated[
    Union[
        CustomTextFieldCollection,
        CustomDateFieldCollection,
        CustomCheckboxFieldCollection,
        CustomSelectFieldCollection,
    ],
    Field(discriminator="type"),
]

Actor: TypeAlias = Annotated[
    Union[ActorUser, ActorRunnSupport, ActorApi, ActorCsv, ActorIntegration, ActorSystem],
    Field(discriminator="type"),
]
"""An actor represents an entity that can perform actions such as a user, api key, or system process. Each actor type has a unique set of properties. The `type` property is used to determine the actor type."""
