// {indirection} parses; running it stops with a clear message (names are not kept)
Trace("before") // expect: before
Trace({"sNom"}) // expect error: Indirection {sNom} is not supported
