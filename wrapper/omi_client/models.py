"""The response and request models, for type annotations and isinstance checks.

These are the generated models themselves (``omi_api.models``), re-exported so user code does
not depend on the generated package's name. Importing this module loads every model.
"""

from omi_api.models import *  # noqa: F403
from omi_api.models import __all__ as __all__
