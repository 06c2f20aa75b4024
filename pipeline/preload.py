"""Imported once by the process server that forks workers: load the reference, build the matcher's
index and import the extractors there, so every worker (and every replacement of a killed one)
starts warm and needs no new memory to get going."""

import extractors.docx  # noqa: F401
from pipeline.worker import warm

warm()
