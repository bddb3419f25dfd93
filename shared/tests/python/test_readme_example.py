"""The Python example in the README runs as written (it is read from the README, so the two
cannot drift apart)."""

import pathlib
import re

README = pathlib.Path(__file__).resolve().parents[3] / "README.md"


def readme_example():
    text = README.read_text(encoding="utf-8")
    found = re.search(
        r"<!-- ffi-example:start -->\s*```python\n(.*?)```\s*<!-- ffi-example:end -->",
        text,
        re.DOTALL,
    )
    assert found, "README.md lost its marked Python example"
    return found.group(1)


def test_the_readme_example_runs_and_prints_what_it_promises(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    namespace = {}
    exec(compile(readme_example(), "README.md example", "exec"), namespace)

    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "1 Geplande vechtpartij of incident: Oproep voor een vechtafspraak bij het station"
    assert printed[1].startswith("De wachtzin klopt niet.")
    assert namespace["vault"].is_locked()
