"""What users write, checked by ``make typecheck`` (``mypy --strict``) rather than run.

- ``user_code.py`` pins the types the resource methods return (``assert_type``);
- ``mistakes.py`` holds mistakes mypy must report: each line carries ``# type: ignore[code]``, and
  ``--strict`` (``warn_unused_ignores``) fails if the mistake stops being an error of that code, so the
  check proves it sees the package's real types;
- ``snippets.py`` writes the README's Python blocks and the package docstring's examples out as modules
  for the same mypy run (``make typecheck`` passes their folder to mypy).
"""
