"""Per-file work shared with one forked child process, for both cores.

After the model is built, rendering is thousands of independent calls over data the
process already holds. A child forked at that moment has all of it without copying or
pickling anything: it takes every other item, the parent the rest, and the child sends its
results back through a pipe. The results come back in the order of the items, so the
output does not depend on which process did what.

Anything unusual gives up rather than guess: an exception in either process, a child that
dies or sends something unreadable, or a failed ``fork`` makes ``map_forked``
return None, and the caller does the work itself, in order, as it would have without
this module (so errors are reported exactly as a sequential run reports them).
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a fork costs more than the half of the work it takes over.
MIN_ITEMS = 200


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def worth_sharing(count: int) -> bool:
    """Whether ``count`` items are enough to repay a second process (or thread)."""
    return count >= MIN_ITEMS and cores() >= 2 and sys.platform == "linux"


def map_forked(function: Callable[[T], R], items: Sequence[T]) -> list[R] | None:
    """``[function(item) for item in items]``, half of it in a forked child; None when that
    did not work out (see the module's docstring)."""
    sys.stdout.flush()
    sys.stderr.flush()
    # What exists now is left out of the child's garbage collections: walking it would
    # write to every page of the model and unshare it (memory counts per process tree).
    reading, writing = os.pipe()
    gc.freeze()
    try:
        child = os.fork()
    except OSError:
        gc.unfreeze()
        os.close(reading)
        os.close(writing)
        return None
    if child == 0:  # pragma: no cover - runs in the child, which never returns
        os.close(reading)
        _serve_half(function, items[1::2], writing)
    gc.unfreeze()
    os.close(writing)
    # The child's results are read as they come, so that it never holds more than one.
    theirs: list[R] = []
    reader = threading.Thread(target=_collect, args=(reading, theirs), daemon=True)
    reader.start()
    mine: list[R] | None
    try:
        mine = [function(item) for item in items[0::2]]
    except Exception:  # redone in order by the caller, which reports it
        mine = None
    except BaseException:  # interrupted: the child's work is of no use any more
        os.kill(child, signal.SIGKILL)
        raise
    finally:
        reader.join()  # until the child closes its end, or dies
        _, status = os.waitpid(child, 0)
    if mine is None or status != 0 or len(theirs) != len(items) // 2:
        return None
    results: list[R] = []
    for index in range(len(items)):
        results.append(mine[index // 2] if index % 2 == 0 else theirs[index // 2])
    return results


def _collect(reading: int, into: list[Any]) -> None:
    """Unpickle results from the pipe until it ends; a garbled or cut-off answer ends it
    too, and the count of results tells the caller."""
    with os.fdopen(reading, "rb") as stream:
        while True:
            try:
                into.append(pickle.load(stream))
            except Exception:  # EOFError at the end, anything when cut off
                return


def _serve_half(function: Callable[[T], R], items: Sequence[T], writing: int) -> NoReturn:
    """The child: each result, pickled, into the pipe as soon as it is made; exit status 0
    only if all went well."""
    status = 1
    try:
        with os.fdopen(writing, "wb", buffering=1 << 16) as stream:
            for item in items:
                pickle.dump(function(item), stream, protocol=5)
        status = 0
    except BaseException:  # the parent redoes the work and reports it
        pass
    finally:
        os._exit(status)
