// le message d'ErreurInfo nomme la fonction qui a échoué comme la ligne l'appelle
x est un entier = fOuvre("/nonexistent/wl_l2/zz.txt", foLecture)
Trace(ErreurDétectée, ErreurInfo()) // expect: 1, fOuvre: cannot open '/nonexistent/wl_l2/zz.txt': No such file or directory.
Trace(Position(ErreurInfo(errComplet), "fOpen")) // expect: 0
