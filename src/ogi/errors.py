"""The one error hierarchy of ogi.

Every failure a user can meet is an :class:`OgiError` with a stable ``code`` (documented in
``docs/errors.md``), the file it concerns and a message that says what to do. The CLI turns
these into one line at exactly one place (:func:`ogi.cli.main`); batch runs turn them into
error records.
"""

from __future__ import annotations


class OgiError(Exception):
    """Base class: a failure with a stable code, the file concerned and a reason."""

    code = "ERROR"

    def __init__(self, message: str, *, path: str | None = None, plugin: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.plugin = plugin

    def for_path(self, path: str | None) -> OgiError:
        """Attach the file name when the raiser did not know it; returns self."""
        if self.path is None:
            self.path = path
        return self

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        via = f" [{self.plugin}]" if self.plugin else ""
        return f"{where}{self.code}{via}: {self.message}"


class UnsupportedFormat(OgiError):
    """No installed extractor claims the input (or a named one does not exist)."""

    code = "UNSUPPORTED_FORMAT"


class AmbiguousFormat(OgiError):
    """Two extractors claim the input equally strongly."""

    code = "AMBIGUOUS_FORMAT"


class ExtractionFailed(OgiError):
    """An extractor could not read the input; ``code`` says why (CORRUPT, ENCRYPTED, …)."""

    code = "CORRUPT"

    def __init__(
        self,
        message: str,
        *,
        code: str = "CORRUPT",
        path: str | None = None,
        plugin: str | None = None,
    ):
        super().__init__(message, path=path, plugin=plugin)
        self.code = code


class EmptyInput(OgiError):
    """The input has no bytes, or no text at all."""

    code = "EMPTY"


class NotAReport(OgiError):
    """A readable document that is not an OGI annual report (a notice, a 解读 page, …)."""

    code = "NOT_A_REPORT"


class InputNotFound(OgiError, FileNotFoundError):
    """The path does not exist or cannot be read (also a ``FileNotFoundError``)."""

    code = "NOT_FOUND"


class InvalidPlugin(OgiError):
    """A plugin is malformed: a misspelled hook, a bad record, a broken import."""

    code = "INVALID_PLUGIN"


class InvalidReport(OgiError):
    """A saved report does not match the schema."""

    code = "INVALID_REPORT"
