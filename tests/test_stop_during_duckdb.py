"""A stop signal that lands while DuckDB runs a statement still reads as an interruption: DuckDB swallows
the handler's KeyboardInterrupt and raises RuntimeError("Query interrupted") instead."""

import subprocess
import sys
import textwrap

from nqextract.errors import clear_stop, interruption, request_stop


def test_interruption_reads_the_recorded_stop():
    clear_stop()
    assert interruption(RuntimeError("Query interrupted")) is None
    ctrl_c = KeyboardInterrupt()
    assert interruption(ctrl_c) is ctrl_c
    raised = request_stop("stopped by signal SIGTERM")
    try:
        assert isinstance(raised, KeyboardInterrupt) and str(raised) == "stopped by signal SIGTERM"
        stop = interruption(RuntimeError("Query interrupted"))
        assert isinstance(stop, KeyboardInterrupt) and "SIGTERM" in str(stop)
    finally:
        clear_stop()
    assert interruption(RuntimeError("Query interrupted")) is None


def test_sigterm_inside_duckdb_statements_is_an_interruption(tmp_path):
    """Twenty real SIGTERMs at random moments of a loop of DuckDB writes: each one is an interruption,
    whichever exception DuckDB let through."""
    script = textwrap.dedent(f"""
        import os, random, signal, threading
        import duckdb
        from nqextract.errors import clear_stop, interruption, request_stop

        def stop(signum, frame):
            raise request_stop("stopped by signal " + signal.Signals(signum).name)

        signal.signal(signal.SIGTERM, stop)
        con = duckdb.connect({str(tmp_path / "x.duckdb")!r})
        con.execute("CREATE TABLE t (a INTEGER, b VARCHAR)")
        kinds = []
        for run in range(20):
            clear_stop()
            timer = threading.Timer(random.uniform(0.01, 0.1), os.kill, (os.getpid(), signal.SIGTERM))
            timer.start()
            try:
                i = 0
                while True:
                    con.execute("INSERT INTO t VALUES (?, ?)", [i, "x" * 50])
                    con.execute("UPDATE t SET b = b || 'y' WHERE a = ?", [i])
                    i += 1
            except BaseException as exc:
                kinds.append(type(exc).__name__)
                assert interruption(exc) is not None, repr(exc)
                assert "SIGTERM" in str(interruption(exc))
            timer.join()
        print(sorted(set(kinds)))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
