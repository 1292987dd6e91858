"""Run statistics: documents and bytes per stage and reason, PHI by kind, clusters, contamination."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from megatron_med.curate.worker import STAGES, DocResult

MAX_LISTED = 1000  # bad-input lines and duplicate clusters listed by name


@dataclass
class StageStats:
    docs_in: int = 0
    bytes_in: int = 0
    docs_out: int = 0
    bytes_out: int = 0
    rejected: dict = field(default_factory=dict)  # reason -> {"docs", "bytes"}
    cpu_seconds: float = 0.0


@dataclass
class Report:
    """Everything report.json holds; picklable so that a resumed run continues the counts."""

    inputs: list[str] = field(default_factory=list)
    phi_engine: str | None = None
    docs_in: int = 0
    bytes_in: int = 0
    docs_out: int = 0
    bytes_out: int = 0
    bad_input: int = 0
    bad_input_examples: list[str] = field(default_factory=list)
    stages: dict = field(default_factory=lambda: {s: StageStats() for s in STAGES})
    phi_replacements: Counter = field(default_factory=Counter)
    phi_documents: int = 0
    contamination_hits: list[dict] = field(default_factory=list)
    contamination_hit_count: int = 0
    contaminated_documents: int = 0
    domains: Counter = field(default_factory=Counter)
    departments: Counter = field(default_factory=Counter)
    duplicate_clusters: dict = field(default_factory=dict)  # filled at the end
    wall_seconds: float = 0.0

    def add(self, result: DocResult, rejected: tuple[str, str] | None, meta_key: str, max_hits: int) -> None:
        """Account one parsed document; `rejected` is the final (stage, reason) or None."""
        self.docs_in += 1
        self.bytes_in += result.bytes_in
        size = result.bytes_in
        for stage, after in result.trace + ([(rejected[0], None)] if rejected else []):
            stats = self.stages[stage]
            stats.docs_in += 1
            stats.bytes_in += size
            if rejected and stage == rejected[0]:
                entry = stats.rejected.setdefault(rejected[1], {"docs": 0, "bytes": 0})
                entry["docs"] += 1
                entry["bytes"] += size
                break
            stats.docs_out += 1
            stats.bytes_out += after
            size = after
        if result.hits:
            self.contaminated_documents += 1
            self.contamination_hit_count += len(result.hits)
            for hit in result.hits:
                if len(self.contamination_hits) < max_hits:
                    self.contamination_hits.append({"id": result.doc_id, "source": result.where,
                                                    "action": "dropped" if rejected else "masked",
                                                    **asdict(hit)})
        if rejected is None and result.record is not None:
            meta = result.record[meta_key]
            self.docs_out += 1
            self.bytes_out += size
            if meta.get("phi"):
                self.phi_documents += 1
                self.phi_replacements.update(meta["phi"])
            if "domain" in meta:
                self.domains[meta["domain"]] += 1
                if meta.get("department"):
                    self.departments[meta["department"]] += 1

    def add_bad(self, message: str) -> None:
        self.bad_input += 1
        if len(self.bad_input_examples) < MAX_LISTED:
            self.bad_input_examples.append(message)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["stages"] = {name: asdict(stats) for name, stats in self.stages.items()}
        for stats in out["stages"].values():
            stats["mb_per_cpu_second"] = round(stats["bytes_in"] / 1e6 / stats["cpu_seconds"], 3) \
                if stats["cpu_seconds"] else None
        out["phi_replacements"] = dict(self.phi_replacements.most_common())
        out["domains"] = dict(self.domains.most_common())
        out["departments"] = dict(self.departments.most_common())
        out["mb_per_second"] = round(self.bytes_in / 1e6 / self.wall_seconds, 3) if self.wall_seconds else None
        return out

    def summary(self) -> str:
        """The human-readable summary.txt."""
        lines = [f"documents: {self.docs_in} in, {self.docs_out} out ({self.bad_input} bad input lines)",
                 f"bytes:     {self.bytes_in} in, {self.bytes_out} out; {self.wall_seconds:.1f} s wall", "",
                 f"{'stage':<10} {'docs in':>10} {'docs out':>10} {'MB in':>9} {'MB out':>9}  rejected"]
        for name, s in self.stages.items():
            reasons = ", ".join(f"{r}={v['docs']}" for r, v in sorted(s.rejected.items()))
            lines.append(f"{name:<10} {s.docs_in:>10} {s.docs_out:>10} {s.bytes_in / 1e6:>9.2f} "
                         f"{s.bytes_out / 1e6:>9.2f}  {reasons}")
        kinds = ", ".join(f"{k}={v}" for k, v in self.phi_replacements.most_common())
        lines += ["", f"PHI ({self.phi_engine or 'off'}): {sum(self.phi_replacements.values())} replacements in "
                      f"{self.phi_documents} documents: {kinds}"]
        clusters = self.duplicate_clusters
        if clusters:
            lines.append(f"duplicate clusters: {clusters.get('clusters', 0)} (largest "
                         f"{clusters.get('largest', 0)}), {clusters.get('duplicates_removed', 0)} documents removed")
        lines.append(f"contamination: {self.contamination_hit_count} hits in {self.contaminated_documents} documents")
        for hit in self.contamination_hits[:20]:
            lines.append(f"  {hit['source']} ({hit['id']}): {hit['benchmark']} item {hit['item']}, {hit['action']}")
        lines.append("domains: " + ", ".join(f"{k}={v}" for k, v in self.domains.most_common()))
        lines.append("departments: " + ", ".join(f"{k}={v}" for k, v in self.departments.most_common()))
        for example in self.bad_input_examples[:20]:
            lines.append(f"bad input: {example}")
        return "\n".join(lines) + "\n"
