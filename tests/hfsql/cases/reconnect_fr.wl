// HReconnecte (?1000017278) : les connexions perdues avec le serveur ou le réseau sont
// rouvertes, les autres ne changent pas. Rien n'est perdu ici : Vrai, et les
// enregistrements sont là. (Une connexion PostgreSQL coupée : tests/hfsql/test_connection_loss.py.)
HRAZ(Product)
Product.Reference = "GARDÉ"
HAjoute(Product)
Trace(HReconnecte(), HErreur())                         // expect: 1, 0
Trace(HNbEnr(Product))                                  // expect: 1
Trace(HLitRecherchePremier(Product, Reference, "GARDÉ"))  // expect: 1
