"""The response and request models, for type annotations and isinstance checks.

The generated models (private ``omi_client._generated.models``) live here publicly: their
``__module__`` is this module, so pickles and reprs name ``omi_client.models`` and never the
generated package. ``Unset``/``UNSET`` mark a request model's optional field left out. Importing
this module loads every model.
"""

# The names the models' annotations use, so typing.get_type_hints() (attrs.resolve_types, cattrs)
# resolves them here, in the models' __module__.
import datetime  # noqa: F401
from typing import Any  # noqa: F401

from ._generated import models as _generated_models
from ._generated.models import *  # noqa: F403
from ._generated.types import UNSET as UNSET, Unset as Unset

# Spelled the way pyright reads a re-export list (`__all__ += module.__all__`), as mypy does.
__all__ = ["UNSET", "Unset"]
__all__ += _generated_models.__all__
