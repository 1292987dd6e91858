"""Medical corpus curation: normalise, quality, dedup, PHI de-identification, decontamination, classify."""
