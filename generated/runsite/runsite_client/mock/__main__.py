"""``python -m runsite_client.mock``: serve the Runsite Public API mock on a local port.

It accepts the document's example credentials, the ones given here (e.g.
``--api-key VALUE``), and the ones in the
client's environment variables (``RUNSITE_API_KEY``; ``RUNSITE_ACCESS_TOKEN``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Dict

from . import ARGUMENTS, RunsiteMock
from ._requests import MAX_BODY
from ._server import READ_TIMEOUT


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m runsite_client.mock",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=4010, help="port (default 4010)")
    parser.add_argument("--seed", type=int, default=0, help="seed for generated ids")
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        help="requests per minute, instead of the documented budget",
    )
    parser.add_argument(
        "--read-timeout",
        type=float,
        default=READ_TIMEOUT,
        help=f"seconds a connection may take to send a request (default {READ_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-body",
        type=int,
        default=MAX_BODY,
        help=f"largest request body accepted, in bytes (default {MAX_BODY})",
    )
    for argument in ARGUMENTS:
        parser.add_argument(
            "--" + argument.replace("_", "-"),
            dest="credential_" + argument,
            metavar="VALUE",
            help=f"accept this {argument} (with the rest of its scheme's credentials)",
        )
    args = parser.parse_args()
    given: Dict[str, str] = {
        a: getattr(args, "credential_" + a)
        for a in ARGUMENTS
        if getattr(args, "credential_" + a) is not None
    }
    rate = (args.rate_limit, 60.0) if args.rate_limit else None
    try:
        mock = RunsiteMock(
            seed=args.seed, rate_limit=rate, max_body=args.max_body, credentials=given or None
        )
    except TypeError as exc:
        parser.error(str(exc))
    try:
        mock.serve(args.host, args.port, read_timeout=args.read_timeout)
    except OSError as exc:
        print(
            f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        sys.exit(1)


main()
