"""A database's refusal reaches the program in words: HErrorInfo() and ErrorInfo() name
the H* function, the data file and the database's own reason (they said "HAdd on
Customer: database error." and the reason only in HErrorInfo(hErrDatabaseMessage)).

The refusals are real ones: a trigger the database's administrator wrote (SQLite and
PostgreSQL), and on PostgreSQL a role that owns neither the tables nor schema public
(`clerk`, tests/hfsql/conftest.py), for which HCross cannot make the table that keeps
crossed records."""
from __future__ import annotations

import sqlite3

from hfsql_support import role_of, run_shop

ADD = ('HReset(Customer)\nCustomer.Name = "A"\nTrace(HAdd(Customer), ErrorOccurred)\n'
       'Trace(HErrorInfo())\nTrace(ErrorInfo())\nTrace(HErrorInfo(hErrFile))\n')


def _refusing_trigger(url: str) -> None:
    """A trigger of the administrator's that refuses every new customer, with its reason."""
    if url.startswith("sqlite:"):
        with sqlite3.connect(url[len("sqlite:"):]) as conn:
            conn.execute("CREATE TRIGGER no_new BEFORE INSERT ON customer BEGIN "
                         "SELECT RAISE(ABORT, 'customers are closed this week'); END")
        return
    import psycopg
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE FUNCTION no_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                     "RAISE EXCEPTION 'customers are closed this week'; END $$")
        conn.execute("CREATE TRIGGER no_new BEFORE INSERT ON customer FOR EACH ROW "
                     "EXECUTE FUNCTION no_new()")


def test_a_write_refused_by_the_database_says_why(db_url: str) -> None:
    run_shop("HCreation(Customer)\n", db_url)
    _refusing_trigger(db_url)
    lines = run_shop(ADD, db_url).splitlines()
    assert lines[0] == "0, 1"
    assert lines[1].startswith("HAdd on Customer: the database refused it (")
    assert "customers are closed this week" in lines[1]
    assert "database error." not in "\n".join(lines)
    assert lines[-1] == "Customer"


def test_hcross_by_a_role_that_may_not_create_tables_says_so(clerk) -> None:  # type: ignore[no-untyped-def]
    owner_url, clerk_url, conn = clerk
    out = run_shop('HReset(Customer)\nCustomer.Name = "A"\nHAdd(Customer)\n'
                   'Trace(HCross(Customer), ErrorOccurred)\nTrace(HErrorInfo())\n'
                   'Trace(HNbRec(Customer))\n', clerk_url).splitlines()
    assert out[0] == "0, 1"
    assert out[1].startswith("HCross on Customer: the table customer__crossed, which keeps "
                             "the crossed records of Customer, cannot be created (")
    assert "permission denied for schema public" in out[1]
    assert out[2] == "1"  # the record stays


def test_hcross_by_that_role_once_the_owner_made_the_table(clerk) -> None:  # type: ignore[no-untyped-def]
    """What the message advises works: the owner's first HCross makes the table, a grant
    on it, and the role crosses and frees records."""
    owner_url, clerk_url, conn = clerk
    run_shop('HReset(Customer)\nCustomer.Name = "O"\nHAdd(Customer)\nHCross(Customer)\n',
             owner_url)
    conn.execute(f'GRANT SELECT, INSERT, DELETE ON customer__crossed TO '
                 f'"{role_of(clerk_url)}"')
    out = run_shop('HReset(Customer)\nCustomer.Name = "A"\nHAdd(Customer)\n'
                   'Trace(HCross(Customer), HNbRec(Customer), HFree(Customer))\n', clerk_url)
    assert out == "1, 0, 1\n"


def test_a_read_refused_names_the_function_that_read(clerk) -> None:  # type: ignore[no-untyped-def]
    """A role without SELECT on the table: HReadFirst and HNbRec name themselves (the
    message said "read on Customer"); FOR EACH, no function, keeps "read"."""
    owner_url, clerk_url, conn = clerk
    run_shop('HReset(Customer)\nCustomer.Name = "A"\nHAdd(Customer)\n', owner_url)
    conn.execute(f'REVOKE SELECT ON customer FROM "{role_of(clerk_url)}"')
    out = run_shop('Trace(HReadFirst(Customer), ErrorOccurred)\nTrace(HErrorInfo())\n'
                   'Trace(HErrorInfo(hErrFile))\nFOR EACH Customer\nTrace(1)\nEND\n'
                   'Trace(HErrorInfo())\nTrace(HNbRec(Customer), ErrorInfo())\n', clerk_url)
    reason = "the database refused it (permission denied for table customer)."
    assert out.splitlines() == ["0, 1", f"HReadFirst on Customer: {reason}", "Customer",
                                f"read on Customer: {reason}",
                                f"-1, HNbRec on Customer: {reason}"]
