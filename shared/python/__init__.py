"""Leefwereld's core for Python: one package over the two generated uniffi modules.

`leefwereld.py` holds the facade (Vault, records, errors); `leefwereld_core.py` the vocabularies
and the language, derived on the core's own types. `scripts/test-ffi.sh` generates both into
this package next to the library.
"""

from .leefwereld_core import *  # noqa: F401,F403
from .leefwereld import *  # noqa: F401,F403
