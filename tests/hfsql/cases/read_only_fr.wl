// hOLecture : la base ouverte en lecture seule, toute écriture refusée, rien n'est créé
sFichier est une chaîne = fRepTemp() + "/wl_lecture_seule_" + DonneGUID() + ".db"
Trace(HConnecte(Product, "moi", "", sFichier, hAccèsNatifSQLite, hOLectureEcriture))   // expect: 1
HRAZ(Product)
Product.Reference = "P1"
Product.Label = "Stylo"
HAjoute(Product)
Trace(HConnecte(Product, "moi", "", sFichier, hAccèsNatifSQLite, hOLecture))   // expect: 1
Trace(HLitPremier(Product, Reference), Product.Label)   // expect: 1, Stylo
Product.Label = "Autre"
Trace(HModifie(Product), HErreur() <> 0)     // expect: 0, 1
Trace(HConnecte(Customer, "moi", "", sFichier, hAccèsNatifSQLite, hOLecture), ErreurDétectée)   // expect: 0, 1
cnx est une Connexion
cnx..Provider = hAccèsNatifSQLite
cnx..BaseDeDonnées = sFichier
cnx..Accès = hOLecture
HOuvreConnexion(cnx)
HChangeConnexion(Product, cnx)
HLitPremier(Product, Reference)
HRAZ(Product)
Product.Reference = "P2"
Trace(HAjoute(Product), HNbEnr(Product))     // expect: 0, 1
HConnecte("*")
HFermeConnexion(cnx)
Trace(fSupprime(sFichier))                   // expect: 1
