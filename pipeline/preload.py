"""Imported once by the process server that forks workers: load the reference and build the
matcher's index there, so every worker (and every replacement of a killed one) starts warm."""

from pipeline.worker import warm

warm()
