"""The WLanguage built-in library (installed as `wlinterp.stdlib`), one module per family.

Families are imported on demand (wlinterp/builtin_index.py): a script imports only the
families whose names it uses. So this package must not import any family itself: a new
family is a new module in this folder, found automatically. FAMILIES gives the order in
which help output lists families; modules missing from it come after, alphabetically.
"""

FAMILIES: tuple[str, ...] = ("console", "errors", "strings", "text", "numbers", "number_text", "arrays", "dates", "dates_calc",
            "typevar",
            "maths", "files", "paths", "file_handles", "file_ops", "program", "variants", "email",
            "hfsql_base", "hfsql_read", "hfsql_write", "hfsql_errors", "hfsql_query",
            "hfsql_position", "hfsql_connection", "hfsql_records",
            "hfsql_positioning")

FAMILIES += ("debug",)  # dbg* checks, InTestMode: docs/testing.md

FAMILIES += ("encoding", "hashing")  # docs/builtins.md, "Encoding and hashing"

FAMILIES += ("ini_files", "system")  # docs/builtins.md, "System and environment"

FAMILIES += ("string_more", "dates_more")  # docs/builtins.md, "Strings and dates, completed"

FAMILIES += ("csv_arrays", "compression", "html_text", "regular_expressions", "file_transform")  # docs/builtins.md, "CSV, compression, UUEncode, HTML", "Regular expressions"

FAMILIES += ("xml_documents", "xml_handles", "xml_edit")  # docs/builtins.md, "XML"

FAMILIES += ("string_words", "number_words")  # docs/builtins.md, "Words, characters, numbers in words"

FAMILIES += ("dates_holidays",)  # docs/builtins.md, "Weeks, public holidays, dates as reals"

FAMILIES += ("binary_random",)  # docs/builtins.md, "Buffers and secure random"

FAMILIES += ("file_dirs", "file_pieces", "file_locks")  # docs/builtins.md, "Folders, attributes, pieces, locks"

FAMILIES += ("file_disk", "run_modes")  # docs/builtins.md, "Links, disks, run modes"

FAMILIES += ("thread_run", "thread_sync", "json_type", "http_client", "sockets", "serialization")  # docs/builtins.md, "Threads, semaphores and mutexes", "The JSON type", "HTTP client", "Sockets", "Serialization"
FAMILIES += ("array_shape", "colors")  # docs/builtins.md, "Array shape", "Colours"
FAMILIES += ("variable_reset", "string_phonetic")  # docs/builtins.md, "VariableReset", "Soundex"
FAMILIES += ("thread_type", "thread_signals", "stacks_queues", "system_dirs", "http_forms", "finance")  # docs/builtins.md, "The Thread type, signals and events", "Stacks and queues", "System folders", "HTTP forms", "Financial functions"
FAMILIES += ("euro",)  # docs/builtins.md, "Euro"
FAMILIES += ("zip_archives",)  # docs/builtins.md, "Archives: zip*, the zipArchive type"
FAMILIES += ("finance_redemption",)  # docs/builtins.md, "Financial functions" (FinRedemption)
FAMILIES += ("ftp_client",)  # docs/builtins.md, "FTP"
