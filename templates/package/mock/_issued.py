"""Credentials the API itself issues (``x-rungen-mock: issues-credential``): a create that answers a
new API key makes that key work against the mock, with the scope and expiry the item records; a
rotation (``rotates-credential``) replaces it, the old one refused at once; deleting the item
revokes it; and an operation that reports the credential in use (``current-credential``)
answers its item."""

from __future__ import annotations

import datetime
from typing import Any, Dict, Optional, Tuple

from ._actions import Actions
from ._resources import Key
from ._responses import Reply, Route, _iso

__all__ = ["IssuedCredentials", "epoch"]

#: Where an issued secret's item is stored: (collection key, item id).
ItemRef = Tuple[Key, str]


class IssuedCredentials(Actions):
    """Keys made by the API's own key-management operations, usable against the mock."""

    issued: Dict[str, ItemRef]  # secret -> its item
    secret_of: Dict[ItemRef, str]  # item -> its current secret

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
        rules = route.operation.get("x-rungen-mock") or {}
        if rules.get("rotates-credential"):
            return self._rotate(route, params, status, schema)
        if rules.get("current-credential") and route.method == "get":
            current = self._current_item(caller)
            if current is not None:
                return Reply(
                    status, self._conform(current, self._one_item(schema), route.operation)
                )
        return super()._declared(route, params, query, body, status, schema, caller)

    def _create(
        self, route: Route, params: Dict[str, str], body: Any, status: int, schema: Any, caller: str
    ) -> Reply:
        reply = super()._create(route, params, body, status, schema, caller)
        rule = (route.operation.get("x-rungen-mock") or {}).get("issues-credential")
        if not isinstance(rule, dict) or reply.status >= 300:
            return reply
        shown = reply.body[0] if isinstance(reply.body, list) else reply.body
        if not isinstance(shown, dict):
            return reply
        home = self._home((route.template, tuple(params[p] for p in route.params)))[0]
        item_id = str(shown.get(self._id_field(shown, route.template)))
        item = self._items(home).get(item_id)
        if item is not None:
            self._give_secret(rule, (home, item_id), item, shown)
        return reply

    def _rotate(self, route: Route, params: Dict[str, str], status: int, schema: Any) -> Reply:
        """A new secret for the item the action hangs on (``/keys/{id}/rotate``); the old one is
        refused from now on."""
        found = self._parent_item(route, params)
        rule = self._issuing_rule(found[0][0]) if found is not None else None
        if found is None or rule is None:
            return self._error(route.operation, 404, "No such resource")
        home, item_id, item = found
        ref = (self._home(home)[0], item_id)
        old = self.secret_of.get(ref)
        if old is not None:
            self.credentials[old] = self.credentials[old]._replace(active=False)
            del self.issued[old]
        shown = dict(item)
        self._give_secret(rule, ref, item, shown)
        self._touch(item, self._shape_properties([self._one_item(schema)]), created=False)
        shown.update({k: v for k, v in item.items() if k != rule.get("secret")})
        return Reply(status, self._conform(shown, self._one_item(schema), route.operation))

    def _remove(self, key: Key, item_id: str) -> Dict[str, Any]:
        """Deleting an issued key's item revokes the key."""
        removed = super()._remove(key, item_id)
        secret = self.secret_of.pop((self._home(key)[0], item_id), None)
        if secret is not None:
            self.credentials[secret] = self.credentials[secret]._replace(active=False)
            self.issued.pop(secret, None)
        return removed

    def _authenticate(
        self, route: Route, headers: Dict[str, str], query: Dict[str, str]
    ) -> Optional[Reply]:
        """As `Auth`; an issued key that is accepted also records its use (``last-used``)."""
        refused = super()._authenticate(route, headers, query)
        if refused is None and self.issued:
            ref = self.issued.get(self._credential(headers, query))
            item = self._items(ref[0]).get(ref[1]) if ref is not None else None
            rule = self._issuing_rule(ref[0][0]) if ref is not None else None
            if item is not None and rule is not None and rule.get("last-used"):
                item[str(rule["last-used"])] = _iso(self.clock())
        return refused

    # -- helpers ------------------------------------------------------------------------------

    def _give_secret(
        self, rule: Dict[str, Any], ref: ItemRef, item: Dict[str, Any], shown: Dict[str, Any]
    ) -> None:
        """Make a new secret for `item`, register it with the item's scope and expiry, and show it
        in the answer (`shown`) only: the stored item keeps no secret."""
        secret = str(rule.get("prefix", "")) + f"{self.rng.getrandbits(128):032x}"
        scope = item.get(str(rule.get("scope", ""))) if rule.get("scope") else None
        scopes = [scope] if isinstance(scope, str) else scope if isinstance(scope, list) else None
        expires = _seconds(item.get(str(rule["expires"]))) if rule.get("expires") else None
        self.add_credential({"token": secret}, scopes=scopes, expires=expires)
        self.issued[secret] = ref
        self.secret_of[ref] = secret
        if rule.get("shows-prefix"):
            item[str(rule["shows-prefix"])] = secret[: len(str(rule.get("prefix", ""))) + 4]
        if rule.get("active"):
            item[str(rule["active"])] = True
        item[str(rule["secret"])] = None
        shown.update(item)
        shown[str(rule["secret"])] = secret

    def _issuing_rule(self, template: str) -> Optional[Dict[str, Any]]:
        """The ``issues-credential`` of the create operation of the collection at `template`."""
        for route in self.routes:
            if route.method == "post" and route.template.rstrip("/") == template.rstrip("/"):
                rule = (route.operation.get("x-rungen-mock") or {}).get("issues-credential")
                return rule if isinstance(rule, dict) else None
        return None

    def _current_item(self, caller: str) -> Optional[Dict[str, Any]]:
        """The item of the issued key the caller authenticated with (None for any other)."""
        ref = self.issued.get(caller)
        return self._items(ref[0]).get(ref[1]) if ref is not None else None


def epoch(value: Any) -> Optional[float]:
    """A point in time as seconds since the epoch: a ``datetime`` (naive is UTC), an ISO 8601 /
    RFC 3339 string or a number; None stays None. TypeError or ValueError for anything else."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    when = (
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        if isinstance(value, str)
        else value
    )
    if isinstance(when, datetime.datetime):
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.timezone.utc)
        return when.timestamp()
    raise TypeError(
        f"expected a datetime, an ISO 8601 string or a number, not {type(value).__name__}"
    )


def _seconds(value: Any) -> Optional[float]:
    """An RFC 3339 date-time a stored item holds, as seconds since the epoch (None when it is not one)."""
    try:
        return epoch(value) if isinstance(value, str) else None
    except ValueError:
        return None
