"""Every deployment in prefect.yaml points at a flow that imports (the smoke test)."""

from __future__ import annotations

import importlib.util

import yaml
from prefect import Flow

from tests.conftest import ROOT


def test_entrypoints_import_and_match_the_contract() -> None:
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    deployments = {d["name"]: d for d in config["deployments"]}
    assert "nightly" in deployments
    nightly = deployments["nightly"]
    assert nightly["work_pool"]["name"] == "salary-etl"
    assert nightly["schedules"][0]["timezone"] == "Europe/Berlin"
    for deployment in deployments.values():
        path, name = deployment["entrypoint"].split(":")
        spec = importlib.util.spec_from_file_location("entry", ROOT / path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        flow = getattr(module, name)
        assert isinstance(flow, Flow)
        assert flow.name == "salary-etl"
        assert set(deployment["parameters"]) <= set(flow.parameters.properties)
