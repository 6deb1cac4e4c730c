"""Work shared out among every core, with the same result as in one process.

Extraction treats each report alone within each of its two passes, so the reports can be
shared out among processes, each doing both passes of its share. The workers are forked once
jieba's dictionary and the reports are loaded, and inherit them instead of loading or receiving
them (loading jieba's dictionary costs a second per process); the reports themselves are read
on another core while the dictionary loads. Each worker sends its results back through a pipe;
they are put in the items' order, so the output does not depend on how many workers there are.

Plain fork and pipes rather than multiprocessing's pool: Ctrl-C in the middle of starting or
stopping a pool can leave it waiting for ever; here the parent alone hears Ctrl-C (or fails)
and then kills and collects every worker, so none is left behind. Where fork is not available
(Windows) the work runs in this process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
A = TypeVar("A")
B = TypeVar("B")
C = TypeVar("C")
_SMALL_BATCH = 200_000  # characters below which starting processes costs more than it saves


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def in_two_passes(first: Callable[[int], A], between: Callable[[list], B], second: Callable[[int, A, B], C],
                  sizes: Sequence[int], workers: int | None = None, told: Callable[[A], Any] = lambda result: result,
                  meanwhile: Callable[[], Any] = lambda: None) -> list[C]:
    """[second(i, first(i), shared) for each item], where `shared` is `between` of what `told`
    takes from every item's first result, on `workers` processes (default: every core, for
    batches big enough to gain by it; 1 runs here). Results come in the items' order, however
    many workers there are. `meanwhile` runs in this process while the workers work: what it
    needs afterwards is loaded on a core that would else wait.

    Each worker does both passes of its items: what the first remembered (jieba's guesses,
    verdicts on terms) serves the second, the first results stay where they are (only what
    `told` takes of them is sent here, pickled), and the memory inherited from this process is
    copied once, not once per pass."""
    if workers is None:
        workers = default_workers() if sum(sizes) >= _SMALL_BATCH else 1
    workers = min(workers, len(sizes))
    if workers < 2 or not hasattr(os, "fork"):
        firsts = [first(i) for i in range(len(sizes))]
        shared = between([told(result) for result in firsts])
        meanwhile()
        return [second(i, result, shared) for i, result in enumerate(firsts)]
    children: list[tuple[int, Any, Any]] = []  # (pid, its results, its share of `between`)
    try:
        for share in _shares(sizes, workers):
            with _interrupts_held():
                children.append(_start_two(first, second, share, told))
        meanwhile()
        firsts: list[Any] = [None] * len(sizes)
        for pid, results, _ in children:
            for i, result in _message(pid, results):
                firsts[i] = result
        shared = between(firsts)
        for _, _, to_child in children:
            with contextlib.suppress(BrokenPipeError):  # a worker that died is found below
                pickle.dump(shared, to_child, protocol=pickle.HIGHEST_PROTOCOL)
                to_child.flush()
        seconds: list[Any] = [None] * len(sizes)
        for pid, results, _ in children:
            for i, result in _message(pid, results):
                seconds[i] = result
        return seconds
    finally:
        for pid, results, to_child in children:
            _stop_two(pid, results, to_child)


def _start_two(first: Callable, second: Callable, share: list[int], told: Callable) -> tuple[int, Any, Any]:
    results_read, results_write = os.pipe()
    shared_read, shared_write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(results_write)
        os.close(shared_read)
        return pid, os.fdopen(results_read, "rb"), os.fdopen(shared_write, "wb")
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    os.close(results_read)
    os.close(shared_write)
    status = 0
    with os.fdopen(results_write, "wb") as out, os.fdopen(shared_read, "rb") as source:
        try:
            firsts = [(i, first(i)) for i in share]
            pickle.dump([(i, told(result)) for i, result in firsts], out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
            shared = pickle.load(source)
            outcome: Any = [(i, second(i, result, shared)) for i, result in firsts]
        except BaseException as exc:  # handed to the parent, which raises it
            outcome, status = _picklable(exc), 1
        try:
            pickle.dump(outcome, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.flush()
        finally:
            os._exit(status)
    os._exit(1)


def _message(pid: int, source: Any) -> list[tuple[int, Any]]:
    """The next results a worker sent; its error is raised here."""
    try:
        outcome = pickle.load(source)
    except Exception:
        raise RuntimeError(f"a worker (process {pid}) died before it finished") from None
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _stop_two(pid: int, results: Any, to_child: Any) -> None:
    _collect(pid)
    results.close()
    with contextlib.suppress(BrokenPipeError):
        to_child.close()


@contextlib.contextmanager
def in_background(job: Callable[[], T], size: int, workers: int | None = None) -> Iterator[Callable[[], T]]:
    """Run `job` on another core while this process does something else: yields a function that
    waits for its result. Only when this batch (of `size` characters) would go to several
    workers (see `in_two_passes`); else the function runs the job here, when called."""
    if workers is None:
        workers = default_workers() if size >= _SMALL_BATCH else 1
    if workers < 2 or not hasattr(os, "fork"):
        yield job
        return
    with _interrupts_held():
        pid, pipe = _start(lambda i: job(), [0])
    try:
        yield lambda: _receive(pid, pipe)[0][1]
    finally:
        _stop(pid, pipe)


def _shares(sizes: Sequence[int], workers: int) -> list[list[int]]:
    """Items dealt out largest first, each to the worker with the least to do so far."""
    shares: list[list[int]] = [[] for _ in range(workers)]
    loads = [0] * workers
    for i in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        least = loads.index(min(loads))
        shares[least].append(i)
        loads[least] += sizes[i]
    return shares


def _start(job: Callable[[int], Any], share: list[int]) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return pid, read
    # the worker: Ctrl-C reaches every process of the terminal's group; the parent decides
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    os.close(read)
    status = 0
    try:
        outcome: Any = [(i, job(i)) for i in share]
    except BaseException as exc:  # handed to the parent, which raises it
        outcome, status = _picklable(exc), 1
    try:
        with os.fdopen(write, "wb") as out:
            pickle.dump(outcome, out, protocol=pickle.HIGHEST_PROTOCOL)
    finally:
        os._exit(status)  # not the parent's exit handlers, nor its buffered output


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C waits until the block is done (then raises KeyboardInterrupt as usual)."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.dumps(exc)
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _receive(pid: int, pipe: int) -> list[tuple[int, Any]]:
    with os.fdopen(os.dup(pipe), "rb") as source:
        return _message(pid, source)


def _stop(pid: int, pipe: int) -> None:
    _collect(pid)
    os.close(pipe)


def _collect(pid: int) -> None:
    """Kill the worker if it still runs and collect it, so that no process is left behind."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
