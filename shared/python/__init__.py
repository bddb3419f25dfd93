"""Leefwereld's core for Python: one package over the two generated uniffi modules.

`leefwereld.py` holds the facade (Vault and the records it maps); `leefwereld_core.py` the error,
the vocabularies, the language and the core's own records, derived on the core's types.
`scripts/test-ffi.sh` generates both into this package next to the library.
"""

from .leefwereld_core import *  # noqa: F401,F403
from .leefwereld import *  # noqa: F401,F403
