"""``python -m bench.pieces [SPEC ...]``: which rendered pieces black still changes, and black's CPU.

`black.format_str` formats a second time whenever its first pass changed anything, so a piece
rendered exactly as black writes it costs one pass instead of two. This renders each spec (the
five providers by default) as a cold generation would, cuts every Python file black formats into
the pieces the formatter hands it, and for each piece reports whether black's first pass changed
it; ``--diff`` shows how (the first lines of a unified diff per changed piece). The totals line
gives black's CPU seconds over all pieces (one process, no cache, no workers).
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rendered_pieces(spec: Path) -> list[tuple[str, str]]:
    """(path#piece, source) of every piece of the spec's Python files that black formats."""
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
            parts = [fmt.trimmed(piece) for piece in fmt.pieces(source)]
            out += [(f"{spec.stem}/{path}#{i}" if len(parts) > 1 else f"{spec.stem}/{path}", piece) for i, piece in enumerate(parts)]
    return out


def measure(specs: list[Path], diff: int = 0, stream=sys.stdout) -> dict:
    """Count the pieces black's first pass changes, and black's CPU over all of them (as `format_str` runs)."""
    import black

    from generator.format import MODE

    changed, total, cpu = [], 0, 0.0
    for spec in specs:
        for name, piece in rendered_pieces(spec):
            total += 1
            start = time.process_time()
            output = black.format_str(piece, mode=MODE)
            cpu += time.process_time() - start
            if output != piece:
                changed.append(name)
                print(f"changed: {name}", file=stream)
                if diff:
                    lines = list(difflib.unified_diff(piece.splitlines(), output.splitlines(), lineterm="", n=1))[2:]
                    for line in lines[:diff]:
                        print(f"    {line}", file=stream)
                    if len(lines) > diff:
                        print(f"    ... {len(lines) - diff} more diff lines", file=stream)
    print(f"{len(changed)} of {total} pieces changed by black; black {cpu:.2f} s CPU", file=stream)
    return {"pieces": total, "changed": changed, "black_cpu": cpu}


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
