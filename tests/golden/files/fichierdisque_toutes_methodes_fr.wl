// Chaque méthode d'un FichierDisque s'exécute sous son nom français, et son erreur la
// nomme comme la ligne l'a écrite (docs/builtins.md "The DiskFile type" ; jumeau anglais
// diskfile_every_method_en.wl). f.Positionne et f.Cherche sont fPositionne et fCherche,
// pas TableauCherche donné le fichier ; f.Supprime supprime le fichier ouvert par f.
f est un FichierDisque
sRep est une chaîne = fRepTemp() + "/wl_fdm_" + Hasard(1, 999999999)
fRepCrée(sRep)
Trace(f.Crée(sRep + "/a.txt")) // expect: 1
Trace(f.ÉcritLigne("un")) // expect: 1
Trace(f.Écrit("deux")) // expect: 4
Trace(f.EcritLigne("trois")) // expect: 1
Trace(f.Ferme()) // expect: 1
Trace(f.Ouvre(sRep + "/a.txt", foLectureEcriture)) // expect: 1
Trace(f.LitLigne()) // expect: un
Trace(f.Lit(4)) // expect: deux
Trace(f.Positionne(0, fpDébut)) // expect: 0
Trace(f.Bloque(), f.Débloque()) // expect: 1, 1
Trace(f.Cherche("tro")) // expect: 8
Trace(f.LitLigne()) // expect: un
Trace(f.Supprime(), fFichierExiste(sRep + "/a.txt")) // expect: 1, 0
Trace(f.cree(sRep + "/b.txt"), f.SUPPRIME(), fFichierExiste(sRep + "/b.txt")) // expect: 1, 1, 0
// sans fichier ouvert, chaque erreur nomme la méthode comme écrite, dans l'orthographe
// des pages de PC SOFT (Ecrit, EcritLigne : une majuscule sans accent)
g est un FichierDisque
g.Ferme()
Trace(ErreurInfo()) // expect: Ferme: -1 is not an open file handle.
g.Écrit("x")
Trace(ErreurInfo()) // expect: Ecrit: -1 is not an open file handle.
Trace(g.ÉcritLigne("x"), ErreurInfo()) // expect: 0, EcritLigne: -1 is not an open file handle.
g.Lit(3)
Trace(ErreurInfo()) // expect: Lit: -1 is not an open file handle.
g.LitLigne()
Trace(ErreurInfo()) // expect: LitLigne: -1 is not an open file handle.
g.Positionne(0)
Trace(ErreurInfo()) // expect: Positionne: -1 is not an open file handle.
g.Bloque()
Trace(ErreurInfo()) // expect: Bloque: -1 is not an open file handle.
g.Débloque()
Trace(ErreurInfo()) // expect: Débloque: -1 is not an open file handle.
g.Cherche("x")
Trace(ErreurInfo()) // expect: Cherche: -1 is not an open file handle.
Trace(g.Supprime(), ErreurInfo()) // expect: 0, Supprime: the DiskFile names no file: open or create it with .Open or .Create first.
Trace(g.Crée("/nonexistent/wl_fdm/a.txt"), ErreurInfo()) // expect: 0, Crée: cannot create '/nonexistent/wl_fdm/a.txt': No such file or directory.
fRepSupprime(sRep, frRécursif)
