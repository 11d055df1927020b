"""One flow, two clients: a scenario written once with ``await`` runs through the sync client and
the async one, each against a fresh in-process mock."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Awaitable, Callable, List

from behaviour_helpers import TITLES, package

MODES = ["sync", "async"]


class Awaited:
    """A sync client seen through ``await``, so that one flow runs against both clients."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value):

            async def call(*args: Any, **kwargs: Any) -> Any:
                return value(*args, **kwargs)

            return call
        return Awaited(value)


async def listed(result: Any) -> List[Any]:
    """Every item of a list call's answer: a (sync or async) pager walked to its end."""
    if inspect.isawaitable(result):
        result = await result
    if hasattr(result, "__aiter__"):
        return [item async for item in result]
    return list(result)


def run(provider: str, mode: str, flow: Callable[[Any, Any], Awaitable[None]], **credentials: Any) -> Any:
    """Run `flow(client, module)` with a fresh mock, through the sync or the async client; the mock."""
    module = package(provider)
    mock_module = __import__(f"{provider}_client.mock", fromlist=["x"])
    # the mock accepts the credentials it is given (and the document's examples), as a user starts it
    mock = getattr(mock_module, f"{TITLES[provider]}Mock")(credentials=dict(credentials))
    prefix = "Async" if mode == "async" else ""
    client = getattr(module, f"{prefix}{TITLES[provider]}Client")(transport=mock.transport(), **credentials)
    asyncio.run(flow(client if mode == "async" else Awaited(client), module))
    return mock
