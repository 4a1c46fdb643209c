"""The response and request models, for type annotations and isinstance checks.

These are the generated models themselves (private ``omi_client._generated.models``), re-exported
here so user code never depends on where the generated code lives. Importing this module loads
every model.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
