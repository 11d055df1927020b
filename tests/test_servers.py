"""The servers a provider's document names: the first is the client's default, the others are named for `base_url=`."""

from __future__ import annotations

import pytest

from behaviour_helpers import package
from conftest import ROOT


def test_runns_eu_server_is_the_default_and_its_us_server_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    # runn.json (rocketsciencegg/runn-typescript-sdk @1989512e): "servers": [{"url": "https://api.runn.io",
    # "description": "EU Server"}, {"url": "https://api.us.runn.io", "description": "US Server"}]
    runn = package("runn")
    RunnClient, AsyncRunnClient = runn.RunnClient, runn.AsyncRunnClient

    monkeypatch.delenv("RUNN_BASE_URL", raising=False)
    assert RunnClient(token="t").base_url == "https://api.runn.io"
    assert RunnClient(token="t", base_url="https://api.us.runn.io").base_url == "https://api.us.runn.io"
    for cls in (RunnClient, AsyncRunnClient):
        assert "``https://api.us.runn.io`` (US Server)" in (cls.__doc__ or "")
    readme = " ".join((ROOT / "generated" / "runn" / "README.md").read_text().split())
    assert "The base URL is `https://api.runn.io`" in readme and "`https://api.us.runn.io` (US Server)" in readme
