"""HFSQL, WINDEV's data layer, on SQLite (default) and PostgreSQL: the analysis (.xdd),
schema creation, record buffers, key-order browsing, errors and transactions.
The H* built-ins are in stdlib/hfsql_*.py; docs/hfsql.md explains every decision."""
