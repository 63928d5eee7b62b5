"""The e2e tests reuse the service fixtures that build sample inputs and template databases."""

from tests.services.conftest import engines, inputs, templates

__all__ = ["engines", "inputs", "templates"]
