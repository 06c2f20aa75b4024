from __future__ import annotations

import pytest

from pipeline.reference import Reference, load_reference


@pytest.fixture(scope="session")
def reference() -> Reference:
    return load_reference()
