""".venv/bin/python -m bench.ocr [--pages 8] [--repeats 5] [--workers 2]

Speed of OCR per scanned page against the floor of bare Tesseract on the same pages.

Roadmap pages are drawn at 300 dpi (as in `tests/test_ocr.py`, with varied schools and
activities), then made to look scanned: a slight skew, sensor noise, blur and JPEG compression.
They are saved as PNG. Both sides read every page over a pool of `--workers` processes:

* floor: `tesseract PAGE.png - -l rus` with `OMP_THREAD_LIMIT=1`, nothing else;
* ours: `ocr_page_image` on the decoded page (clean-up, orientation, `rus+eng` OCR, table rebuild).

Reported: medians over the repeats of wall seconds per page and of CPU seconds per page (workers
plus their Tesseract runs; steadier than wall time on a shared machine), and the ratios ours / floor.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image

from tests.test_ocr import ROADMAP, Roadmap, noisy, render

_SCHOOLS = ("МБОУ «СОШ № 5»", "МАОУ «Лицей № 2»", "МБОУ «Гимназия № 11»", "МКОУ «ООШ с. Берёзовка»")
_STAGES = (
    "1. Подготовка условий для запуска программы наставничества",
    "2. Формирование базы наставляемых",
    "3. Формирование базы наставников",
    "4. Отбор и обучение наставников",
    "5. Формирование наставнических пар и групп",
    "6. Организация работы наставнических пар",
    "7. Завершение программы наставничества",
)
_ACTIVITIES = (
    "Издание приказа о внедрении целевой модели наставничества",
    "Разработка и утверждение положения о программе наставничества",
    "Информирование педагогов и родителей о программе наставничества",
    "Анкетирование обучающихся для формирования базы наставляемых",
    "Сбор согласий на обработку персональных данных",
    "Формирование базы наставников из числа педагогов и выпускников",
    "Обучение наставников работе с наставляемыми",
    "Проведение установочной встречи наставников и наставляемых",
    "Организация групповых встреч наставнических пар",
    "Проведение итогового мероприятия по выявлению лучших практик",
    "Мониторинг качества реализации программы наставничества",
    "Популяризация практик наставничества на сайте школы",
)
_DATES = (
    "сентябрь 2023",
    "до 15 сентября 2023",
    "октябрь – ноябрь 2023",
    "декабрь 2023",
    "в течение года",
    "май 2024",
)
_ROLES = (
    "директор школы",
    "куратор",
    "заместитель директора по УВР",
    "классные руководители",
    "куратор, педагог-психолог",
)


def roadmap(seed: int) -> Roadmap:
    """A roadmap with a school, two or three stages and 7–9 activities chosen by `seed`."""
    rng = random.Random(seed)
    stages = sorted(rng.sample(range(len(_STAGES)), rng.choice((2, 3))))
    activities = rng.sample(_ACTIVITIES, rng.randint(7, 9))
    rows: list[tuple[str, ...]] = []
    per_stage = -(-len(activities) // len(stages))
    for k, stage in enumerate(stages):
        rows.append((_STAGES[stage],))
        for j, text in enumerate(activities[k * per_stage : (k + 1) * per_stage], 1):
            rows.append((f"{stage + 1}.{j}", text, rng.choice(_DATES), rng.choice(_ROLES)))
    school = rng.choice(_SCHOOLS)
    return Roadmap(
        title=(ROADMAP.title[0], f"в {school} на 2023/2024 учебный год"),
        approval=("УТВЕРЖДАЮ", f"Директор {school}", "__________ И. И. Петрова"),
        rows=tuple(rows),
    )


def scanned_page(seed: int) -> Image.Image:
    """A drawn roadmap as an office scanner returns it: a little skew, noise, blur, JPEG."""
    rng = random.Random(seed)
    page = render(roadmap(seed))
    angle = rng.uniform(-1.0, 1.0)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=250)
    return noisy(page, seed=seed, sigma=8.0, quality=60).convert("L")


def _env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _floor(path: str) -> float:
    start = _cpu()
    subprocess.run(["tesseract", path, "-", "-l", "rus"], capture_output=True, env=_env(), check=True)
    return _cpu() - start


def _ours(path: str) -> float:
    from extractors.ocr import ocr_page_image

    start = _cpu()
    with Image.open(path) as image:
        ocr_page_image(image)
    return _cpu() - start


def _warm(_: int) -> float:
    import extractors.ocr  # noqa: F401  (imported once per worker, outside the timing)

    return 0.0


def _timed(
    pool: ProcessPoolExecutor, job: Callable[[str], float], paths: Sequence[str]
) -> tuple[float, float]:
    """(wall seconds, CPU seconds) per page; CPU counts the workers and their Tesseract runs."""
    start = time.perf_counter()
    cpu = sum(pool.map(job, paths))
    return (time.perf_counter() - start) / len(paths), cpu / len(paths)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.ocr", description=__doc__.splitlines()[2])
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        paths = []
        for seed in range(args.pages):
            path = Path(tmp) / f"page{seed}.png"
            scanned_page(seed).save(path)
            paths.append(str(path))
        context = multiprocessing.get_context("forkserver")
        floor: list[tuple[float, float]] = []
        ours: list[tuple[float, float]] = []
        with ProcessPoolExecutor(args.workers, mp_context=context) as pool:
            list(pool.map(_warm, range(args.workers * 2)))
            for k in range(args.repeats):  # alternate the order: load from other programs drifts
                if k % 2:
                    ours.append(_timed(pool, _ours, paths))
                    floor.append(_timed(pool, _floor, paths))
                else:
                    floor.append(_timed(pool, _floor, paths))
                    ours.append(_timed(pool, _ours, paths))
    print(f"pages: {args.pages}, workers: {args.workers}, repeats: {args.repeats} (medians)")
    for name, runs in (("floor (tesseract -l rus)", floor), ("ours (ocr_page_image)", ours)):
        wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
        print(
            f"{name:26} wall {wall:.3f} s/page  cpu {cpu:.3f} s/page  wall runs: {[round(w, 3) for w, _ in runs]}"
        )
    wall_ratio = statistics.median(w for w, _ in ours) / statistics.median(w for w, _ in floor)
    cpu_ratio = statistics.median(c for _, c in ours) / statistics.median(c for _, c in floor)
    paired = statistics.median(o[0] / f[0] for o, f in zip(ours, floor, strict=True))
    print(f"ratio of medians: wall {wall_ratio:.2f}x, cpu {cpu_ratio:.2f}x (target <= 1.3x)")
    print(f"median of paired wall ratios (same repeat): {paired:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
