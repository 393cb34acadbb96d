"""Stage 6: put the generated files on disk, or compare them with what is there.

Three promises, in this order of importance:

1. **Files the generator did not write are never touched.** A manifest
   (``.generator-manifest.json``) lists the files the generator owns with their SHA-256.
   A user's ``tests/``, ``.git`` or notes inside the output folder keep their content,
   inode and mtime.
2. **Hand edits are not lost silently.** A generated file whose content no longer matches
   the manifest was edited by someone; generation stops (exit 1) and names those files,
   unless ``force`` is given. Nothing is written in that case.
3. **The output changes all at once.** The new tree is built in a sibling folder
   (``.NAME.generator-new-*``): changed files are written there, unchanged generated files
   and every user file are hard-linked from the current tree (so their mtime and inode
   stay), and then the two folders are exchanged with one ``renameat2(RENAME_EXCHANGE)``
   call. A process killed at any moment leaves the folder either wholly old or wholly new;
   a killed run only leaves a sibling scratch folder, which the next run deletes.
   Where the exchange is unavailable (not Linux, or a file system without it) the swap is
   two renames; a run killed between them leaves the old tree in ``.NAME.generator-old-*``
   and the next run puts it back before doing anything else.

When nothing changed, nothing is written at all (not even the manifest).
"""

from __future__ import annotations

import ctypes
import difflib
import errno
import hashlib
import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.shared import forked
from generator.shared.diagnostics import Diagnostic, GeneratorError, display_path
from generator.shared.record import MANIFEST_NAME, OutputManifest, read_manifest
from generator.shared.rendered import RenderedFile

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: runs are not serialised
    fcntl = None  # type: ignore[assignment]

# Generated files a user is expected to edit: the generator merges into them (it only adds
# entries at the top), so a hand edit there is kept, never reported.
USER_EDITABLE = frozenset({"CHANGELOG.md"})
EXIT_HAND_EDITED = 1

_NEW_MARK = ".generator-new-"
_OLD_MARK = ".generator-old-"


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


def find_hand_edits(
    folder: Path, manifest: OutputManifest | None, files: list[RenderedFile]
) -> list[tuple[str, str]]:
    """Files a regeneration would overwrite or delete although a person changed them.

    Two kinds, each returned as (relative path, why): a generated file whose content differs
    from the manifest's hash, and a file the generator did not write sitting where a newly
    generated file would go. A file already holding exactly the new content is no loss.
    """
    recorded = manifest.files if manifest else {}
    new_bytes = {str(f.path): f.text.encode("utf-8") for f in files}
    listing = _Listing(folder)
    found: dict[str, str] = {}
    for relative, sha in recorded.items():
        path = folder / relative
        if relative in USER_EDITABLE or not path.is_file():
            continue
        if _file_digest(path) != sha and not _same_content(path, new_bytes.get(relative)):
            found[relative] = "edited by hand since it was generated"
    for relative, data in new_bytes.items():
        if relative in recorded or relative in USER_EDITABLE:
            continue
        if listing.has(relative) and not _same_content(folder / relative, data):
            found[relative] = "not written by the generator, but a generated file goes there"
    return sorted(found.items())


class _Listing:
    """Which paths exist under a folder, from one directory listing per subfolder: a
    generation into a new or empty folder then asks the file system once per folder
    rather than once per file (13,000 files for GitHub)."""

    def __init__(self, folder: Path) -> None:
        self.folder = str(folder)
        # Per subfolder: its names, and the same names case-folded.
        self.names: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

    def has(self, relative: str) -> bool:
        """Whether anything (a file, folder or symlink, even a dangling one) is there."""
        head, _, name = relative.rpartition("/")
        listed = self.names.get(head)
        if listed is None:
            try:
                names = frozenset(os.listdir(os.path.join(self.folder, head)))
            except OSError:  # missing, not a folder, or unreadable: nothing below it
                names = frozenset()
            listed = self.names[head] = (names, frozenset(n.casefold() for n in names))
        if name in listed[0]:
            return True
        # On a case-insensitive file system (macOS, Windows) a user's Foo.py is where
        # foo.py would go: only the file system can tell, so ask it for those names alone.
        return name.casefold() in listed[1] and os.path.lexists(os.path.join(self.folder, relative))


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_output(
    folder: Path, files: list[RenderedFile], manifest: str, *, force: bool = False
) -> WriteReport:
    """Make ``folder`` hold exactly ``files`` (plus whatever the user keeps there)."""
    folder = folder.resolve()
    with _parent_lock(folder):
        recover_interrupted_write(folder)
        try:
            old = read_manifest(folder)
        except GeneratorError:
            if not force:
                raise
            old = None  # e.g. a manifest with merge-conflict markers: rebuilt from scratch
        if old is None and not force and folder.exists() and any(folder.iterdir()):
            message = (
                "folder is not empty and was not made by this generator; choose an empty or "
                "new folder (or use --force to write into it, keeping files not generated)"
            )
            raise GeneratorError([Diagnostic(display_path(folder), message)])
        if folder.exists() and not folder.is_dir():
            raise GeneratorError([Diagnostic(display_path(folder), "is a file, not a folder")])
        resolver = _Resolver(folder)
        # Defence in depth: names are made safe earlier.
        _refuse_unsafe_paths(folder, files, resolver)
        if not force:
            edited = find_hand_edits(folder, old, files)
            if edited:
                raise GeneratorError(
                    [Diagnostic(display_path(folder / name), why) for name, why in edited]
                    + [Diagnostic(display_path(folder), _HAND_EDIT_ADVICE)],
                    exit_code=EXIT_HAND_EDITED,
                )

        new_bytes = {str(f.path): f.text.encode("utf-8") for f in files}
        listing = _Listing(folder)
        written = [
            p
            for p, data in new_bytes.items()
            if not (listing.has(p) and _same_content(folder / p, data))
        ]
        # A hand-edited manifest must not make us touch anything outside the folder.
        recorded = {
            p: h for p, h in (old.files if old else {}).items() if _inside(folder, p, resolver)
        }
        removed = sorted(p for p in recorded if p not in new_bytes and (folder / p).is_file())
        manifest_bytes = manifest.encode("utf-8")
        manifest_changed = not _same_content(folder / MANIFEST_NAME, manifest_bytes)
        report = WriteReport(tuple(sorted(written)), len(new_bytes) - len(written), tuple(removed))
        if not written and not removed and not manifest_changed:
            return report  # nothing to do: not a single byte or mtime changes

        staging = folder.parent / f".{folder.name}{_NEW_MARK}{uuid.uuid4().hex[:12]}"
        try:
            _build_tree(staging, folder, new_bytes, set(written), set(recorded), manifest_bytes)
            _swap_into_place(staging, folder)
        finally:
            # After the swap ``staging`` holds the old tree; before it, a half-built one.
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        return report


class _Resolver:
    """``os.path.realpath`` of paths inside one (resolved) folder, each subfolder resolved
    once: resolving every file from the root stat()ed each folder on its way again, per
    file."""

    def __init__(self, folder: Path) -> None:
        self.folder = str(folder)
        self.parents: dict[str, str] = {}

    def resolve(self, relative: str) -> str:
        head, _, name = relative.rpartition("/")
        if name in ("", ".", ".."):
            return os.path.realpath(os.path.join(self.folder, relative))
        parent = self.parents.get(head)
        if parent is None:
            parent = os.path.realpath(os.path.join(self.folder, head) if head else self.folder)
            self.parents[head] = parent
        path = os.path.join(parent, name)
        # The last component matters only when it is a symlink (one lstat, no walk).
        return os.path.realpath(path) if os.path.islink(path) else path


def _inside(folder: Path, relative: str, resolver: _Resolver | None = None) -> bool:
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts:
        return False
    target = (resolver or _Resolver(folder)).resolve(relative)
    root = str(folder)
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def _refuse_unsafe_paths(
    folder: Path, files: list[RenderedFile], resolver: _Resolver | None = None
) -> None:
    """No file may leave ``folder``, nor differ from another only in case (they would
    overwrite each other on macOS and Windows)."""
    resolver = resolver or _Resolver(folder)
    root = str(folder)
    seen: dict[str, str] = {}
    for file in files:
        relative = str(file.path)
        if not _inside(folder, relative, resolver) or resolver.resolve(relative) == root:
            message = f"refusing to write {relative!r}: outside the output folder"
            raise GeneratorError([Diagnostic(display_path(folder), message)])
        other = seen.setdefault(relative.casefold(), relative)
        if other != relative:
            message = f"refusing to write {relative!r}: differs only in case from {other!r}"
            raise GeneratorError([Diagnostic(display_path(folder), message)])


_HAND_EDIT_ADVICE = (
    "nothing was written; move your changes into templates or your own files, "
    "or run again with --force to overwrite them"
)


def _same_content(path: Path, data: bytes | None) -> bool:
    if data is None:
        return False
    try:
        return path.is_file() and not path.is_symlink() and path.read_bytes() == data
    except OSError:
        return False


def _build_tree(
    staging: Path,
    current: Path,
    new_bytes: dict[str, bytes],
    changed: set[str],
    recorded: set[str],
    manifest: bytes,
) -> None:
    """Fill ``staging`` with the complete next state of ``current``."""
    staging.mkdir()
    if current.is_dir():
        _link_kept_entries(staging, current, new_bytes, changed, recorded)
    root = str(staging)
    made = {""}  # folders known to exist in staging, relative
    ordered = sorted(changed)
    for relative in ordered:
        head = relative.rpartition("/")[0]
        if head not in made:
            os.makedirs(os.path.join(root, head), exist_ok=True)
            made.add(head)

    def write(relative: str) -> None:
        target = os.path.join(root, relative)
        if os.path.lexists(target):
            os.unlink(target)  # a user's file in the way (only with force)
        with open(target, "wb") as stream:
            stream.write(new_bytes[relative])

    if forked.worth_sharing(len(ordered)):
        # Creating files is mostly the kernel's work, done outside the GIL: two threads
        # keep both cores busy (13,000 files for GitHub).
        with ThreadPoolExecutor(2) as pool:
            for _ in pool.map(write, ordered):
                pass  # raises the first failure
    else:
        for relative in ordered:
            write(relative)
    (staging / MANIFEST_NAME).write_bytes(manifest)
    if current.is_dir():
        _prune_emptied_folders(staging, current, recorded - set(new_bytes))
        _keep_folder_metadata(staging, current)


def _link_kept_entries(
    staging: Path,
    current: Path,
    new_bytes: dict[str, bytes],
    changed: set[str],
    recorded: set[str],
) -> None:
    """Hard-link into ``staging`` every file that stays: user files and unchanged ones."""
    for root, folders, names in os.walk(current):
        relative_root = Path(root).relative_to(current)
        (staging / relative_root).mkdir(exist_ok=True)
        for name in folders:
            # Symlinked folders are links to keep, not trees to walk.
            if (Path(root) / name).is_symlink():
                names.append(name)
        folders[:] = [n for n in folders if not (Path(root) / n).is_symlink()]
        for name in names:
            relative = (relative_root / name).as_posix()
            if relative == MANIFEST_NAME or relative in changed:
                continue
            if relative in recorded and relative not in new_bytes:
                continue  # a generated file that is no longer produced
            _link_or_copy(Path(root) / name, staging / relative)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP):
            raise
        # A file system without hard links: a copy keeps content and mtime.
        if source.is_symlink():
            os.symlink(os.readlink(source), target)
        else:
            shutil.copy2(source, target)


def _prune_emptied_folders(staging: Path, current: Path, stale: set[str]) -> None:
    """Drop folders that only held generated files that are gone (never a user's folder)."""
    for relative in sorted(stale, key=lambda p: -p.count("/")):
        folder = (staging / relative).parent
        while folder != staging and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


def _keep_folder_metadata(staging: Path, current: Path) -> None:
    """A folder whose entries did not change keeps its mode and mtime (deepest first)."""
    for root, _folders, _names in os.walk(staging, topdown=False):
        relative = Path(root).relative_to(staging)
        old = current / relative
        try:
            if old.is_dir() and not old.is_symlink():
                if sorted(os.listdir(old)) == sorted(os.listdir(root)):
                    shutil.copystat(old, root, follow_symlinks=False)
                else:
                    os.chmod(root, os.stat(old).st_mode & 0o7777)
        except OSError:
            pass  # metadata is a courtesy; the content is what must be right


# --- the swap ---------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2); False when unsupported here."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _swap_into_place(staging: Path, folder: Path) -> None:
    """Make ``staging`` the content of ``folder``; afterwards ``staging`` holds the old tree."""
    if not folder.exists():
        os.rename(staging, folder)
        return
    if _exchange(staging, folder):
        return
    backup = folder.parent / f".{folder.name}{_OLD_MARK}{uuid.uuid4().hex[:12]}"
    os.rename(folder, backup)
    # A kill here leaves no `folder`; recover_interrupted_write() renames the backup back.
    os.rename(staging, folder)
    os.rename(backup, staging)


def recover_interrupted_write(folder: Path) -> None:
    """Undo what a killed run left beside ``folder``: restore a backup, delete scratch."""
    parent = folder.parent
    if not parent.is_dir():
        return
    prefix_new = f".{folder.name}{_NEW_MARK}"
    prefix_old = f".{folder.name}{_OLD_MARK}"
    leftovers = sorted(parent.iterdir())
    for path in leftovers:
        if path.name.startswith(prefix_old) and not folder.exists():
            os.rename(path, folder)  # killed between the two renames: the old tree returns
    for path in leftovers:
        if path.name.startswith((prefix_new, prefix_old)) and path.exists():
            shutil.rmtree(path, ignore_errors=True)


@contextmanager
def _parent_lock(folder: Path) -> Iterator[None]:
    """Serialise runs writing beside each other (a killed holder releases it)."""
    parent = folder.parent
    parent.mkdir(parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    handle = os.open(parent, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


# --- --check ------------------------------------------------------------------------------


def diff_output(folder: Path, files: list[RenderedFile]) -> str:
    """A unified diff from what is on disk to what would be generated; "" when equal."""
    folder = folder.resolve()
    chunks: list[str] = []
    produced: set[str] = set()
    for file in files:
        produced.add(str(file.path))
        target = folder / Path(*file.path.parts)
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current == file.text:
            continue
        chunks.extend(
            difflib.unified_diff(
                (current or "").splitlines(keepends=True),
                file.text.splitlines(keepends=True),
                fromfile=f"a/{file.path}" if current is not None else "/dev/null",
                tofile=f"b/{file.path}",
            )
        )
    old = read_manifest(folder)
    for relative in sorted(old.files if old else {}):
        if relative not in produced and (folder / relative).is_file():
            old_text = (folder / relative).read_text(encoding="utf-8")
            chunks.extend(
                difflib.unified_diff(
                    old_text.splitlines(keepends=True),
                    [],
                    fromfile=f"a/{relative}",
                    tofile="/dev/null",
                )
            )
    return "".join(c if c.endswith("\n") else c + "\n" for c in chunks)
