"""Compare two specs as a client user sees them, and turn the result into a release.

``select`` (cut a spec to some operations) → ``surface`` (the user-visible API from the
intermediate model) → ``compare`` (classified changes) → ``report`` (text, JSON, Markdown)
and ``release`` (semantic-version bump and changelog entry for ``generate``).
"""

# The report formats of `diff --format` (generator.changes.report), here for the command line.
REPORT_FORMATS = ("text", "json", "markdown")
