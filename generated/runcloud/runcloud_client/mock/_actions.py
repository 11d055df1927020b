"""The behaviours a document declares with ``x-rungen-mock`` on its operations: actions that change
an item or make a new one, bulk upserts, grouped listings, counts, and references by body field."""

from __future__ import annotations

import copy
from typing import Any, Dict, List, Optional, Tuple

from ._collections import Collections
from ._responses import Reply, Route, _dig, _put
from ._schema import coerce

__all__ = ["Actions"]


class Actions(Collections):
    """Declared behaviours, each read from the operation's ``x-rungen-mock``."""

    def _declared(
        self,
        route: Route,
        params: Dict[str, str],
        query: Dict[str, str],
        body: Any,
        status: int,
        schema: Any,
        caller: str,
    ) -> Optional[Reply]:
        """The answer of an operation whose declared behaviour replaces the default one, else None."""
        rules = route.operation.get("x-rungen-mock") or {}
        if route.method == "get" and rules.get("group-by"):
            return self._grouped(route, params, status, caller)
        if route.method == "get" and rules.get("counts"):
            return self._count(route, params, query, status, schema, str(rules["counts"]), caller)
        if isinstance(rules.get("token-grant"), dict):
            return self._token_grant(route, body, rules["token-grant"])
        if isinstance(rules.get("upsert"), dict):
            return self._upsert(route, params, body, status, schema, rules["upsert"])
        if isinstance(rules.get("references"), dict) and isinstance(body, dict):
            return self._unknown_reference(route, params, body, rules["references"], caller)
        return None

    # -- lists --------------------------------------------------------------------------------

    def _grouped(self, route: Route, params: Dict[str, str], status: int, caller: str) -> Reply:
        """A listing grouped by a field: ``{value: [items with that value]}``."""
        key = (route.template, tuple(params[p] for p in route.params))
        field = str(self._grouping(route.operation))
        item_schema = self._list_item_schema(route.operation)
        groups: Dict[str, List[Any]] = {}
        for item_id, item in self._items(key).items():
            if self._visible(key, item_id, caller):
                groups.setdefault(str(item.get(field)), []).append(
                    self._conform(item, item_schema, route.operation)
                )
        return Reply(status, groups)

    def _count(
        self,
        route: Route,
        params: Dict[str, str],
        query: Dict[str, str],
        status: int,
        schema: Any,
        field: str,
        caller: str,
    ) -> Reply:
        """``<collection>/count``: the number of items the collection holds, at `field`."""
        template = self._collection_path(route.template.rstrip("/").rsplit("/", 1)[0]) or ""
        collection = self._route_at(template)
        key = (
            (template, tuple(params[p] for p in collection.params))
            if collection is not None
            else (template, ())
        )
        body = self._document_body(route.operation, schema)
        body = body if isinstance(body, dict) else {}
        visible = [
            item
            for item_id, item in self._items(key).items()
            if self._visible(key, item_id, caller)
        ]
        _put(body, field, len(self._filtered(route, query, visible)))
        return Reply(status, body)

    # -- writes -------------------------------------------------------------------------------

    def _upsert(
        self,
        route: Route,
        params: Dict[str, str],
        body: Any,
        status: int,
        schema: Any,
        rule: Dict[str, Any],
    ) -> Reply:
        """``<collection>/bulk``: each entry updates the item its id (or its `match` fields) names,
        else creates one as a create on the collection would. An id that names no item refuses
        the whole request (404) before anything changes."""
        template = self._collection_path(route.template.rstrip("/").rsplit("/", 1)[0]) or ""
        creator = next(
            (r for r in self.routes if r.template == template and r.method == "post"), None
        )
        key = (template, tuple(params[p] for p in route.params))
        stored = self._items(key)
        entries = _dig(body, str(rule.get("items", ""))) if isinstance(body, dict) else body
        entries = [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []
        match = [str(f) for f in rule.get("match") or []]
        id_field = next((n for n in ("id", "uuid") if any(n in e for e in entries)), "id")
        for entry in entries:  # decide first: a refused request changes nothing
            if id_field in entry and str(entry[id_field]) not in stored:
                return self._error(route.operation, 404, f"No such resource: {entry[id_field]}")
        props = self._shape_properties(self._item_shapes(template))
        for entry in entries:
            target = (
                stored.get(str(entry[id_field]))
                if id_field in entry
                else self._matching(stored, entry, match)
            )
            if target is not None:
                self._merge(target, {k: v for k, v in entry.items() if k != id_field}, props)
                self._touch(target, props, created=False)
            elif creator is not None:
                item = self._new_item(
                    creator, params, entry, self._one_item(self._success(creator.operation)[1])
                )
                self._keep(key, item, "")
        return Reply(status, self._document_body(route.operation, schema))

    def _matching(
        self, stored: Dict[str, Dict[str, Any]], entry: Dict[str, Any], match: List[str]
    ) -> Optional[Dict[str, Any]]:
        if not match:
            return None
        return next(
            (item for item in stored.values() if all(item.get(f) == entry.get(f) for f in match)),
            None,
        )

    def _unknown_reference(
        self,
        route: Route,
        params: Dict[str, str],
        body: Dict[str, Any],
        references: Dict[str, Any],
        caller: str,
    ) -> Optional[Reply]:
        """A 404 when a body field names an item of another collection that does not exist."""
        for field, reference in references.items():
            target = self._reference_of(body, reference)
            if field not in body or target is None:
                continue
            if self._referenced_item(params, target, body[field], caller) is None:
                return self._error(route.operation, 404, f"No such resource: {body[field]}")
        return None

    # -- actions (/things/{id}/verb) ------------------------------------------------------------

    def _act(
        self, route: Route, params: Dict[str, str], body: Any, status: int, schema: Any, caller: str
    ) -> Optional[Reply]:
        """An action's declared effects on the item it hangs on (``set-parent``; ``answers-parent``:
        the answer is that item), a new item in a collection (``creates``) or beside it
        (``creates-sibling``); None without any."""
        rules = route.operation.get("x-rungen-mock") or {}
        parent, sibling, creates = (
            rules.get("set-parent"),
            rules.get("creates-sibling"),
            rules.get("creates"),
        )
        answers, listed = rules.get("answers-parent"), rules.get("parent-list")
        if not (
            isinstance(parent, dict)
            or isinstance(sibling, dict)
            or creates
            or answers
            or isinstance(listed, dict)
        ):
            return None
        found = self._parent_item(route, params)
        if found is None:
            return self._error(route.operation, 404, "No such resource")
        if isinstance(parent, dict):
            found[2].update(copy.deepcopy(parent))
        if isinstance(listed, dict):
            self._list_in_parent(route, params, found, listed)
        if answers:
            return Reply(status, self._conform(found[2], self._one_item(schema), route.operation))
        if creates:
            made = self._create_in(str(creates), params, body, caller)
            if made is not None and self._one_item(schema) == self._one_item(made[1]):
                return Reply(
                    status, self._conform(made[0], self._one_item(schema), route.operation)
                )
        if isinstance(sibling, dict):
            return self._create_sibling(route, found, sibling, status, schema, caller)
        return Reply(status, self._document_body(route.operation, schema))

    def _list_in_parent(
        self,
        route: Route,
        params: Dict[str, str],
        found: Tuple[Tuple[str, Tuple[str, ...]], str, Dict[str, Any]],
        listed: Dict[str, Any],
    ) -> None:
        """``parent-list``: the path parameter joins (POST) or leaves (DELETE) the thing's array field."""
        props = self._shape_properties(self._item_shapes(found[0][0]))
        for field, name in listed.items():
            if str(name) not in params:
                continue
            array = self.schemas.resolve(props.get(str(field)))
            items = self.schemas.resolve(array.get("items")) if isinstance(array, dict) else None
            value = coerce(params[str(name)], items) if isinstance(items, dict) else None
            value = params[str(name)] if value is None else value
            values = found[2].get(str(field))
            values = found[2][str(field)] = list(values) if isinstance(values, list) else []
            if route.method == "delete":
                found[2][str(field)] = [v for v in values if v != value]
            elif value not in values:
                values.append(value)

    def _add_from(
        self,
        route: Route,
        collection: Tuple[str, Tuple[str, ...]],
        item_id: str,
        status: int,
        schema: Any,
        caller: str,
    ) -> Reply:
        """``adds-from``: a POST to an item path puts that item of another collection into this
        one (404 when there is none), and is a 409 conflict when it is there already."""
        if item_id in self._items(collection):
            return self._error(route.operation, 409, f"Already added: {item_id}")
        path = str((route.operation.get("x-rungen-mock") or {}).get("adds-from"))
        source = self._items((self._collection_path(path) or path, ())).get(item_id)
        if source is None:
            return self._error(route.operation, 404, f"No such resource: {item_id}")
        item = copy.deepcopy(source)
        self._keep(collection, item, caller)
        if not self._has_body(route.operation):
            return Reply(status, None)
        return Reply(status, self._conform(item, self._one_item(schema), route.operation))

    def _create_in(
        self, path: str, params: Dict[str, str], body: Any, caller: str
    ) -> Optional[Tuple[Dict[str, Any], Any]]:
        """Create an item in the collection at `path` as its create operation would: (item, schema)."""
        creator = next(
            (
                r
                for r in self.routes
                if r.method == "post" and r.template.rstrip("/") == path.rstrip("/")
            ),
            None,
        )
        if creator is None:
            return None
        schema = self._success(creator.operation)[1]
        item = self._new_item(
            creator, params, body if isinstance(body, dict) else {}, self._one_item(schema)
        )
        self._keep((creator.template, tuple(params[p] for p in creator.params)), item, caller)
        return item, schema

    def _parent_item(
        self, route: Route, params: Dict[str, str]
    ) -> Optional[Tuple[Tuple[str, Tuple[str, ...]], str, Dict[str, Any]]]:
        """The stored item an action path (``/things/{id}/verb``) hangs on: (collection, id, item)."""
        template = route.template.rstrip("/").rsplit("/", 1)[0]
        item_route = next((r for r in self.routes if r.template.rstrip("/") == template), None)
        if item_route is None:  # `/things/{id}/verb/{other}`: the nearest item the path names
            ancestors = self._ancestors(route)
            if not ancestors:
                return None
            parents, name = ancestors[-1]
            key = (parents, tuple(params[p] for p in route.params[: route.params.index(name)]))
            item = self._items(key).get(params[name])
            return (key, params[name], item) if item is not None else None
        collection, item_id = self._collection_of(item_route, params)
        if collection is None or item_id is None:
            return None
        item = self._items(collection).get(item_id)
        return (collection, item_id, item) if item is not None else None

    def _create_sibling(
        self,
        route: Route,
        parent: Tuple[Tuple[str, Tuple[str, ...]], str, Dict[str, Any]],
        rule: Dict[str, Any],
        status: int,
        schema: Any,
        caller: str,
    ) -> Reply:
        """An action whose answer is a new item beside the one it hangs on (a rollback is a new
        deployment): a copy of that item with a new id, fresh times and the action's ``assigns``."""
        collection, parent_id, source = parent
        item = copy.deepcopy(source)
        id_field = self._id_field(item, collection[0])
        props = self._shape_properties([self._one_item(schema)] + self._item_shapes(collection[0]))
        item[id_field] = self._new_id(collection[0], source.get(id_field), props.get(id_field))
        if rule.get("source-field"):
            item[str(rule["source-field"])] = source.get(id_field, parent_id)
        self._touch(item, props, created=True)
        for name, value in (
            (route.operation.get("x-rungen-mock") or {}).get("assigns") or {}
        ).items():
            item[str(name)] = copy.deepcopy(value)
        self._keep(collection, item, caller)
        return Reply(status, self._conform(item, self._one_item(schema), route.operation))
