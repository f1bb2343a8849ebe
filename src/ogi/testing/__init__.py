"""The conformance kit for extractor plugins (opt-in; needs pytest and jsonschema).

In a plugin's tests::

    from ogi.testing import ExtractorContract

    class TestMyExtractor(ExtractorContract):
        extractor = "xlsx"
        samples = Path(__file__).parent / "samples"

and pytest runs the whole contract against it. ``pytest_plugins = ["ogi.testing.fixtures"]``
in a conftest adds the ``ogi_registry`` fixture for the plugin's own tests.
"""

from ogi.testing.contract import ExtractorContract

__all__ = ["ExtractorContract"]
