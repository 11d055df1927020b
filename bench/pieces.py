"""``python -m bench.pieces [SPEC ...]``: which rendered pieces skip black, which black changes, and black's CPU.

The templates write black's layout and mark what they could not; a piece whose layout the
formatter accepts (`generator.format.laid_out`) is taken without black. This renders each spec
(the five providers by default) as a cold generation would, cuts every Python file into the
pieces the formatter takes, and runs black on every piece anyway: a piece the formatter accepts
that black changes is a layout bug (listed, ``wrong``); of the others, it reports those black's
first pass changes (`black.format_str` formats a second time whenever its first pass changed
anything); ``--diff`` shows how. The totals line gives black's CPU seconds over all pieces and over
those the formatter sends to black (one process, no cache, no workers).
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent


class Piece(NamedTuple):
    name: str  #: spec/path#piece
    source: str  #: what black is given (the renderer's marks removed)
    laid_out: bool  #: the formatter takes it as it is, without black


def rendered_pieces(spec: Path) -> list[Piece]:
    """Every piece of the spec's rendered Python files (plain source copied as it is excepted)."""
    from generator import format as fmt
    from generator.build import build_package
    from generator.load import load_document
    from generator.render import VERBATIM, render
    from generator.resolve import DocumentSet
    from generator.validate import validate

    docs = DocumentSet(load_document(spec))
    problems = validate(docs)
    docs.drop([p.location for p in problems if p.drops_value])
    package = build_package(docs, spec.stem, problems)
    files = render(package)
    copied = {output.format(module=package.module) for output in VERBATIM.values()}
    out = []
    for path, source in sorted(files.items()):
        if path.endswith(".py") and path not in copied:
            parts = fmt.pieces(source)
            for i, part in enumerate(parts):
                name = f"{spec.stem}/{path}#{i}" if len(parts) > 1 else f"{spec.stem}/{path}"
                out.append(Piece(name, fmt.trimmed(fmt.plain(part)), fmt.laid_out(part)))
    return out


def measure(specs: list[Path], diff: int = 0, stream=sys.stdout) -> dict:
    """Run black on every piece: count those the formatter takes as they are, those of them black
    changes (layout bugs), those black's first pass changes, and black's CPU."""
    import black

    from generator.format import MODE

    changed, wrong, total, laid_out, cpu, needed = [], [], 0, 0, 0.0, 0.0
    for spec in specs:
        for name, piece, accepted in rendered_pieces(spec):
            total += 1
            laid_out += accepted
            start = time.process_time()
            output = black.format_str(piece, mode=MODE)
            spent = time.process_time() - start
            cpu += spent
            needed += 0.0 if accepted else spent
            if output != piece:
                (wrong if accepted else changed).append(name)
                print(f"{'WRONG (taken without black)' if accepted else 'changed'}: {name}", file=stream)
                if diff:
                    lines = list(difflib.unified_diff(piece.splitlines(), output.splitlines(), lineterm="", n=1))[2:]
                    for line in lines[:diff]:
                        print(f"    {line}", file=stream)
                    if len(lines) > diff:
                        print(f"    ... {len(lines) - diff} more diff lines", file=stream)
    print(
        f"{laid_out} of {total} pieces taken without black ({len(wrong)} of them wrong); {len(changed)} changed by black; "
        f"black {cpu:.2f} s CPU on all, {needed:.2f} s on those the formatter sends it",
        file=stream,
    )
    return {"pieces": total, "laid_out": laid_out, "wrong": wrong, "changed": changed, "black_cpu": cpu, "black_needed_cpu": needed}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pieces", description=__doc__)
    parser.add_argument("specs", nargs="*", type=Path, help="spec files (default: the five providers in specs/)")
    parser.add_argument("--diff", type=int, default=0, metavar="N", help="show the first N lines of each changed piece's diff")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    specs = args.specs or sorted((ROOT / "specs").glob("*.yaml"))
    measure(specs, args.diff)


if __name__ == "__main__":
    main()
