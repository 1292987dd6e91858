"""Each curation stage on real text: normalise, quality, dedup, decontamination, classification."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from megatron_med.curate.config import DecontamConfig, DedupConfig, NormalizeConfig, QualityConfig
from megatron_med.curate.decontam import Decontaminator
from megatron_med.curate.dedup import Deduplicator, content_hash, signature
from megatron_med.curate.normalize import normalize_text
from megatron_med.curate.quality import LanguageIdentifier, assess

DATA = Path(__file__).parents[1] / "data"


def test_normalize_repairs_mojibake_nfc_controls_and_whitespace():
    broken = "Sj\u00c3\u00b6gren syndrome\r\n\r\n\r\n\r\n\r\n  caf\u0065\u0301\tlevels\x00 \u200bnormal  \n"
    text = normalize_text(broken, NormalizeConfig())
    assert text == "Sjögren syndrome\n\n\ncafé levels normal"
    assert normalize_text(text, NormalizeConfig()) == text  # idempotent


@pytest.fixture(scope="module")
def langid():
    return LanguageIdentifier()


def test_quality_passes_real_text_and_scores_it(real_docs, langid):
    results = [assess(d["text"], QualityConfig(), langid) for d in real_docs[:100]]
    passed = [r for r in results if r.reason is None]
    assert len(passed) >= 90
    assert all(0.0 < r.score <= 1.0 for r in passed)
    assert all(r.signals["language"] == "en" for r in passed)


def test_quality_rejects_gopher_c4_cases(real_docs, langid):
    cfg = QualityConfig()
    base = real_docs[0]["text"]
    repeated = "\n".join([base.split("\n")[-1]] * 8)
    assert assess(repeated, cfg, langid).reason in ("duplicate_line_fraction", "duplicate_line_char_fraction")
    assert assess("Lorem ipsum dolor sit amet, " + base, cfg, langid).reason == "lorem_ipsum"
    assert assess("Take two tablets.", cfg, langid).reason == "too_few_words"
    french = ("Le patient a été hospitalisé pour une insuffisance cardiaque aiguë. Il reçoit du furosémide "
              "par voie intraveineuse et son état s'améliore lentement depuis trois jours.")
    assert assess(french, cfg, langid).reason == "language"
    digits = " ".join(f"{i}.{i * 7} {i * 13}" for i in range(60))
    assert assess(digits, cfg, langid).reason in ("digit_ratio", "non_alpha_word_ratio", "mean_word_length")


def test_quality_drops_boilerplate_lines_and_keeps_the_document(real_docs, langid):
    text = real_docs[2]["text"] + "\nThis site uses cookies. Read our privacy policy.\nAll rights reserved."
    result = assess(text, QualityConfig(), langid)
    assert result.reason is None
    assert "cookies" not in result.text and "rights reserved" not in result.text
    assert result.signals["boilerplate_lines_removed"] == 2


def test_dedup_exact_and_near_duplicates_with_cluster_sizes(real_docs):
    cfg = DedupConfig()
    dedup = Deduplicator(cfg)
    docs = [d["text"] for d in real_docs[:50]]
    words = docs[3].split()
    near = " ".join(words[:10] + ["really"] + words[10:])  # one inserted word
    stream = docs + [docs[0].upper().replace(" ", "  "), near, docs[3]]
    verdicts = [dedup.check(i, content_hash(t), signature(t, cfg)) for i, t in enumerate(stream)]
    assert verdicts[:50] == [None] * 50
    assert verdicts[50] == ("exact_duplicate", 0)
    assert verdicts[51] == ("near_duplicate", 3)
    assert verdicts[52] == ("exact_duplicate", 3)
    assert dedup.cluster_sizes == {0: 2, 3: 3}


LAYOUTS = {  # file name -> items in that benchmark's own layout
    "medqa.jsonl": [{"question": "A 45-year-old man presents with crushing chest pain radiating to the left arm "
                                 "and diaphoresis for two hours before arrival at the emergency department",
                     "options": {"A": "Aortic dissection", "B": "Myocardial infarction"}, "answer": "B"}],
    "medmcqa.jsonl": [{"id": "mm1", "question": "Which enzyme deficiency causes the accumulation of "
                                                "glucocerebroside in macrophages of the spleen and bone marrow",
                       "opa": "Hexosaminidase A", "opb": "Glucocerebrosidase", "opc": "Sphingomyelinase",
                       "opd": "Galactocerebrosidase", "cop": 1, "exp": "Gaucher disease."}],
    "mmlu_medicine.jsonl": [{"question": "The most common site of ectopic pregnancy is the ampulla of the "
                                         "fallopian tube which accounts for most tubal pregnancies in adults",
                             "choices": ["ampulla", "isthmus", "ovary", "cervix"], "answer": 0}],
}
PUBMEDQA = {"12345": {"QUESTION": "Does vitamin D supplementation reduce fracture risk in elderly women?",
                      "CONTEXTS": ["We randomised community dwelling women older than seventy years to daily "
                                   "cholecalciferol or placebo and followed them for three years for fractures"],
                      "LONG_ANSWER": "No.", "final_decision": "no"}}


@pytest.fixture()
def eval_files(tmp_path):
    paths = []
    for name, items in LAYOUTS.items():
        path = tmp_path / name
        path.write_bytes(b"".join(orjson.dumps(item) + b"\n" for item in items))
        paths.append(str(path))
    path = tmp_path / "ori_pqal.json"
    path.write_bytes(orjson.dumps(PUBMEDQA))
    return paths + [str(path)]


def test_decontam_finds_passages_from_every_layout(real_docs, eval_files):
    decon = Decontaminator(DecontamConfig(enabled=True, files=eval_files))
    passages = {
        "medqa.jsonl": "presents with Crushing chest pain, radiating to the left arm and diaphoresis for two hours",
        "medmcqa.jsonl": ("deficiency causes the accumulation of GLUCOCEREBROSIDE in macrophages of the spleen "
                          "and bone marrow Hexosaminidase"),
        "mmlu_medicine.jsonl": "ectopic pregnancy is the ampulla of the fallopian tube which accounts for most",
        "ori_pqal.json": "We randomised community dwelling women older than seventy years to daily cholecalciferol or",
    }
    clean = real_docs[5]["text"]
    assert decon.find(clean) == []
    for name, passage in passages.items():
        text = clean + " " + passage + ". Later the symptoms resolved."
        hits = decon.find(text)
        assert [h.benchmark for h in hits] == [name]
        masked = decon.mask(text, hits)
        assert masked.startswith(clean) and "[REDACTED-BENCHMARK]" in masked
        assert decon.find(masked) == []
    short = "crushing chest pain radiating to the left arm and diaphoresis"  # 10 words < 13
    assert decon.find(short) == []


def test_classifier_departments_and_domain():
    from megatron_med.curate.classify import DomainClassifier

    classifier = DomainClassifier()
    sample = [orjson.loads(line) for line in (DATA / "department_sample.jsonl").read_bytes().splitlines()]
    accuracy = sum(classifier.classify(d["text"])[1] == d["department"] for d in sample) / len(sample)
    assert accuracy >= 0.75, accuracy
    assert sum(classifier.classify(d["text"])[0] == "medical" for d in sample) >= 0.97 * len(sample)
    paragraphs = [p for p in (DATA / "general_text.txt").read_text().split("\n\n") if p.strip()]
    assert sum(classifier.classify(p)[0] == "general" for p in paragraphs) >= 0.75 * len(paragraphs)
