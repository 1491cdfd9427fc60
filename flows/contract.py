"""The salary record contract as JSON Schema, derived from the Pandera models.

Column types, nullability and allowed values come from ``schemas.records.SalaryRecord``;
the row-level checks of both models are listed under ``x-checks`` with their severity,
expectation (with the configured thresholds) and remedy.
"""

from __future__ import annotations

from typing import Any

from flows.settings import EXTRACTOR_VERSION, get_settings
from schemas.records import CHECKS, CrossSourceWarnings, SalaryRecord, SalaryRecordWarnings

JSON_TYPES = {"String": "string", "Boolean": "boolean", "Float64": "number", "Int64": "integer"}


def _column_schema(column: Any) -> dict[str, Any]:
    json_type = JSON_TYPES.get(str(column.dtype), "string")
    schema: dict[str, Any] = {"type": [json_type, "null"] if column.nullable else json_type}
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            schema["enum"] = list(stats["allowed_values"])
        elif check.name == "str_length":
            schema |= {"minLength": stats["min_value"], "maxLength": stats["max_value"]}
        elif check.name == "greater_than_or_equal_to":
            schema["minimum"] = stats["min_value"]
    if column.unique:
        schema["x-unique"] = True
    return schema


def record_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one salary record."""
    settings = get_settings()
    model = SalaryRecord.to_schema()
    names = [
        c.name
        for m in (SalaryRecord, SalaryRecordWarnings, CrossSourceWarnings)
        for c in m.to_schema().checks
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "salary-etl salary record",
        "description": "One salary statement of a German job-market text, as stored in salary_records.",
        "type": "object",
        "properties": {name: _column_schema(column) for name, column in model.columns.items()},
        "required": [name for name, column in model.columns.items() if not column.nullable],
        "x-extractor-version": EXTRACTOR_VERSION,
        "x-checks": [
            {
                "name": name,
                "severity": CHECKS[name].severity,
                "column": CHECKS[name].column,
                "meaning": CHECKS[name].message,
                "expected": CHECKS[name].expected(settings),
                "remedy": CHECKS[name].remedy,
            }
            for name in names
        ],
    }
