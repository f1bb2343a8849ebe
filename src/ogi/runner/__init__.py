"""The machinery behind every bulk conversion: typed tasks and outcomes, isolated workers,
engines (a local pool or any ``concurrent.futures.Executor``) and streaming sinks.

:mod:`ogi.batch` drives them (journal, manifest, resume); :func:`ogi.convert_many` and the
single-file CLI use the same tasks and workers."""
