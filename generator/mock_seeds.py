"""What a fresh mock holds and refuses, read from the mock's own code: the contract builder's
path arguments (the ids it seeds) and its check of a document's request examples.

A contract case that names an item (``/teams/{team_slug}``) must name one the mock holds, or
the case tests the mock's 404 instead of the method. The mock decides what it holds (which
collection a path parameter names, which examples seed it, which field is the id, which
parents a nested collection is seeded under); rather than a second copy of those rules, the
builder asks the mock's own code (generator/mock_source.py; its httpx transport is not needed)
what a fresh mock, as each contract test makes it, holds.
"""

from __future__ import annotations

from typing import Any

from .mock_source import mock_module

#: The seed the contract tests give the mock.
_SEED = 1


class MockSeeds:
    """What a fresh mock of one document holds, by path parameter, and what it refuses."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.app = _seed_app()(spec, seed=_SEED)
        self._routes: dict[tuple[str, str], Any] = {}
        for route in self.app.routes:
            self._routes.setdefault((route.template, route.method), route)

    def refuses(self, template: str, method: str, media: str, value: Any, field: str | None = None) -> bool:
        """Whether the mock refuses this request body of an operation (its schema for `media`),
        or, given a `field`, this value of that field of an object body."""
        app = self.app
        route = self._routes.get((template, method))
        request = app.schemas.resolve(route.operation.get("requestBody")) if route is not None else None
        content = request.get("content") if isinstance(request, dict) else None
        entry = app.schemas.resolve(content.get(media)) if isinstance(content, dict) else None
        schema = entry.get("schema") if isinstance(entry, dict) else None
        if schema is not None and field is not None:
            schema = app.schemas.properties(schema).get(field)
        return schema is not None and bool(app.schemas.errors(value, schema, direction="request"))

    def path_ids(self, template: str, method: str) -> dict[str, str]:
        """The path parameters of an operation that name an item of a collection, each with the
        id of the first item the mock seeds there (under the first item of each collection
        above it, where a nested collection's seeds are). A parameter the mock reads as no item
        (or whose collection starts empty) is left out: any valid value will do, or none will."""
        app = self.app
        route = self._routes.get((template, method))
        if route is None:
            return {}
        ids: dict[str, str] = {}
        params = {name: "" for name in route.params}
        parents = dict((name, collection) for collection, name in app._ancestors(route))
        for index, name in enumerate(route.params):
            if name in parents:
                key = (parents[name], tuple(params[p] for p in route.params[:index]))
            elif index == len(route.params) - 1:
                key, item = app._collection_of(route, params)
                if key is None or item is None:
                    continue
            else:
                continue
            first = next(iter(app._items(key)), None)
            if first is not None:
                ids[name] = params[name] = first
        return ids


def _seed_app() -> Any:
    """The mock's app (it remembers the route of a path template and whether it is a collection,
    which the builder asks for every operation)."""
    return mock_module("_app").MockApp
