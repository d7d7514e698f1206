"""The command line: parse, call the core, print. Errors map to exit codes here, once:
0 success / conforms, 1 SHACL violations, 2 bad input or no usable release."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

from clusterld.errors import ClusterldError, InputError, Problem, ValidationFailed
from clusterld.settings import Settings, describe_settings, settings_from_env


STORE_OPTIONS = ("store", "store_query_url", "store_gsp_url", "store_update_url")


def _store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", choices=("embedded", "remote"), help="where the triples live (default: embedded)")
    parser.add_argument("--store-query-url", help="remote store: SPARQL query endpoint")
    parser.add_argument("--store-gsp-url", help="remote store: Graph Store Protocol endpoint")
    parser.add_argument("--store-update-url", help="remote store: SPARQL Update endpoint (optional)")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, help="project folder (default: current directory)")
    parser.add_argument("--base", help="base IRI of the data (default: $CLUSTERLD_BASE or https://clusterld.org)")


def _settings(args: argparse.Namespace) -> Settings:
    overrides = {k: getattr(args, k, None) for k in ("root", "base", "host", "port", *STORE_OPTIONS)}
    overrides["web_workers"] = getattr(args, "workers", None)
    return settings_from_env(os.environ, **overrides)


def cmd_build(args: argparse.Namespace) -> int:
    from clusterld.pipeline import build
    from clusterld.progress import BuildProgress
    from clusterld.publication import publish_to_remote
    from clusterld.remote import check_remote_settings, credentials_from_env

    settings = _settings(args)
    check_remote_settings(settings)  # before the build, not after it
    # progress on stderr (a bar on a terminal, lines in a log); the outcome on stdout
    with BuildProgress(sys.stderr) as progress:
        release, report = build(settings, progress=progress)
        if settings.store == "remote":
            publish_to_remote(release, settings, credentials_from_env(os.environ), progress)
    counts = release.manifest["counts"]
    print(f"release {release.id}: {counts['triples']} triples in {len(counts['graphs'])} graphs, "
          f"{len(report.violations)} violations, {len(report.warnings)} warnings")
    print(f"written to {release.path}; build/current points at it")
    if settings.store == "remote":
        print(f"published into the remote store at {settings.store_query_url}; it serves release {release.id}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from clusterld.pipeline import check

    report = check(_settings(args)).report
    sys.stdout.write(report.as_text())
    return 0 if report.conforms else 1


def cmd_serve(args: argparse.Namespace) -> int:
    from clusterld.web.server import serve

    from clusterld.remote import credentials_from_env

    return serve(_settings(args), credentials_from_env(os.environ))


def cmd_extract(args: argparse.Namespace) -> int:
    from clusterld.extraction import extract_article

    source = Path("<stdin>") if args.article == "-" else Path(args.article)
    raw = sys.stdin.buffer.read() if args.article == "-" else _read_article(source)
    draft = extract_article(raw, source, _settings(args).root, args.date)
    _write(args.out, draft.document())
    if args.proposals:
        from clusterld.extraction.render import dump_yaml

        _write(args.proposals, dump_yaml(list(draft.proposals)) if draft.proposals else "[]\n")
    return 0


def _read_article(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError([Problem(path, None, "", f"cannot read the article: {error.strerror}")]) from error


def _write(target: Path | None, text: str) -> None:
    if target is None:
        sys.stdout.write(text)
    else:
        target.write_text(text, encoding="utf-8")


def cmd_generate(args: argparse.Namespace) -> int:
    from clusterld.generate import generate

    made = generate(args.out_dir, args.clusters, args.seed, _settings(args).root)
    languages = ", ".join(f"{lang} {n}" for lang, n in made.languages.items())
    print(f"wrote {made.root}: {made.clusters} clusters, {made.entities} registry entries, "
          f"{made.documents} documents ({languages}), {made.facts} facts")
    print(f"build it with: clusterld build --root {made.root}")
    return 0


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
    "build": (cmd_build, "read, check, map, validate and publish a new release to build/current"),
    "validate": (cmd_validate, "check the project and print the SHACL report (exit 0 conforms, 1 violations, 2 error)"),
    "serve": (cmd_serve, "serve build/current: SPARQL endpoint, linked-data pages, dumps"),
    "generate": (cmd_generate, "write a synthetic project (registry, articles, ontology, shapes) for scale tests"),
    "extract": (cmd_extract, "draft a document (facts with evidence) from a raw article, for a curator to review"),
}


def parser() -> argparse.ArgumentParser:
    settings_help = "\n".join(f"  {env:<34} {help} (default: {default})" for _, env, default, help in describe_settings())
    top = argparse.ArgumentParser(
        prog="clusterld",
        description="Publish business-cluster news as validated Linked Open Data.",
        epilog="environment:\n" + settings_help,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = top.add_subparsers(dest="command", required=True)
    for name, (_, help) in COMMANDS.items():
        command = sub.add_parser(name, help=help, description=help)
        _common(command)
        if name in ("build", "serve"):
            _store_options(command)
        if name == "serve":
            command.add_argument("--host", help="interface to listen on (default: 127.0.0.1)")
            command.add_argument("--port", type=int, help="port to listen on (default: 8000)")
            command.add_argument("--workers", type=int, help="processes answering requests (default: 1)")
        if name == "generate":
            command.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="the new project folder (must not exist or be empty)")
            command.add_argument("--clusters", type=int, required=True, help="number of clusters (1000 give about a million triples)")
            command.add_argument("--seed", type=int, default=1, help="random seed; the same seed and --clusters give identical files (default: 1)")
        if name == "extract":
            command.add_argument("article", help="the article: a plain-text or Markdown file, or - for standard input")
            command.add_argument("--date", help="the article's publication date, YYYY-MM-DD (else read from the text)")
            command.add_argument("--out", type=Path, help="write the draft document here (default: standard output)")
            command.add_argument("--proposals", type=Path, help="also write the proposed new registry entries here, as a registry YAML file")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run one clusterld command; return its exit code."""
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command][0](args)
    except ValidationFailed as error:
        sys.stderr.write(error.report_text)
        sys.stderr.write("build refused: the data has SHACL violations; build/current is unchanged\n")
        return error.exit_code
    except InputError as error:
        sys.stderr.write(f"{len(error.problems)} problem(s) in the input:\n{error}\n")
        return error.exit_code
    except ClusterldError as error:
        sys.stderr.write(f"error: {error}\n")
        return error.exit_code
