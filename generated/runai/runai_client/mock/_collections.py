"""The mock's stored resources: collections seeded from the document's examples, items created,
merged and conformed to their schemas, their ids, timestamps, and lists read a page at a time."""

from __future__ import annotations

import copy
import datetime
import re
import uuid
from typing import Any, Dict, List, Optional, Set, Tuple

from ._requests import RequestChecks
from ._responses import Reply, Route, _dig, _drop, _iso, _parameter_example, _put, _request_example
from ._schema import coerce

__all__ = ["Collections"]


class Collections(RequestChecks):
    """Collections of items, keyed by path template and parent ids, with their paging."""

    store: Dict[Tuple[str, Tuple[str, ...]], Dict[str, Any]]
    created: Set[Tuple[str, str]]
    counters: Dict[str, int]
    owners: Dict[Tuple[Any, str], str]
    paging: Dict[str, Any]

    def _items(self, key: Tuple[str, Tuple[str, ...]]) -> Dict[str, Dict[str, Any]]:
        """A collection's items by id; on first use, the document's examples of it.

        The items of the list operation's example, else the item operation's example, else the
        create operation's (its request example, completed by its response example). A nested
        collection is seeded too, unless its parent item was created through the mock."""
        found = self.store.get(key)
        if found is None:
            found = self.store[key] = {}
            parent = re.match(r"^(.*)/\{[^}/]+\}", key[0])
            if parent and key[1] and (parent.group(1).rstrip("/"), key[1][-1]) in self.created:
                return found  # under an item made here, not one of the document's: empty
            for item in self._examples_of(key[0]):
                item_id = item.get(self._id_field(item, key[0]))
                if item_id is not None:
                    found[str(item_id)] = item
            if not found:
                seed = self._made_item(key[0])
                if seed is not None:
                    found[seed[0]] = seed[1]
        return found

    def _made_item(self, template: str) -> Optional[Tuple[str, Dict[str, Any]]]:
        """A collection the document gives no example item of still holds one: made from its item
        schema, under the id its item path would be called with (the path parameter's example,
        else one made from its schema), so that a reader of the document can reach it."""
        item_path = re.compile("^" + re.escape(template.rstrip("/")) + r"/\{([^}/]+)\}/?$")
        candidates = [r for r in self.routes if item_path.match(r.template)]
        item_route = next(
            (r for r in candidates if r.method == "get"), candidates[0] if candidates else None
        )
        if item_route is None:
            return None
        name = item_path.match(item_route.template).group(1)  # type: ignore[union-attr]
        param = next(
            (
                p
                for p in self._parameters(item_route)
                if p.get("in") == "path" and p.get("name") == name
            ),
            {},
        )
        value = _parameter_example(self.schemas, param)
        if isinstance(value, (dict, list)) or value is None:
            return None
        lister = next(
            (r for r in self.routes if r.template == template and r.method == "get"), None
        )
        if lister is not None and self._lists(lister.operation):
            schema = self._property_at(
                self._success(lister.operation)[1], self._items_path(lister.operation)
            )
            schema = (
                self.schemas.resolve(schema or {}).get("items")
                if isinstance(self.schemas.resolve(schema or {}), dict)
                else None
            )
        else:
            schema = self._success(item_route.operation)[1] if item_route.method == "get" else None
        item = self.schemas.example(schema, None) if schema is not None else {}
        item = item if isinstance(item, dict) else {}
        key = "true" if value is True else "false" if value is False else str(value)
        props = self.schemas.properties(schema)
        id_field = next((f for f in (name, "id", "uuid") if f in props), None)
        if id_field is not None:
            typed = coerce(key, self.schemas.resolve(props[id_field]))
            if typed is not None and not self.schemas.errors(typed, props[id_field]):
                item[id_field] = typed
        return key, item

    def _examples_of(self, template: str) -> List[Dict[str, Any]]:
        lister = next(
            (r for r in self.routes if r.template == template and r.method == "get"), None
        )
        if lister is not None and self._lists(lister.operation):
            example = self._success_example(lister.operation)
            items = (
                _dig(example, self._items_path(lister.operation)) if example is not None else None
            )
            if isinstance(items, list) and any(isinstance(item, dict) for item in items):
                return [item for item in items if isinstance(item, dict)]
        item_path = re.compile("^" + re.escape(template.rstrip("/")) + r"/\{[^}/]+\}/?$")
        getter = next(
            (r for r in self.routes if r.method == "get" and item_path.match(r.template)), None
        )
        example = self._success_example(getter.operation) if getter is not None else None
        if isinstance(example, dict):
            return [example]
        creator = next(
            (r for r in self.routes if r.template == template and r.method == "post"), None
        )
        if creator is None:
            return []
        created = self._success_example(creator.operation)
        created = created[0] if isinstance(created, list) and created else created
        item = _request_example(self.schemas, creator.operation)
        item = dict(item) if isinstance(item, dict) else {}
        item.update(created if isinstance(created, dict) else {})
        return [item] if item else []

    def _visible(self, collection: Any, item_id: str, caller: str) -> bool:
        owner = self.owners.get((collection, item_id))
        return not self.rules.get("owner-scoped") or owner is None or owner == caller

    def _item_schema(self, route: Route) -> Any:
        getter = next(
            (r for r in self.routes if r.template == route.template and r.method == "get"), None
        )
        return self._success(getter.operation)[1] if getter is not None else None

    def _is_collection(self, route: Route) -> bool:
        """A path whose item path (``<path>/{id}``) also exists, or that a paged list reads."""
        prefix = route.template.rstrip("/") + "/{"
        if any(
            r.template.startswith(prefix)
            and r.template.count("/") == route.template.rstrip("/").count("/") + 1
            for r in self.routes
        ):
            return True
        return any(
            r.template == route.template
            and r.method == "get"
            and r.operation.get("x-rungen-pagination")
            for r in self.routes
        )

    def _collection_of(
        self, route: Route, params: Dict[str, str]
    ) -> Tuple[Optional[Tuple[str, Tuple[str, ...]]], Optional[str]]:
        template = route.template
        if self._is_collection(route):
            return (template, tuple(params[p] for p in route.params)), None
        match = re.match(r"^(.*)/\{([^}/]+)\}/?$", template)
        if not match:
            return None, None
        parent = match.group(1)
        for candidate in (parent, parent + "/"):
            parent_route = next((r for r in self.routes if r.template == candidate), None)
            if parent_route is not None:
                key = (candidate, tuple(params[p] for p in parent_route.params))
                return key, params[match.group(2)]
        return None, None

    def _create(
        self, route: Route, params: Dict[str, str], body: Any, status: int, schema: Any, caller: str
    ) -> Reply:
        store_key = (route.template, tuple(params[p] for p in route.params))
        collection = self._items(store_key)
        item_schema = self._one(schema)
        item = self._success_example(route.operation)
        if isinstance(item, list) and item and isinstance(item[0], dict):
            item = item[0]
        item = (
            copy.deepcopy(item)
            if isinstance(item, dict)
            else (self.schemas.example(item_schema, self.rng) or {})
        )
        props = self.schemas.properties(item_schema)
        self._merge(item, body, props)
        schema = item_schema
        id_field = self._id_field(item, route.template)
        if not (
            isinstance(body, dict)
            and id_field in body
            and id_field in self._item_params(route.template)
        ):
            item[id_field] = self._new_id(route.template, item.get(id_field), props.get(id_field))
        self._touch(item, schema, created=True)
        expires = (route.operation.get("x-rungen-mock") or {}).get("expires")
        if isinstance(expires, dict) and expires.get("field"):
            amount = body.get(expires.get("after-field", "")) if isinstance(body, dict) else None
            unit = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}.get(
                str(expires.get("unit", "seconds")), 1
            )
            when = self.clock() + float(amount) * unit if isinstance(amount, (int, float)) else None
            item[expires["field"]] = _iso(when) if when is not None else None
        collection[str(item[id_field])] = item
        self.created.add((route.template.rstrip("/"), str(item[id_field])))
        self.owners[(store_key, str(item[id_field]))] = caller
        wrapped = self.schemas.resolve(self._success(route.operation)[1])
        return Reply(
            status, [item] if isinstance(wrapped, dict) and wrapped.get("type") == "array" else item
        )

    def _one(self, schema: Any) -> Any:
        """The item schema of a create response (an array response holds the items)."""
        resolved = self.schemas.resolve(schema)
        if isinstance(resolved, dict) and resolved.get("type") == "array":
            return resolved.get("items") or {}
        return schema

    def _merge(self, item: Dict[str, Any], body: Any, props: Dict[str, Any]) -> None:
        """Copy request fields into a stored item where the response schema allows the value."""
        if not isinstance(body, dict):
            return
        for key, value in body.items():
            if not props:
                item[key] = value
            elif key in props and not self.schemas.errors(value, props[key]):
                item[key] = value

    def _conform(
        self, item: Dict[str, Any], schema: Any, operation: Dict[str, Any]
    ) -> Dict[str, Any]:
        """A stored item as this operation's schema wants it: missing required fields from its example."""
        resolved = self.schemas.resolve(schema)
        if not isinstance(resolved, dict) or not isinstance(item, dict):
            return item
        required: List[str] = []
        for part in [resolved] + [self.schemas.resolve(p) for p in resolved.get("allOf") or []]:
            if isinstance(part, dict):
                required += list(part.get("required") or [])
        missing = [name for name in required if name not in item]
        if not missing:
            return item
        example = self._success_example(operation)
        if not isinstance(example, dict):
            example = self.schemas.example(schema, self.rng) or {}
        props = self.schemas.properties(schema)
        for name in missing:
            item[name] = (
                copy.deepcopy(example[name])
                if name in example
                else self.schemas.example(props.get(name, {}), self.rng)
            )
        return item

    def _lists(self, operation: Dict[str, Any]) -> bool:
        """Whether a GET answers with a list (an array, or an object holding the items array)."""
        _, schema = self._success(operation)
        resolved = self.schemas.resolve(schema)
        if isinstance(resolved, dict) and resolved.get("type") == "array":
            return True
        return bool(self._items_path(operation))

    def _list(
        self,
        route: Route,
        params: Dict[str, str],
        query: Dict[str, str],
        status: int,
        _caller: str = "",
    ) -> Reply:
        key = (route.template, tuple(params[p] for p in route.params))
        items = [
            item
            for item_id, item in self._items(key).items()
            if self._visible(key, item_id, _caller)
        ]
        style = self.paging.get(route.operation.get("x-rungen-pagination") or "", {})
        template = self._success_example(route.operation)
        items_path = self._items_path(route.operation)
        size = self._page_size(route, style, query)
        page_items, meta = _page(style, items, query, size)
        schema = self._success(route.operation)[1]
        body = copy.deepcopy(template) if isinstance(template, dict) and items_path else {}
        if not items_path:
            return Reply(status, page_items)
        _put(body, items_path, page_items)
        for path, value in meta.items():
            target = style.get(path)
            if not target:
                continue
            if value is None and self.schemas.errors(None, self._property_at(schema, str(target))):
                # "no next page" where the schema has no null: the field is absent
                _drop(body, str(target))
            else:
                _put(body, target, value)
        return Reply(status, body)

    def _property_at(self, schema: Any, path: str) -> Any:
        """The schema of the field at a dotted path of a body (None when it is not declared)."""
        for key in [p for p in path.split(".") if p]:
            schema = self.schemas.properties(schema).get(key)
            if schema is None:
                return None
        return schema

    def _page_size(self, route: Route, style: Dict[str, Any], query: Dict[str, str]) -> int:
        name = style.get("size-param")
        if name and query.get(name, "").isdecimal():
            return max(1, int(query[name]))
        for param in self._parameters(route):
            if param.get("name") == name:
                default = self.schemas.resolve(param.get("schema") or {}).get("default")
                if isinstance(default, int):
                    return default
        return 50

    def _items_path(self, operation: Dict[str, Any]) -> str:
        style = self.paging.get(operation.get("x-rungen-pagination") or "", {})
        if "items" in style:
            return str(style["items"])
        _, schema = self._success(operation)
        schema = self.schemas.resolve(schema)
        if isinstance(schema, dict) and schema.get("type") == "array":
            return ""
        for name, prop in self.schemas.properties(schema).items():
            if self.schemas.resolve(prop).get("type") == "array":
                return str(name)
        return ""

    def _item_params(self, template: str) -> List[str]:
        """The names the item paths of a collection give its id (``{teamId}`` in ``/teams/{teamId}``):
        a create whose body carries one adds that item (a membership) rather than a new id."""
        prefix = re.compile("^" + re.escape(template.rstrip("/")) + r"/\{([^}/]+)\}")
        return [
            found.group(1) for found in (prefix.match(r.template) for r in self.routes) if found
        ]

    def _id_field(self, item: Dict[str, Any], template: str) -> str:
        """The field of a collection's item that its item path (``<collection>/{id}``) takes."""
        for name in self._item_params(template):
            if name in item:
                return name
        for candidate in ("id", "uuid"):
            if candidate in item:
                return candidate
        return "id"

    def _new_id(self, template: str, example: Any, schema: Any) -> Any:
        schema = self.schemas.resolve(schema) if schema is not None else {}
        kind = schema.get("type") if isinstance(schema, dict) else None
        if isinstance(example, int) or kind == "integer":
            collection_ids = [
                int(k)
                for (t, _), items in self.store.items()
                if t == template
                for k in items
                if str(k).isdecimal()
            ]
            self.counters[template] = max([self.counters.get(template, 0)] + collection_ids) + 1
            return self.counters[template]
        new = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        if isinstance(example, str):
            found = re.search(
                r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
                example,
            )
            if found:
                return example[: found.start()] + new + example[found.end() :]
        return new

    def _touch(self, item: Dict[str, Any], schema: Any, *, created: bool) -> None:
        now = datetime.datetime.fromtimestamp(self.clock(), datetime.timezone.utc)
        props = self.schemas.properties(schema)
        for name in ("created_at", "createdAt", "updated_at", "updatedAt"):
            if name not in props or (name.startswith("created") and not created):
                continue
            prop = self.schemas.resolve(props[name])
            if prop.get("format") == "date-time":
                item[name] = now.strftime("%Y-%m-%dT%H:%M:%SZ")
            else:
                item[name] = now.strftime("%Y-%m-%d %H:%M:%S")


def _page(
    style: Dict[str, Any], items: List[Any], query: Dict[str, str], size: int
) -> Tuple[List[Any], Dict[str, Any]]:
    kind = style.get("style")
    total = len(items)
    if kind == "cursor":
        cursor = query.get(style.get("cursor-param", "cursor"), "0")
        start = int(cursor) if cursor.isdecimal() else 0
        end = start + size
        return items[start:end], {
            "next-cursor": str(end) if end < total else None,
            "total": total,
            "page-size": size,
        }
    if kind == "page-number":
        page = int(query.get(style.get("page-param", "page"), "1") or 1)
        start = (max(page, 1) - 1) * size
        pages = max(1, -(-total // size))
        meta = {
            "next-page": page + 1 if start + size < total else None,
            "current-page": page,
            "total-pages": pages,
            "total": total,
            "page-size": size,
        }
        return items[start : start + size], meta
    if kind == "offset":
        offset = int(query.get(style.get("offset-param", "offset"), "0") or 0)
        end = offset + size
        return items[offset:end], {
            "total": total,
            "next-offset": end if end < total else None,
            "page-size": size,
        }
    return items, {}
