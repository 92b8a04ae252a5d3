// HSupprimeTout d'un fichier passé sur une autre connexion (HChangeConnexion) le vide
// là-bas : il vidait la table de la base du programme et laissait celle de l'autre
HRaz(Product)
Product.Reference = "BASE"
HAjoute(Product)
cnx est une Connexion
cnx..Provider = hAccèsNatifSQLite
cnx..BaseDeDonnées = ":memory:"
Trace(HOuvreConnexion(cnx), HChangeConnexion(Product, cnx))    // expect: 1, 1
Product.Reference = "AUTRE"
HAjoute(Product)
Trace(HSupprimeTout(Product), HNbEnr(Product))                 // expect: 1, 0
HFermeConnexion(cnx)
HLitPremier(Product, Reference)
Trace(HNbEnr(Product), Product.Reference)                      // expect: 1, BASE
