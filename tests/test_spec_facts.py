"""Facts of the provider docs that the spec coverage audit added to the specs, proven through the
generated clients against their generated mocks.

Each expected value is written here from the docs (`../shared/providers.md`, whose Run:ai section
points at the official OpenAPI document, and the Runn SDK's operation and model docs it cites), with
the doc line quoted beside it; nothing is read back from the generated code or the spec.
"""

from __future__ import annotations

import asyncio
import json
import warnings
from typing import Any, Callable, List, Tuple

import httpx
import pytest

from behaviour_helpers import package

RUNAI_CLUSTER = "9f55255e-11ed-47c7-acef-fc4054768dbc"  # any cluster UUID: the legacy paths do not check it


def recorded(provider: str, title: str, credentials: List[Any]) -> Tuple[Any, Any, List[httpx.Request]]:
    """The provider's module, its mock, and a list that every request sent to the mock lands in."""
    module = package(provider)
    mock_module = __import__(f"{provider}_client.mock", fromlist=["x"])
    mock = getattr(mock_module, f"{title}Mock")(credentials=credentials, seed=7)
    inner = mock.transport()
    sent: List[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        response: httpx.Response = inner.handler(request)
        return response

    return module, httpx.MockTransport(handler), sent


def runai() -> Tuple[Any, Any, List[httpx.Request]]:
    module, transport, sent = recorded("runai", "Runai", [{"client_id": "a", "client_secret": "b"}])
    client = module.RunaiClient(client_id="a", client_secret="b", transport=transport)
    client.mock_transport = transport  # for an async client on the same mock
    return module, client, sent


def runn() -> Tuple[Any, Any, List[httpx.Request]]:
    module, transport, sent = recorded("runn", "Runn", [{"token": "t"}])
    return module, module.RunnClient(token="t", transport=transport), sent


def last(sent: List[httpx.Request], path_end: str) -> httpx.Request:
    return [r for r in sent if r.url.path.endswith(path_end)][-1]


def quietly(call: Callable[[], Any]) -> Any:
    """Run a call of a deprecated operation without its DeprecationWarning (tested on its own)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return call()


# ---------------------------------------------------------------------------------------- Run:ai


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_runai_cluster_install_info_takes_a_required_version_and_answers_the_install_instructions(mode: str) -> None:
    # providers.md 5.4: "| GET | /api/v1/clusters/{clusterUuid}/cluster-install-info | install instructions |
    #   query `version`*, `remoteClusterUrl` | `{installationStr, repositoryName, chartRepoURL, clientSecret}` |"
    module, client, sent = runai()
    cluster = client.clusters.create(name="gpu-cluster")
    if mode == "sync":
        info = client.clusters.get_install_info(cluster.uuid, version="2.16", remote_cluster_url="https://cluster.runai")
    else:

        async def run() -> Any:
            async with module.AsyncRunaiClient(client_id="a", client_secret="b", transport=client.mock_transport) as aclient:
                return await aclient.clusters.get_install_info(cluster.uuid, version="2.16", remote_cluster_url="https://cluster.runai")

        info = asyncio.run(run())
    request = last(sent, "/cluster-install-info")
    assert request.method == "GET"
    assert request.url.path == f"/api/v1/clusters/{cluster.uuid}/cluster-install-info"
    assert request.url.params["version"] == "2.16" and request.url.params["remoteClusterUrl"] == "https://cluster.runai"
    assert set(info.model_dump(by_alias=True)) >= {"installationStr", "repositoryName", "chartRepoURL", "clientSecret"}
    with pytest.raises(TypeError):
        client.clusters.get_install_info(cluster.uuid)  # `version`* is required
    with pytest.raises(module.errors.NotFoundError):
        client.clusters.get_install_info("00000000-0000-4000-8000-000000000000", version="2.16")


@pytest.mark.parametrize("org_unit", ["projects", "departments"])
@pytest.mark.parametrize("verb", ["PUT", "PATCH"])
def test_runai_org_unit_resources_are_replaced_or_patched_as_a_list_per_node_pool(org_unit: str, verb: str) -> None:
    # providers.md 5.5: "| PUT / PATCH | /api/v1/org-unit/projects/{projectId}/resources | replace / patch quotas |
    #   `ResourcesUpdateRequest` | 200 |"; 5.6: the same under /api/v1/org-unit/departments/{departmentId}/resources.
    # Official OpenAPI: ResourcesUpdateRequest is "type: array, items: ResourcesNullable"; the 200 is an array of Resources.
    module, client, sent = runai()
    resource = getattr(client, org_unit)
    unit_id = list(resource.list())[0].id
    quota = [{"nodePool": {"id": "22", "name": "default"}, "gpu": {"deserved": 2}}]
    method = resource.update_resources if verb == "PUT" else resource.patch_resources
    answer = method(unit_id, body=quota)
    request = last(sent, "/resources")
    assert request.method == verb
    assert request.url.path == f"/api/v1/org-unit/{org_unit}/{unit_id}/resources"
    assert json.loads(request.content) == quota  # the body is the list itself
    assert isinstance(answer, list) and all(hasattr(item, "gpu") for item in answer)
    with pytest.raises(module.errors.NotFoundError):
        method("no-such-unit", body=quota)


def test_runai_me_password_takes_the_current_and_the_new_password() -> None:
    # providers.md 5.7: "| POST | /api/v1/me/password | change own password |"; official OpenAPI
    # UserChangePasswordRequest: "required: [currentPassword, newPassword]".
    module, client, sent = runai()
    client.me.change_password(current_password="Abcd!234", new_password="Zxcv!567")
    request = last(sent, "/api/v1/me/password")
    assert request.method == "POST"
    assert json.loads(request.content) == {"currentPassword": "Abcd!234", "newPassword": "Zxcv!567"}
    assert request.headers["authorization"].startswith("Bearer ")
    with pytest.raises(TypeError):
        client.me.change_password(current_password="Abcd!234")  # type: ignore[call-arg]


def test_runai_apptoken_is_deprecated_takes_id_name_secret_and_no_bearer() -> None:
    # providers.md 5.2: "| POST | /v1/k8s/auth/oauth/apptoken | `{id*, name*, secret*}` | `{access_token, id_token}` |
    #   RAI-spec/RAI-docs (deprecated: "Use /api/v1/token with grantType app_token")"
    module, client, sent = runai()
    with pytest.warns(DeprecationWarning):
        token = client.token.app_token(id="app-1", name="my-app", secret="s3cret")
    request = last(sent, "/v1/k8s/auth/oauth/apptoken")
    assert request.method == "POST"
    assert json.loads(request.content) == {"id": "app-1", "name": "my-app", "secret": "s3cret"}
    assert "authorization" not in request.headers  # a token endpoint: the caller has no token yet
    assert token.access_token and token.id_token


def test_runai_legacy_project_is_read_updated_and_deleted_by_its_id() -> None:
    # providers.md 5.6: "Deprecated legacy forms: `GET /v1/k8s/clusters/{clusterId}/projects` (+POST, GET/PUT/DELETE /{id})
    #   ... These use integer ids, `nodePoolsResources`"
    module, client, sent = runai()
    projects = client.legacy_clusters.projects
    created = quietly(lambda: projects.create(RUNAI_CLUSTER, name="team-b", department_id=2))
    assert isinstance(created.id, int)
    with pytest.warns(DeprecationWarning):
        read = projects.get(RUNAI_CLUSTER, created.id)
    assert read.name == "team-b"
    assert last(sent, f"/projects/{created.id}").url.path == f"/v1/k8s/clusters/{RUNAI_CLUSTER}/projects/{created.id}"
    resources = [{"id": 11, "nodePool": {"id": 3, "name": "default"}, "gpu": {"deserved": 2}}]
    quietly(lambda: projects.update(RUNAI_CLUSTER, created.id, node_pools_resources=resources))
    update = last(sent, f"/projects/{created.id}")
    assert update.method == "PUT" and json.loads(update.content)["nodePoolsResources"] == resources
    quietly(lambda: projects.delete(RUNAI_CLUSTER, created.id))
    assert last(sent, f"/projects/{created.id}").method == "DELETE"
    with pytest.raises(module.errors.NotFoundError):
        quietly(lambda: projects.get(RUNAI_CLUSTER, created.id))


@pytest.mark.parametrize(
    "field, limit",
    [("name", 253), ("domain", 253), ("version", 50)],
)
def test_runai_new_cluster_fields_have_their_documented_maximum_length(field: str, limit: int) -> None:
    # providers.md 5.4: "| POST | /api/v1/clusters | create | `ClusterCreationRequest {name*, domain, version}`
    #   (run-ai-docs 2.25 gives max lengths 253/253/50) |"
    module, client, sent = runai()
    base = {"name": "gpu-cluster"}
    accepted = client.clusters.create(**{**base, field: "a" * limit})
    assert accepted.uuid
    with pytest.raises(module.errors.APIStatusError) as refused:
        client.clusters.create(**{**base, field: "a" * (limit + 1)})
    assert refused.value.status_code == 400  # 5.3: the new API's 4xx use `Error`; 400 is its bad-request status


# ------------------------------------------------------------------------------------------ Runn


def test_runn_checkbox_custom_fields_are_created_listed_by_model_updated_and_deleted() -> None:
    # providers.md 2.3: "custom-fields/{checkbox,date,select,text} (CRUD; select options)"; 2.2: "Custom-field lists take
    #   `model` enum [PERSON, PROJECT]"; 2.4: "**CustomFieldCheckbox** {id, name, description?, model [PERSON|PROJECT],
    #   required, showInPlanner, sortOrder, filterableInPlanner}".
    # Runn SDK docs/CreateCheckboxCustomFieldRequest.md: "**required** ... [default to false]", "**showInPlanner** ...
    #   [default to false]", "**filterableInPlanner** ... [default to true]".
    module, client, sent = runn()
    fields = client.custom_fields.checkbox
    created = fields.create(name="Needs visa", model="PERSON")
    request = last(sent, "/custom-fields/checkbox/")
    assert request.method == "POST" and request.headers["accept-version"] == "1.0.0"
    assert json.loads(request.content) == {"name": "Needs visa", "model": "PERSON"}
    assert (created.required, created.show_in_planner, created.filterable_in_planner) == (False, False, True)
    assert created.model == "PERSON"

    people_fields = list(fields.list(model="PERSON"))
    assert last(sent, "/custom-fields/checkbox/").url.params["model"] == "PERSON"
    assert created.id in [f.id for f in people_fields] and all(f.model == "PERSON" for f in people_fields)
    assert created.id not in [f.id for f in fields.list(model="PROJECT")]

    updated = fields.update(created.id, show_in_planner=True)
    patch = last(sent, f"/custom-fields/checkbox/{created.id}")
    assert patch.method == "PATCH" and json.loads(patch.content) == {"showInPlanner": True}  # only what was passed
    assert updated.show_in_planner is True and updated.name == "Needs visa"

    fields.delete(created.id)
    assert last(sent, f"/custom-fields/checkbox/{created.id}").method == "DELETE"
    assert created.id not in [f.id for f in fields.list()]
    with pytest.raises(module.errors.NotFoundError):
        fields.update(created.id, name="gone")


def test_runn_checkbox_custom_field_model_is_person_or_project() -> None:
    # providers.md 2.4: "model [PERSON|PROJECT]"
    module, client, sent = runn()
    with pytest.raises(module.errors.BadRequestError):
        client.custom_fields.checkbox.create(name="Team lead", model="TEAM")


@pytest.mark.parametrize(
    "resource, path",
    [
        ("budget_roles", "/budget-roles/"),
        ("milestones", "/milestones/"),
        ("other_expenses", "/other-expenses/"),
        ("person_requests", "/person-requests/"),
        ("phases", "/phases/"),
        ("project_notes", "/project-notes/"),
        ("project_rates", "/project-rates/"),
    ],
)
def test_runn_cross_project_lists_page_by_cursor_with_100_by_default(resource: str, path: str) -> None:
    # providers.md 2.3: "Other: ... milestones/ · phases/ · budget-roles/ · other-expenses/ · person-requests/ ·
    #   project-members/ · project-notes/ · project-rates/ ..."; 2.2: "Default `limit` is ... 100 for ... `/person-requests/`".
    # Runn SDK docs/DefaultApi.md, e.g. listMilestones: "List all milestones across all projects", parameters
    #   `cursor`, "**limit** ... (optional) defaults to 100", `modifiedAfter`.
    module, client, sent = runn()
    list(getattr(client, resource).list(modified_after="2024-01-01"))
    request = last(sent, path)
    assert request.method == "GET" and request.url.path == path
    assert request.url.params["modifiedAfter"] == "2024-01-01"
    assert request.headers["accept-version"] == "1.0.0"
    with pytest.raises(TypeError):
        getattr(client, resource).list(project_id=1)  # across all projects: no project to name


def test_runn_a_milestone_created_on_a_project_shows_in_the_list_across_all_projects() -> None:
    # Runn SDK docs/DefaultApi.md: listMilestones "List all milestones across all projects"; listProjectMilestones and
    #   listMilestones both return "ListMilestones200Response". Likewise listPhases "List all phases across all projects".
    module, client, sent = runn()
    project_id = list(client.projects.list())[0].id
    milestone = client.projects.milestones.create(project_id, title="Go live", icon="flag", date_="2024-06-01")
    phase = client.projects.phases.create(project_id, name="Build", start_date="2024-05-01", end_date="2024-06-01")
    assert milestone.id in [m.id for m in client.milestones.list()]
    assert phase.id in [p.id for p in client.phases.list()]
    client.projects.milestones.delete(project_id, milestone.id)
    assert milestone.id not in [m.id for m in client.milestones.list()]


def test_runn_people_tags_are_created_by_name_archived_and_deleted() -> None:
    # providers.md 2.3: "Other: ... people-tags ..."; Runn SDK docs: ListPeopleTags200ResponseValuesInner
    #   "**id** | **number**", "**name** | **string**", "**archived** | **boolean**", createdAt, updatedAt; createPeopleTag
    #   takes UpdateSelectCustomFieldOptionRequest "**name** | **string**" and answers "**201**"; updatePeopleTag takes
    #   UpdatePeopleTagRequest "**archived** | **boolean**"; deletePeopleTag answers "**202**" with "void (empty response body)".
    module, client, sent = runn()
    tags = client.people_tags
    tag = tags.create(name="Remote")
    assert json.loads(last(sent, "/people-tags/").content) == {"name": "Remote"}
    assert tag.name == "Remote" and tag.id in [t.id for t in tags.list()]
    archived = tags.update(tag.id, archived=True)
    patch = last(sent, f"/people-tags/{tag.id}")
    assert patch.method == "PATCH" and json.loads(patch.content) == {"archived": True}
    assert archived.archived is True and tags.get(tag.id).archived is True
    assert tags.delete(tag.id) is None
    assert last(sent, f"/people-tags/{tag.id}").method == "DELETE"
    with pytest.raises(module.errors.NotFoundError):
        tags.get(tag.id)
