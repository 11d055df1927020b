"""``python -m runn_client.mock``: serve the Runn API mock on a local port."""

from __future__ import annotations

import argparse

from . import RunnMock


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m runn_client.mock", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port (default 4010)")
    parser.add_argument("--seed", type=int, default=0, help="seed for generated ids")
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        help="requests per minute, instead of the documented budget",
    )
    args = parser.parse_args()
    rate = (args.rate_limit, 60.0) if args.rate_limit else None
    RunnMock(seed=args.seed, rate_limit=rate).serve(args.host, args.port)


main()
