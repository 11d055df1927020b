"""Facts of Runn's own OpenAPI document for the operations specs/runn.yaml took from it, proven through the
generated client against its generated mock.

The document is `runn.json` in github rocketsciencegg/runn-typescript-sdk @1989512ef69a367b30710a1445f960c8b53a0e87
("Runn API" 1.0.0, named in ../shared/providers.md, line 25). Each expected value below is typed in from that
document, with the part quoted beside it; nothing is read back from the generated code or the spec.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import httpx
import pytest

from test_spec_facts import last, runn

# (operationId, client attribute path, method, positional arguments, keyword arguments, HTTP method, path) for each
# of the 56 operations of runn.json that specs/runn.yaml had left out ("Not covered yet: placeholders, the date,
# select and text custom field definitions, project tags, rate cards, workstreams, holiday groups, invitations, users,
# views, reports, `/project-members/` and `/project-workstreams/`, and legacy-id conversion"): runn.json's "paths"
# keys and methods, with its operationIds.
OPERATIONS: List[Tuple[str, str, str, Tuple[Any, ...], Dict[str, Any], str, str]] = [
    # "/custom-fields/date/": post createDateCustomField, get listDateCustomFields
    ("createDateCustomField", "custom_fields.date", "create", (), {"name": "Start", "model": "PROJECT"}, "POST", "/custom-fields/date/"),
    ("listDateCustomFields", "custom_fields.date", "list", (), {}, "GET", "/custom-fields/date/"),
    # "/custom-fields/date/{dateFieldId}": delete, patch
    ("updateDateCustomField", "custom_fields.date", "update", (5,), {"name": "X"}, "PATCH", "/custom-fields/date/5"),
    ("deleteDateCustomField", "custom_fields.date", "delete", (5,), {}, "DELETE", "/custom-fields/date/5"),
    ("createSelectCustomField", "custom_fields.select", "create", (), {"name": "Band", "model": "PERSON", "options": [{"name": "A"}]}, "POST", "/custom-fields/select/"),
    ("listSelectCustomFields", "custom_fields.select", "list", (), {}, "GET", "/custom-fields/select/"),
    ("updateSelectCustomField", "custom_fields.select", "update", (5,), {"name": "X"}, "PATCH", "/custom-fields/select/5"),
    ("deleteSelectCustomField", "custom_fields.select", "delete", (5,), {}, "DELETE", "/custom-fields/select/5"),
    # "/custom-fields/select/{selectFieldId}/options" (no trailing slash) and ".../options/{selectOptionId}"
    ("createSelectCustomFieldOption", "custom_fields.select_options", "create", (5,), {"name": "C"}, "POST", "/custom-fields/select/5/options"),
    ("updateSelectCustomFieldOption", "custom_fields.select_options", "update", (5, 6), {"name": "D"}, "PATCH", "/custom-fields/select/5/options/6"),
    ("deleteSelectCustomFieldOption", "custom_fields.select_options", "delete", (5, 6), {}, "DELETE", "/custom-fields/select/5/options/6"),
    ("createTextCustomField", "custom_fields.text", "create", (), {"name": "Code", "model": "PROJECT"}, "POST", "/custom-fields/text/"),
    ("listTextCustomFields", "custom_fields.text", "list", (), {}, "GET", "/custom-fields/text/"),
    ("updateTextCustomField", "custom_fields.text", "update", (5,), {"name": "X"}, "PATCH", "/custom-fields/text/5"),
    ("deleteTextCustomField", "custom_fields.text", "delete", (5,), {}, "DELETE", "/custom-fields/text/5"),
    ("listHolidayGroups", "holiday_groups", "list", (), {}, "GET", "/holiday-groups/"),
    ("getHolidayGroup", "holiday_groups", "get", (5,), {}, "GET", "/holiday-groups/5"),
    ("listHolidayGroupHolidays", "holiday_groups.holidays", "list", (5,), {}, "GET", "/holiday-groups/5/holidays"),
    ("listInvitations", "invitations", "list", (), {}, "GET", "/invitations/"),
    ("createInvitation", "invitations", "create", (), {"email": "a@example.com", "user_type": "admin", "financial_permission": "all", "from_user": "b@example.com"}, "POST", "/invitations/"),
    ("deleteInvitation", "invitations", "delete", (5,), {}, "DELETE", "/invitations/5"),
    ("convertLegacyId", "legacy_ids", "convert", ("people", "abc"), {}, "GET", "/legacy-id/people/abc"),
    ("listPlaceholders", "placeholders", "list", (), {}, "GET", "/placeholders/"),
    ("createPlaceholder", "placeholders", "create", (), {"role_id": 1}, "POST", "/placeholders/"),
    ("addPlaceholderSkill", "placeholders.skills", "add", (5,), {"skill_id": 7}, "POST", "/placeholders/5/skills/"),
    ("removePlaceholderSkill", "placeholders.skills", "remove", (5, 7), {}, "DELETE", "/placeholders/5/skills/7"),
    ("addPlaceholderToTeam", "placeholders.teams", "add", (5,), {"team_id": 7}, "POST", "/placeholders/5/teams/"),
    ("removePlaceholderFromTeam", "placeholders.teams", "remove", (5, 7), {}, "DELETE", "/placeholders/5/teams/7"),
    ("listProjectMembers", "project_members", "list", (), {}, "GET", "/project-members/"),
    ("listProjectTags", "project_tags", "list", (), {}, "GET", "/project-tags/"),
    ("createProjectTag", "project_tags", "create", (), {"name": "Key"}, "POST", "/project-tags/"),
    ("getProjectTag", "project_tags", "get", (5,), {}, "GET", "/project-tags/5"),
    ("updateProjectTag", "project_tags", "update", (5,), {"archived": True}, "PATCH", "/project-tags/5"),
    ("addProjectTagToProject", "project_tags.projects", "add", (5, 7), {}, "POST", "/project-tags/5/project/7"),
    ("removeProjectTagFromProject", "project_tags.projects", "remove", (5, 7), {}, "DELETE", "/project-tags/5/project/7"),
    ("listProjectWorkstreams", "project_workstreams", "list", (), {}, "GET", "/project-workstreams/"),
    ("listRateCards", "rate_cards", "list", (), {}, "GET", "/rate-cards/"),
    ("createRateCard", "rate_cards", "create", (), {"name": "R", "description": None, "references": [], "is_blended_rate_card": True, "blended_rate": 100, "rate_type": "days"}, "POST", "/rate-cards/"),
    ("getRateCard", "rate_cards", "get", (5,), {}, "GET", "/rate-cards/5"),
    ("deleteRateCard", "rate_cards", "delete", (5,), {}, "DELETE", "/rate-cards/5"),
    ("getPersonHoursReport", "reports", "person_hours", (5,), {}, "GET", "/reports/hours/people/5"),
    ("getProjectHoursReport", "reports", "project_hours", (5,), {}, "GET", "/reports/hours/projects/5"),
    ("listProjectTotalsReport", "reports", "project_totals", (), {}, "GET", "/reports/totals/projects/"),
    ("getProjectTotalsReport", "reports", "project_total", (5,), {}, "GET", "/reports/totals/projects/5"),
    ("listUsers", "users", "list", (), {}, "GET", "/users/"),
    ("getUser", "users", "get", (5,), {}, "GET", "/users/5"),
    ("deleteUser", "users", "delete", (5,), {}, "DELETE", "/users/5"),
    ("listUserViews", "users.views", "list", (5,), {}, "GET", "/users/5/views/"),
    ("allocateViewToUser", "users.views", "allocate", (5, 7), {}, "POST", "/users/5/views/7"),
    # "/users/{userId}/views/{viewId}/": delete removeViewFromUser (with the trailing slash)
    ("removeViewFromUser", "users.views", "remove", (5, 7), {}, "DELETE", "/users/5/views/7/"),
    ("listViews", "views", "list", (), {}, "GET", "/views/"),
    ("listWorkstreams", "workstreams", "list", (), {}, "GET", "/workstreams/"),
    ("createWorkstream", "workstreams", "create", (), {"name": "Data"}, "POST", "/workstreams/"),
    ("getWorkstream", "workstreams", "get", (5,), {}, "GET", "/workstreams/5/"),
    ("updateWorkstream", "workstreams", "update", (5,), {"archived": True}, "PATCH", "/workstreams/5/"),
    ("deleteWorkstream", "workstreams", "delete", (5,), {}, "DELETE", "/workstreams/5/"),
]


@pytest.mark.parametrize("operation_id, resource, method, args, kwargs, http_method, path", OPERATIONS, ids=[o[0] for o in OPERATIONS])
def test_runn_json_operation_is_a_client_method_sending_its_method_and_path(
    operation_id: str, resource: str, method: str, args: Tuple[Any, ...], kwargs: Dict[str, Any], http_method: str, path: str
) -> None:
    module, client, sent = runn()
    target: Any = client
    for part in resource.split("."):
        target = getattr(target, part)
    try:
        result = getattr(target, method)(*args, **kwargs)
        if method in ("list", "person_hours", "project_hours", "project_totals"):
            list(result)
    except module.errors.APIStatusError:
        pass  # an id the mock does not hold: the request was still sent as documented
    requests = [r for r in sent if r.url.path == path]
    assert requests, f"{operation_id}: nothing was sent to {path}"
    assert requests[-1].method == http_method
    request = requests[-1]
    assert request.headers["accept-version"] == "1.0.0"  # every operation: "in": "header", "name": "accept-version"


def test_workstreams_are_created_by_name_archived_and_deleted() -> None:
    # runn.json "/workstreams/" post: body {"name": {"minLength": 1}} required ["name"], 201 Workstream;
    #   Workstream {id (integer, minimum 0), name, archived (boolean), createdAt, updatedAt};
    #   "/workstreams/{workstreamId}/" patch body {name, archived} (none required), delete 204, then get 404.
    module, client, sent = runn()
    workstream = client.workstreams.create(name="Data platform")
    assert json.loads(last(sent, "/workstreams/").content) == {"name": "Data platform"}
    assert workstream.name == "Data platform" and workstream.archived is False and workstream.id >= 0
    assert workstream.id in [w.id for w in client.workstreams.list()]
    archived = client.workstreams.update(workstream.id, archived=True)
    assert json.loads(last(sent, f"/workstreams/{workstream.id}/").content) == {"archived": True}
    assert archived.archived is True and client.workstreams.get(workstream.id).name == "Data platform"
    assert client.workstreams.delete(workstream.id) is None
    with pytest.raises(module.errors.NotFoundError):
        client.workstreams.get(workstream.id)
    with pytest.raises(module.errors.BadRequestError):
        client.workstreams.create(name="")  # "minLength": 1


@pytest.mark.parametrize("kind", ["date", "text", "select"])
def test_date_text_and_select_custom_fields_take_runn_json_defaults_and_list_by_model(kind: str) -> None:
    # runn.json "/custom-fields/{date,text,select}/" post: "required": {"default": false}, "showInPlanner":
    #   {"default": false}, "filterableInPlanner": {"default": true}; select also "singleSelect": {"default": false}
    #   and "options" (required) [{"name"}]; "model" enum ["PERSON", "PROJECT"]; get: query "model".
    module, client, sent = runn()
    fields = getattr(client.custom_fields, kind)
    extra: Dict[str, Any] = {"options": [{"name": "Junior"}, {"name": "Senior"}]} if kind == "select" else {}
    created = fields.create(name="Visa", model="PERSON", **extra)
    assert json.loads(last(sent, f"/custom-fields/{kind}/").content) == {"name": "Visa", "model": "PERSON", **extra}
    assert (created.required, created.show_in_planner, created.filterable_in_planner) == (False, False, True)
    if kind == "select":
        assert created.single_select is False
    assert created.id in [f.id for f in fields.list(model="PERSON")]
    assert last(sent, f"/custom-fields/{kind}/").url.params["model"] == "PERSON"
    assert created.id not in [f.id for f in fields.list(model="PROJECT")]
    with pytest.raises(module.errors.BadRequestError):
        fields.create(name="Visa", model="TEAM", **extra)
    fields.delete(created.id)
    assert created.id not in [f.id for f in fields.list()]


def test_a_select_custom_field_needs_its_options() -> None:
    # runn.json "/custom-fields/select/" post: "required": ["name", "model", "options", ...]
    module, client, sent = runn()
    with pytest.raises(TypeError):
        client.custom_fields.select.create(name="Band", model="PERSON")  # type: ignore[call-arg]


def test_an_invitation_names_a_permission_level_of_the_documented_seven() -> None:
    # runn.json "/invitations/" post: "userType" enum ["admin", "editor", "viewer_all", "viewer_basic",
    #   "timesheet_only", "manager", "contributor"], "financialPermission" enum ["all", "no_salaries", "restricted",
    #   "none"], required ["email", "userType", "financialPermission", "fromUser"]; 201 Invitation; delete 204.
    #   get: sortBy enum ["createdAt", "sentAt", "id"].
    module, client, sent = runn()
    invitation = client.invitations.create(
        email="sam@example.com", user_type="timesheet_only", financial_permission="no_salaries", from_user="admin@example.com"
    )
    assert json.loads(last(sent, "/invitations/").content) == {
        "email": "sam@example.com",
        "userType": "timesheet_only",
        "financialPermission": "no_salaries",
        "fromUser": "admin@example.com",
    }
    assert (invitation.email, invitation.user_type) == ("sam@example.com", "timesheet_only")
    assert invitation.id in [i.id for i in client.invitations.list(sort_by="sentAt", order="desc")]
    assert last(sent, "/invitations/").url.params["sortBy"] == "sentAt"
    with pytest.raises(module.errors.BadRequestError):
        client.invitations.create(email="x@example.com", user_type="superuser", financial_permission="all", from_user="a@example.com")  # type: ignore[arg-type]
    assert client.invitations.delete(invitation.id) is None
    assert invitation.id not in [i.id for i in client.invitations.list()]


def test_a_legacy_id_converts_to_an_integer_for_a_documented_model() -> None:
    # runn.json "/legacy-id/{model}/{legacyId}": model enum [..., "people", ..., "people_notes"], legacyId string;
    #   200 {"type": "integer"}
    module, client, sent = runn()
    new_id = client.legacy_ids.convert("people_notes", "x7Gh2")
    assert isinstance(new_id, int) and not isinstance(new_id, bool)
    with pytest.raises(module.errors.BadRequestError):
        client.legacy_ids.convert("widgets", "x7Gh2")  # type: ignore[arg-type]


def test_a_placeholder_is_created_for_a_role_and_takes_skills() -> None:
    # runn.json "/placeholders/" post: body {roleId (integer), costPerHour, tags} required ["roleId"], 201;
    #   get: values [Placeholder {id, firstName, lastName, isArchived, tags, references, createdAt, updatedAt}];
    #   "/placeholders/{placeholderId}/skills/" post {skillId, level (1..4 or null)} 201 Competency;
    #   ".../skills/{skillId}" delete 204.
    module, client, sent = runn()
    placeholder = client.placeholders.create(role_id=3, cost_per_hour=85.5)
    assert json.loads(last(sent, "/placeholders/").content) == {"roleId": 3, "costPerHour": 85.5}
    assert placeholder.role_id == 3
    assert placeholder.id in [p.id for p in client.placeholders.list()]
    skill = client.placeholders.skills.add(placeholder.id, skill_id=15, level=4)
    assert (skill.skill_id, skill.level) == (15, 4)
    with pytest.raises(module.errors.BadRequestError):
        client.placeholders.skills.add(placeholder.id, skill_id=15, level=5)
    assert client.placeholders.skills.remove(placeholder.id, 15) is None
    assert last(sent, f"/placeholders/{placeholder.id}/skills/15").method == "DELETE"


def test_project_tags_are_created_archived_and_put_on_projects() -> None:
    # runn.json ProjectTag {id, name, projectIds [integer], archived, createdAt, updatedAt}; "/project-tags/" post
    #   {name (minLength 1)} 201; get query includeArchived (default false); "/project-tags/{projectTagId}" patch
    #   {archived}; "/project-tags/{projectTagId}/project/{projectId}" post 201 ProjectTag, delete 204.
    module, client, sent = runn()
    tag = client.project_tags.create(name="Strategic")
    assert tag.name == "Strategic" and tag.archived is False
    assert client.project_tags.update(tag.id, archived=True).archived is True
    assert json.loads(last(sent, f"/project-tags/{tag.id}").content) == {"archived": True}
    list(client.project_tags.list(include_archived=True))
    assert last(sent, "/project-tags/").url.params["includeArchived"] == "true"
    project_id = list(client.projects.list())[0].id
    client.project_tags.projects.add(tag.id, project_id)
    assert last(sent, f"/project-tags/{tag.id}/project/{project_id}").method == "POST"
    assert client.project_tags.projects.remove(tag.id, project_id) is None


def test_a_tag_put_on_a_project_answers_that_tag_with_the_project_in_its_project_ids() -> None:
    # runn.json "/project-tags/{projectTagId}/project/{projectId}" post 201 ProjectTag {id, name, projectIds [integer],
    #   archived, ...}: the tag of the path; delete 204 takes it off; "/project-tags/{projectTagId}" get ProjectTag.
    module, client, sent = runn()
    tag = client.project_tags.create(name="Strategic")
    assert tag.project_ids == []
    project_id = list(client.projects.list())[0].id
    answered = client.project_tags.projects.add(tag.id, project_id)
    assert (answered.id, answered.name, answered.project_ids) == (tag.id, "Strategic", [project_id])
    assert client.project_tags.get(tag.id).project_ids == [project_id]
    client.project_tags.projects.add(tag.id, project_id)
    assert client.project_tags.get(tag.id).project_ids == [project_id]  # on a project once
    assert client.project_tags.projects.remove(tag.id, project_id) is None
    assert client.project_tags.get(tag.id).project_ids == []
    with pytest.raises(module.errors.NotFoundError):
        client.project_tags.projects.add(999999, project_id)


def test_project_workstreams_list_the_documented_assignments() -> None:
    # runn.json "/project-workstreams/" get: values [{projectId, workstreamId, createdAt, updatedAt}] (no id), example
    #   {"projectId": 880, "workstreamId": 12}: which workstream is assigned to which project.
    module, client, sent = runn()
    links = list(client.project_workstreams.list())
    assert [(link.project_id, link.workstream_id) for link in links] == [(880, 12)]


def test_a_rate_card_is_created_with_every_documented_property_and_deleted() -> None:
    # runn.json "/rate-cards/" post: required ["name", "description", "references", "isBlendedRateCard",
    #   "blendedRate", "rateType"] (name, description, blendedRate and rateType nullable; rateType enum ["hours",
    #   "days"]); 201 RateCard; "/rate-cards/{rateCardId}" get, delete 204.
    module, client, sent = runn()
    card = client.rate_cards.create(
        name="Blended", description=None, references=[], is_blended_rate_card=True, blended_rate=140, rate_type="days"
    )
    assert json.loads(last(sent, "/rate-cards/").content) == {
        "name": "Blended",
        "description": None,
        "references": [],
        "isBlendedRateCard": True,
        "blendedRate": 140,
        "rateType": "days",
    }
    assert (card.is_blended_rate_card, card.blended_rate, card.rate_type) == (True, 140, "days")
    assert client.rate_cards.get(card.id).name == "Blended"
    with pytest.raises(TypeError):
        client.rate_cards.create(name="Partial")  # type: ignore[call-arg]
    assert client.rate_cards.delete(card.id) is None
    with pytest.raises(module.errors.NotFoundError):
        client.rate_cards.get(card.id)


def test_a_view_allocated_to_a_user_is_listed_until_removed() -> None:
    # runn.json "/users/{userId}/views/{viewId}" post allocateViewToUser 201; "/users/{userId}/views/" get
    #   values [View {id, name, description, createdAt, updatedAt}]; "/users/{userId}/views/{viewId}/" delete 204.
    module, client, sent = runn()
    user_id = list(client.users.list())[0].id
    view_id = list(client.views.list())[0].id
    assert client.users.views.allocate(user_id, view_id) is None
    assert view_id in [v.id for v in client.users.views.list(user_id)]
    assert client.users.views.remove(user_id, view_id) is None
    assert view_id not in [v.id for v in client.users.views.list(user_id)]


def test_project_totals_come_ten_to_a_page_at_most_and_project_members_five_hundred() -> None:
    # runn.json "/reports/totals/projects/" get: limit {"default": 10, "minimum": 1, "maximum": 10}, includeArchived
    #   {"default": false}; "/project-members/" get: limit {"default": 100, "maximum": 500}.
    module, client, sent = runn()
    list(client.reports.project_totals(limit=10, include_archived=True))
    request = last(sent, "/reports/totals/projects/")
    assert (request.url.params["limit"], request.url.params["includeArchived"]) == ("10", "true")
    with pytest.raises(module.errors.PaginationError):
        list(client.reports.project_totals(limit=11))
    list(client.project_members.list(limit=500))
    assert last(sent, "/project-members/").url.params["limit"] == "500"
    with pytest.raises(module.errors.PaginationError):
        list(client.project_members.list(limit=501))


def test_hours_reports_take_a_date_range_and_answer_by_day_entries() -> None:
    # runn.json "/reports/hours/people/{personId}" get: query startDate, endDate ("format": "date"); values
    #   [ReportsHoursPeople {date, roleId, projectId, personId, ..., assignments {...}, actuals {...}}].
    module, client, sent = runn()
    person_id = list(client.people.list())[0].id
    entries = list(client.reports.person_hours(person_id, start_date="2024-05-01", end_date="2024-05-31"))
    request = last(sent, f"/reports/hours/people/{person_id}")
    assert (request.url.params["startDate"], request.url.params["endDate"]) == ("2024-05-01", "2024-05-31")
    assert all(e.person_id == person_id for e in entries)


def test_a_select_field_keeps_its_options_and_its_options_are_added_renamed_and_deleted() -> None:
    # runn.json "/custom-fields/select/" post: "options" [{"name"}] ("The options to choose from"), 201 CustomFieldSelect
    #   with "options" [SelectOption {id (integer), name}] ("All selectable options");
    #   "/custom-fields/select/{selectFieldId}/options" post {name} 201 {"option": {id, name}};
    #   ".../options/{selectOptionId}" patch {name} 200 {"option": {id, name}}, delete 204.
    module, client, sent = runn()
    field = client.custom_fields.select.create(name="Band", model="PERSON", options=[{"name": "Junior"}, {"name": "Senior"}])
    assert [o.name for o in field.options] == ["Junior", "Senior"]
    assert len({o.id for o in field.options}) == 2
    listed = [f for f in client.custom_fields.select.list() if f.id == field.id][0]
    assert [(o.id, o.name) for o in listed.options] == [(o.id, o.name) for o in field.options]
    added = client.custom_fields.select_options.create(field.id, name="Principal").option
    assert added.name == "Principal" and added.id not in {o.id for o in field.options}
    renamed = client.custom_fields.select_options.update(field.id, added.id, name="Lead").option
    assert (renamed.id, renamed.name) == (added.id, "Lead")
    junior = field.options[0].id
    assert client.custom_fields.select_options.delete(field.id, junior) is None
    listed = [f for f in client.custom_fields.select.list() if f.id == field.id][0]
    assert [o.name for o in listed.options] == ["Senior", "Lead"]
    with pytest.raises(module.errors.NotFoundError):
        client.custom_fields.select_options.update(field.id, junior, name="Gone")
