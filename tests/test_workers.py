import os
import time
from pathlib import Path

import pytest

from glossary.store import update
from glossary.workers import in_background, in_two_passes


def children() -> set[str]:
    """This process's children (Linux; elsewhere none are seen)."""
    tasks = Path(f"/proc/{os.getpid()}/task")
    return {pid for task in tasks.iterdir() for pid in (task / "children").read_text().split()} if tasks.is_dir() else set()


@pytest.fixture
def no_new_children():
    """No worker outlives the call: the children this process had before (the browser tests'
    playwright driver, in a full run) are not the test's."""
    before = children()
    yield
    assert not children() - before


def test_one_worker_and_a_small_batch_run_here():
    def here(i: int, *_) -> int:
        return os.getpid()

    assert in_two_passes(here, len, here, [1, 1], workers=1) == [os.getpid()] * 2
    assert in_two_passes(here, len, here, [1, 1]) == [os.getpid()] * 2  # too small to gain by processes


@pytest.mark.parametrize("dies_in", ["first", "second"])
def test_a_worker_that_dies_is_an_error_not_a_missing_result(no_new_children, dies_in):
    def job(name: str):
        def run(i: int, *_) -> int:
            if i == 1 and name == dies_in:
                os._exit(3)
            return i
        return run

    with pytest.raises(RuntimeError, match="died before it finished"):
        in_two_passes(job("first"), len, job("second"), [1, 1, 1, 1], workers=2)


def test_two_passes_keep_each_item_on_its_worker_and_share_what_is_made_between(no_new_children):
    def first(i: int) -> tuple[int, int]:
        return i * i, os.getpid()

    def second(i: int, found: tuple[int, int], total: int) -> tuple[int, int, bool]:
        return i, found[0] + total, found[1] == os.getpid()

    results = in_two_passes(first, lambda firsts: sum(square for square, _ in firsts), second, [1, 5, 3, 9, 2], workers=2)
    assert results == [(i, i * i + 30, True) for i in range(5)]
    assert os.getpid() not in {pid for _, pid in in_two_passes(first, len, lambda i, found, n: found, [1, 5], workers=2)}
    assert in_two_passes(first, lambda firsts: 30, second, [1, 5, 3, 9, 2], workers=1) == results


@pytest.mark.parametrize("workers", [1, 2])
def test_between_hears_only_what_is_told_of_the_first_pass_and_the_caller_works_meanwhile(no_new_children, workers):
    def first(i: int) -> tuple[int, bytes]:
        return i, bytes(10)  # the bytes stand for occurrences that need not travel

    def told(found: tuple[int, bytes]) -> int:
        return found[0]

    def between(heard: list) -> int:
        assert heard == [0, 1, 2]
        return sum(heard)

    pids = []
    results = in_two_passes(first, between, lambda i, found, total: (found, total), [1, 1, 1], workers, told,
                            meanwhile=lambda: pids.append(os.getpid()))
    assert results == [((i, bytes(10)), 3) for i in range(3)]
    assert pids == [os.getpid()]


@pytest.mark.parametrize("broken", ["first", "second"])
def test_an_error_in_either_pass_reaches_the_caller_and_leaves_no_worker_behind(no_new_children, broken):
    def job(name: str):
        def run(i: int, *_):
            if i == 2 and name == broken:
                raise ValueError(f"report 2 is broken in the {name} pass")
            return i
        return run

    with pytest.raises(ValueError, match=f"report 2 is broken in the {broken} pass"):
        in_two_passes(job("first"), len, job("second"), [1, 1, 1, 1], workers=2)


def test_a_job_in_the_background_runs_on_another_process_while_this_one_works(no_new_children):
    with in_background(lambda: os.getpid(), size=0, workers=2) as result:
        here = os.getpid()
        assert result() != here


def test_a_small_job_in_the_background_runs_here_when_asked():
    with in_background(lambda: os.getpid(), size=10) as result:
        assert result() == os.getpid()


def test_an_error_in_the_background_reaches_the_caller(no_new_children):
    def job() -> int:
        raise ValueError("report 2 is broken")

    with pytest.raises(ValueError, match="report 2 is broken"), in_background(job, size=0, workers=2) as result:
        result()


def test_a_background_job_never_waited_for_is_stopped(no_new_children):
    with in_background(lambda: time.sleep(60), size=0, workers=2):
        pass


@pytest.mark.parametrize("corpus", ["seeds", "dev-sample"])
def test_extracting_on_several_processes_writes_the_same_file_as_one(seeds, tmp_path, corpus):
    folder = seeds if corpus == "seeds" else seeds.parent / "dev" / "glossary"
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")[:12]
    written = []
    for workers in (1, 2, 3):
        out = tmp_path / f"terms-{workers}.yml"
        update(files, out, workers=workers)
        written.append(out.read_bytes())
    assert written[0] == written[1] == written[2]
    assert written[0].count(b"\n- term: ") > 100
