"""ASR and hashing benchmark: WER and speed on ../shared/data/asr, a 10-minute file, and
SHA-256 throughput on a 1 GB file from the page cache.

    .venv/bin/python bench/asr_bench.py [--data DIR] [--model DIR_OR_NAME] [--skip-hash]

Scoring (data README): word error rate after lower-casing and stripping punctuation; speed as
audio seconds per wall second of the whole `transcribe()` call (child start and model load
included), and after the model is loaded. ASR_BENCH_VERBOSE=1 prints each hypothesis.
Targets (issue 4): >= 8x real time on the 10-minute file, WER <= 8 %, child peak memory
< 1 GB, hashing >= 300 MB/s from the page cache.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.media import TranscriptionOptions, TranscriptionRun, sha256_file
from app.media.audio import SAMPLE_RATE, iter_chunks

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "asr"
JFK = ("And so my fellow Americans, ask not what your country can do for you, "
       "ask what you can do for your country.")
LONG_SECONDS = 600.0


@dataclass
class Result:
    name: str
    seconds: float
    wall: float
    load: float
    errors: int
    words: int
    peak: int | None

    @property
    def wer(self) -> float:
        return self.errors / max(1, self.words)

    @property
    def speed(self) -> float:
        return self.seconds / self.wall

    @property
    def model_speed(self) -> float:
        return self.seconds / max(1e-9, self.wall - self.load)


def normalise(text: str) -> list[str]:
    text = text.lower().replace("-", " ")
    return re.sub(r"[^\w\s']|(?<!\w)'|'(?!\w)", " ", text).split()


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i, word in enumerate(ref, start=1):
        prev, row[0] = row[0], i
        for j, other in enumerate(hyp, start=1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (word != other))
    return row[-1]


def references(data: Path) -> list[tuple[Path, str]]:
    pairs: list[tuple[Path, str]] = []
    if (data / "jfk.flac").exists():
        pairs.append((data / "jfk.flac", JFK))
    for trans in sorted(data.glob("librispeech/*.trans.txt")):
        for line in trans.read_text().splitlines():
            if line.strip():
                key, text = line.split(" ", 1)
                pairs.append((trans.parent / f"{key}.flac", text))
    for audio in sorted(data.glob("librivox/*.wav")):
        pairs.append((audio, audio.with_suffix(".txt").read_text()))
    return pairs


def run_one(path: Path, reference: str, options: TranscriptionOptions) -> Result:
    started = time.perf_counter()
    run = TranscriptionRun(path, options)
    transcript = run.run()
    wall = time.perf_counter() - started
    ref = normalise(reference)
    if os.environ.get("ASR_BENCH_VERBOSE"):
        print(f"  {path.name}: {transcript.text}")
    return Result(path.name, transcript.duration or 0.0, wall, run.load_seconds or 0.0,
                  edit_distance(ref, normalise(transcript.text)), len(ref), run.peak_memory)


def long_file(pairs: list[tuple[Path, str]], folder: Path) -> tuple[Path, str]:
    """The clips one after another (0.5 s apart), repeated to 10 minutes, as 16 kHz WAV."""
    gap = np.zeros(SAMPLE_RATE // 2, np.float32)
    clips = [(np.concatenate([c.mono for c in iter_chunks(p)]), text) for p, text in pairs]
    parts: list[np.ndarray] = []
    texts: list[str] = []
    total = 0
    while total < LONG_SECONDS * SAMPLE_RATE:
        for audio, text in clips:
            parts += [audio, gap]
            texts.append(text)
            total += len(audio) + len(gap)
            if total >= LONG_SECONDS * SAMPLE_RATE:
                break
    pcm = (np.clip(np.concatenate(parts), -1, 1) * 32767).astype("<i2")
    path = folder / "asr-10min.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(pcm.tobytes())
    return path, " ".join(texts)


def hash_speed(folder: Path, size: int = 1 << 30) -> tuple[float, float]:
    """MB/s of sha256_file on a 1 GiB file, cold-ish (just written) and from the page cache."""
    path = folder / "hash-1g.bin"
    block = np.random.default_rng(1).integers(0, 256, 64 << 20, dtype=np.uint8).tobytes()
    with open(path, "wb") as out:
        for _ in range(size // len(block)):
            out.write(block)
    speeds = []
    for _ in range(2):
        started = time.perf_counter()
        sha256_file(path)
        speeds.append(size / (1 << 20) / (time.perf_counter() - started))
    path.unlink()
    return speeds[0], speeds[1]


def table(results: list[Result]) -> None:
    print(f"| {'file':<46} | audio s | wall s | x real time | x after load |   WER | peak MB |")
    print(f"| {'-' * 46} | ------: | -----: | ----------: | -----------: | ----: | ------: |")
    for r in results:
        peak = f"{r.peak / 2**20:7.0f}" if r.peak else "      ?"
        print(f"| {r.name:<46} | {r.seconds:7.1f} | {r.wall:6.2f} | {r.speed:11.1f} | "
              f"{r.model_speed:12.1f} | {r.wer:5.1%} | {peak} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default=None)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--skip-hash", action="store_true")
    parser.add_argument("--skip-long", action="store_true")
    args = parser.parse_args()
    pairs = references(args.data)
    if not pairs:
        print(f"{args.data}: no ASR data found")
        return 2
    options = TranscriptionOptions(model=args.model, threads=args.threads)
    print(f"model {options.model_label} {options.compute_type}, beam {options.beam_size}, "
          f"{options.threads} threads, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}\n")
    results = [run_one(path, text, options) for path, text in pairs]
    table(results)
    total = Result("TOTAL (every clip)", sum(r.seconds for r in results),
                   sum(r.wall for r in results), sum(r.load for r in results),
                   sum(r.errors for r in results),
                   sum(r.words for r in results), max((r.peak or 0) for r in results))
    table([total])
    with tempfile.TemporaryDirectory(prefix="countersign-bench-") as tmp:
        if not args.skip_long:
            path, reference = long_file(pairs, Path(tmp))
            print()
            table([run_one(path, reference, options)])
        if not args.skip_hash:
            cold, warm = hash_speed(Path(tmp))
            print(f"\nsha256_file, 1 GiB: {cold:.0f} MB/s just written, "
                  f"{warm:.0f} MB/s from the page cache")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
