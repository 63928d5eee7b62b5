"""Every modal question the UI asks goes through `Dialogs`, so tests answer with a fake."""

from app.ui.dialogs.facade import Dialogs
from app.ui.dialogs.import_dialog import ImportRequest

__all__ = ["Dialogs", "ImportRequest"]
