"""Every deployment in prefect.yaml points at a flow that loads the way a worker loads it."""

from __future__ import annotations

import os

import yaml
from prefect import Flow
from prefect.flows import load_flow_from_entrypoint

from tests.conftest import ROOT


def test_entrypoints_load_and_match_the_contract() -> None:
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    deployments = {d["name"]: d for d in config["deployments"]}
    assert set(deployments) == {"nightly", "adhoc"}
    nightly = deployments["nightly"]
    assert nightly["work_pool"]["name"] == "salary-etl"
    assert nightly["schedules"][0]["timezone"] == "Europe/Berlin"
    assert "schedules" not in deployments["adhoc"]
    cwd = os.getcwd()
    os.chdir(ROOT)  # `prefect deploy` runs from the repository root
    try:
        for deployment in deployments.values():
            flow = load_flow_from_entrypoint(deployment["entrypoint"])
            assert isinstance(flow, Flow)
            assert flow.name == "salary-etl"
            assert set(deployment["parameters"]) <= set(flow.parameters.properties)
    finally:
        os.chdir(cwd)
