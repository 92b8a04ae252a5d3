// Un programme en français : les messages des fonctions de fichiers sont en anglais, comme
// tous ceux de wlinterp, et nomment la fonction comme la ligne l'appelle (docs/semantics.md,
// "The language of error messages")
s est une chaîne = fChargeTexte("/nonexistent/wl_fs/absent.txt")
Trace(ErreurInfo()) // expect: fChargeTexte: cannot read '/nonexistent/wl_fs/absent.txt': No such file or directory.
fSupprime("/nonexistent/wl_fs/absent.txt")
Trace(ErreurInfo()) // expect: fSupprime: cannot delete '/nonexistent/wl_fs/absent.txt': No such file or directory.
fRenomme("/nonexistent/wl_fs/a.txt", "/nonexistent/wl_fs/b.txt")
Trace(ErreurInfo()) // expect: fRenomme: cannot rename '/nonexistent/wl_fs/a.txt': No such file or directory.
n est un entier = fTaille("/nonexistent/wl_fs/a.txt")
Trace(n, ErreurInfo()) // expect: -1, fTaille: cannot read the size of '/nonexistent/wl_fs/a.txt': No such file or directory.
fLitLigne(99)
Trace(ErreurInfo()) // expect: fLitLigne: 99 is not an open file handle.
fListeFichier("/nonexistent/wl_fs/*.*")
Trace(ErreurInfo()) // expect: fListeFichier: the folder '/nonexistent/wl_fs' does not exist.
x est un xmlDocument = XMLOuvre("/nonexistent/wl_fs/a.xml")
Trace(ErreurInfo()) // expect: XMLOuvre: cannot open '/nonexistent/wl_fs/a.xml': No such file or directory.
