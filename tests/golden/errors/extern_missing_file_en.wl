// EXTERN "file" includes a text file of WLanguage code when the program is compiled
// (?1511013): a file that is not there is refused before anything runs, naming it. The line
// was ignored without a word.
EXTERN "no_such_constants.wl" // expect error: EXTERN "no_such_constants.wl": no such file (EXTERN includes a text file of WLanguage code when the program is compiled: it must exist)
Trace("never printed")
