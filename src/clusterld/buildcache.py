"""The build cache under build/cache/: what earlier builds computed, so a rebuild redoes only what changed.

Every entry is filed under a key that digests everything its value depends on — the input's bytes and path,
the settings that shape it, and the code and libraries that made it (`code_digest` of the module computing
it) — so an entry is either exactly what this build would compute or it is not found. A value that also
depends on other files (a document's mapping depends on what kind of thing each id it mentions is) is kept
with the lookups it made and is used only when every one of them still gives the same answer
(`lookup_cached`).

Entries are pickles the build writes for itself (build/cache/ is the build's private state, as the releases
beside it are its output); a damaged entry is a miss. A successful build removes the entries it did not use.
"""

from __future__ import annotations

import ast
import gc
import hashlib
import pickle
import sys
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, TypeVar

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("rdflib", "pyoxigraph", "pyshacl", "PyYAML", "jsonschema")


def code_digest(module: str, parsed: dict[Path, list[Path]] | None = None) -> str:
    """A digest of the code that runs in `module` (a dotted name) — its file and that of every clusterld module it
    imports, directly or not, anywhere in its text — of the JSON Schemas, and of the libraries and Python.

    `parsed` keeps what each file imports, for the next digest of the same build.
    """
    digest = hashlib.sha256(sys.version.encode())
    for library in LIBRARIES:
        digest.update(f"\n{library} {metadata.version(library)}".encode())
    named = PACKAGE.parent.joinpath(*module.split("."))
    start = named / "__init__.py" if named.is_dir() else named.with_suffix(".py")  # a package, or a module
    for path in sorted({*_imported(start, {} if parsed is None else parsed), *PACKAGE.glob("schemas/*.json")}):
        digest.update(f"\n{path.relative_to(PACKAGE).as_posix()} ".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _imported(start: Path, parsed: dict[Path, list[Path]]) -> set[Path]:
    """`start` and the files of every clusterld module it imports, followed transitively."""
    found: set[Path] = set()
    todo = [start]
    while todo:
        path = todo.pop()
        if path in found or not path.is_file():
            continue
        found.add(path)
        if path not in parsed:
            parsed[path] = _imports(path)
        todo += parsed[path]
    return found


def _imports(path: Path) -> list[Path]:
    """The files a Python file may import clusterld modules from (absolute imports, or relative ones)."""
    files: list[Path] = []
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            targets = [PACKAGE.parent.joinpath(*a.name.split(".")) for a in node.names if a.name.split(".")[0] == "clusterld"]
        elif isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").split(".")[0] == "clusterld"):
            # an absolute import from the package root, or a relative one from this module's package
            base = path.parents[node.level - 1] if node.level else PACKAGE.parent
            module = base.joinpath(*node.module.split(".")) if node.module else base
            targets = [module, *(module / a.name for a in node.names)]
        else:
            continue
        files += [t for target in targets for t in (target.with_suffix(".py"), target / "__init__.py")]
    return files


class BuildCache:
    """Content-addressed entries in named spaces under one folder; remembers which entries this build used."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[Path] = set()
        self.code: dict[str, str] = {}  # module → its code digest, computed once per build
        self._parsed: dict[Path, list[Path]] = {}

    def key(self, module: str, *parts: object) -> str:
        """A key for a value the code of `module` computed from `parts`: bytes as they are, strings, numbers and
        tuples of them by their repr, each length-prefixed so that no two parts run together."""
        if module not in self.code:
            self.code[module] = code_digest(module, self._parsed)
        digest = hashlib.sha256(self.code[module].encode())
        for part in parts:
            data = part if isinstance(part, bytes) else repr(part).encode()
            digest.update(len(data).to_bytes(8, "big") + data)
        return digest.hexdigest()

    def get(self, space: str, key: str, keep: bool = True) -> Any | None:
        """The value filed under `key`, or None; unless `keep`, the entry is pruned if nothing else uses it."""
        path = self._path(space, key)
        if keep:
            self.used.add(path)
        try:
            return _loads(path.read_bytes())
        except Exception:  # a missing, damaged or foreign entry is a miss, never an error
            return None

    def keep(self, space: str, key: str) -> None:
        """Keep the entry filed under `key` past this build's pruning without reading it."""
        self.used.add(self._path(space, key))

    def put(self, space: str, key: str, value: Any) -> None:
        """File `value` under `key` (written aside and renamed: a killed build never leaves half an entry)."""
        path = self._path(space, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(path)
        self.used.add(path)

    def prune(self) -> None:
        """Remove every entry this build did not use, so the cache stays the size of one release."""
        for path in self._entries():
            if path not in self.used:
                path.unlink(missing_ok=True)

    def _path(self, space: str, key: str) -> Path:
        return self.folder / space / f"{key}.pickle"

    def _entries(self) -> Iterator[Path]:
        """Every file in the cache's spaces (left-overs of a killed build and of older versions included)."""
        if self.folder.is_dir():
            yield from (path for path in self.folder.glob("*/*") if path.is_file())


def _loads(data: bytes) -> Any:
    """An entry unpickled with the cyclic garbage collector paused, then left out of its passes (`entries_kept`)."""
    # a rebuild unpickles thousands of entries into a heap that keeps growing: left running, the collector's
    # passes over that heap cost more than the unpickling itself and than the rest of the rebuild's stages
    # (nothing unpickled here is garbage before the build ends)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def entries_kept() -> Iterator[None]:
    """Within: what was alive when an entry was read stays out of the garbage collector's passes; after: back in."""
    try:
        yield
    finally:
        gc.unfreeze()  # so a process that goes on (a server, tests) collects what the build left behind


class Recorder(Mapping[str, Any]):
    """A read-only view of a mapping that records every key looked up and the answer it got."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.seen: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        value = self.data.get(key, _MISSING)
        self.seen[key] = value
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, _MISSING) is not _MISSING

    def __iter__(self) -> Iterator[str]:
        raise TypeError("a recorded mapping is only looked up, never listed")

    def __len__(self) -> int:
        return len(self.data)


class _Missing:
    """The answer recorded for a key the mapping did not have."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Missing)

    def __hash__(self) -> int:
        return 0


_MISSING = _Missing()


def lookup_cached(
    cache: BuildCache | None,
    space: str,
    key: str,
    lookups: Mapping[str, Any],
    compute: Callable[[Mapping[str, Any]], T],
    keep: Callable[[T], bool] = lambda value: True,
) -> T:
    """`compute(lookups)`, or the cached value of an earlier run whose every lookup still gives the same answer.

    `keep` says whether a fresh value may be cached (not when computing it reported a problem).
    """
    entry = cache.get(space, key) if cache is not None else None
    if entry is not None:
        value, seen = entry
        if all(lookups.get(k, _MISSING) == answer for k, answer in seen):
            return value
    recorder = Recorder(lookups)
    value = compute(recorder)
    if cache is not None and keep(value):
        cache.put(space, key, (value, tuple(recorder.seen.items())))
    return value
