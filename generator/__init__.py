"""rungen: a generator of typed Python SDKs and mocks from OpenAPI documents.

The pipeline stages, one module each: `load`, `validate`, `resolve`, `build` (the IR in
`ir`), `render`, `format`, `write`; `pipeline` runs them and `cli` is the command line.
"""

__version__ = "0.1.0"
