"""Flows: the Prefect edge of the pipeline. The library in `src/pipeline` never imports Prefect."""
import os

# The temporary local server would try to send telemetry, which fails without a network and
# logs an error on every run.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
