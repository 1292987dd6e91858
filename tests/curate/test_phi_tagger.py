"""The learned PHI tagger: labels, surrogate notes, training, and the shipped model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from megatron_med.curate.config import PhiConfig
from megatron_med.curate.deid_eval import evaluate, load_labelled, parse_marked
from megatron_med.curate.phi import PhiScrubber
from megatron_med.curate.phi_filters import tagged_value_plausible
from megatron_med.curate.phi_surrogates import SurrogateWriter, recased
from megatron_med.curate.phi_tagger import (
    MODEL_PATH,
    PhiTagger,
    bio_labels,
    labels_to_spans,
    name_initials,
    token_features,
    token_hints,
    tokenize,
)
from megatron_med.curate.phi_tagger_train import main as train_main
from megatron_med.curate.phi_tagger_train import train, training_documents

DEID = Path(__file__).parents[1] / "data" / "deid"


def test_bio_labels_round_trip_to_the_gold_spans():
    for doc in load_labelled(DEID / "clinical_notes.txt"):
        tokens = tokenize(doc.text)
        spans = list(labels_to_spans(tokens, bio_labels(tokens, doc.spans)))
        # gold spans start and end on token boundaries, so the labels give them back exactly
        assert spans == [(s, e, k) for s, e, k in sorted(doc.spans)], doc.id


def test_surrogate_notes_replace_identifiers_and_keep_the_rest():
    doc = parse_marked("Pt [[NAME|Ann Lee]] (MRN [[MRN|0045821]]) seen [[DATE|3 March]]; "
                       "[[NAME|Lee]] lives at [[LOCATION|41 Elm Road]]. Parkinson's disease.", "x")
    new = SurrogateWriter(seed=1).rewrite(doc)
    pieces = [new.text[s:e] for s, e, _ in new.spans]
    assert [k for *_, k in new.spans] == [k for *_, k in doc.spans]
    assert pieces[0] != "Ann Lee" and pieces[0].split()[1] == pieces[3]  # one surrogate per word in a note
    assert re.fullmatch(r"\d{7}", pieces[1]) and pieces[1] != "0045821"
    assert re.fullmatch(r"\d \w+", pieces[2]) and pieces[4].endswith(" Road")  # common words stay
    assert new.text.startswith("Pt ") and new.text.endswith(". Parkinson's disease.")
    assert SurrogateWriter(seed=1).rewrite(doc) == new  # deterministic


def test_recased_copies_keep_the_spans():
    doc = parse_marked("Seen by [[NAME|Ann Lee]] on [[DATE|3 March]].", "x")
    upper, lower = recased(doc, upper=True), recased(doc, upper=False)
    assert [upper.text[s:e] for s, e, _ in upper.spans] == ["ANN LEE", "3 MARCH"]
    assert lower.text == "seen by ann lee on 3 march." and lower.spans == doc.spans
    german = parse_marked("Straße [[NAME|Groß]]", "y")
    assert recased(german, upper=True) is german  # "ß" becomes "SS": the offsets would move


@pytest.mark.parametrize(("kind", "value", "expected"), [
    ("DATE", "3/9", True), ("DATE", "2024-10-03", True), ("DATE", "12 avril", True), ("DATE", "the 15th", True),
    ("DATE", "20250211", True), ("DATE", "92/54", False), ("DATE", "1958-1970", False), ("DATE", "Right", False),
    ("DATE", "32/40", False), ("DATE", "25", False), ("DATE", "03.04.40", True), ("DATE", "110/70", False),
    ("DATE", "06/2023", True), ("DATE", "13/2023", False), ("AGE", "93", True), ("AGE", "78", False),
    ("LOCATION", "55804", True), ("LOCATION", "2013", False), ("ID", "DA", False), ("BIOMETRIC", "1k", False),
    ("NAME", "Ann Lee", True),
])
def test_tagged_values_must_have_their_kinds_form(kind, value, expected):
    """Blood pressures, year ranges, table numbers and ages up to 89 are not what the tagger may call them."""
    assert tagged_value_plausible(kind, value) is expected


def test_training_learns_the_notes_and_writes_a_model(tmp_path):
    docs = training_documents([DEID / "clinical_notes.txt"], [DEID / "medical_text.txt"], copies=1, seed=0,
                              ontology=5)
    stats = train(docs, tmp_path / "m.crfsuite", iterations=40)
    assert stats["documents"] == 24 * 2 + 16 + 10 and (tmp_path / "m.crfsuite").stat().st_size == stats["bytes"]
    assert not list(tmp_path.glob("*.partial"))
    train(training_documents([DEID / "clinical_notes.txt"], [DEID / "medical_text.txt"], copies=1, seed=0,
                             ontology=5), tmp_path / "again.crfsuite", iterations=40)
    assert (tmp_path / "again.crfsuite").read_bytes() == (tmp_path / "m.crfsuite").read_bytes()  # deterministic
    tagger = PhiTagger(frozenset(), tmp_path / "m.crfsuite")
    notes = load_labelled(DEID / "clinical_notes.txt")
    result = evaluate(lambda text: tagger.spans(text, []), notes, load_labelled(DEID / "medical_text.txt"))
    assert result["recall_tokens"] >= 0.8  # on its own training notes, without the rules' hints
    assert result["precision_notes"] >= 0.9


def test_training_cli_rejects_an_unknown_set_or_file(capsys, tmp_path):
    assert train_main(["--exclude", "clinical_notes_test99"]) == 2
    assert "clinical_notes_test99" in capsys.readouterr().err
    assert train_main(["--labelled", str(tmp_path / "ours.txt"), "--output", str(tmp_path / "m.crfsuite")]) == 2
    assert "ours.txt" in capsys.readouterr().err and not (tmp_path / "m.crfsuite").exists()


def test_a_missing_or_unreadable_model_says_how_to_build_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="phi_tagger_train"):
        PhiScrubber(PhiConfig(engine="rules", tagger_model=str(tmp_path / "none.crfsuite")))
    (tmp_path / "junk.crfsuite").write_text("not a model")
    with pytest.raises(ValueError, match="cannot be read.*phi_tagger_train"):
        PhiScrubber(PhiConfig(engine="rules", tagger_model=str(tmp_path / "junk.crfsuite")))


def test_initials_of_a_hinted_name_are_a_feature():
    """A chart signed "NW" where the rules found "Nancy Wanjiru": the tagger sees that NW are her initials."""
    text = "Signature key: NW = Nancy Wanjiru; OTIENO, Grace. Given by NW at 14:00, BD dosing."
    tokens = tokenize(text)
    hints = token_hints(tokens, [(text.index("Nancy"), text.index(";"), "NAME"),
                                 (text.index("OTIENO"), text.index(". Given"), "NAME")])
    flagged = {text[s:e] for (s, e), feats in zip(tokens, token_features(text, tokens, hints, frozenset()), strict=True)
               if "initials_of_a_name" in feats}
    assert flagged == {"NW"}  # not "BD"
    assert name_initials(["Nancy Wanjiru", "OTIENO, Grace Achieng", "Pieter van der Merwe", "Cher"]) == \
        {"NW", "OGA", "GAO", "PM"}


def test_a_lower_threshold_also_tags_what_the_model_doubts():
    """Below 0.5 the tagger keeps its most likely labelling and adds the words it gives that much chance of being
    an identifier: the words covered are a superset, and on real notes a strict one."""
    best_guess, eager = (PhiTagger(frozenset(), MODEL_PATH, threshold) for threshold in (0.5, 0.1))
    added = 0
    for doc in load_labelled(DEID / "clinical_notes_test11.txt"):
        covered = [{i for s, e, _ in tagger.spans(doc.text, []) for i in range(s, e)} for tagger in (best_guess, eager)]
        assert covered[0] <= covered[1], doc.id
        added += len(covered[1] - covered[0])
    assert added > 0


@pytest.mark.parametrize("marked", [
    "Home: [[LOCATION|Flat 7, 22 Kestrel Mews]], [[LOCATION|Harrogate]]  [[LOCATION|HG1 4QT]]",
    "Pharmacist: [[NAME|B. Ní Cheallaigh]], RPh - PSI reg. #[[LICENSE|08821]]",
    "GA tags [[VEHICLE|PLK5521]], VIN [[VEHICLE|1FTFW1E50PFA12345]]",
    "Motorcycle plate [[VEHICLE|Gyeonggi Suwon Ma 4827]]; other vehicle a sedan",
    "Sticker: [[NAME|HARGREAVE Dolores]] [[DATE|12.03.1951]] MRN [[MRN|K448291]]",
])
def test_shipped_model_finds_what_the_rules_miss(marked):
    """Forms no rule pattern covers, found by the tagger from their context and shape."""
    assert MODEL_PATH.exists()
    doc = parse_marked(marked, "x")
    recall = {}
    for tagger in (False, True):
        scrubber = PhiScrubber(PhiConfig(engine="rules", tagger=tagger))
        recall[tagger] = evaluate(lambda t, s=scrubber: [(x.start, x.end, x.kind) for x in s.detect(t)], [doc], [])
    assert recall[False]["recall_overall"] < 1.0  # the rules alone leave something
    assert recall[True]["recall_overall"] == 1.0, recall[True]["missed"]
    assert recall[True]["precision"] == 1.0
