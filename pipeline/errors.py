"""Domain errors: each has a stable `code` and a message a methodologist understands (in Russian)."""

from __future__ import annotations


class RoadmapError(Exception):
    """A file cannot be processed; `str(err)` is shown to the user as the file's `error`."""

    code = "error"


class CorruptFile(RoadmapError):
    code = "corrupt"

    def __init__(self, detail: str) -> None:
        super().__init__(f"файл повреждён: {detail}")


class EncryptedFile(RoadmapError):
    code = "encrypted"

    def __init__(self) -> None:
        super().__init__("файл защищён паролем: снимите пароль и загрузите файл снова")


class EmptyFile(RoadmapError):
    code = "empty"

    def __init__(self) -> None:
        super().__init__("файл пуст (0 байт)")


class UnsupportedFormat(RoadmapError):
    code = "unsupported"

    def __init__(self, what: str) -> None:
        super().__init__(f"формат не поддерживается: {what}")


class MissingDependency(RoadmapError):
    code = "missing_dependency"

    def __init__(self, program: str, package: str) -> None:
        super().__init__(f"не установлена программа {program}: установите пакет {package}")


class ExternalToolError(RoadmapError):
    code = "external_tool"

    def __init__(self, tool: str, detail: str) -> None:
        super().__init__(f"ошибка {tool}: {detail}")
