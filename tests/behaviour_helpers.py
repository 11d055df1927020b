"""A harness to drive generated clients, sync or async, against an in-process httpx transport."""

from __future__ import annotations

import asyncio
import importlib
import sys
from typing import Any, Callable, List

import httpx

from conftest import GENERATED

TITLES = {"runcloud": "RunCloud", "runn": "Runn", "rundun": "Rundun", "runsite": "Runsite", "runai": "Runai"}
RUNDUN_KEY = "rdk_live_a3f9bc4d8e1f2a3b4c5d6e7f8a9b0c1d"
RUNSITE_KEY = "ak_live_a1b2c3d4"


def package(provider: str) -> Any:
    """Import generated/<provider>/<provider>_client."""
    folder = str(GENERATED / provider)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    return importlib.import_module(f"{provider}_client")


class Harness:
    """One client (sync or async) over a MockTransport, recording requests and sleeps."""

    def __init__(self, provider: str, mode: str, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> None:
        self.mode = mode
        self.requests: List[httpx.Request] = []
        self.sleeps: List[float] = []
        module = package(provider)
        name = ("Async" if mode == "async" else "") + TITLES[provider] + "Client"

        def record(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return handler(request)

        self.client = getattr(module, name)(transport=httpx.MockTransport(record), **kwargs)
        if mode == "async":

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client._sleep = sleep
            self.loop = asyncio.new_event_loop()
        else:
            self.client._sleep = self.sleeps.append

    def __call__(self, thunk: Callable[[], Any]) -> Any:
        """Run one call: awaited in async mode; a pager is drained into a list."""
        result = thunk()
        module_pager = type(result).__name__
        if self.mode == "async":
            if module_pager == "AsyncPager":
                return self.loop.run_until_complete(_drain(result))
            if asyncio.iscoroutine(result):
                return self.loop.run_until_complete(result)
            return result
        if module_pager == "SyncPager":
            return list(result)
        return result

    def close(self) -> None:
        if self.mode == "async":
            self.loop.close()


async def _drain(pager: Any) -> List[Any]:
    return [item async for item in pager]


def json_response(status: int, body: Any, headers: Any = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers or {})
