// EXTERN names a variable declared elsewhere, which the code uses by name: the
// procedures of COL_Journal (extern_variable_en.files/) use this script's array and
// counter (PC SOFT's examples write `externe clPlanning`, `extern TABLE_ECHEANCIER`).
// `wl check` took the names for undeclared (WL101); the run already found them.
arrJournal is array of strings
nShown is int
Note("opened")
Note("saved")
Trace(Shown()) // expect: opened / saved
Trace(nShown) // expect: 1
