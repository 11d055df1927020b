"""The mock's resource model, derived from the document's paths: the collections (keyed by their
full path, so a nested one belongs to one parent item), the parent items a path needs, the seed
items from the examples, and the shapes an item of a collection is read in."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Set, Tuple

from ._filters import filtered
from ._requests import RequestChecks
from ._responses import Route, _dig, _parameter_example, _request_example
from ._schema import coerce

__all__ = ["Key", "Resources"]

#: A collection: its path template and the ids of the parent items it hangs under.
Key = Tuple[str, Tuple[str, ...]]


class Resources(RequestChecks):
    """Which collection a path reads or writes, the parents it needs, and what it starts with."""

    store: Dict[Key, Dict[str, Any]]
    created: Set[Tuple[str, str]]
    owners: Dict[Tuple[Any, str], str]
    rules: Dict[str, Any]
    paging: Dict[str, Any]
    #: answers that depend only on the routes and the root rules, which never change: by path template
    route_memo: Dict[str, Optional[Route]]
    collection_memo: Dict[str, bool]

    # -- collections and their items -------------------------------------------------------

    def _items(self, key: Key) -> Dict[str, Dict[str, Any]]:
        """A collection's items by id; on first use, the document's examples of it.

        The items of the list operation's example, else the item operation's example, else the
        create operation's (its request example, completed by its response example). A nested
        collection holds them only under the first seed item of each collection above it (the
        ids a reader of the examples calls it with), with its link to that parent set to match."""
        entries = self._embedded(key)
        if entries is not None:  # the entries of an array field of the parent item
            return {
                str(entry.get(self._id_field(entry, key[0]))): entry
                for entry in entries
                if isinstance(entry, dict)
            }
        home, link = self._home(key)
        if link is not None:  # a view of a flat collection: the items that name this parent
            return {
                i: item
                for i, item in self._items(home).items()
                if str(item.get(link[0])) == link[1]
            }
        found = self.store.get(key)
        if found is None:
            found = self.store[key] = {}
            if not self._seeded_under(key):
                return found
            route = self._route_at(key[0])
            links = (
                {name: key[1][route.params.index(name)] for _, name in self._ancestors(route)}
                if route
                else {}
            )
            unaddressed = not self._item_params(key[0])
            for index, item in enumerate(self._examples_of(key[0])):
                item_id = item.get(self._id_field(item, key[0]))
                if item_id is None and unaddressed and self._names_path(item, route, key, links):
                    item_id = f"#{index}"  # no path names its items: any key will do
                if item_id is not None:
                    for name, parent_id in links.items():
                        if (
                            name in item
                        ):  # the seed's field naming its parent says the parent it is under
                            item[name] = _like(item[name], parent_id)
                    found[str(item_id)] = item
            if not found:
                seed = self._made_item(key[0])
                if seed is not None:
                    found[seed[0]] = seed[1]
        return found

    def _home(self, key: Key) -> Tuple[Key, Optional[Tuple[str, str]]]:
        """Where a collection's items are stored: in itself, or (a root ``collections`` entry with
        ``stored-in``) in a flat collection, where each names its parent in a field; then also
        that (field, parent id)."""
        declared = (self.rules.get("collections") or {}).get(key[0])
        if not isinstance(declared, dict) or not declared.get("stored-in"):
            return key, None
        flat = declared["stored-in"]
        if not key[1]:  # a top-level path that creates into another collection (no parent)
            return (self._collection_path(str(flat)) or str(flat), ()), None
        route = self._route_at(key[0])
        field = str(
            declared.get("parent-field")
            or (route.params[-1] if route is not None and route.params else "")
        )
        return (self._collection_path(str(flat)) or str(flat), ()), (field, key[1][-1])

    def _names_path(
        self, item: Dict[str, Any], route: Optional[Route], key: Key, parents: Dict[str, str]
    ) -> bool:
        """Whether a seed item's fields named like the path's own parameters (``personId``, not
        a parent's, which the seed takes) agree with the ids in the path: a report of person 101
        is not every person's."""
        for name, value in zip(route.params if route is not None else [], key[1]):
            field = _named(name, item) if name not in parents else None
            if field is not None and str(item[field]) != value:
                return False
        return True

    def _embedded(self, key: Key) -> Optional[List[Any]]:
        """The array field of the parent item that holds a collection's items (a root
        ``collections`` entry with ``in-parent``), else None; an empty list when the parent is gone.
        """
        declared = (self.rules.get("collections") or {}).get(key[0])
        field = declared.get("in-parent") if isinstance(declared, dict) else None
        route = self._route_at(key[0])
        if not field or route is None:
            return None
        parent = self._parent_of(route, dict(zip(route.params, key[1])))
        if parent is None:
            return []
        if not isinstance(parent.get(field), list):
            parent[str(field)] = []
        entries: List[Any] = parent[str(field)]
        return entries

    def _embedded_in(self, template: str) -> List[Tuple[str, str]]:
        """(collection, field) of each ``in-parent`` collection whose items are the entries of the
        array `field` of an item of the collection at `template`."""
        found = []
        for nested, declared in (self.rules.get("collections") or {}).items():
            route = self._route_at(nested)
            if not isinstance(declared, dict) or not declared.get("in-parent") or route is None:
                continue
            ancestors = self._ancestors(route)
            if ancestors and ancestors[-1][0] == template:
                found.append((str(nested), str(declared["in-parent"])))
        return found

    def _embedded_ids(self, template: str) -> List[int]:
        """The integer ids of an ``in-parent`` collection's items, under every parent item."""
        ids: List[int] = []
        route = self._route_at(template)
        declared = (self.rules.get("collections") or {}).get(template)
        ancestors = self._ancestors(route) if route is not None else []
        if not isinstance(declared, dict) or not declared.get("in-parent") or not ancestors:
            return ids
        for (parents, _), items in list(self.store.items()):
            if parents != ancestors[-1][0]:
                continue
            for item in items.values():
                for entry in item.get(declared["in-parent"]) or []:
                    value = (
                        entry.get(self._id_field(entry, template))
                        if isinstance(entry, dict)
                        else None
                    )
                    if isinstance(value, int) and not isinstance(value, bool):
                        ids.append(value)
        return ids

    def _remove(self, key: Key, item_id: str) -> Dict[str, Any]:
        """Delete an item from where it is stored, and the collections nested under it."""
        entries = self._embedded(key)
        if entries is not None:
            entry: Dict[str, Any] = self._items(key)[item_id]
            entries.remove(entry)
            return entry
        removed: Dict[str, Any] = self._items(self._home(key)[0]).pop(item_id)
        self._forget_children(key[0], key[1] + (item_id,))
        return removed

    def _first_seed_id(self, template: str) -> Optional[str]:
        """The id of a collection's first seed item (None when it has none)."""
        for item in self._examples_of(template):
            item_id = item.get(self._id_field(item, template))
            if item_id is not None:
                return str(item_id)
        seed = self._made_item(template)
        return seed[0] if seed is not None else None

    def _seeded_under(self, key: Key) -> bool:
        route = self._route_at(key[0])
        if route is None:
            return True
        for template, name in self._ancestors(route):
            index = route.params.index(name)
            if index >= len(key[1]) or self._first_seed_id(template) != key[1][index]:
                return False
            if (template.rstrip("/"), key[1][index]) in self.created:
                return False  # an item made here that reuses a seed id: it starts empty
        return True

    def _route_at(self, template: str) -> Optional[Route]:
        if template not in self.route_memo:
            self.route_memo[template] = self._scanned_route(template)
        return self.route_memo[template]

    def _scanned_route(self, template: str) -> Optional[Route]:
        return next((r for r in self.routes if r.template == template), None)

    def _collection_path(self, path: str) -> Optional[str]:
        """The path template of the collection at `path` (written with or without its trailing slash)."""
        path = path.rstrip("/")
        for candidate in (path, path + "/"):
            route = self._route_at(candidate)
            if route is not None and self._is_collection(route):
                return candidate
        return None

    # -- parents ----------------------------------------------------------------------------

    def _ancestors(self, route: Route) -> List[Tuple[str, str]]:
        """(collection path, parameter) for each path parameter that names an item of a collection
        above this path: ``/people/{personId}/contracts/`` lives under the person ``{personId}``
        of ``/people/``. The path's own last parameter (its item) is not one."""
        found = []
        for name in route.params:
            head, tail = route.template.split("{" + name + "}", 1)
            if not tail.strip("/"):
                continue
            collection = self._collection_path(head)
            if collection is not None:
                found.append((collection, name))
        return found

    def _missing_parent(self, route: Route, params: Dict[str, str], caller: str) -> Optional[str]:
        """The id of the first parent item the path names that does not exist (or that the caller
        may not see); None when every parent is there."""
        for template, name in self._ancestors(route):
            key = (template, tuple(params[p] for p in route.params[: route.params.index(name)]))
            if params[name] not in self._items(key) or not self._visible(key, params[name], caller):
                return params[name]
        return None

    def _parent_of(self, route: Route, params: Dict[str, str]) -> Optional[Dict[str, Any]]:
        """The item a nested path's collection hangs on (its nearest parent), else None."""
        ancestors = self._ancestors(route)
        if not ancestors:
            return None
        template, name = ancestors[-1]
        key = (template, tuple(params[p] for p in route.params[: route.params.index(name)]))
        return self._items(key).get(params[name])

    def _forget_children(self, template: str, ids: Tuple[str, ...]) -> None:
        """Drop the nested collections of a deleted item: its children are gone with it."""
        prefix = template.rstrip("/") + "/{"
        for key in [k for k in self.store if k[0].startswith(prefix) and k[1][: len(ids)] == ids]:
            del self.store[key]

    # -- seeds ------------------------------------------------------------------------------

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
        id_field = next((f for f in (_named(name, props), "id", "uuid") if f in props), None)
        if id_field is not None:
            typed = coerce(key, self.schemas.resolve(props[id_field]))
            if typed is not None and not self.schemas.errors(typed, props[id_field]):
                item[id_field] = typed
        return key, item

    def _examples_of(self, template: str) -> List[Dict[str, Any]]:
        lister = next(
            (r for r in self.routes if r.template == template and r.method == "get"), None
        )
        if lister is not None and self._grouping(lister.operation):
            example = self._success_example(lister.operation)
            groups = example.values() if isinstance(example, dict) else []
            return [
                item
                for group in groups
                if isinstance(group, list)
                for item in group
                if isinstance(item, dict)
            ]
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

    # -- shapes -----------------------------------------------------------------------------

    def _item_shapes(self, template: str) -> List[Any]:
        """The schemas an item of a collection is read in: its item path's GET, its list's items."""
        shapes: List[Any] = []
        item_path = re.compile("^" + re.escape(template.rstrip("/")) + r"/\{[^}/]+\}/?$")
        getter = next(
            (r for r in self.routes if r.method == "get" and item_path.match(r.template)), None
        )
        if getter is not None:
            shapes.append(self._one_item(self._success(getter.operation)[1]))
        lister = next(
            (r for r in self.routes if r.template == template and r.method == "get"), None
        )
        if lister is not None:
            shapes.append(self._list_item_schema(lister.operation))
        return [s for s in shapes if s is not None]

    def _list_item_schema(self, operation: Dict[str, Any]) -> Any:
        """The schema of one item of a list operation's answer (None when it is not a list)."""
        schema = self.schemas.resolve(self._success(operation)[1])
        if self._grouping(operation) and isinstance(schema, dict):
            groups = self.schemas.resolve(schema.get("additionalProperties"))
            return groups.get("items") if isinstance(groups, dict) else None
        if not self._lists(operation):
            return None
        array = self.schemas.resolve(self._property_at(schema, self._items_path(operation)) or {})
        return array.get("items") if isinstance(array, dict) else None

    def _one_item(self, schema: Any) -> Any:
        """The item schema of an answer that is one item (an array answer holds the item)."""
        resolved = self.schemas.resolve(schema)
        if isinstance(resolved, dict) and resolved.get("type") == "array":
            return resolved.get("items") or {}
        return schema

    def _grouping(self, operation: Dict[str, Any]) -> Optional[str]:
        """The field a list operation groups its items by (``x-rungen-mock: {group-by: key}``)."""
        field = (operation.get("x-rungen-mock") or {}).get("group-by")
        return str(field) if field else None

    # -- what the document's paths say -------------------------------------------------------

    def _visible(self, collection: Any, item_id: str, caller: str) -> bool:
        owner = self.owners.get((self._home(collection)[0], item_id))
        return not self.rules.get("owner-scoped") or owner is None or owner == caller

    def _filtered(
        self, route: Route, query: Dict[str, str], items: List[Dict[str, Any]]
    ) -> List[Dict[str, Any]]:
        """The items the list's declared ``filters`` (the root's, then the operation's) keep for
        this query: the page, its count field and a ``/count`` endpoint are all of these."""
        rules = {
            **(self.rules.get("filters") or {}),
            **((route.operation.get("x-rungen-mock") or {}).get("filters") or {}),
        }
        if not rules or not items:
            return items
        declared = [str(p.get("name")) for p in self._parameters(route) if p.get("in") == "query"]
        return filtered(items, rules, query, declared)

    # -- references by body field -----------------------------------------------------------

    def _reference_of(self, body: Dict[str, Any], reference: Any) -> Optional[Dict[str, Any]]:
        """The long form (``path``, ``key``, ``copy``) of a ``references`` entry for this body; for
        one that depends on a body field (``by``/``kinds``), the kind the body names (None when
        that kind is not declared: nothing to check)."""
        if isinstance(reference, str):
            return {"path": reference}
        if not isinstance(reference, dict):
            return None
        if "by" in reference:
            kind = body.get(str(reference["by"]))
            target = (reference.get("kinds") or {}).get(kind) if isinstance(kind, str) else None
            return self._reference_of(body, target) if target is not None else None
        return reference

    def _referenced_item(
        self,
        params: Dict[str, str],
        reference: Dict[str, Any],
        value: Any,
        caller: Optional[str] = None,
    ) -> Optional[Dict[str, Any]]:
        """The item a body field names: by its id, or by the reference's ``key`` field (None when
        there is none, or the caller may not see it)."""
        template = self._collection_path(str(reference.get("path", ""))) or str(
            reference.get("path", "")
        )
        collection = self._route_at(template)
        key = (
            (template, tuple(params.get(p, "") for p in collection.params))
            if collection is not None
            else (template, ())
        )
        items = self._items(key)
        field = reference.get("key")
        found = (
            next((i for i, item in items.items() if str(item.get(field)) == str(value)), None)
            if field
            else (str(value) if str(value) in items else None)
        )
        if found is None or (caller is not None and not self._visible(key, found, caller)):
            return None
        return items[found]

    def _is_collection(self, route: Route) -> bool:
        """A path whose item path (``<path>/{id}``) also exists, or that a paged list reads. An
        item path is one that is read, replaced, updated or deleted: ``<path>/{verb}`` with only
        POST is an action named in the path (``/databases/{id}/{action}``), not an item."""
        if route.template not in self.collection_memo:
            self.collection_memo[route.template] = self._scanned_collection(route)
        return self.collection_memo[route.template]

    def _scanned_collection(self, route: Route) -> bool:
        if route.template in (self.rules.get("collections") or {}):
            return True  # declared: it stores into another collection (``stored-in``)
        prefix = route.template.rstrip("/") + "/{"
        if any(
            r.template.startswith(prefix)
            and r.template.count("/") == route.template.rstrip("/").count("/") + 1
            and r.method != "post"
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
    ) -> Tuple[Optional[Key], Optional[str]]:
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

    def _lists(self, operation: Dict[str, Any]) -> bool:
        """Whether a GET answers with a list (an array, or an object holding the items array)."""
        _, schema = self._success(operation)
        resolved = self.schemas.resolve(schema)
        if isinstance(resolved, dict) and resolved.get("type") == "array":
            return True
        return bool(self._items_path(operation))

    def _property_at(self, schema: Any, path: str) -> Any:
        """The schema of the field at a dotted path of a body (None when it is not declared)."""
        for key in [p for p in path.split(".") if p]:
            schema = self.schemas.properties(schema).get(key)
            if schema is None:
                return None
        return schema

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
            found = _named(name, item)
            if found is not None:
                return found
        for candidate in ("id", "uuid"):
            if candidate in item:
                return candidate
        return "id"


def _named(name: str, fields: Dict[str, Any]) -> Optional[str]:
    """The field a path parameter names: the same name, else the one that differs only in case
    or spelling (``{Sid}`` for ``sid``, ``{pet_id}`` for ``petId``), as the contract tests pick it.
    """
    if name in fields:
        return name
    folded = _folded(name)
    return next((f for f in fields if isinstance(f, str) and _folded(f) == folded), None)


def _folded(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def _like(old: Any, text: str) -> Any:
    """`text` (an id read from a path) as the type of `old`, the value it replaces."""
    if isinstance(old, bool):
        return old
    if isinstance(old, int):
        return int(text) if text.lstrip("-").isdecimal() else old
    return text if isinstance(old, str) else old
