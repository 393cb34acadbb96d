"""Compare two API surfaces and classify each change as breaking or not, for a client user.

"Breaking" means: code written against the old generated client may stop working (an import,
a method, a keyword, an attribute disappears; a call now needs an argument it did not; a value
it reads may now be missing or of another type). The direction of data matters:

* input (parameters, request bodies and the models they use): removing or newly requiring
  something breaks; making it optional or accepting more types does not;
* output (results and the models they use): removing a field, making it optional/nullable
  or changing its type breaks; adding a field or making it always present does not.

A model used both ways gets both sets of rules. Enum values added are not breaking: the
generated enums accept values they do not know.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from generator.changes.surface import Surface, reachable_models, union_members

Bump = Literal["major", "minor", "patch", "none"]

# Non-breaking kinds that add something a user can start using: a minor version.
_FEATURE_KINDS = frozenset(
    {
        "operation-added",
        "parameter-added",
        "body-added",
        "field-added",
        "model-added",
        "enum-added",
        "enum-value-added",
        "auth-added",
        "server-added",
        "header-added",
    }
)


@dataclass(frozen=True)
class Change:
    breaking: bool
    kind: str  # e.g. "operation-removed", "field-now-optional"
    subject: str  # what changed, as a user names it: "ObtainTokenRequest.client_secret"
    message: str  # one sentence for a person
    old_pointer: str | None  # where it is in the old spec (None: it is new)
    new_pointer: str | None  # where it is in the new spec (None: it is gone)

    @property
    def severity(self) -> str:
        return "breaking" if self.breaking else "non-breaking"


def compare_surfaces(old: Surface, new: Surface) -> list[Change]:
    """Every user-visible change from ``old`` to ``new``: breaking ones first, then by subject."""
    old_usage, _ = reachable_models(old)
    new_usage, _ = reachable_models(new)
    usage = {
        name: old_usage.get(name, set()) | new_usage.get(name, set())
        for name in old_usage.keys() | new_usage.keys()
    }
    changes = [
        *_operations(old.get("operations", {}), new.get("operations", {})),
        *_models(old.get("models", {}), new.get("models", {}), usage),
        *_enums(old.get("enums", {}), new.get("enums", {})),
        *_auth(old.get("auth", {}), new.get("auth", {})),
        *_servers(old.get("servers", {}), new.get("servers", {})),
        *_headers(old.get("global_headers", {}), new.get("global_headers", {})),
    ]
    return sorted(changes, key=lambda c: (not c.breaking, c.subject, c.kind))


def suggested_bump(changes: list[Change]) -> Bump:
    if any(c.breaking for c in changes):
        return "major"
    if any(c.kind in _FEATURE_KINDS for c in changes):
        return "minor"
    return "patch" if changes else "none"


# --- types ------------------------------------------------------------------------------------


def _type_change(
    subject: str, old: dict[str, Any], new: dict[str, Any], directions: set[str]
) -> Iterator[Change]:
    """Type and nullability changes of a field or parameter, judged per data direction."""
    old_members = union_members(old)
    new_members = union_members(new)
    old_base, new_base = old_members - {"None"}, new_members - {"None"}
    if old_base != new_base:
        widened = new_base > old_base
        narrowed = new_base < old_base
        breaking = ("input" in directions and not widened) or (
            "output" in directions and not narrowed
        )
        yield Change(
            breaking,
            "type-changed",
            subject,
            f"type changed from `{old['type']}` to `{new['type']}`",
            old["pointer"],
            new["pointer"],
        )
    elif ("None" in old_members) != ("None" in new_members) and old.get("required") == new.get(
        "required"
    ):
        now_nullable = "None" in new_members
        breaking = ("output" in directions and now_nullable) or (
            "input" in directions and not now_nullable
        )
        yield Change(
            breaking,
            "nullable-changed",
            subject,
            "may now be None" if now_nullable else "can no longer be None",
            old["pointer"],
            new["pointer"],
        )


def _required_change(
    subject: str, old: dict[str, Any], new: dict[str, Any], directions: set[str]
) -> Iterator[Change]:
    if old["required"] == new["required"]:
        return
    if new["required"]:
        breaking = "input" in directions
        yield Change(
            breaking, "now-required", subject, "is now required", old["pointer"], new["pointer"]
        )
    else:
        breaking = "output" in directions
        message = "is now optional" + (
            " (responses may leave it out: reading it can give None)" if breaking else ""
        )
        yield Change(breaking, "now-optional", subject, message, old["pointer"], new["pointer"])


def _text_changes(
    subject: str, old: dict[str, Any], new: dict[str, Any], keys: tuple[str, ...]
) -> Iterator[Change]:
    changed = [k for k in keys if old.get(k) != new.get(k)]
    if changed:
        yield Change(
            False,
            "description-changed",
            subject,
            f"{' and '.join(changed)} changed",
            old.get("pointer"),
            new.get("pointer"),
        )


def _deprecation(subject: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    if old.get("deprecated") != new.get("deprecated"):
        kind = "deprecated" if new.get("deprecated") else "undeprecated"
        message = "is now deprecated" if new.get("deprecated") else "is no longer deprecated"
        yield Change(False, kind, subject, message, old.get("pointer"), new.get("pointer"))


def _renamed(subject: str, old: dict[str, Any], new: dict[str, Any], what: str) -> Iterator[Change]:
    if old["python"] != new["python"]:
        yield Change(
            True,
            "renamed",
            subject,
            f"{what} renamed from `{old['python']}` to `{new['python']}`",
            old["pointer"],
            new["pointer"],
        )


# --- operations -------------------------------------------------------------------------------


def _operations(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for key in sorted(old.keys() - new.keys()):
        op = old[key]
        yield Change(
            True,
            "operation-removed",
            f"operation {key}",
            f"removed ({op['method']} {op['path']}): `{op['python']}()` no longer exists",
            op["pointer"],
            None,
        )
    for key in sorted(new.keys() - old.keys()):
        op = new[key]
        yield Change(
            False,
            "operation-added",
            f"operation {key}",
            f"added ({op['method']} {op['path']}): `{op['python']}()`",
            None,
            op["pointer"],
        )
    for key in sorted(old.keys() & new.keys()):
        yield from _operation(f"operation {key}", old[key], new[key])


def _operation(subject: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    if old["python"] != new["python"]:
        yield Change(
            True,
            "renamed",
            subject,
            f"method moved from `{old['python']}()` to `{new['python']}()`",
            old["pointer"],
            new["pointer"],
        )
    if (old["method"], old["path"]) != (new["method"], new["path"]):
        yield Change(
            False,
            "endpoint-changed",
            subject,
            f"now sent as {new['method']} {new['path']} (was {old['method']} {old['path']}); "
            "the method's signature is unchanged",
            old["pointer"],
            new["pointer"],
        )
    yield from _deprecation(subject, old, new)
    yield from _security(subject, old, new)
    yield from _parameters(subject, old, new)
    yield from _body(subject, old, new)
    if old["result"] != new["result"]:
        narrowed = union_members(new, "result") < union_members(old, "result")
        yield Change(
            not narrowed,
            "result-changed",
            subject,
            f"returns `{new['result']}` instead of `{old['result']}`",
            old["pointer"],
            new["pointer"],
        )
    yield from _text_changes(subject, old, new, ("summary", "description"))


def _security(subject: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    old_alternatives = {tuple(a) for a in old["security"]}
    new_alternatives = {tuple(a) for a in new["security"]}
    if old_alternatives == new_alternatives:
        return
    was_open = not old_alternatives or () in old_alternatives
    is_open = not new_alternatives or () in new_alternatives
    describe = _describe_security(new["security"])
    if was_open and not is_open:
        yield Change(
            True,
            "auth-required",
            subject,
            f"now needs credentials: {describe}",
            old["pointer"],
            new["pointer"],
        )
        return
    # Every way of authenticating that worked before must still work.
    breaking = not old_alternatives <= new_alternatives and not is_open
    yield Change(
        breaking,
        "auth-changed",
        subject,
        f"accepted credentials changed from {_describe_security(old['security'])} to {describe}",
        old["pointer"],
        new["pointer"],
    )


def _describe_security(alternatives: list[list[str]]) -> str:
    if not alternatives or [] in alternatives:
        return "none"
    return " or ".join(" + ".join(a) for a in alternatives)


def _parameters(subject: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    old_params, new_params = old["parameters"], new["parameters"]
    for key in sorted(old_params.keys() - new_params.keys()):
        p = old_params[key]
        yield Change(
            True,
            "parameter-removed",
            f"{subject} parameter {key}",
            f"removed: `{p['python']}=` is no longer accepted",
            p["pointer"],
            new["pointer"],
        )
    for key in sorted(new_params.keys() - old_params.keys()):
        p = new_params[key]
        required = p["required"]
        yield Change(
            required,
            "parameter-added",
            f"{subject} parameter {key}",
            f"new {'required' if required else 'optional'} keyword `{p['python']}: {p['type']}`",
            old["pointer"],
            p["pointer"],
        )
    for key in sorted(old_params.keys() & new_params.keys()):
        a, b = old_params[key], new_params[key]
        name = f"{subject} parameter {key}"
        yield from _renamed(name, a, b, "keyword")
        yield from _required_change(name, a, b, {"input"})
        yield from _type_change(name, a, b, {"input"})
        yield from _deprecation(name, a, b)
        yield from _text_changes(name, a, b, ("description",))


def _body(subject: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    a, b = old["body"], new["body"]
    name = f"{subject} body"
    if a is None and b is None:
        return
    if b is None:
        yield Change(
            True,
            "body-removed",
            name,
            "no longer takes a request body",
            a["pointer"],
            new["pointer"],
        )
        return
    if a is None:
        required = b["required"]
        yield Change(
            required,
            "body-added",
            name,
            f"now takes a {'required' if required else 'optional'} body `{b['type']}`",
            old["pointer"],
            b["pointer"],
        )
        return
    yield from _required_change(name, a, b, {"input"})
    yield from _type_change(name, a, b, {"input"})
    if a["media_type"] != b["media_type"]:
        yield Change(
            False,
            "media-type-changed",
            name,
            f"sent as {b['media_type']} instead of {a['media_type']}",
            a["pointer"],
            b["pointer"],
        )
    yield from _text_changes(name, a, b, ("description",))


# --- models and enums -------------------------------------------------------------------------


def _models(
    old: dict[str, Any], new: dict[str, Any], usage: dict[str, set[str]]
) -> Iterator[Change]:
    for name in sorted(old.keys() - new.keys()):
        yield Change(
            True, "model-removed", name, f"model `{name}` removed", old[name]["pointer"], None
        )
    for name in sorted(new.keys() - old.keys()):
        yield Change(False, "model-added", name, f"new model `{name}`", None, new[name]["pointer"])
    for name in sorted(old.keys() & new.keys()):
        # A model no operation uses is still importable: judge it by both rules.
        directions = usage.get(name) or {"input", "output"}
        yield from _model(name, old[name], new[name], directions)


def _model(
    name: str, old: dict[str, Any], new: dict[str, Any], directions: set[str]
) -> Iterator[Change]:
    yield from _deprecation(name, old, new)
    yield from _text_changes(name, old, new, ("description",))
    old_fields, new_fields = old["fields"], new["fields"]
    used_as = "/".join(sorted(directions))
    for key in sorted(old_fields.keys() - new_fields.keys()):
        f = old_fields[key]
        yield Change(
            True,
            "field-removed",
            f"{name}.{key}",
            f"field removed ({used_as} model): `.{f['python']}` no longer exists",
            f["pointer"],
            new["pointer"],
        )
    for key in sorted(new_fields.keys() - old_fields.keys()):
        f = new_fields[key]
        breaking = f["required"] and "input" in directions
        what = "required" if f["required"] else "optional"
        yield Change(
            breaking,
            "field-added",
            f"{name}.{key}",
            f"new {what} field `{f['python']}: {f['type']}` ({used_as} model)",
            old["pointer"],
            f["pointer"],
        )
    for key in sorted(old_fields.keys() & new_fields.keys()):
        a, b = old_fields[key], new_fields[key]
        subject = f"{name}.{key}"
        yield from _renamed(subject, a, b, "attribute")
        yield from _required_change(subject, a, b, directions)
        yield from _type_change(subject, a, b, directions)
        yield from _deprecation(subject, a, b)
        yield from _text_changes(subject, a, b, ("description",))


def _enums(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for name in sorted(old.keys() - new.keys()):
        yield Change(
            True, "enum-removed", name, f"enum `{name}` removed", old[name]["pointer"], None
        )
    for name in sorted(new.keys() - old.keys()):
        yield Change(False, "enum-added", name, f"new enum `{name}`", None, new[name]["pointer"])
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        if a["base"] != b["base"]:
            yield Change(
                True,
                "type-changed",
                name,
                f"values are now {b['base']} (were {a['base']})",
                a["pointer"],
                b["pointer"],
            )
        removed = [v for v in a["values"] if v not in b["values"]]
        added = [v for v in b["values"] if v not in a["values"]]
        if removed:
            members = ", ".join(f"`{a['values'][v]['python']}`" for v in removed)
            yield Change(
                True,
                "enum-value-removed",
                name,
                f"values removed: {members}",
                a["pointer"],
                b["pointer"],
            )
        if added:
            members = ", ".join(f"`{b['values'][v]['python']}`" for v in added)
            yield Change(
                False,
                "enum-value-added",
                name,
                f"values added: {members}",
                a["pointer"],
                b["pointer"],
            )
        renamed = [
            v
            for v in a["values"]
            if v in b["values"] and a["values"][v]["python"] != b["values"][v]["python"]
        ]
        if renamed:
            yield Change(
                True,
                "renamed",
                name,
                "members renamed: "
                + ", ".join(
                    f"`{a['values'][v]['python']}` -> `{b['values'][v]['python']}`" for v in renamed
                ),
                a["pointer"],
                b["pointer"],
            )
        described = [
            v
            for v in a["values"]
            if v in b["values"] and a["values"][v]["description"] != b["values"][v]["description"]
        ]
        if a["description"] != b["description"] or described:
            yield Change(
                False,
                "description-changed",
                name,
                "description changed",
                a["pointer"],
                b["pointer"],
            )


# --- client-wide settings -------------------------------------------------------------------


def _auth(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for key in sorted(old.keys() - new.keys()):
        yield Change(
            True,
            "auth-removed",
            f"security scheme {key}",
            f"removed: `Client({old[key]['setting']}=...)` is no longer accepted",
            old[key].get("pointer"),
            None,
        )
    for key in sorted(new.keys() - old.keys()):
        yield Change(
            False,
            "auth-added",
            f"security scheme {key}",
            f"new credential setting `Client({new[key]['setting']}=...)` ({new[key]['kind']})",
            None,
            new[key].get("pointer"),
        )
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        subject = f"security scheme {key}"
        if a["setting"] != b["setting"]:
            yield Change(
                True,
                "renamed",
                subject,
                f"setting renamed from `{a['setting']}` to `{b['setting']}`",
                a.get("pointer"),
                b.get("pointer"),
            )
        if a["kind"] != b["kind"]:
            yield Change(
                True,
                "auth-changed",
                subject,
                f"now a {b['kind']} credential (was {a['kind']})",
                a.get("pointer"),
                b.get("pointer"),
            )
        elif (a["location"], a["wire_name"]) != (b["location"], b["wire_name"]):
            yield Change(
                False,
                "auth-changed",
                subject,
                f"now sent in {b['location']} `{b['wire_name']}` "
                f"(was {a['location']} `{a['wire_name']}`)",
                a.get("pointer"),
                b.get("pointer"),
            )


def _servers(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for key in sorted(old.keys() - new.keys()):
        yield Change(
            True,
            "server-removed",
            f"environment {key}",
            f"`Environment.{key}` removed",
            old[key].get("pointer"),
            None,
        )
    for key in sorted(new.keys() - old.keys()):
        yield Change(
            False,
            "server-added",
            f"environment {key}",
            f"new `Environment.{key}` ({new[key]['url']})",
            None,
            new[key].get("pointer"),
        )
    for key in sorted(old.keys() & new.keys()):
        if old[key]["url"] != new[key]["url"]:
            yield Change(
                False,
                "server-changed",
                f"environment {key}",
                f"URL changed from {old[key]['url']} to {new[key]['url']}",
                old[key].get("pointer"),
                new[key].get("pointer"),
            )


def _headers(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    for key in sorted(old.keys() - new.keys()):
        yield Change(
            True,
            "header-removed",
            f"header {key}",
            f"client setting `{old[key]['python']}` removed",
            None,
            None,
        )
    for key in sorted(new.keys() - old.keys()):
        yield Change(
            False,
            "header-added",
            f"header {key}",
            f"new client setting `{new[key]['python']}` (default {new[key]['default']!r})",
            None,
            None,
        )
    for key in sorted(old.keys() & new.keys()):
        a, b = old[key], new[key]
        if a["python"] != b["python"]:
            yield Change(
                True,
                "renamed",
                f"header {key}",
                f"setting renamed from `{a['python']}` to `{b['python']}`",
                None,
                None,
            )
        if a["default"] != b["default"]:
            yield Change(
                False,
                "default-changed",
                f"header {key}",
                f"default changed from {a['default']!r} to {b['default']!r}",
                None,
                None,
            )
