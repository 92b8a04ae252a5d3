// L'erreur d'une méthode d'un FichierDisque la nomme comme la ligne l'écrit : f.Ouvre est
// fOuvre, mais la ligne n'a pas écrit "fOuvre" (docs/builtins.md, "A built-in's error
// names it as the script calls it")
f est un FichierDisque
Trace(f.Ouvre("/nonexistent/wl_fs13/zz.txt", foLecture)) // expect: 0
Trace(ErreurInfo()) // expect: Ouvre: cannot open '/nonexistent/wl_fs13/zz.txt': No such file or directory.
f.ouvre("/nonexistent/wl_fs13/yy.txt", foLecture)
Trace(ErreurInfo(errMessage)) // expect: Ouvre: cannot open '/nonexistent/wl_fs13/yy.txt': No such file or directory.
f.LitLigne()
Trace(ErreurInfo()) // expect: LitLigne: -1 is not an open file handle.
Trace(fOuvre(f, "/nonexistent/wl_fs13/xx.txt", foLecture), ErreurInfo()) // expect: 0, fOuvre: cannot open '/nonexistent/wl_fs13/xx.txt': No such file or directory.
