"""The result of ``verify``: per operation, whether its calls passed on the wire, and the
report as text or JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator.verify.classify import FAULT_ORDER, Fault, Verdict


@dataclass(frozen=True)
class OperationResult:
    operation: str  # operationId, else "METHOD /path"
    call: str  # client attribute and method, e.g. o_auth.obtain_token
    verdicts: tuple[Verdict, ...]

    @property
    def passed(self) -> bool:
        return all(v.passed for v in self.verdicts)

    @property
    def fault(self) -> Fault | None:
        faults = {v.fault for v in self.verdicts if v.fault is not None}
        return next((f for f in FAULT_ORDER if f in faults), None)

    @property
    def notes(self) -> tuple[str, ...]:
        """What verify changed in what it sent, and why (the spec's broken examples)."""
        return tuple(dict.fromkeys(n for v in self.verdicts for n in v.call.notes))

    @property
    def failure(self) -> Verdict | None:
        """The failed call the operation is reported under."""
        return next((v for v in self.verdicts if v.fault == self.fault), None)


@dataclass(frozen=True)
class VerifyReport:
    spec: str  # as the user named it
    output: str  # the package's folder
    operations: tuple[OperationResult, ...]

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.operations)

    def count(self, fault: Fault) -> int:
        return sum(o.fault == fault for o in self.operations)

    @property
    def examples_accepted(self) -> int:
        """Operations whose spec examples Prism accepts: all but those failing for the
        spec's fault or for Prism's own crash."""
        return len(self.operations) - self.count("spec") - self.count("prism")

    @property
    def share(self) -> float:
        """Of the operations whose examples Prism accepts, the share that pass."""
        accepted = self.examples_accepted
        return self.passed / accepted if accepted else 1.0

    @property
    def ok(self) -> bool:
        return self.passed == len(self.operations)

    def summary(self) -> str:
        failed = len(self.operations) - self.passed
        return (
            f"verify: {len(self.operations)} operations, {self.passed} passed, {failed} failed "
            f"(spec {self.count('spec')}, generator {self.count('generator')}, "
            f"verifier {self.count('verifier')}, prism {self.count('prism')}); "
            f"on the wire: {self.passed} of the "
            f"{self.examples_accepted} whose spec examples Prism accepts pass "
            f"({100 * self.share:.1f}%)"
        )

    def text(self) -> str:
        lines = []
        for result in self.operations:
            calls = len(result.verdicts)
            if result.passed:
                lines.append(f"ok    {result.operation}  {result.call} ({calls} calls)")
                lines += [f"        note: {note}" for note in result.notes]
                continue
            failure = result.failure
            assert failure is not None
            lines.append(
                f"FAIL  {result.operation}  {result.call} [{failure.call.variant}"
                f"{' async' if failure.call.asynchronous else ''}]  fault: {result.fault}"
            )
            lines.append(f"        {failure.reason}")
            if failure.request:
                lines.append(f"        sent: {failure.request}")
            lines += [f"        prism: {v}" for v in failure.violations[:5]]
            lines += [f"        note: {note}" for note in result.notes]
        lines.append(self.summary())
        return "\n".join(lines) + "\n"

    def as_json(self) -> str:
        data: dict[str, Any] = {
            "spec": self.spec,
            "output": self.output,
            "operations": len(self.operations),
            "passed": self.passed,
            "faults": {f: self.count(f) for f in ("spec", "generator", "verifier", "prism")},
            "examples_accepted": self.examples_accepted,
            "share_passed": round(self.share, 4),
            "results": [
                {
                    "operation": r.operation,
                    "call": r.call,
                    "passed": r.passed,
                    "fault": r.fault,
                    "notes": list(r.notes),
                    "calls": [
                        {
                            "variant": v.call.variant,
                            "async": v.call.asynchronous,
                            "outcome": v.outcome,
                            "status": v.status,
                            "passed": v.passed,
                            "fault": v.fault,
                            "reason": v.reason,
                            "prism": list(v.violations),
                            "request": v.request,
                        }
                        for v in r.verdicts
                    ],
                }
                for r in self.operations
            ],
        }
        return json.dumps(data, indent=2) + "\n"
