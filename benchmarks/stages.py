"""Time each stage of our generator in one process, to show where the time goes.

``python -m benchmarks.stages SPEC PACKAGE OUT`` prints JSON: CPU seconds per stage (user +
system, this process and the worker processes it waited for, e.g. black's pool or the
child that renders half of the files). The stages
are called one after the other as the pipeline calls them; the format cache is off so that
``format`` is the cost of black itself.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(argv: list[str]) -> None:
    spec, package, out = Path(argv[0]), argv[1], Path(argv[2])
    os.environ["OPENAPI_PYCLIENT_CACHE_DIR"] = "off"
    times: dict[str, float] = {}

    def cpu() -> float:
        spent = os.times()
        return spent.user + spent.system + spent.children_user + spent.children_system

    mark = cpu()

    def lap(name: str) -> None:
        nonlocal mark
        now = cpu()
        times[name] = now - mark
        mark = now

    from generator import __version__
    from generator.config import GenerateConfig
    from generator.model import build_client_model
    from generator.output.format import format_files
    from generator.output.write import write_output
    from generator.pipeline import package_names
    from generator.render.engine import render
    from generator.shared.record import manifest_text
    from generator.spec.loader import SpecSource, load_document
    from generator.spec.validate import validate_document

    lap("import")
    document = load_document(spec)
    lap("load")
    validate_document(document)
    lap("validate")
    config = GenerateConfig(spec, out, package, None, "0.1.0", ())
    client = build_client_model(SpecSource(document), package_names(config, document))
    lap("model")
    rendered = render(client, ())
    lap("render")
    formatted = format_files(rendered)
    lap("format")
    write_output(out, formatted, manifest_text(formatted, "", __version__))
    lap("write")
    print(json.dumps(times))


if __name__ == "__main__":
    main(sys.argv[1:])
