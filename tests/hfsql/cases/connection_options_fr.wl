// Les options de curseur d'une connexion (OptionsCurseur ?2512103) et les accès natifs
// que wlinterp n'atteint pas (HDécritConnexion ?3044205) : gardés, relus, sans effet
cnx est une Connexion
cnx..Provider = hAccèsNatifSQLite
cnx..BaseDeDonnées = ":memory:"
cnx..OptionsCurseur = hCurseurClient + hCurseurStatique + hCurseurLectureSeule
Trace(HOuvreConnexion(cnx), cnx..OptionsCurseur = hCurseurClient + hCurseurStatique + hCurseurLectureSeule)   // expect: 1, 1
HChangeConnexion(Product, cnx)
HRAZ(Product)
Product.Reference = "CURSEUR"
Trace(HAjoute(Product), HNbEnr(Product))        // expect: 1, 1
HFermeConnexion(cnx)
Trace(hCurseurServeur <> hCurseurClient, hCurseurDynamique <> hForwardOnlyCursor, hOpenKeysetCursor > 0)   // expect: 1, 1, 1
Trace(hCurseurOptimiste <> hCurseurPessimiste)  // expect: 1
échecs est un entier
POUR TOUT p DE [hAccèsNatifSQLServer, hAccèsNatifMySQL, hAccèsNatifMariaDB, hAccèsNatifOracle, hODBC]
    HDécritConnexion("Loin", "moi", "mdp", "serveurbd", "shop", p, hOLectureEcriture, "", hCurseurServeur)
    SI PAS HOuvreConnexion("Loin") ET ErreurDétectée ALORS échecs++
FIN
Trace(échecs)                                   // expect: 5
