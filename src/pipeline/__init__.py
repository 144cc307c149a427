"""Turn Chinese government rule-of-law reports into validated, queryable Parquet tables.

The library is pure Python over Polars frames and never imports Prefect: orchestration lives in
the top-level `flows` package, which calls these modules.
"""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gov-report-pipeline")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
