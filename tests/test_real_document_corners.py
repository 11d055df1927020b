"""Two corners of ideal-postcodes' public document (4.21.0), each of which failed its package's
own contract test: an array query parameter whose `example` is written as it goes on the wire
(`paf,nyb`), and strings with a `maxLength` shorter than the mock's placeholder value. A small
document with both is generated, and its package's contract tests run against its mock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import run_rungen

SPEC = """\
openapi: 3.0.3
info: {title: Corners, version: "1.0"}
servers: [{url: "https://api.example.com/v1"}]
paths:
  /addresses:
    get:
      operationId: findAddress
      tags: [addresses]
      parameters:
        - name: dataset
          in: query
          style: form
          explode: false
          schema:
            type: array
            items: {type: string, enum: [paf, nyb, usps]}
          example: paf,nyb
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [result]
                properties:
                  result:
                    type: object
                    required: [state, suffix]
                    properties:
                      state: {type: string, maxLength: 2}
                      suffix: {type: string, minLength: 1, maxLength: 4}
"""


def test_a_wire_written_array_example_and_short_max_lengths_pass_the_contract(tmp_path: Path) -> None:
    spec = tmp_path / "corners.yaml"
    spec.write_text(SPEC)
    result = run_rungen("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    package = tmp_path / "out" / "corners"
    contract = next((package / "tests").glob("test_*contract.py")).read_text()
    assert '"dataset": ["paf", "nyb"]' in contract  # the example's items, not one "paf,nyb" item
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=package, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert "2 passed" in run.stdout  # sync and async
