"""The mock's stored items: what a create stores (the request body and what the server assigns),
how an item is completed and shown in each of its shapes, merges, ids, timestamps, and lists read a
page at a time."""

from __future__ import annotations

import copy
import datetime
import re
import uuid
from typing import Any, Dict, List, Tuple

from ._resources import Key, Resources
from ._responses import Reply, Route, _drop, _iso, _put
from ._schema import coerce

__all__ = ["Collections"]


class Collections(Resources):
    """Creates, reads, merges and lists of the collections' items, with their paging."""

    counters: Dict[str, int]

    # -- create -----------------------------------------------------------------------------

    def _create(
        self, route: Route, params: Dict[str, str], body: Any, status: int, schema: Any, caller: str
    ) -> Reply:
        store_key = (route.template, tuple(params[p] for p in route.params))
        item_schema = self._one_item(schema)
        item = self._new_item(route, params, body, item_schema)
        expires = (route.operation.get("x-rungen-mock") or {}).get("expires")
        if isinstance(expires, dict) and expires.get("field"):
            amount = body.get(expires.get("after-field", "")) if isinstance(body, dict) else None
            unit = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}.get(
                str(expires.get("unit", "seconds")), 1
            )
            when = self.clock() + float(amount) * unit if isinstance(amount, (int, float)) else None
            item[expires["field"]] = _iso(when) if when is not None else None
        self._keep(store_key, item, caller)
        shown = self._conform(item, item_schema, route.operation)
        wrapped = self.schemas.resolve(schema)
        return Reply(
            status,
            [shown] if isinstance(wrapped, dict) and wrapped.get("type") == "array" else shown,
        )

    def _keep(self, key: Key, item: Dict[str, Any], caller: str) -> None:
        """Store a new item in its collection (or where that one is stored), owned by the caller that made it."""
        entries = self._embedded(key)
        if entries is not None:  # an entry of the parent item's array field
            item_id = str(item[self._id_field(item, key[0])])
            old = self._items(key).get(item_id)
            if old is not None:
                entries.remove(old)
            entries.append(item)
            self.created.add((key[0].rstrip("/"), item_id))
            return
        home, link = self._home(key)
        if link is not None and link[0] not in item:
            item[link[0]] = link[1]
        item_id = str(item[self._id_field(item, key[0])])
        self._items(home)[item_id] = item
        self.created.add((key[0].rstrip("/"), item_id))
        self.owners[(home, item_id)] = caller

    def _new_item(
        self, route: Route, params: Dict[str, str], body: Any, item_schema: Any
    ) -> Dict[str, Any]:
        """The item a create stores: the request body, plus what the server assigns: the link to
        its parent, the declared fields (``assigns``, ``from-body``, ``from-parent``), the
        schemas' defaults, a new id, timestamps, and any other required or ``readOnly`` field
        made from its schema type. Nothing comes from the document's examples but the id format."""
        self._items(
            (route.template, tuple(params[p] for p in route.params))
        )  # seeded first: new ids follow the seeds'
        shapes = [item_schema] + self._item_shapes(route.template)
        props = self._shape_properties(shapes)
        rules = route.operation.get("x-rungen-mock") or {}
        sent = self._with_entry_ids(route, body if isinstance(body, dict) else {}, props)
        item: Dict[str, Any] = {}
        for name, value in sent.items():
            if not props or (name in props and not self.schemas.errors(value, props[name])):
                item[name] = copy.deepcopy(value)
        for target, source in (rules.get("from-body") or {}).items():
            if source in sent:
                item[str(target)] = copy.deepcopy(sent[source])
        parent = self._parent_of(route, params)
        for target, source in (rules.get("from-parent") or {}).items():
            if str(target) not in item and parent is not None and parent.get(source) is not None:
                item[str(target)] = copy.deepcopy(parent[source])
        for name in route.params:  # the item's field naming its parent, where it has one
            if name in props:
                typed = coerce(params[name], self.schemas.resolve(props[name]))
                item[name] = params[name] if typed is None else typed
        for schema in [self._request_schema(route.operation)] + shapes:
            for name, prop in self.schemas.properties(schema).items():
                prop = self.schemas.resolve(prop)
                if (
                    name not in item
                    and isinstance(prop, dict)
                    and "default" in prop
                    and (not props or name in props)
                ):
                    item[name] = copy.deepcopy(prop["default"])
        id_field = next((n for n in self._item_params(route.template) if n in props), None) or next(
            (n for n in ("id", "uuid") if n in props), "id"
        )
        if not (id_field in sent and id_field in self._item_params(route.template)):
            example = self._success_example(route.operation)
            example = example[0] if isinstance(example, list) and example else example
            known = example.get(id_field) if isinstance(example, dict) else None
            home = self._home((route.template, tuple(params[p] for p in route.params)))[0][0]
            item[id_field] = self._new_id(home, known, props.get(id_field))
        self._touch(item, props, created=True)
        for name, value in (rules.get("assigns") or {}).items():
            item[str(name)] = _filled_in(copy.deepcopy(value), item)
        self._referenced(route, params, item)
        for shape in shapes:
            self._complete(item, shape)
        return item

    def _with_entry_ids(
        self, route: Route, sent: Dict[str, Any], props: Dict[str, Any]
    ) -> Dict[str, Any]:
        """The body of a create, its entries of an array field that holds a nested collection
        (``in-parent``) each given a new id and the fields the entry's schema requires."""
        sent = dict(sent)
        for nested, field in self._embedded_in(route.template):
            entries = sent.get(field)
            schema = self.schemas.resolve(props.get(field))
            entry_schema = schema.get("items") if isinstance(schema, dict) else None
            if not isinstance(entries, list) or entry_schema is None:
                continue
            entry_props = self.schemas.properties(entry_schema)
            made = []
            for entry in entries:
                entry = copy.deepcopy(entry)
                if isinstance(entry, dict):
                    id_field = self._id_field(entry_props, nested)
                    if id_field not in entry:
                        entry[id_field] = self._new_id(nested, None, entry_props.get(id_field))
                    self._complete(entry, entry_schema)
                made.append(entry)
            sent[field] = made
        return sent

    def _referenced(self, route: Route, params: Dict[str, str], item: Dict[str, Any]) -> None:
        """Copy into a new item the fields its ``references`` declare from the items it names
        (the 404 for a reference to nothing is ``Actions._unknown_reference``)."""
        for field, reference in (
            (route.operation.get("x-rungen-mock") or {}).get("references") or {}
        ).items():
            target = self._reference_of(item, reference)
            if target is None or field not in item:
                continue
            named = self._referenced_item(params, target, item[field])
            for name, source in (target.get("copy") or {}).items():
                if named is not None and source in named:
                    item[str(name)] = copy.deepcopy(named[source])

    def _request_schema(self, operation: Dict[str, Any]) -> Any:
        body = self.schemas.resolve(operation.get("requestBody"))
        media = (
            ((body or {}).get("content") or {}).get("application/json")
            if isinstance(body, dict)
            else None
        )
        return (
            self.schemas.resolve(media).get("schema")
            if isinstance(self.schemas.resolve(media), dict)
            else None
        )

    def _shape_properties(self, shapes: List[Any]) -> Dict[str, Any]:
        props: Dict[str, Any] = {}
        for shape in reversed(shapes):
            props.update(self.schemas.properties(shape))
        return props

    def _complete(self, item: Dict[str, Any], schema: Any) -> None:
        """Give a stored item the required and ``readOnly`` fields of a shape it lacks, made from
        their schema (null where null is allowed), and keep them: every later read agrees."""
        props = self.schemas.properties(schema)
        wanted = sorted(self.schemas.required(schema)) + sorted(
            n
            for n, p in props.items()
            if isinstance(self.schemas.resolve(p), dict) and self.schemas.resolve(p).get("readOnly")
        )
        for name in wanted:
            if name not in item and name in props:
                item[name] = self._made_value(props[name])

    def _made_value(self, schema: Any) -> Any:
        """A value for a field nobody gave: null where allowed, else its default, else from its type."""
        resolved = self.schemas.resolve(schema)
        if not isinstance(resolved, dict) or not self.schemas.errors(None, resolved):
            return None
        if "default" in resolved:
            return copy.deepcopy(resolved["default"])
        return self.schemas.example(resolved, self.rng)

    def _shown(self, item: Dict[str, Any], schema: Any) -> Dict[str, Any]:
        """An item as a shape shows it: only the fields the shape declares (all, for an open shape)."""
        resolved = self.schemas.resolve(schema)
        props = self.schemas.properties(schema)
        if (
            not props
            or not isinstance(resolved, dict)
            or resolved.get("additionalProperties") not in (None, False)
        ):
            return item
        return {name: value for name, value in item.items() if name in props}

    def _conform(
        self, item: Dict[str, Any], schema: Any, operation: Dict[str, Any]
    ) -> Dict[str, Any]:
        """A stored item as this operation's schema shows it, completed where it lacks a field."""
        if not isinstance(item, dict) or not isinstance(self.schemas.resolve(schema), dict):
            return item
        self._complete(item, schema)
        return self._shown(item, schema)

    def _merge(self, item: Dict[str, Any], body: Any, props: Dict[str, Any]) -> None:
        """Copy request fields into a stored item where the item's shapes allow the value."""
        if not isinstance(body, dict):
            return
        for key, value in body.items():
            if not props:
                item[key] = value
            elif key in props and not self.schemas.errors(value, props[key]):
                item[key] = value

    def _item_schema(self, route: Route) -> Any:
        getter = next(
            (r for r in self.routes if r.template == route.template and r.method == "get"), None
        )
        return self._success(getter.operation)[1] if getter is not None else None

    # -- list -------------------------------------------------------------------------------

    def _list(
        self,
        route: Route,
        params: Dict[str, str],
        query: Dict[str, str],
        status: int,
        _caller: str = "",
    ) -> Reply:
        key = (route.template, tuple(params[p] for p in route.params))
        stored = [
            (item_id, item)
            for item_id, item in self._items(key).items()
            if self._visible(key, item_id, _caller)
        ]
        kept = {id(item) for item in self._filtered(route, query, [item for _, item in stored])}
        stored = [(item_id, item) for item_id, item in stored if id(item) in kept]
        if (route.operation.get("x-rungen-mock") or {}).get("newest-first"):
            stored.reverse()
        item_schema = self._list_item_schema(route.operation)
        items: List[Any] = [item for _, item in stored]
        if item_schema is not None and self._scalar(item_schema):
            # a list of names (`["C", "Go"]`) of the items its item path reads: their ids
            items = [self._as_scalar(item_id, item_schema) for item_id, _ in stored]
        elif item_schema is not None:
            items = [self._conform(item, item_schema, route.operation) for item in items]
        style = self.paging.get(route.operation.get("x-rungen-pagination") or "", {})
        template = self._success_example(route.operation)
        items_path = self._items_path(route.operation)
        size = self._page_size(route, style, query)
        page_items, meta = _page(style, items, query, size)
        schema = self._success(route.operation)[1]
        if not items_path:
            return Reply(status, page_items)
        # the envelope: the documented example's, else one made from the schema, so that every
        # field it requires (`meta`, `object`, `has_more`) is there
        made = template if isinstance(template, dict) else self.schemas.example(schema, self.rng)
        body = copy.deepcopy(made) if isinstance(made, dict) else {}
        _put(body, items_path, page_items)
        totals = self.rules.get("list-total") or []
        for total in [totals] if isinstance(totals, str) else totals:
            if not style.get("total") and self._property_at(schema, str(total)) is not None:
                _put(body, str(total), len(items))
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

    def _scalar(self, schema: Any) -> bool:
        """Whether `schema` is of a scalar type (string, number, integer, boolean)."""
        resolved = self.schemas.resolve(schema)
        kind = resolved.get("type") if isinstance(resolved, dict) else None
        return kind in ("string", "number", "integer", "boolean")

    def _as_scalar(self, item_id: str, schema: Any) -> Any:
        """An item's id as a value of the scalar `schema`, else a value made from the schema."""
        value = coerce(item_id, self.schemas.resolve(schema))
        if value is not None and not self.schemas.errors(value, schema):
            return value
        return self.schemas.example(schema, self.rng)

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

    # -- ids and times ----------------------------------------------------------------------

    def _new_id(self, template: str, example: Any, schema: Any) -> Any:
        schema = self.schemas.resolve(schema) if schema is not None else {}
        kind = schema.get("type") if isinstance(schema, dict) else None
        kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
        if isinstance(example, int) or kind == "integer":
            collection_ids = [
                int(k)
                for (t, _), items in self.store.items()
                if t == template
                for k in items
                if str(k).isdecimal()
            ] + self._embedded_ids(template)
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

    def _touch(self, item: Dict[str, Any], props: Dict[str, Any], *, created: bool) -> None:
        now = datetime.datetime.fromtimestamp(self.clock(), datetime.timezone.utc)
        for name in ("created_at", "createdAt", "updated_at", "updatedAt"):
            if name not in props or (name.startswith("created") and not created):
                continue
            prop = self.schemas.resolve(props[name])
            if prop.get("format") == "date-time":
                item[name] = now.strftime("%Y-%m-%dT%H:%M:%SZ")
            else:
                item[name] = now.strftime("%Y-%m-%d %H:%M:%S")


def _filled_in(value: Any, item: Dict[str, Any]) -> Any:
    """A declared value with each ``{field}`` in it replaced by the item's field."""
    if not isinstance(value, str):
        return value
    return re.sub(r"\{([^{}]+)\}", lambda m: str(item.get(m.group(1), m.group(0))), value)


def _page(
    style: Dict[str, Any], items: List[Any], query: Dict[str, str], size: int
) -> Tuple[List[Any], Dict[str, Any]]:
    """One page of the items and the paging fields to fill in (by the style's names for them)."""
    page, meta = _one_page(style, items, query, size)
    meta["page-count"] = len(page)
    return page, meta


def _one_page(
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
